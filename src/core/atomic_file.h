#pragma once
// Crash-safe file replacement: a crash or full disk at any moment leaves
// either the old file or the new one, never a half-written mix.

#include <string>
#include <string_view>

namespace blokjes {

// Writes `content` to a temporary file beside `path`, fsyncs it, renames it
// over `path` and fsyncs the directory. Throws std::runtime_error naming the
// path and the system error; the temporary file is removed on failure.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace blokjes
