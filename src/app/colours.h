#pragma once
// Block colours come from the library as "#RRGGBB" (validated on load); the
// views need them as ImGui colours.

#include <imgui.h>

#include <cstdio>
#include <string>

namespace blokjes::app {

inline ImU32 colour_from_hex(const std::string& hex, int alpha = 255) {
  unsigned r = 128, g = 128, b = 128;
  if (hex.size() == 7) std::sscanf(hex.c_str() + 1, "%02x%02x%02x", &r, &g, &b);
  return IM_COL32(r, g, b, alpha);
}

// Findings on the light theme: errors red, warnings amber (as the file dialog's warning).
inline const ImVec4 kErrorTextColour{0.75f, 0.1f, 0.1f, 1};
inline const ImVec4 kWarningTextColour{0.7f, 0.4f, 0.0f, 1};

}  // namespace blokjes::app
