#pragma once
// What a renderer draws: a flat list of primitives in canvas coordinates,
// in drawing order (later ones on top). Sizes (radii, thicknesses, font
// sizes) are canvas units too; a renderer scales everything by its zoom.
// Text comes already broken into lines, so renderers never wrap.

#include <string>
#include <variant>
#include <vector>

#include "coordinates.h"
#include "style.h"

namespace blokjes::picture {

struct FilledRect {
  CanvasRect rect;
  Colour colour;
  double rounding = 0;
};

struct StrokedRect {
  CanvasRect rect;
  Colour colour;
  double rounding = 0;
  double thickness = 1;
};

// One line of text; `top_left` is the top of the line box at `size`.
struct TextRun {
  CanvasPoint top_left;
  double size = 16;
  Colour colour;
  std::string text;
  double wrap_width = 0;  // the width it was broken to fit (0: none)
};

struct Polyline {
  std::vector<CanvasPoint> points;
  Colour colour;
  double thickness = 1;
};

// Filled; arrowheads. `tip` is where the arrow points.
struct Triangle {
  CanvasPoint tip;
  CanvasPoint left;
  CanvasPoint right;
  Colour colour;
};

// Filled; ports.
struct Circle {
  CanvasPoint centre;
  double radius = 1;
  Colour colour;
};

using Primitive = std::variant<FilledRect, StrokedRect, TextRun, Polyline, Triangle, Circle>;

struct Picture {
  std::vector<Primitive> primitives;
};

}  // namespace blokjes::picture
