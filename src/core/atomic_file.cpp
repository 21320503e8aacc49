// [SECTIONS]
//   [ERRORS]     messages that name the path and the system error
//   [TARGET]     following symlinks; what kind of file is in the way
//   [TEMPORARY]  the temporary file beside the target
//   [WRITE]      write_file_atomically

#include "atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

namespace blokjes {
namespace {

// [ERRORS] ------------------------------------------------------------------

[[noreturn]] void fail(const std::string& path, const std::string& what, int error) {
  throw std::runtime_error(path + ": cannot save: " + what + ": " + std::strerror(error));
}

// [TARGET] ------------------------------------------------------------------

// Linux gives up after 40 links (ELOOP); so do we.
constexpr int kMaxLinks = 40;

std::string read_link(const std::string& link) {
  std::vector<char> buffer(256);
  for (;;) {
    const ssize_t length = ::readlink(link.c_str(), buffer.data(), buffer.size());
    if (length < 0) fail(link, "cannot read the symbolic link", errno);
    if (static_cast<std::size_t>(length) < buffer.size()) {
      return std::string(buffer.data(), static_cast<std::size_t>(length));
    }
    buffer.resize(buffer.size() * 2);
  }
}

// [TEMPORARY] ---------------------------------------------------------------

// The six characters mkstemp replaces.
const std::string kMkstempSuffix(6, 'X');

std::string directory_of(const std::string& path) {
  auto directory = std::filesystem::path(path).parent_path();
  return directory.empty() ? std::string(".") : directory.string();
}

// Closes and removes the temporary file unless released after the rename.
// The name is short and fixed in length (".blokjes-" and six random
// characters), not derived from the target's: "<245-byte name>.tmp-" plus six
// would pass NAME_MAX (255).
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& target)
      : path_(directory_of(target) + "/.blokjes-" + kMkstempSuffix) {
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
  const int fd = ::open(directory_of(path).c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;  // the rename is done; durability of the entry is best effort
  ::fsync(fd);
  ::close(fd);
}

mode_t mode_for_new_files() {
  // umask can only be read by setting it; put it straight back.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

// [TARGET] ------------------------------------------------------------------

std::string describe_file_type(mode_t mode) {
  if (S_ISREG(mode)) return "a regular file";
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISLNK(mode)) return "a symbolic link";
  return "a special file";
}

std::string write_target(const std::string& path) {
  std::string current = path;
  for (int links = 0;; ++links) {
    struct stat info {};
    if (::lstat(current.c_str(), &info) != 0 || !S_ISLNK(info.st_mode)) return current;
    if (links == kMaxLinks) fail(path, "too many levels of symbolic links", ELOOP);
    const std::filesystem::path link_target = read_link(current);
    current = link_target.is_absolute()
                  ? link_target.string()
                  : (std::filesystem::path(directory_of(current)) / link_target).string();
    struct stat followed {};
    if (::lstat(current.c_str(), &followed) != 0 && errno == ENOENT) {
      // Writing through a dangling link would create a file wherever it
      // points; a save should not surprise like that.
      throw std::runtime_error(path + ": is a symbolic link to " + current +
                               ", which does not exist; refusing to write through it");
    }
  }
}

// [WRITE] -------------------------------------------------------------------

void write_file_atomically(const std::string& path, std::string_view content) {
  const std::string target = write_target(path);
  // What is there decides the new file's mode, and whether to go on at all.
  // Checked before the temporary file exists: /dev is writable for root.
  struct stat existing {};
  const bool replacing = ::lstat(target.c_str(), &existing) == 0;
  if (!replacing && errno != ENOENT) fail(path, "cannot inspect the file", errno);
  if (replacing && !S_ISREG(existing.st_mode)) {
    throw NotRegularFileError(path + ": is " + describe_file_type(existing.st_mode) +
                              ", not a regular file; refusing to replace it");
  }

  TemporaryFile temporary(target);
  write_all(temporary.fd(), content, path);
  if (replacing) {
    // Owner first: chown may clear set-id bits that the chmod then restores.
    // Only root (or the owner, for the group) may; others keep their own
    // (EPERM, or EINVAL for an id this user namespace does not map).
    if (::fchown(temporary.fd(), existing.st_uid, existing.st_gid) != 0 && errno != EPERM &&
        errno != EINVAL) {
      fail(path, "cannot keep the owner", errno);
    }
    if (::fchmod(temporary.fd(), existing.st_mode & 07777) != 0) {
      fail(path, "cannot keep the permissions", errno);
    }
  } else if (::fchmod(temporary.fd(), mode_for_new_files()) != 0) {
    // mkstemp creates 0600; a new file should have the usual permissions.
    fail(path, "cannot set the permissions", errno);
  }
  if (::fsync(temporary.fd()) != 0) fail(path, "fsync failed", errno);
  temporary.close_file();
  if (::rename(temporary.path().c_str(), target.c_str()) != 0) fail(path, "rename failed", errno);
  temporary.release();
  sync_directory(target);
}

}  // namespace blokjes
