#pragma once
// Draws a src/picture Picture with ImDrawList: canvas coordinates to screen
// through the canvas view, sizes scaled by its zoom. This is all the canvas
// draws of a process; the SVG and PDF renderers will draw the same list.
// Pictures laid out for a window region (the compare view, the matrix) are
// placed with an origin and the UI scale instead of a canvas view.

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "canvas_view.h"
#include "picture/primitives.h"

namespace blokjes::app {

inline ImVec2 to_imvec(ScreenPoint point) {
  return {point.x, point.y};
}
inline ScreenPoint from_imvec(ImVec2 point) {
  return {point.x, point.y};
}
inline ImU32 to_imgui(picture::Colour colour) {
  return IM_COL32(colour.r, colour.g, colour.b, colour.a);
}

// Where a picture laid out in pixels at UI scale 1 lands on screen: its
// (0, 0) at `origin`, each unit `scale` pixels. Converts both ways, as
// CanvasView does, so a view hit-tests in the picture's units.
struct PicturePlacement {
  ScreenPoint origin;
  float scale = 1;

  ScreenPoint to_screen(picture::CanvasPoint point) const {
    const picture::CanvasPoint shown = drawable(point);
    return {static_cast<float>(origin.x + shown.x * scale),
            static_cast<float>(origin.y + shown.y * scale)};
  }
  picture::CanvasPoint to_canvas(ScreenPoint point) const {
    return {(point.x - origin.x) / static_cast<double>(scale),
            (point.y - origin.y) / static_cast<double>(scale)};
  }
  double to_screen_length(double length) const {
    return std::isfinite(length) ? std::clamp(length, 0.0, 2 * kDrawableLimit) * scale : 0.0;
  }
};

class PictureRenderer {
 public:
  // `font` draws every text run; ImGui's current font when null.
  void render(const picture::Picture& picture, const CanvasView& view, ImDrawList& draw_list,
              ImFont* font);
  void render(const picture::Picture& picture, const PicturePlacement& placement,
              ImDrawList& draw_list, ImFont* font);

 private:
  template <typename Placement>
  void draw(const picture::Picture& picture, const Placement& placement, ImDrawList& draw_list,
            ImFont* font);

  std::vector<ImVec2> points_;  // reused: one polyline after another
};

}  // namespace blokjes::app
