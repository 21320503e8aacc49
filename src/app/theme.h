#pragma once
// The high-contrast look of presentation mode: black text on white, strong
// borders, no faint greys, so a projector in a lit room still shows it. The
// app's everyday style (main.cpp's light theme at the UI scale) comes back
// when presenting ends: PresentationTheme swaps ImGui's style for one frame
// and restores it when it goes out of scope.

#include <imgui.h>

#include <string>

namespace blokjes::app {

// The high-contrast style at this UI scale.
ImGuiStyle presentation_style(float scale);

// Applies presentation_style() while it lives; restores the style it found.
class PresentationTheme {
 public:
  explicit PresentationTheme(float scale);
  ~PresentationTheme();
  PresentationTheme(const PresentationTheme&) = delete;
  PresentationTheme& operator=(const PresentationTheme&) = delete;

 private:
  ImGuiStyle saved_;
};

// `text` cut at a code point, with an ellipsis, so that drawn with `font` at
// `px` it is no wider than `width`; unchanged when it fits.
std::string fit_with_ellipsis(ImFont* font, float px, std::string text, float width);

// The colours the presentation draws with itself (footer, pointer ring).
inline constexpr ImU32 kPresentText = IM_COL32(0, 0, 0, 255);
inline constexpr ImU32 kPresentBackground = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kPresentRule = IM_COL32(0, 0, 0, 255);
inline constexpr ImU32 kPresentMuted = IM_COL32(60, 60, 60, 255);  // still 10:1 on white
inline constexpr ImU32 kPresentAlarm = IM_COL32(200, 0, 0, 255);
// The pointer ring: a saturated orange with a black edge, seen on white and on blocks.
inline constexpr ImU32 kPointerRing = IM_COL32(255, 120, 0, 230);
inline constexpr ImU32 kPointerEdge = IM_COL32(0, 0, 0, 230);

}  // namespace blokjes::app
