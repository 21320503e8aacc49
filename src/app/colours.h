#pragma once
// Block colours come from the library as "#RRGGBB" (validated on load); the
// views need them as ImGui colours. src/picture's style table reads them the
// same way.

#include <imgui.h>

#include <string>

#include "picture/style.h"

namespace blokjes::app {

inline ImU32 colour_from_hex(const std::string& hex, int alpha = 255) {
  const picture::Colour colour = picture::colour_from_hex(hex, static_cast<std::uint8_t>(alpha));
  return IM_COL32(colour.r, colour.g, colour.b, colour.a);
}

// Findings on the light theme: errors red, warnings amber (as the file dialog's warning).
inline const ImVec4 kErrorTextColour{0.75f, 0.1f, 0.1f, 1};
inline const ImVec4 kWarningTextColour{0.7f, 0.4f, 0.0f, 1};

// Speel mode's marks on the canvas and their legend in the play panel: the
// block of the current status green, the blocks allowed next blue.
inline constexpr ImU32 kPlayCurrentColour = IM_COL32(60, 158, 46, 255);
inline constexpr ImU32 kPlayCurrentHalo = IM_COL32(60, 158, 46, 80);
inline constexpr ImU32 kPlayNextColour = IM_COL32(30, 122, 208, 255);

}  // namespace blokjes::app
