#pragma once
// Text metrics from a TTF file through stb_truetype, without a window: the
// same advances ImGui's atlas takes from the same file (ImGui builds its
// glyphs with stb_truetype too, without kerning), so line breaks agree.

#include <memory>
#include <string>
#include <unordered_map>

#include "text_metrics.h"

namespace blokjes::picture {

class StbTextMetrics : public TextMetrics {
 public:
  // Throws LoadError when the file cannot be read or is not a font.
  explicit StbTextMetrics(const std::string& ttf_path);
  ~StbTextMetrics() override;
  StbTextMetrics(const StbTextMetrics&) = delete;
  StbTextMetrics& operator=(const StbTextMetrics&) = delete;

  double width(std::string_view utf8, double size) const override;

 private:
  // The advance of one character at size 1.
  double advance(char32_t code_point) const;

  struct Font;
  std::unique_ptr<Font> font_;
  mutable std::unordered_map<char32_t, double> advances_;
};

}  // namespace blokjes::picture
