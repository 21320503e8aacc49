#include "stb_metrics.h"

#include <stb_truetype.h>

#include <fstream>
#include <iterator>
#include <vector>

#include "core/load_error.h"
#include "fonts.h"
#include "utf8.h"

namespace blokjes::picture {

struct StbTextMetrics::Font {
  std::vector<unsigned char> data;
  stbtt_fontinfo info{};
  double unit_scale = 0;  // font units to pixels at size 1
};

StbTextMetrics::StbTextMetrics(const std::string& ttf_path) : font_(std::make_unique<Font>()) {
  std::ifstream file(ttf_path, std::ios::binary);
  if (!file) throw LoadError(ttf_path, {}, "", "cannot open the font file");
  font_->data.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  const int offset = stbtt_GetFontOffsetForIndex(font_->data.data(), 0);
  if (font_->data.empty() || offset < 0 ||
      !stbtt_InitFont(&font_->info, font_->data.data(), offset)) {
    throw LoadError(ttf_path, {}, "", "not a TrueType font");
  }
  // ImGui sizes fonts by pixel height (ascent - descent), as this does.
  font_->unit_scale = stbtt_ScaleForPixelHeight(&font_->info, 1.0f);
}

StbTextMetrics::~StbTextMetrics() = default;

double StbTextMetrics::advance(char32_t code_point) const {
  if (const auto found = advances_.find(code_point); found != advances_.end()) {
    return found->second;
  }
  const char32_t shown = in_glyph_ranges(code_point) ? code_point : kFallbackCharacter;
  int advance_width = 0;
  int left_side_bearing = 0;
  stbtt_GetCodepointHMetrics(&font_->info, static_cast<int>(shown), &advance_width,
                             &left_side_bearing);
  const double advance = advance_width * font_->unit_scale;
  advances_.emplace(code_point, advance);
  return advance;
}

double StbTextMetrics::width(std::string_view utf8, double size) const {
  double total = 0;
  for_each_code_point(utf8, [&](char32_t code_point) { total += advance(code_point); });
  return total * size;
}

}  // namespace blokjes::picture
