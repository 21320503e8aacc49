#include "json_text.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace blokjes {
namespace {

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

void check_nesting_depth(std::string_view text, const std::string& name, int max_depth) {
  int depth = 0;
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
    } else if (c == '{' || c == '[') {
      if (++depth > max_depth) {
        throw LoadError(name, position_of_offset(text, i), "",
                        "nesting deeper than " + std::to_string(max_depth) +
                            " levels; a workshop file is never nested this deep");
      }
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
}

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

std::string read_text_file(const std::string& path, std::size_t max_bytes) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw LoadError(path, {}, "", "is a directory, expected a file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LoadError(path, {}, "", std::string("cannot open: ") + std::strerror(errno));
  const auto size = std::filesystem::file_size(path, error);
  if (!error && size > max_bytes) {
    throw LoadError(path, {}, "",
                    "file is " + std::to_string(size / (1024 * 1024)) + " MiB; at most " +
                        std::to_string(max_bytes / (1024 * 1024)) + " MiB is accepted");
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw LoadError(path, {}, "", "read error");
  return buffer.str();
}

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
  check_nesting_depth(text, name, limits.max_depth);
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& error) {
    const std::size_t offset = error.byte > 0 ? error.byte - 1 : 0;
    throw LoadError(name, position_of_offset(text, offset), "",
                    "invalid JSON: " + parse_error_reason(error.what()));
  } catch (const nlohmann::json::exception& error) {
    // Found by fuzzing: a number too large for a double is out_of_range, not
    // parse_error, and carries no position.
    throw LoadError(name, {}, "", "invalid JSON: " + parse_error_reason(error.what()));
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
