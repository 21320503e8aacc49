#pragma once
// Several files written as one: a directory appears with all of them or not
// at all, and an existing directory is replaced whole or left untouched.
//
// [SECTIONS]
//   [NAMES]   file names that always fit NAME_MAX
//   [WRITE]   write_directory_atomically
//   [FAULTS]  test hooks that make a write fail at a chosen step

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace blokjes {

// [NAMES] -------------------------------------------------------------------

// Longest stem a derived file name keeps. With the hash and an extension the
// name stays far below NAME_MAX (255 bytes), and a path of a few such names
// below PATH_MAX.
constexpr std::size_t kMaxFileStem = 100;

// `stem` + `extension` when the stem has at most kMaxFileStem bytes.
// Otherwise the stem is cut to kMaxFileStem bytes on a UTF-8 boundary and a
// short hash of the whole stem is added ("<cut>-<12 hex digits><extension>"),
// so two long stems with the same beginning get different names. The same
// stem always gives the same name.
std::string file_name_that_fits(std::string_view stem, std::string_view extension);

// [WRITE] -------------------------------------------------------------------

struct DirectoryFile {
  std::string name;  // a plain file name: no '/', not "." or ".."
  std::string content;
};

struct DirectoryWriteOptions {
  bool replace_existing = false;
  // An existing directory is replaced only when it holds nothing but regular
  // files whose names end in one of these (what an earlier export wrote), so
  // that a mistyped `-o ~/Documenten --force` cannot wipe a folder of other work.
  std::vector<std::string> replaceable_suffixes = {".json"};
};

// Writes `files` into a new temporary directory beside `path` (same
// filesystem), fsyncs each file and the directory, then renames it into place.
// An existing directory (with replace_existing) is swapped out atomically
// (renameat2 RENAME_EXCHANGE; where the filesystem lacks it, moved aside,
// the new one renamed in, the old one moved back on failure) and removed
// after. On any failure what was written is removed and an existing directory
// is left as it was. `path` is followed if it is a symlink; anything but a
// directory in the way is refused (NotRegularFileError from atomic_file.h for
// devices, FIFOs, sockets and regular files). Throws std::runtime_error naming
// the path.
void write_directory_atomically(const std::string& path, const std::vector<DirectoryFile>& files,
                                const DirectoryWriteOptions& options = {});

// [FAULTS] ------------------------------------------------------------------

namespace testing {

// Set by tests only; every member empty (the default) means no fault.
struct DirectoryWriteFaults {
  std::function<void(std::size_t index)> before_file;  // throw to fail at file `index`
  std::function<void()> before_install;                // throw to fail once all are written
  bool without_exchange = false;  // take the move-aside path, as without RENAME_EXCHANGE
};

void set_directory_write_faults(DirectoryWriteFaults faults);

}  // namespace testing

}  // namespace blokjes
