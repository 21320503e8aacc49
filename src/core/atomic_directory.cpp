// [SECTIONS]
//   [NAMES]      file_name_that_fits: cut on a UTF-8 boundary, add a hash
//   [TEMPORARY]  the temporary directory beside the target
//   [CHECKS]     what may be replaced
//   [INSTALL]    swapping the new directory into place
//   [WRITE]      write_directory_atomically
//   [FAULTS]     test hooks

#include "atomic_directory.h"

#include <algorithm>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>
#include <stdexcept>

#include "atomic_file.h"

namespace blokjes {
namespace {

testing::DirectoryWriteFaults& faults() {
  static testing::DirectoryWriteFaults active;
  return active;
}

[[noreturn]] void fail(const std::string& path, const std::string& what, int error) {
  throw std::runtime_error(path + ": cannot save: " + what + ": " + std::strerror(error));
}

// [NAMES] -------------------------------------------------------------------

// FNV-1a, 64 bits: small, and the same on every platform and run, so an
// export gives the same file names each time (std::hash promises neither).
std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

std::string hex12(std::uint64_t value) {
  char digits[17];
  std::snprintf(digits, sizeof digits, "%016llx", static_cast<unsigned long long>(value));
  return std::string(digits, 12);
}

// [TEMPORARY] ---------------------------------------------------------------

std::string directory_of(const std::string& path) {
  auto directory = std::filesystem::path(path).parent_path();
  return directory.empty() ? std::string(".") : directory.string();
}

// A directory made with mkdtemp beside the target, removed with everything in
// it unless released once it is in place.
class TemporaryDirectory {
 public:
  TemporaryDirectory(const std::string& target, const std::string& prefix) {
    // mkdtemp replaces the last six characters.
    std::string pattern = directory_of(target) + "/" + prefix + std::string(6, 'X');
    if (::mkdtemp(pattern.data()) == nullptr) {
      fail(target, "cannot create a temporary directory", errno);
    }
    path_ = pattern;
  }
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
  ~TemporaryDirectory() {
    if (released_) return;
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }
  void release() { released_ = true; }

 private:
  std::string path_;
  bool released_ = false;
};

void sync_path(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;  // durability of the entry is best effort, as for files
  ::fsync(fd);
  ::close(fd);
}

mode_t mode_for_new_directories() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0777 & ~mask;
}

// [CHECKS] ------------------------------------------------------------------

void check_names(const std::string& path, const std::vector<DirectoryFile>& files) {
  std::set<std::string_view> seen;
  for (const auto& file : files) {
    const auto& name = file.name;
    if (name.empty() || name == "." || name == ".." ||
        name.find_first_of(std::string_view("/\0", 2)) != std::string::npos) {
      throw std::runtime_error(path + ": cannot save \"" + name + "\": not a plain file name");
    }
    if (!seen.insert(name).second) {
      throw std::runtime_error(path + ": cannot save \"" + name + "\" twice");
    }
  }
}

// Only what looks like an earlier export may be replaced whole.
void check_replaceable(const std::string& path, const std::string& target,
                       const DirectoryWriteOptions& options) {
  std::error_code error;
  for (std::filesystem::directory_iterator entry(target, error), end; !error && entry != end;
       entry.increment(error)) {
    const auto name = entry->path().filename().string();
    const auto status = entry->symlink_status();
    const bool replaceable =
        std::any_of(options.replaceable_suffixes.begin(), options.replaceable_suffixes.end(),
                    [&name](const std::string& suffix) { return name.ends_with(suffix); });
    if (!std::filesystem::is_regular_file(status) || !replaceable) {
      std::string kinds;
      for (const auto& suffix : options.replaceable_suffixes) {
        kinds += (kinds.empty() ? "" : " or ") + suffix;
      }
      throw std::runtime_error(path + ": holds \"" + name + "\", which is not a " + kinds +
                               " file of an earlier export; refusing to replace the directory");
    }
  }
  if (error) fail(path, "cannot list the directory", error.value());
}

// [INSTALL] -----------------------------------------------------------------

// The old directory out, the new one in, as two renames; the old one goes back
// when the second fails. Used where RENAME_EXCHANGE is not supported.
void install_by_moving_aside(const std::string& path, const std::string& target,
                             TemporaryDirectory& fresh) {
  // mkdtemp reserves a unique name; rename may replace an empty directory.
  TemporaryDirectory aside(target, ".blokjes-old-");
  if (::rename(target.c_str(), aside.path().c_str()) != 0) {
    fail(path, "cannot move the old directory aside", errno);
  }
  if (::rename(fresh.path().c_str(), target.c_str()) != 0) {
    const int error = errno;
    ::rename(aside.path().c_str(), target.c_str());
    fail(path, "rename failed", error);
  }
  fresh.release();
  // `aside` now holds the old directory and removes it on leaving.
}

void install(const std::string& path, const std::string& target, bool replacing,
             TemporaryDirectory& fresh) {
  if (!replacing) {
    // rename fails (EEXIST, ENOTEMPTY) if a directory appeared meanwhile.
    if (::rename(fresh.path().c_str(), target.c_str()) != 0) fail(path, "rename failed", errno);
    fresh.release();
    return;
  }
  if (!faults().without_exchange &&
      ::renameat2(AT_FDCWD, fresh.path().c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
    // One step: the target never went missing. `fresh` now names the old
    // directory, which its destructor removes.
    return;
  }
  if (!faults().without_exchange && errno != EINVAL && errno != ENOSYS) {
    fail(path, "rename failed", errno);
  }
  install_by_moving_aside(path, target, fresh);
}

}  // namespace

// [NAMES] -------------------------------------------------------------------

std::string file_name_that_fits(std::string_view stem, std::string_view extension) {
  if (stem.size() <= kMaxFileStem) return std::string(stem) + std::string(extension);
  std::size_t cut = kMaxFileStem;
  // Never end inside a UTF-8 sequence: back up over continuation bytes.
  while (cut > 0 && (static_cast<unsigned char>(stem[cut]) & 0xC0) == 0x80) --cut;
  return std::string(stem.substr(0, cut)) + "-" + hex12(fnv1a(stem)) + std::string(extension);
}

// [WRITE] -------------------------------------------------------------------

void write_directory_atomically(const std::string& path, const std::vector<DirectoryFile>& files,
                                const DirectoryWriteOptions& options) {
  check_names(path, files);
  const std::string target = write_target(path);
  struct stat existing {};
  const bool replacing = ::lstat(target.c_str(), &existing) == 0;
  if (!replacing && errno != ENOENT) fail(path, "cannot inspect the directory", errno);
  if (replacing && !S_ISDIR(existing.st_mode)) {
    throw NotRegularFileError(path + ": is " + describe_file_type(existing.st_mode) +
                              ", not a directory; refusing to replace it");
  }
  if (replacing && !options.replace_existing) throw std::runtime_error(path + ": already exists");
  if (replacing) check_replaceable(path, target, options);

  TemporaryDirectory fresh(target, ".blokjes-");
  // mkdtemp makes 0700: keep the old directory's mode, or follow the umask.
  const mode_t mode = replacing ? (existing.st_mode & 07777) : mode_for_new_directories();
  if (::chmod(fresh.path().c_str(), mode) != 0) fail(path, "cannot set the permissions", errno);
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (faults().before_file) faults().before_file(i);
    // Each file atomically too: fsynced, and never half there under its name.
    const std::string file = fresh.path() + "/" + files[i].name;
    try {
      write_file_atomically(file, files[i].content);
    } catch (const std::exception& error) {
      // Name the file as the user will look for it, not inside the temporary.
      std::string message = error.what();
      if (message.starts_with(file)) message.replace(0, file.size(), path + "/" + files[i].name);
      throw std::runtime_error(message);
    }
  }
  sync_path(fresh.path());
  if (faults().before_install) faults().before_install();
  install(path, target, replacing, fresh);
  sync_path(directory_of(target));
}

// [FAULTS] ------------------------------------------------------------------

void testing::set_directory_write_faults(DirectoryWriteFaults new_faults) {
  faults() = std::move(new_faults);
}

}  // namespace blokjes
