#include "atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace blokjes {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int error) {
  throw std::runtime_error(path + ": cannot save: " + what + ": " + std::strerror(error));
}

// Closes and removes the temporary file unless released after the rename.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& target) : path_(target + ".tmp-XXXXXX") {
    std::vector<char> name(path_.begin(), path_.end());
    name.push_back('\0');
    fd_ = ::mkstemp(name.data());
    if (fd_ < 0) fail(target, "cannot create a temporary file", errno);
    path_.assign(name.data());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!released_) ::unlink(path_.c_str());
  }

  int fd() const { return fd_; }
  const std::string& path() const { return path_; }
  void close_file() {
    if (::close(fd_) != 0) {
      fd_ = -1;
      fail(path_, "close failed", errno);
    }
    fd_ = -1;
  }
  void release() { released_ = true; }

 private:
  std::string path_;
  int fd_ = -1;
  bool released_ = false;
};

void write_all(int fd, std::string_view content, const std::string& path) {
  while (!content.empty()) {
    const ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      fail(path, "write failed", errno);
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
}

void sync_directory(const std::string& path) {
  auto directory = std::filesystem::path(path).parent_path();
  if (directory.empty()) directory = ".";
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;  // the rename is done; durability of the entry is best effort
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content) {
  TemporaryFile temporary(path);
  // mkstemp creates 0600; a saved workshop should have the usual permissions.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(temporary.fd(), 0666 & ~mask);
  write_all(temporary.fd(), content, path);
  if (::fsync(temporary.fd()) != 0) fail(path, "fsync failed", errno);
  temporary.close_file();
  if (::rename(temporary.path().c_str(), path.c_str()) != 0) fail(path, "rename failed", errno);
  temporary.release();
  sync_directory(path);
}

}  // namespace blokjes
