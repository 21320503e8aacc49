#pragma once
// What the coverage view's files share: its colours, how it writes a share
// and how it records a rectangle for layout_json.

#include <imgui.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

namespace blokjes::app::coverage_drawing {

inline constexpr ImU32 kText = IM_COL32(33, 37, 41, 255);
inline constexpr ImU32 kMuted = IM_COL32(73, 80, 87, 255);
inline constexpr ImU32 kTrack = IM_COL32(233, 236, 239, 255);
inline constexpr ImU32 kProcessBar = IM_COL32(28, 126, 214, 255);
inline constexpr ImU32 kDepartmentBar = IM_COL32(12, 166, 120, 255);
// Runs on the generic model / does not: green and red that stay apart for
// the colour-blind by their marks too (a filled and a hollow square).
inline constexpr ImU32 kFits = IM_COL32(43, 138, 62, 255);
inline constexpr ImU32 kMisfit = IM_COL32(201, 42, 42, 255);

inline std::string percent(double value) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f%%", value);
  return text;
}

inline nlohmann::json rect_json(float x0, float y0, float x1, float y1) {
  return nlohmann::json::array({x0, y0, x1, y1});
}

}  // namespace blokjes::app::coverage_drawing
