#pragma once
// Font metrics behind a small interface, so every renderer breaks lines in
// the same places: the canvas measures with ImGui's font (src/app), a
// headless renderer with the same TTF through stb_truetype (stb_metrics.h).
// Sizes are font pixel heights, as ImGui's: a line of text at size s is s high.

#include <string_view>

namespace blokjes::picture {

class TextMetrics {
 public:
  virtual ~TextMetrics() = default;
  // The advance width of a UTF-8 string on one line at font size `size`.
  virtual double width(std::string_view utf8, double size) const = 0;
  virtual double line_height(double size) const { return size; }
};

}  // namespace blokjes::picture
