#pragma once
// One CSV field, quoted the RFC 4180 way when it needs it (a comma, a quote,
// CR or LF inside), a quote inside doubled. Shared by every CSV the project
// writes: the similarity matrix and the engine's event log.

#include <string>
#include <string_view>

namespace blokjes {

inline std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

}  // namespace blokjes
