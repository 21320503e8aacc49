#pragma once
// The height of text on a slide of presentation mode, for the views that
// draw slides: 36 px at UI scale 1, twice that at scale 2, so never below the
// 32 px per scale the back row of a room needs at 1920x1080 (issue 12). The
// display font is baked larger (assets/fonts.json's canvas size) and drawn
// scaled down to this: at its own size, a matrix of 13 processes or the
// coverage of 12 block kinds would not fit one 1080-pixel screen.

namespace blokjes::app {

inline constexpr float kSlideTextPx = 36;
inline constexpr float kSlideMinimumTextPx = 32;
static_assert(kSlideTextPx >= kSlideMinimumTextPx);

inline float slide_text_px(float scale) {
  return kSlideTextPx * scale;
}

}  // namespace blokjes::app
