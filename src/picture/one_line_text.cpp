#include "one_line_text.h"

namespace blokjes::picture {

std::string fit_one_line(std::string_view text, double size, double width,
                         const TextMetrics& metrics) {
  std::string line(text);
  if (metrics.width(line, size) <= width) return line;
  constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026
  while (!line.empty()) {
    // One code point off the end: its continuation bytes, then its lead byte.
    while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80) {
      line.pop_back();
    }
    if (!line.empty()) line.pop_back();
    if (metrics.width(line + std::string(kEllipsis), size) <= width) break;
  }
  return line + std::string(kEllipsis);
}

}  // namespace blokjes::picture
