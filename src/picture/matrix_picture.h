#pragma once
// The workshop's similarity matrix as a picture, without a window: the title,
// numbered row labels, column numbers and one heat cell per pair of processes
// in the matrix's clustering order, with its figure when the cell is large
// enough. The app draws it with ImDrawList (app::PictureRenderer) and
// hit-tests the cells this function returns; cairo writes it to SVG, PNG or
// PDF (exporters/picture).
//
// Units: one pixel at UI scale 1, (0, 0) the top left of the room given in
// the options; the app scales by its UI scale when it draws.

#include <cstddef>
#include <string>
#include <vector>

#include "compare/comparison.h"
#include "coordinates.h"
#include "primitives.h"
#include "text_metrics.h"

namespace blokjes::picture {

struct MatrixTexts {
  std::string title;
};
// Which translation key fills which text (see kCompareTextKeys).
struct MatrixTextKey {
  const char* key;
  std::string MatrixTexts::*field;
};
inline constexpr MatrixTextKey kMatrixTextKeys[] = {{"matrix.title", &MatrixTexts::title}};

struct MatrixPictureOptions {
  // A slide for the room: the title cut to the width, the label column
  // capped at 45% (the tab: 40%), cells wider than high so the figures fit.
  bool slide = false;
  double text_size = 22;   // row labels, column numbers and figures (a slide: 36)
  double title_size = 40;  // (a slide: 1.25 times the text)
  double width = 1920;     // the room to lay out in, from (0, 0)
  double height = 1080;
  // One screen pixel in these units (1 / the UI scale): the gap between
  // cells, and the smallest cell is 4 of them.
  double pixel = 1;
  MatrixTexts texts;
};

inline constexpr Colour kMatrixTextColour{33, 37, 41, 255};
inline constexpr Colour kMatrixNumberColour{73, 80, 87, 255};  // the column numbers
inline constexpr Colour kMatrixLightFigure{255, 255, 255, 255};  // a figure on a deep cell
// Figures above this similarity are written in white.
inline constexpr double kMatrixWhiteFigureAbove = 55;
// White through light blue to deep blue as similarity (0-100) rises.
Colour heat_colour(double similarity);

struct MatrixCell {
  std::size_t row = 0;  // in the displayed (clustering) order
  std::size_t column = 0;
  std::size_t i = 0;  // the processes' indices in the matrix (row's, column's)
  std::size_t j = 0;
  double value = 0;
  CanvasRect rect;  // filled; hit-tested half-open, [min, max)
};

struct MatrixPicture {
  Picture picture;
  std::vector<MatrixCell> cells;   // n*n, row by row in the displayed order
  std::vector<std::string> order;  // process ids, top to bottom
  CanvasPoint grid_origin;         // the top left of cell (0, 0)
  double cell = 0;                 // row height
  double cell_width = 0;           // column width; wider than `cell` on a slide
  double text_size = 0;            // row labels and figures
  CanvasRect bounds;               // everything drawn: title, labels, grid
  double height = 0;               // the room taken: to the grid's bottom (0 without processes)

  // The cell under `point`, or null.
  const MatrixCell* cell_at(CanvasPoint point) const;
};

MatrixPicture matrix_picture(const compare::SimilarityMatrix& matrix,
                             const MatrixPictureOptions& options, const TextMetrics& metrics);

}  // namespace blokjes::picture
