#include "matrix_picture.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "one_line_text.h"

// [SECTION] Colours
// [SECTION] Layout: title, label column, cells
// [SECTION] Hit-testing

namespace blokjes::picture {

// -----------------------------------------------------------------------------
// [SECTION] Colours
// -----------------------------------------------------------------------------

Colour heat_colour(double similarity) {
  const double t = std::clamp(similarity / 100.0, 0.0, 1.0);
  const auto channel = [t](double low, double high) {
    return static_cast<std::uint8_t>(low + (high - low) * t);
  };
  return {channel(255, 8), channel(255, 69), channel(255, 148), 255};
}

// -----------------------------------------------------------------------------
// [SECTION] Layout: title, label column, cells
// -----------------------------------------------------------------------------

// The tab: a 40 title and 22 labels, square cells, figures in the cells
// when they are large enough. A slide: title, labels and figures at the
// slide's size, the label column capped and long names cut (their number
// kept), cells as wide as the figures need.
MatrixPicture matrix_picture(const compare::SimilarityMatrix& matrix,
                             const MatrixPictureOptions& options, const TextMetrics& metrics) {
  MatrixPicture result;
  auto& primitives = result.picture.primitives;
  const bool slide = options.slide;
  const double label_size = options.text_size;
  const double title_size = options.title_size;
  const double available_x = options.width;
  const double available_y = options.height;
  const auto width = [&metrics](std::string_view text, double size) {
    return metrics.width(text, size);
  };
  const std::string title = slide
                                ? fit_one_line(options.texts.title, title_size, available_x, metrics)
                                : options.texts.title;
  primitives.push_back(TextRun{{0, 0}, title_size, kMatrixTextColour, title});
  result.bounds = {{0, 0}, {width(title, title_size), title_size}};
  result.text_size = label_size;
  const std::size_t n = matrix.size();
  if (n == 0) return result;
  // Row labels: " 9  Huwelijk ..." on the left, the numbers right-aligned in
  // a column of their own so the names line up; columns carry the numbers only.
  const double number_column = width(std::to_string(n) + "  ", label_size);
  const double space = width("  ", label_size);
  double label_width = 0;
  std::vector<std::string> names;
  for (std::size_t k = 0; k < n; ++k) {
    const auto index = static_cast<std::size_t>(matrix.order[k]);
    names.push_back(matrix.names[index]);
    label_width = std::max(label_width, number_column + width(names.back(), label_size));
    result.order.push_back(matrix.process_ids[index]);
  }
  const double gutter = slide ? label_size * 0.5 : 16;
  label_width = std::min(label_width + gutter, available_x * (slide ? 0.45 : 0.4));
  const double top = title_size * 1.3 + label_size * 1.4;
  const double count = static_cast<double>(n);
  const double row_room = (available_y - top) / count;
  const double column_room = (available_x - label_width) / count;
  // The widest figure a cell shows, and the room it needs around it.
  const double number_width = width("100", label_size);
  const double smallest = 4 * options.pixel;
  double cell = std::max(smallest, std::min(column_room, row_room));
  double cell_width = cell;
  if (slide) {
    // A few processes make no giant squares; many make cells wider than
    // high, since the room reads the figures before the squares.
    cell = std::max(smallest, std::min({row_room, column_room, label_size * 3}));
    cell_width =
        std::max(smallest, std::min(column_room, std::max(cell, number_width + label_size * 0.5)));
  }
  const bool show_numbers = slide ? cell >= label_size * 1.2 && cell_width >= number_width + 4
                                  : cell >= label_size * 1.6;
  const double left = label_width;
  result.grid_origin = {left, top};
  result.cell = cell;
  result.cell_width = cell_width;
  result.bounds.max = {std::max(result.bounds.max.x, left + cell_width * count),
                       top + cell * count};
  result.height = top + cell * count;
  // Rows lower than the labels (many processes) take labels as high as the
  // row, so neighbouring labels never overlap.
  const double row_label_size = std::min(label_size, cell);
  const double label_room = left - gutter / 2;
  result.cells.reserve(n * n);
  for (std::size_t row = 0; row < n; ++row) {
    const double y = top + static_cast<double>(row) * cell;
    const std::string name =
        fit_one_line(names[row], row_label_size, label_room - number_column, metrics);
    const std::string number = std::to_string(row + 1);
    const double label_y = y + (cell - row_label_size) / 2;
    primitives.push_back(TextRun{{number_column - space - width(number, row_label_size), label_y},
                                 row_label_size, kMatrixTextColour, number});
    primitives.push_back(TextRun{{number_column, label_y}, row_label_size, kMatrixTextColour, name});
    // The column of the same process carries its number above the grid.
    primitives.push_back(TextRun{{left + static_cast<double>(row) * cell_width +
                                      (cell_width - width(number, label_size)) / 2,
                                  top - label_size * 1.3},
                                 label_size, kMatrixNumberColour, number});
    for (std::size_t column = 0; column < n; ++column) {
      MatrixCell at;
      at.row = row;
      at.column = column;
      at.i = static_cast<std::size_t>(matrix.order[row]);
      at.j = static_cast<std::size_t>(matrix.order[column]);
      at.value = matrix.at(at.i, at.j);
      const CanvasPoint min{left + static_cast<double>(column) * cell_width, y};
      at.rect = {min, {min.x + cell_width - options.pixel, min.y + cell - options.pixel}};
      primitives.push_back(FilledRect{at.rect, heat_colour(at.value)});
      if (show_numbers) {
        char text[8];
        std::snprintf(text, sizeof text, "%.0f", at.value);
        primitives.push_back(TextRun{{min.x + (cell_width - width(text, label_size)) / 2,
                                      min.y + (cell - label_size) / 2},
                                     label_size,
                                     at.value > kMatrixWhiteFigureAbove ? kMatrixLightFigure
                                                                        : kMatrixTextColour,
                                     text});
      }
      result.cells.push_back(at);
    }
  }
  return result;
}

// -----------------------------------------------------------------------------
// [SECTION] Hit-testing
// -----------------------------------------------------------------------------

const MatrixCell* MatrixPicture::cell_at(CanvasPoint point) const {
  // Straight to the one cell the point can be in: a 500-process matrix has
  // 250,000 of them, and the view asks every frame.
  const std::size_t n = order.size();
  if (n == 0 || cells.size() != n * n || cell <= 0 || cell_width <= 0) return nullptr;
  const double column = std::floor((point.x - grid_origin.x) / cell_width);
  const double row = std::floor((point.y - grid_origin.y) / cell);
  if (!(column >= 0 && row >= 0 && column < static_cast<double>(n) &&
        row < static_cast<double>(n))) {
    return nullptr;
  }
  const MatrixCell& at =
      cells[static_cast<std::size_t>(row) * n + static_cast<std::size_t>(column)];
  const bool inside = point.x >= at.rect.min.x && point.x < at.rect.max.x &&
                      point.y >= at.rect.min.y && point.y < at.rect.max.y;
  return inside ? &at : nullptr;
}

}  // namespace blokjes::picture
