#pragma once
// Which part of canvas space a picture file shows, and how large: the frame
// maps canvas points to the file's pixels (PNG) or points (PDF) or px (SVG)
// as (point - area.min) * scale. The file is pixel_width() x pixel_height().

#include "picture/coordinates.h"
#include "picture/primitives.h"
#include "picture/style.h"
#include "picture/text_metrics.h"

namespace blokjes {

struct PictureFrame {
  picture::CanvasRect area;
  double scale = 1;
  picture::Colour background{255, 255, 255, 255};  // white: paper, a handout, a slide

  // The file's size: the area times the scale, rounded up to whole pixels,
  // at least 1 (a non-finite or negative area or scale counts as empty).
  int pixel_width() const;
  int pixel_height() const;
  // Where a canvas point lands in the file (not rounded).
  double to_pixel_x(double canvas_x) const;
  double to_pixel_y(double canvas_y) const;
};

// The picture's bounds (picture::picture_bounds) with `margin` canvas units
// around them, at `scale` pixels per canvas unit. The area is widened to
// whole canvas units, so the file's pixel size is exactly area * scale at
// any whole scale.
PictureFrame frame_around(const picture::Picture& picture, const picture::TextMetrics& metrics,
                          double margin = 40, double scale = 1);

}  // namespace blokjes
