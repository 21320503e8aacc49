#pragma once
// The workshop-wide matrix: every pair of processes as a heat map, ordered by
// clustering so processes with the same generic shape sit together. Clicking
// a cell opens the compare view on that pair. A large workshop's matrix is
// computed off the UI thread (compare::BackgroundJob) while the view shows
// "Bezig met vergelijken… n/m" and a progress bar; an edit cancels and
// restarts it. Above the documented limits (compare/comparison.h) the view
// says why it shows no matrix. On a slide (presentation mode) the same
// matrix is drawn for the room: every text at the slide's size
// (slide_text.h), row labels numbered and cut to a label column, and cells
// wider than high so the numbers fit at that size. What it shows is one
// picture (picture/matrix_picture.h), which an export draws the same way.

#include <functional>
#include <optional>
#include <string>

#include "canvas_view.h"
#include "compare/background_job.h"
#include "compare/comparison.h"
#include "core/block_library.h"
#include "core/document.h"
#include "layout_recorder.h"
#include "picture/matrix_picture.h"
#include "picture_renderer.h"
#include "translations.h"
#include "view.h"

namespace blokjes::app {

class MatrixView : public View {
 public:
  using OpenPair = std::function<void(const std::string& a, const std::string& b)>;

  MatrixView(const ViewInfo& info, const Document& document, const BlockLibrary& library,
             const Translations& tr, LayoutRecorder& recorder);

  void on_open_pair(OpenPair open) { open_pair_ = std::move(open); }
  void draw() override;
  void draw_slide(const Slide& slide) override;

  // Where cell (row, column) of the displayed order was drawn, for tests:
  // its top left is origin + (column * cell_width, row * cell).
  struct Grid {
    ScreenPoint origin;
    float cell = 0;                  // row height; the tab's cells are square
    float cell_width = 0;            // column width; wider than `cell` on a slide
    std::vector<std::string> order;  // process ids, top to bottom
    float text_px = 0;               // row labels and numbers
    ScreenPoint min;                 // everything drawn: title, labels, grid
    ScreenPoint max;
  };
  const Grid& grid() const { return grid_; }

  // For tests: whether the matrix is being computed off the UI thread, how
  // far it is (pairs of processes), and the message shown instead of a matrix.
  bool computing() const { return job_.running(); }
  std::size_t pairs_done() const { return job_.done(); }
  std::size_t pairs_total() const { return job_.total(); }
  const std::string& message() const { return message_; }

 private:
  void refresh();
  // Takes a finished background result; draws the progress while one runs.
  bool draw_progress();
  void draw_matrix(bool presenting);
  // The grid, for the GUI tests: layout_json's "matrix".
  void record_grid();

  const Document& document_;
  const BlockLibrary& library_;
  const Translations& tr_;
  LayoutRecorder& recorder_;
  OpenPair open_pair_;
  std::optional<compare::SimilarityMatrix> matrix_;
  compare::BackgroundJob<compare::SimilarityMatrix> job_;
  std::string message_;  // a limit passed or a failure: shown instead of the matrix
  std::uint64_t computed_at_revision_ = ~0ull;
  Grid grid_;
  // The matrix's picture (picture/matrix_picture.h) and what it was laid out
  // for; `matrix_generation_` counts the matrices computed.
  struct PictureKey {
    std::uint64_t generation = ~0ull;
    bool slide = false;
    double text_size = 0;
    double title_size = 0;
    double width = 0;
    double height = 0;
    double pixel = 0;
    std::string title;
    const ImFont* font = nullptr;
    bool operator==(const PictureKey&) const = default;
  };
  std::uint64_t matrix_generation_ = 0;
  PictureKey picture_key_;
  picture::MatrixPicture picture_;
  PictureRenderer renderer_;
};

}  // namespace blokjes::app
