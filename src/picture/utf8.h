#pragma once
// Walking UTF-8 text by code point, as ImGui does (an invalid sequence
// counts as one U+FFFD and the walk goes on past its first byte).

#include <string_view>

#include "line_breaking.h"

namespace blokjes::picture {

template <typename Visit>
void for_each_code_point(std::string_view text, Visit&& visit) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = utf8_sequence_length(lead);
    if (length == 1 || i + length > text.size()) {
      visit(lead < 0x80 ? static_cast<char32_t>(lead) : U'\uFFFD');
      ++i;
      continue;
    }
    char32_t code_point = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    bool valid = true;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) valid = false;
      code_point = (code_point << 6) | (next & 0x3F);
    }
    if (!valid) {
      visit(U'\uFFFD');
      ++i;
      continue;
    }
    visit(code_point);
    i += length;
  }
}

}  // namespace blokjes::picture
