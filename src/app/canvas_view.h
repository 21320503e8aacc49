#pragma once
// The canvas's view state and its two coordinate spaces (imnodes' named
// conversions). Canvas space is the model's units; screen space is pixels.
// Distinct point types make a mix-up a compile error. No ImGui here, so the
// arithmetic is tested on its own.

#include <algorithm>

#include "picture/coordinates.h"

namespace blokjes::app {

// Canvas space is the model's (src/picture/coordinates.h): a block's
// Position is a CanvasPoint.
using picture::CanvasPoint;
using picture::CanvasRect;

struct ScreenPoint {
  float x = 0;
  float y = 0;
};

// A rectangle on screen, e.g. where a control was drawn (for tests).
struct ScreenRect {
  ScreenPoint min;
  ScreenPoint max;
  ScreenPoint centre() const { return {(min.x + max.x) / 2, (min.y + max.y) / 2}; }
};

inline constexpr double kMinZoom = 0.25;
inline constexpr double kMaxZoom = 4.0;

class CanvasView {
 public:
  // `origin` is the screen position of the canvas point (0, 0).
  ScreenPoint to_screen(CanvasPoint point) const {
    return {static_cast<float>(origin_x_ + point.x * zoom_),
            static_cast<float>(origin_y_ + point.y * zoom_)};
  }
  CanvasPoint to_canvas(ScreenPoint point) const {
    return {(point.x - origin_x_) / zoom_, (point.y - origin_y_) / zoom_};
  }
  double to_screen_length(double canvas_length) const { return canvas_length * zoom_; }

  double zoom() const { return zoom_; }
  ScreenPoint origin() const {
    return {static_cast<float>(origin_x_), static_cast<float>(origin_y_)};
  }
  void set_origin(ScreenPoint origin) {
    origin_x_ = origin.x;
    origin_y_ = origin.y;
  }
  void pan(double dx, double dy) {
    origin_x_ += dx;
    origin_y_ += dy;
  }

  // Zooms so the canvas point under `anchor` stays under it.
  void zoom_at(ScreenPoint anchor, double new_zoom) {
    const CanvasPoint fixed = to_canvas(anchor);
    zoom_ = std::clamp(new_zoom, kMinZoom, kMaxZoom);
    origin_x_ = anchor.x - fixed.x * zoom_;
    origin_y_ = anchor.y - fixed.y * zoom_;
  }
  // One wheel notch in or out, in fixed steps of 10%.
  void zoom_step_at(ScreenPoint anchor, double steps);
  // Frames `content` in the screen rectangle [screen_min, screen_max] with a margin.
  void fit(const CanvasRect& content, ScreenPoint screen_min, ScreenPoint screen_max);

 private:
  // Kept in double: repeated zooming in float drifts the anchored point.
  double origin_x_ = 0;
  double origin_y_ = 0;
  double zoom_ = 1.0;
};

}  // namespace blokjes::app
