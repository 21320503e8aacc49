#pragma once
// Draws a src/picture Picture with ImDrawList: canvas coordinates to screen
// through the canvas view, sizes scaled by its zoom. This is all the canvas
// draws of a process; the SVG and PDF renderers will draw the same list.

#include <imgui.h>

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

class PictureRenderer {
 public:
  // `font` draws every text run; ImGui's current font when null.
  void render(const picture::Picture& picture, const CanvasView& view, ImDrawList& draw_list,
              ImFont* font);

 private:
  std::vector<ImVec2> points_;  // reused: one polyline after another
};

}  // namespace blokjes::app
