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
#include "layout_recorder.h"
#include "translations.h"
#include "view.h"

struct ImFont;

namespace blokjes::app {

class MatrixView : public View {
 public:
  using OpenPair = std::function<void(const std::string& a, const std::string& b)>;

  MatrixView(const ViewInfo& info, const Document& document, const BlockLibrary& library,
             const Translations& tr, LayoutRecorder& recorder);

  void set_font(ImFont* font) { font_ = font; }
  void set_scale(float scale) { scale_ = scale; }
  void set_display_font(ImFont* font, float scale) override {
    set_font(font);
    set_scale(scale);
  }
  void on_open_pair(OpenPair open) { open_pair_ = std::move(open); }
  void draw() override;

  // Where cell (row, column) of the displayed order was drawn, for tests.
  struct Grid {
    ScreenPoint origin;
    float cell = 0;
    std::vector<std::string> order;  // process ids, top to bottom
  };
  const Grid& grid() const { return grid_; }

 private:
  void refresh();
  void draw_matrix();
  // The grid, for the GUI tests: layout_json's "matrix".
  void record_grid();

  const Document& document_;
  const BlockLibrary& library_;
  const Translations& tr_;
  LayoutRecorder& recorder_;
  ImFont* font_ = nullptr;
  float scale_ = 1;
  OpenPair open_pair_;
  std::optional<compare::SimilarityMatrix> matrix_;
  std::uint64_t computed_at_revision_ = ~0ull;
  Grid grid_;
};

}  // namespace blokjes::app
