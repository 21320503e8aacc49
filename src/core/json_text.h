#pragma once
// Reading JSON text safely: size and nesting limits before parsing, parse
// errors with line and column, and a source map from JSON pointers back to
// positions so later checks can point at the offending value.

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>

#include "load_error.h"

namespace blokjes {

struct JsonLimits {
  std::size_t max_bytes = 32u * 1024u * 1024u;
  int max_depth = 64;
};

// Reads a whole file; throws LoadError when it cannot be read or exceeds the limit.
std::string read_text_file(const std::string& path, std::size_t max_bytes);

// Line and column (1-based) of a byte offset in text.
SourcePosition position_of_offset(std::string_view text, std::size_t offset);

// Parses text, enforcing the limits; `name` is the file name used in errors.
nlohmann::json parse_json_text(std::string_view text, const std::string& name,
                               const JsonLimits& limits = {});

// JSON pointer (RFC 6901) of a key path element.
std::string pointer_escape(std::string_view key);

// Maps every JSON pointer of a syntactically valid document to the offset where
// its value starts. Built lazily: only diagnostics need it.
class JsonSourceMap {
 public:
  explicit JsonSourceMap(std::string text) : text_(std::move(text)) {}

  // Position of the value at pointer; falls back to the nearest enclosing value.
  SourcePosition locate(std::string_view pointer) const;
  const std::string& text() const { return text_; }

 private:
  void build() const;

  std::string text_;
  mutable bool built_ = false;
  mutable std::unordered_map<std::string, std::size_t> offsets_;
};

}  // namespace blokjes
