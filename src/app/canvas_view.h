#pragma once
// The canvas's view state and its two coordinate spaces (imnodes' named
// conversions). Canvas space is the model's units; screen space is pixels.
// Distinct point types make a mix-up a compile error. No ImGui here, so the
// arithmetic is tested on its own.

#include <algorithm>
#include <cmath>

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

// How far from (0, 0) the canvas draws, in canvas units: the bound validation
// reports for positions. A file may hold any double (1e308, or worse once
// arithmetic makes it inf or nan); ImGui's float vertices overflow on those and
// the minimap crashed in AddRect. So every model point is brought into this
// range where it is turned into pixels (to_screen, the minimap, fit); what lies
// beyond is drawn at the edge, and hit-testing still uses the model's values.
inline constexpr double kDrawableLimit = 1e6;
// The view's own origin stays within this many pixels of the window.
inline constexpr double kOriginLimit = 1e8;

inline double drawable(double value) {
  if (!std::isfinite(value)) return 0;
  return std::clamp(value, -kDrawableLimit, kDrawableLimit);
}
inline CanvasPoint drawable(CanvasPoint point) { return {drawable(point.x), drawable(point.y)}; }
inline CanvasRect drawable(const CanvasRect& rect) {
  return {drawable(rect.min), drawable(rect.max)};
}

class CanvasView {
 public:
  // `origin` is the screen position of the canvas point (0, 0).
  // Model points are clamped to kDrawableLimit first (see there), so the
  // result is always a finite float a draw list can take.
  ScreenPoint to_screen(CanvasPoint point) const {
    const CanvasPoint shown = drawable(point);
    return {static_cast<float>(origin_x_ + shown.x * zoom_),
            static_cast<float>(origin_y_ + shown.y * zoom_)};
  }
  CanvasPoint to_canvas(ScreenPoint point) const {
    return {(point.x - origin_x_) / zoom_, (point.y - origin_y_) / zoom_};
  }
  double to_screen_length(double canvas_length) const {
    return std::isfinite(canvas_length)
               ? std::clamp(canvas_length, 0.0, 2 * kDrawableLimit) * zoom_
               : 0.0;
  }

  double zoom() const { return zoom_; }
  ScreenPoint origin() const {
    return {static_cast<float>(origin_x_), static_cast<float>(origin_y_)};
  }
  void set_origin(ScreenPoint origin) {
    origin_x_ = bounded_origin(origin.x);
    origin_y_ = bounded_origin(origin.y);
  }
  void pan(double dx, double dy) {
    origin_x_ = bounded_origin(origin_x_ + dx);
    origin_y_ = bounded_origin(origin_y_ + dy);
  }

  // Zooms so the canvas point under `anchor` stays under it.
  void zoom_at(ScreenPoint anchor, double new_zoom) {
    const CanvasPoint fixed = to_canvas(anchor);
    if (std::isfinite(new_zoom)) zoom_ = std::clamp(new_zoom, kMinZoom, kMaxZoom);
    origin_x_ = bounded_origin(anchor.x - fixed.x * zoom_);
    origin_y_ = bounded_origin(anchor.y - fixed.y * zoom_);
  }
  // One wheel notch in or out, in fixed steps of 10%.
  void zoom_step_at(ScreenPoint anchor, double steps);
  // Frames `content` in the screen rectangle [screen_min, screen_max] with a
  // margin, at a zoom within the fit limits. When the whole content would
  // need a zoom below the floor, it is shown at the floor from its start
  // (left edge, top when it is also too tall): the text stays legible and the
  // minimap shows the rest.
  void fit(const CanvasRect& content, ScreenPoint screen_min, ScreenPoint screen_max);
  // The space fit leaves around the content on each side, in pixels.
  static constexpr double kFitMargin = 40;
  // The legibility floor and the largest zoom a fit picks (kMinZoom..kMaxZoom).
  void set_fit_limits(double floor, double ceiling) {
    fit_floor_ = std::clamp(floor, kMinZoom, kMaxZoom);
    fit_ceiling_ = std::clamp(std::max(ceiling, fit_floor_), kMinZoom, kMaxZoom);
  }
  double fit_floor() const { return fit_floor_; }

 private:
  static double bounded_origin(double value) {
    return std::isfinite(value) ? std::clamp(value, -kOriginLimit, kOriginLimit) : 0.0;
  }

  // Kept in double: repeated zooming in float drifts the anchored point.
  double origin_x_ = 0;
  double origin_y_ = 0;
  double zoom_ = 1.0;
  double fit_floor_ = kMinZoom;
  double fit_ceiling_ = 1.5;
};

}  // namespace blokjes::app
