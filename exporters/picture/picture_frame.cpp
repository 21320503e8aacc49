#include "picture_frame.h"

#include <algorithm>
#include <cmath>

#include "picture/process_picture.h"

namespace blokjes {
namespace {

// A frame's side in pixels: the width times the scale, up, at least 1.
// Larger than an int holds is capped; the writers refuse what they cannot make.
int pixels(double length, double scale) {
  const double value = length * scale;
  if (!std::isfinite(value) || value < 1) return 1;
  return static_cast<int>(std::min(std::ceil(value - 1e-9), 2.0e9));
}

double finite_scale(double scale) {
  return std::isfinite(scale) && scale > 0 ? scale : 1;
}

}  // namespace

int PictureFrame::pixel_width() const {
  return pixels(area.width(), finite_scale(scale));
}

int PictureFrame::pixel_height() const {
  return pixels(area.height(), finite_scale(scale));
}

double PictureFrame::to_pixel_x(double canvas_x) const {
  return (picture::drawable(canvas_x) - area.min.x) * finite_scale(scale);
}

double PictureFrame::to_pixel_y(double canvas_y) const {
  return (picture::drawable(canvas_y) - area.min.y) * finite_scale(scale);
}

PictureFrame frame_around(const picture::Picture& picture, const picture::TextMetrics& metrics,
                          double margin, double scale) {
  const picture::CanvasRect bounds = picture::picture_bounds(picture, metrics);
  const double m = std::isfinite(margin) ? std::clamp(margin, 0.0, picture::kDrawableLimit) : 0;
  PictureFrame frame;
  frame.scale = finite_scale(scale);
  frame.area = {{std::floor(bounds.min.x - m), std::floor(bounds.min.y - m)},
                {std::ceil(bounds.max.x + m), std::ceil(bounds.max.y + m)}};
  return frame;
}

}  // namespace blokjes
