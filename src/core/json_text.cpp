#include "json_text.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>

// [SECTION] Checks before parsing (nesting, NUL bytes, number overflow)
// [SECTION] Source map scanner
// [SECTION] Reading files
// [SECTION] Parsing and pointers

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Checks before parsing (nesting, NUL bytes, number overflow)
// -----------------------------------------------------------------------------

// Past the "[json.exception.parse_error.101] parse error at line 1, column 5: "
// prefix nlohmann puts on its messages; we print our own location.
std::string parse_error_reason(const char* what) {
  std::string text = what;
  const auto located = text.find("parse error");
  const auto colon = located == std::string::npos ? std::string::npos : text.find(": ", located);
  if (colon != std::string::npos) return text.substr(colon + 2);
  const auto tag_end = text.find("] ");  // "[json.exception.out_of_range.406] number overflow..."
  return tag_end == std::string::npos ? text : text.substr(tag_end + 2);
}

// Calls visit(i) for every byte of `text` outside JSON strings (the quotes
// are inside); visit returns how many bytes after i it has used up.
template <typename Visit>
void visit_outside_strings(std::string_view text, Visit visit) {
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else {
      i += visit(i);
    }
  }
}

void check_nesting_depth(std::string_view text, const std::string& name, int max_depth) {
  int depth = 0;
  visit_outside_strings(text, [&](std::size_t i) -> std::size_t {
    const char c = text[i];
    if (c == '{' || c == '[') {
      if (++depth > max_depth) {
        throw LoadError(name, position_of_offset(text, i), "",
                        "nesting deeper than " + std::to_string(max_depth) +
                            " levels; a workshop file is never nested this deep");
      }
    } else if (c == '}' || c == ']') {
      --depth;
    }
    return 0;
  });
}

// nlohmann's lexer takes a NUL byte for the end of the input, so whatever
// follows one would be dropped without a word. JSON has no place for a raw NUL
// (not even inside a string, where control characters must be escaped).
void check_no_nul_byte(std::string_view text, const std::string& name) {
  const auto at = text.find('\0');
  if (at == std::string_view::npos) return;
  throw LoadError(name, position_of_offset(text, at), "",
                  "invalid JSON: NUL byte (0x00); JSON text cannot contain it (write \\u0000 "
                  "inside a string)");
}

bool starts_number(char c) {
  return c == '-' || (c >= '0' && c <= '9');
}

bool continues_number(char c) {
  return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
}

// Where the first number literal is that does not fit a double (nlohmann's
// out_of_range 406 carries no position). Strings are skipped, so digits inside
// them are not mistaken for numbers.
std::optional<std::size_t> overflowing_number_offset(std::string_view text) {
  std::optional<std::size_t> found;
  visit_outside_strings(text, [&](std::size_t i) -> std::size_t {
    if (found || !starts_number(text[i])) return 0;
    std::size_t end = i + 1;
    while (end < text.size() && continues_number(text[end])) ++end;
    std::string literal(text.substr(i, end - i));
    // strtod reads the locale's decimal point; nlohmann does the same swap.
    const char decimal_point = *std::localeconv()->decimal_point;
    for (char& d : literal) {
      if (d == '.') d = decimal_point;
    }
    if (!std::isfinite(std::strtod(literal.c_str(), nullptr))) found = i;
    return end - 1 - i;
  });
  return found;
}

// -----------------------------------------------------------------------------
// [SECTION] Source map scanner
// -----------------------------------------------------------------------------

// Scans valid JSON text and records where each pointer's value starts.
class PointerScanner {
 public:
  PointerScanner(const std::string& text, std::unordered_map<std::string, std::size_t>& out)
      : text_(text), out_(out) {}

  void scan_document() {
    // The parser accepts a UTF-8 byte-order mark; skip it so offsets match.
    if (text_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;
    scan_value("");
  }

  void scan_value(const std::string& pointer) {
    skip_whitespace();
    if (at_end()) return;
    out_.emplace(pointer, pos_);
    const char c = text_[pos_];
    if (c == '{') {
      scan_object(pointer);
    } else if (c == '[') {
      scan_array(pointer);
    } else if (c == '"') {
      read_string();
    } else {
      while (!at_end() && std::strchr(",]} \t\r\n", text_[pos_]) == nullptr) ++pos_;
    }
  }

 private:
  bool at_end() const { return pos_ >= text_.size(); }

  void skip_whitespace() {
    while (!at_end() && std::strchr(" \t\r\n", text_[pos_]) != nullptr) ++pos_;
  }

  void scan_object(const std::string& pointer) {
    ++pos_;  // '{'
    skip_whitespace();
    while (!at_end() && text_[pos_] != '}') {
      const std::string key = read_string();
      skip_whitespace();
      ++pos_;  // ':'
      scan_value(pointer + "/" + pointer_escape(key));
      skip_whitespace();
      if (!at_end() && text_[pos_] == ',') ++pos_;
      skip_whitespace();
    }
    ++pos_;
  }

  void scan_array(const std::string& pointer) {
    ++pos_;  // '['
    skip_whitespace();
    for (std::size_t index = 0; !at_end() && text_[pos_] != ']'; ++index) {
      scan_value(pointer + "/" + std::to_string(index));
      skip_whitespace();
      if (!at_end() && text_[pos_] == ',') ++pos_;
      skip_whitespace();
    }
    ++pos_;
  }

  // Keys are decoded through nlohmann so escapes match what the parser saw.
  std::string read_string() {
    const std::size_t start = pos_++;
    while (!at_end() && text_[pos_] != '"') pos_ += (text_[pos_] == '\\') ? 2 : 1;
    ++pos_;
    const auto literal = std::string_view(text_).substr(start, pos_ - start);
    if (literal.find('\\') == std::string_view::npos) {
      return std::string(literal.substr(1, literal.size() - 2));
    }
    return nlohmann::json::parse(literal).get<std::string>();
  }

  const std::string& text_;
  std::unordered_map<std::string, std::size_t>& out_;
  std::size_t pos_ = 0;
};

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Reading files
// -----------------------------------------------------------------------------

namespace {

// Why a path that is not a regular file cannot be read as one, in words.
std::string not_a_file_reason(mode_t mode) {
  if (S_ISDIR(mode)) return "is a directory, expected a file";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device, not a file";
  if (S_ISFIFO(mode)) return "is a pipe (FIFO), not a file";
  if (S_ISSOCK(mode)) return "is a socket, not a file";
  return "is not a regular file";
}

std::string too_large(std::size_t max_bytes) {
  return "file holds more than its size said (it grew while read, or is not an ordinary "
         "file); at most " +
         std::to_string(max_bytes / (1024 * 1024)) + " MiB is accepted";
}

// Closes the descriptor on every path out of read_text_file.
struct FileDescriptor {
  int fd = -1;
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

// Only regular files: a device (/dev/zero), a pipe or a socket has no end or
// no size, and reading one blocked or ran out of memory. The type is checked
// before opening (so a FIFO's open cannot block) and again on the opened file
// (in case the path changed in between; O_NONBLOCK keeps that open from
// blocking too). The read itself stops at max_bytes + 1 whatever stat said,
// since a file can grow while it is read and /proc files claim size 0 (those
// read fine: they are regular files with content).
std::string read_text_file(const std::string& path, std::size_t max_bytes) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) {
    throw LoadError(path, {}, "", std::string("cannot open: ") + std::strerror(errno));
  }
  if (!S_ISREG(status.st_mode)) throw LoadError(path, {}, "", not_a_file_reason(status.st_mode));
  if (static_cast<std::uintmax_t>(status.st_size) > max_bytes) {
    throw LoadError(path, {}, "",
                    "file is " + std::to_string(status.st_size / (1024 * 1024)) + " MiB; at most " +
                        std::to_string(max_bytes / (1024 * 1024)) + " MiB is accepted");
  }
  FileDescriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
  if (file.fd < 0) {
    throw LoadError(path, {}, "", std::string("cannot open: ") + std::strerror(errno));
  }
  if (::fstat(file.fd, &status) != 0) {
    throw LoadError(path, {}, "", std::string("cannot read: ") + std::strerror(errno));
  }
  if (!S_ISREG(status.st_mode)) throw LoadError(path, {}, "", not_a_file_reason(status.st_mode));
  std::string text;
  char buffer[64 * 1024];
  while (true) {
    const ssize_t got = ::read(file.fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw LoadError(path, {}, "", std::string("read error: ") + std::strerror(errno));
    }
    if (got == 0) break;
    text.append(buffer, static_cast<std::size_t>(got));
    if (text.size() > max_bytes) throw LoadError(path, {}, "", too_large(max_bytes));
  }
  return text;
}

// -----------------------------------------------------------------------------
// [SECTION] Parsing and pointers
// -----------------------------------------------------------------------------

SourcePosition position_of_offset(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  SourcePosition position{1, 1};
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++position.line;
      position.column = 1;
    } else {
      ++position.column;
    }
  }
  return position;
}

nlohmann::json parse_json_text(std::string_view text, const std::string& name,
                               const JsonLimits& limits) {
  if (text.size() > limits.max_bytes) {
    throw LoadError(
        name, {}, "",
        "text is larger than " + std::to_string(limits.max_bytes / (1024 * 1024)) + " MiB");
  }
  check_no_nul_byte(text, name);
  check_nesting_depth(text, name, limits.max_depth);
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& error) {
    const std::size_t offset = error.byte > 0 ? error.byte - 1 : 0;
    throw LoadError(name, position_of_offset(text, offset), "",
                    "invalid JSON: " + parse_error_reason(error.what()));
  } catch (const nlohmann::json::exception& error) {
    // Found by fuzzing: a number too large for a double is out_of_range, not
    // parse_error, and carries no position: find the literal ourselves.
    const auto offset = overflowing_number_offset(text);
    throw LoadError(name, offset ? position_of_offset(text, *offset) : SourcePosition{}, "",
                    "invalid JSON: " + parse_error_reason(error.what()));
  }
}

std::string pointer_escape(std::string_view key) {
  std::string escaped;
  escaped.reserve(key.size());
  for (const char c : key) {
    if (c == '~') {
      escaped += "~0";
    } else if (c == '/') {
      escaped += "~1";
    } else {
      escaped += c;
    }
  }
  return escaped;
}

SourcePosition JsonSourceMap::locate(std::string_view pointer) const {
  build();
  std::string key(pointer);
  while (true) {
    const auto found = offsets_.find(key);
    if (found != offsets_.end()) return position_of_offset(text_, found->second);
    const auto slash = key.rfind('/');
    if (slash == std::string::npos) return {};
    key.resize(slash);
  }
}

void JsonSourceMap::build() const {
  if (built_) return;
  built_ = true;
  PointerScanner(text_, offsets_).scan_document();
}

}  // namespace blokjes
