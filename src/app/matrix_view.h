#pragma once
// The workshop-wide matrix: every pair of processes as a heat map, ordered by
// clustering so processes with the same generic shape sit together. Clicking
// a cell opens the compare view on that pair.

#include <functional>
#include <optional>
#include <string>

#include "canvas_view.h"
#include "compare/comparison.h"
#include "core/block_library.h"
#include "core/document.h"
#include "translations.h"

struct ImFont;

namespace blokjes::app {

class MatrixView {
 public:
  using OpenPair = std::function<void(const std::string& a, const std::string& b)>;

  MatrixView(const Document& document, const BlockLibrary& library, const Translations& tr)
      : document_(document), library_(library), tr_(tr) {}

  void set_font(ImFont* font) { font_ = font; }
  void set_scale(float scale) { scale_ = scale; }
  void on_open_pair(OpenPair open) { open_pair_ = std::move(open); }
  void draw();

  // Where cell (row, column) of the displayed order was drawn, for tests.
  struct Grid {
    ScreenPoint origin;
    float cell = 0;
    std::vector<std::string> order;  // process ids, top to bottom
  };
  const Grid& grid() const { return grid_; }

 private:
  void refresh();

  const Document& document_;
  const BlockLibrary& library_;
  const Translations& tr_;
  ImFont* font_ = nullptr;
  float scale_ = 1;
  OpenPair open_pair_;
  std::optional<compare::SimilarityMatrix> matrix_;
  std::uint64_t computed_at_revision_ = ~0ull;
  Grid grid_;
};

}  // namespace blokjes::app
