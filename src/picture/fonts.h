#pragma once
// The canvas font, as assets/fonts.json names it (Debian's fonts-dejavu-core),
// and the characters every renderer takes from it: one list, so ImGui's atlas
// and stb_truetype measure the same glyphs.

#include <cstdint>
#include <string>

namespace blokjes::picture {

// Pairs of first and last code point, ending in 0 (ImGui's glyph range form):
// Latin with the accents Dutch uses, plus dashes, quotes, the ellipsis and the euro.
inline constexpr std::uint16_t kGlyphRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010,
                                                 0x2027, 0x20AC, 0x20AC, 0};
// A character outside the ranges is drawn (and measured) as this one.
inline constexpr char32_t kFallbackCharacter = U'?';
bool in_glyph_ranges(char32_t code_point);

// The first existing file that fonts.json lists for `role` ("ui" or
// "canvas"); empty when there is none or fonts.json cannot be read.
std::string font_file(const std::string& assets_directory, const std::string& role);

}  // namespace blokjes::picture
