#pragma once
// Crash-safe file replacement: a crash or full disk at any moment leaves
// either the old file or the new one, never a half-written mix.
//
// [SECTIONS]
//   [ERRORS]   what a refusal throws
//   [TARGET]   which path a write really replaces (symlinks followed)
//   [WRITE]    write_file_atomically

#include <sys/types.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace blokjes {

// [ERRORS] ------------------------------------------------------------------

// The path names something a save must never turn into a regular file: a
// device (as root, `-o /dev/full --force` would otherwise destroy the node), a
// FIFO, a socket, a directory. Thrown before anything is created beside it.
class NotRegularFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "a character device", "a FIFO", "a directory", ... for a stat mode.
std::string describe_file_type(mode_t mode);

// [TARGET] ------------------------------------------------------------------

// The path a write to `path` replaces. A symbolic link is followed (through
// chains of links, relative targets resolved against the link's directory), so
// a save replaces the link's target and the link stays a link. A dangling link
// or a loop throws std::runtime_error naming `path`.
std::string write_target(const std::string& path);

// [WRITE] -------------------------------------------------------------------

// Writes `content` to a temporary file beside the target (a short name, so a
// long target name still fits NAME_MAX), fsyncs it, renames it over the target
// and fsyncs the directory. The target is `path` with symlinks followed.
//  - Replacing a regular file keeps its permission bits (a 0600 file stays
//    0600, a read-only 0444 file is replaced and stays 0444) and, where the
//    process may, its owner and group.
//  - A new file gets 0666 minus the umask.
//  - Anything but a regular file is refused with NotRegularFileError
//    ("PATH: is a character device, not a regular file; refusing to replace
//    it") before any temporary file is made.
// Other failures throw std::runtime_error naming the path and the system
// error; the temporary file is removed on failure.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace blokjes
