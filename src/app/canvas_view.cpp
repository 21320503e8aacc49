#include "canvas_view.h"

#include <cmath>

namespace blokjes::app {

void CanvasView::zoom_step_at(ScreenPoint anchor, double steps) {
  zoom_at(anchor, zoom_ * std::pow(1.1, steps));
}

void CanvasView::fit(const CanvasRect& given, ScreenPoint screen_min, ScreenPoint screen_max) {
  constexpr double kMargin = kFitMargin;
  // Framed as drawn: a block at 1e308 would otherwise make the zoom 0 and the
  // origin overflow, and no block could be seen.
  const CanvasRect content = drawable(given);
  const double width = std::max(1.0, content.max.x - content.min.x);
  const double height = std::max(1.0, content.max.y - content.min.y);
  const double available_x = std::max(1.0, screen_max.x - screen_min.x - 2 * kMargin);
  const double available_y = std::max(1.0, screen_max.y - screen_min.y - 2 * kMargin);
  const double whole = std::min(available_x / width, available_y / height);
  zoom_ = std::clamp(whole, fit_floor_, fit_ceiling_);
  const double center_x = (content.min.x + content.max.x) / 2;
  const double center_y = (content.min.y + content.max.y) / 2;
  origin_x_ = bounded_origin((screen_min.x + screen_max.x) / 2.0 - center_x * zoom_);
  origin_y_ = bounded_origin((screen_min.y + screen_max.y) / 2.0 - center_y * zoom_);
  // At the floor the content is larger than the screen: a process reads from
  // its start, so its left edge (and top, when too tall) goes to the margin.
  if (width * zoom_ > available_x) origin_x_ = bounded_origin(screen_min.x + kMargin - content.min.x * zoom_);
  if (height * zoom_ > available_y) origin_y_ = bounded_origin(screen_min.y + kMargin - content.min.y * zoom_);
}

}  // namespace blokjes::app
