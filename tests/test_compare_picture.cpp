// The compare view and the matrix as pictures, without a window (src/picture):
// huwelijk against woningonderhoud from the demo workshop, side by side and
// stacked, and the demo's whole matrix, measured with stb_truetype on the
// canvas's own TTF. The geometry is checked against the comparison itself:
// one box per block, matched blocks on one step, one line per match.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <set>

#include "compare/comparison.h"
#include "core/workshop_file.h"
#include "picture/compare_picture.h"
#include "picture/fonts.h"
#include "picture/matrix_picture.h"
#include "picture/one_line_text.h"
#include "picture/stb_metrics.h"
#include "picture/style.h"
#include "picture_support.h"
#include "test_support.h"

using namespace blokjes;
using namespace blokjes::picture;

namespace {

const StbTextMetrics& metrics() {
  return test::canvas_metrics();
}

const Workshop& demo() {
  static const Workshop loaded = load_workshop(test::demo_workshop_path()).workshop;
  return loaded;
}

using test::all_of;

bool same_rect(const CanvasRect& a, const CanvasRect& b) {
  return a.min.x == Approx(b.min.x) && a.min.y == Approx(b.min.y) &&
         a.max.x == Approx(b.max.x) && a.max.y == Approx(b.max.y);
}

std::string percent(double value) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f%%", value);
  return text;
}

CompareTexts english_texts() {
  CompareTexts texts;
  texts.similarity = "Similarity";
  texts.alignment = "alignment";
  texts.structural = "structural";
  texts.behavioural = "behavioural";
  texts.only_a = "only in A";
  texts.only_b = "only in B";
  texts.legend_same = "same";
  texts.legend_variant = "other variant";
  texts.legend_kind = "other block";
  return texts;
}

// Huwelijk (A) against melding achterstallig woningonderhoud (B), prepared
// and compared as the compare view does.
struct Pair {
  compare::PreparedProcess a;
  compare::PreparedProcess b;
  compare::Comparison comparison;

  Pair()
      : a(compare::prepare(*demo().find_process("huwelijk"), test::library())),
        b(compare::prepare(*demo().find_process("melding-achterstallig-woningonderhoud"),
                           test::library())),
        comparison(compare::compare_processes(a, b)) {}

  ComparePicture picture(bool stacked) const {
    ComparePictureOptions options;
    options.stacked = stacked;
    options.language = Language::english;
    options.texts = english_texts();
    return compare_picture(comparison, a, b, test::library(), options, metrics());
  }
};

const Pair& pair() {
  static const Pair computed;
  return computed;
}

std::size_t matched_steps(const compare::Alignment& alignment) {
  return static_cast<std::size_t>(
      std::count_if(alignment.steps.begin(), alignment.steps.end(),
                    [](const compare::AlignedStep& step) { return step.a && step.b; }));
}

// The block rectangles, lines and only-in marks every layout shares.
void check_blocks_lines_and_marks(const ComparePicture& drawn, const Pair& p) {
  const auto& steps = p.comparison.alignment.steps;
  REQUIRE(drawn.steps.size() == steps.size());
  const auto fills = all_of<FilledRect>(drawn.picture);
  std::size_t a_boxes = 0;
  std::size_t b_boxes = 0;
  std::set<int> a_nodes;
  std::set<int> b_nodes;
  for (std::size_t k = 0; k < steps.size(); ++k) {
    INFO("step " << k);
    CHECK(drawn.steps[k].a.has_value() == steps[k].a.has_value());
    CHECK(drawn.steps[k].b.has_value() == steps[k].b.has_value());
    // Each box is filled in its block kind's colour from the library.
    const auto filled_as = [&](const CanvasRect& rect, const compare::PreparedProcess& process,
                               int node) {
      const int kind = process.shape.nodes[static_cast<std::size_t>(node)].kind;
      REQUIRE(kind >= 0);
      const Colour colour =
          colour_from_hex(test::library().kinds()[static_cast<std::size_t>(kind)].colour);
      return std::any_of(fills.begin(), fills.end(), [&](const FilledRect& fill) {
        return same_rect(fill.rect, rect) && fill.colour == colour;
      });
    };
    if (steps[k].a) {
      ++a_boxes;
      a_nodes.insert(*steps[k].a);
      CHECK(filled_as(*drawn.steps[k].a, p.a, *steps[k].a));
    }
    if (steps[k].b) {
      ++b_boxes;
      b_nodes.insert(*steps[k].b);
      CHECK(filled_as(*drawn.steps[k].b, p.b, *steps[k].b));
    }
  }
  // One rectangle per node of each process's shape, none twice.
  CHECK(a_boxes == p.a.shape.nodes.size());
  CHECK(b_boxes == p.b.shape.nodes.size());
  CHECK(a_nodes.size() == p.a.shape.nodes.size());
  CHECK(b_nodes.size() == p.b.shape.nodes.size());

  // One line per matched pair, in the colour of how they match.
  const auto lines = all_of<Polyline>(drawn.picture);
  CHECK(lines.size() == matched_steps(p.comparison.alignment));
  std::size_t line = 0;
  for (const auto& step : steps) {
    if (!(step.a && step.b)) continue;
    REQUIRE(line < lines.size());
    CHECK(lines[line].points.size() == 2);
    CHECK(lines[line].colour == compare_relation_colour(step.relation));
    ++line;
  }

  // Only-in blocks are outlined in the style table's only-in colours, and only they.
  const Style style;
  const auto outlines = all_of<StrokedRect>(drawn.picture);
  const auto& alignment = p.comparison.alignment;
  CHECK(outlines.size() == static_cast<std::size_t>(alignment.only_in_a + alignment.only_in_b));
  for (std::size_t k = 0; k < steps.size(); ++k) {
    const bool only_a = steps[k].relation == compare::StepRelation::only_in_a;
    const bool only_b = steps[k].relation == compare::StepRelation::only_in_b;
    if (!only_a && !only_b) continue;
    const CanvasRect& box = only_a ? *drawn.steps[k].a : *drawn.steps[k].b;
    const Colour expected = style.colour(only_a ? StyleColour::only_in_a : StyleColour::only_in_b);
    CHECK(std::any_of(outlines.begin(), outlines.end(), [&](const StrokedRect& outline) {
      return same_rect(outline.rect, box) && outline.colour == expected;
    }));
  }
}

}  // namespace

TEST_CASE("compare picture: the headline gives the comparison's figure", "[compare_picture]") {
  const Pair& p = pair();
  const auto drawn = p.picture(false);
  const auto texts = all_of<TextRun>(drawn.picture);
  REQUIRE_FALSE(texts.empty());
  // The first text is the headline: the largest, top left, with the figure.
  CHECK(texts.front().size == Approx(64));
  CHECK(texts.front().top_left.x == Approx(0));
  CHECK(texts.front().top_left.y == Approx(0));
  CHECK(texts.front().text.find(percent(p.comparison.similarity)) != std::string::npos);
  CHECK(texts.front().text.rfind("Similarity", 0) == 0);
  // The three measures beside it, and the summary sentence below.
  const std::string alignment = "alignment " + percent(p.comparison.alignment.similarity);
  CHECK(std::any_of(texts.begin(), texts.end(), [&](const TextRun& run) {
    return run.text.find(alignment) != std::string::npos && run.top_left.x > 0 &&
           run.top_left.y < 64;
  }));
  const std::string summary =
      compare::describe(p.comparison.alignment, p.a.shape, p.b.shape, test::library(),
                        Language::english);
  const std::string first_word = summary.substr(0, summary.find(' '));
  CHECK(std::any_of(texts.begin(), texts.end(), [&](const TextRun& run) {
    return run.text.rfind(first_word, 0) == 0 && run.top_left.y >= 64;
  }));
}

TEST_CASE("compare picture side by side: matched blocks on one row, a line each, only-in marked",
          "[compare_picture]") {
  const Pair& p = pair();
  // The pair has blocks in both only-in kinds or at least one, so the marks are tested.
  REQUIRE(p.comparison.alignment.only_in_a + p.comparison.alignment.only_in_b > 0);
  REQUIRE(matched_steps(p.comparison.alignment) > 0);
  const auto drawn = p.picture(false);
  check_blocks_lines_and_marks(drawn, p);
  const auto& steps = p.comparison.alignment.steps;
  const auto lines = all_of<Polyline>(drawn.picture);
  std::size_t line = 0;
  double previous_top = -1;
  for (std::size_t k = 0; k < steps.size(); ++k) {
    INFO("step " << k);
    const auto& where = drawn.steps[k];
    const CanvasRect& any = where.a ? *where.a : *where.b;
    // Rows go down in the alignment's order, inside the room.
    CHECK(any.min.y > previous_top);
    previous_top = any.min.y;
    CHECK(any.max.x <= 1920);
    if (where.a && where.b) {
      // Side by side on the same row, A left of B, the line between their facing edges.
      CHECK(where.a->min.y == Approx(where.b->min.y));
      CHECK(where.a->max.y == Approx(where.b->max.y));
      CHECK(where.a->max.x < where.b->min.x);
      const auto& points = lines[line++].points;
      CHECK(points.front().x == Approx(where.a->max.x));
      CHECK(points.back().x == Approx(where.b->min.x));
      CHECK(points.front().y == Approx((where.a->min.y + where.a->max.y) / 2));
      CHECK(points.back().y == Approx(points.front().y));
    }
    if (where.a) CHECK(where.a->min.x == Approx(0));
  }
  // Every text in a box fits inside it.
  for (const auto& run : all_of<TextRun>(drawn.picture)) {
    if (!(run.colour == Colour{255, 255, 255, 255})) continue;
    const bool inside = std::any_of(drawn.steps.begin(), drawn.steps.end(), [&](const auto& s) {
      for (const auto& box : {s.a, s.b}) {
        if (box && box->contains(run.top_left) &&
            run.top_left.x + metrics().width(run.text, run.size) <= box->max.x) {
          return true;
        }
      }
      return false;
    });
    CHECK(inside);
  }
  // The legend names all five marks, below the last row; its text ends inside
  // the room (the picture's height keeps a little room below it, as the view did).
  const auto texts = all_of<TextRun>(drawn.picture);
  for (const std::string word : {"same", "other variant", "other block", "only in A", "only in B"}) {
    CHECK(std::any_of(texts.begin(), texts.end(), [&](const TextRun& run) {
      return run.text == word && run.top_left.y > previous_top &&
             run.top_left.y + run.size <= 1080 && run.top_left.y + run.size <= drawn.height;
    }));
  }
  CHECK(drawn.height > previous_top);
}

TEST_CASE("compare picture stacked: matched blocks in one column, A above B", "[compare_picture]") {
  const Pair& p = pair();
  const auto drawn = p.picture(true);
  check_blocks_lines_and_marks(drawn, p);
  const auto& steps = p.comparison.alignment.steps;
  const auto lines = all_of<Polyline>(drawn.picture);
  std::size_t line = 0;
  double previous_left = -1;
  for (std::size_t k = 0; k < steps.size(); ++k) {
    INFO("step " << k);
    const auto& where = drawn.steps[k];
    const CanvasRect& any = where.a ? *where.a : *where.b;
    CHECK(any.min.x > previous_left);
    previous_left = any.min.x;
    if (where.a && where.b) {
      CHECK(where.a->min.x == Approx(where.b->min.x));
      CHECK(where.a->max.x == Approx(where.b->max.x));
      CHECK(where.a->max.y < where.b->min.y);
      // The line runs down from A's bottom to B's top, in the column's middle.
      const auto& points = lines[line++].points;
      CHECK(points.front().y == Approx(where.a->max.y));
      CHECK(points.back().y == Approx(where.b->min.y));
      CHECK(points.front().x == Approx((where.a->min.x + where.a->max.x) / 2));
    }
  }
  CHECK(previous_left < 1920);
}

TEST_CASE("compare picture: a tiny room still gives finite geometry", "[compare_picture]") {
  const Pair& p = pair();
  ComparePictureOptions options;
  options.width = 10;
  options.height = 10;
  options.texts = english_texts();
  for (const bool stacked : {false, true}) {
    options.stacked = stacked;
    const auto drawn =
        compare_picture(p.comparison, p.a, p.b, test::library(), options, metrics());
    CHECK(drawn.steps.size() == p.comparison.alignment.steps.size());
    CHECK(std::isfinite(drawn.height));
    for (const auto& step : drawn.steps) {
      for (const auto& box : {step.a, step.b}) {
        if (box) CHECK((std::isfinite(box->min.x) && std::isfinite(box->max.y)));
      }
    }
  }
}

TEST_CASE("one-line text is cut between characters with an ellipsis", "[compare_picture]") {
  CHECK(fit_one_line("Huwelijk", 22, 1000, metrics()) == "Huwelijk");
  const std::string name = "Melding achterstallig woningonderhoud";
  const double room = metrics().width(name, 22) / 2;
  const std::string cut = fit_one_line(name, 22, room, metrics());
  CHECK(cut.size() < name.size());
  CHECK(cut.ends_with("\xE2\x80\xA6"));
  CHECK(metrics().width(cut, 22) <= room);
  CHECK(name.rfind(cut.substr(0, cut.size() - 3), 0) == 0);
  // Not even the ellipsis fits: the ellipsis alone, no endless loop.
  CHECK(fit_one_line(name, 22, 1, metrics()) == "\xE2\x80\xA6");
}

namespace {

const compare::SimilarityMatrix& demo_matrix() {
  static const compare::SimilarityMatrix computed =
      compare::similarity_matrix(compare::prepare_all(demo(), test::library()), 2);
  return computed;
}

MatrixPicture tab_matrix() {
  MatrixPictureOptions options;
  options.texts.title = "Similarity of every pair of processes";
  return matrix_picture(demo_matrix(), options, metrics());
}

}  // namespace

TEST_CASE("matrix picture: n*n cells in the UPGMA order, coloured by their value",
          "[compare_picture][matrix_picture]") {
  const auto& matrix = demo_matrix();
  const std::size_t n = matrix.size();
  REQUIRE(n == demo().processes.size());
  const auto drawn = tab_matrix();
  REQUIRE(drawn.cells.size() == n * n);
  // The displayed order is the average-linkage clustering's, recomputed here.
  const auto upgma = compare::cluster_order(matrix);
  REQUIRE(upgma == matrix.order);
  REQUIRE(drawn.order.size() == n);
  for (std::size_t k = 0; k < n; ++k) {
    CHECK(drawn.order[k] == matrix.process_ids[static_cast<std::size_t>(upgma[k])]);
  }
  const auto fills = all_of<FilledRect>(drawn.picture);
  CHECK(fills.size() == n * n);
  for (const auto& cell : drawn.cells) {
    INFO("cell " << cell.row << "," << cell.column);
    CHECK(cell.i == static_cast<std::size_t>(upgma[cell.row]));
    CHECK(cell.j == static_cast<std::size_t>(upgma[cell.column]));
    CHECK(cell.value == matrix.at(cell.i, cell.j));
    // On the grid: row and column from the grid's origin, square in the tab.
    CHECK(cell.rect.min.x == Approx(drawn.grid_origin.x + cell.column * drawn.cell_width));
    CHECK(cell.rect.min.y == Approx(drawn.grid_origin.y + cell.row * drawn.cell));
    // Filled in the heat colour of its own value.
    CHECK(std::any_of(fills.begin(), fills.end(), [&](const FilledRect& fill) {
      return same_rect(fill.rect, cell.rect) && fill.colour == heat_colour(cell.value);
    }));
    // The hit-test finds the cell at its centre.
    const CanvasPoint centre{(cell.rect.min.x + cell.rect.max.x) / 2,
                             (cell.rect.min.y + cell.rect.max.y) / 2};
    const MatrixCell* hit = drawn.cell_at(centre);
    REQUIRE(hit != nullptr);
    CHECK((hit->row == cell.row && hit->column == cell.column));
  }
  CHECK(drawn.cell == Approx(drawn.cell_width));
  CHECK(drawn.cell_at({drawn.grid_origin.x - 1, drawn.grid_origin.y + 1}) == nullptr);
  // The colour deepens as the value rises: no channel gets lighter.
  auto by_value = drawn.cells;
  std::sort(by_value.begin(), by_value.end(),
            [](const MatrixCell& x, const MatrixCell& y) { return x.value < y.value; });
  CHECK(by_value.front().value < by_value.back().value);
  for (std::size_t k = 1; k < by_value.size(); ++k) {
    const Colour lighter = heat_colour(by_value[k - 1].value);
    const Colour deeper = heat_colour(by_value[k].value);
    CHECK(deeper.r <= lighter.r);
    CHECK(deeper.g <= lighter.g);
    CHECK(deeper.b <= lighter.b);
  }
  CHECK(heat_colour(100) == Colour{8, 69, 148, 255});
  CHECK(heat_colour(0) == Colour{255, 255, 255, 255});
}

TEST_CASE("matrix picture: the title, every process's number and name label the grid",
          "[compare_picture][matrix_picture]") {
  const auto& matrix = demo_matrix();
  const std::size_t n = matrix.size();
  const auto drawn = tab_matrix();
  const auto texts = all_of<TextRun>(drawn.picture);
  CHECK(texts.front().text == "Similarity of every pair of processes");
  CHECK(texts.front().size == Approx(40));
  for (std::size_t row = 0; row < n; ++row) {
    INFO("row " << row);
    const std::string& name = matrix.names[static_cast<std::size_t>(matrix.order[row])];
    const std::string number = std::to_string(row + 1);
    const double middle = drawn.grid_origin.y + (row + 0.5) * drawn.cell;
    // The name left of the grid on its row (cut with an ellipsis when long).
    CHECK(std::any_of(texts.begin(), texts.end(), [&](const TextRun& run) {
      const bool same_name =
          run.text == name ||
          (run.text.ends_with("\xE2\x80\xA6") &&
           name.rfind(run.text.substr(0, run.text.size() - 3), 0) == 0);
      return same_name && run.top_left.x + metrics().width(run.text, run.size) <=
                              drawn.grid_origin.x &&
             run.top_left.y < middle && run.top_left.y + run.size > middle;
    }));
    // Its number before the name, and above its column.
    const double column_middle = drawn.grid_origin.x + (row + 0.5) * drawn.cell_width;
    CHECK(std::any_of(texts.begin(), texts.end(), [&](const TextRun& run) {
      return run.text == number && run.top_left.y < drawn.grid_origin.y &&
             run.top_left.x < column_middle &&
             run.top_left.x + metrics().width(run.text, run.size) > column_middle;
    }));
    CHECK(std::any_of(texts.begin(), texts.end(), [&](const TextRun& run) {
      return run.text == number && run.top_left.x < drawn.grid_origin.x &&
             run.top_left.y < middle && run.top_left.y + run.size > middle;
    }));
  }
  // Large tab cells carry their figure; the diagonal says 100.
  const auto hundreds = std::count_if(texts.begin(), texts.end(), [&](const TextRun& run) {
    return run.text == "100" && run.top_left.x >= drawn.grid_origin.x;
  });
  CHECK(hundreds >= static_cast<long>(n));
  // The bounds hold the title and the grid.
  CHECK(drawn.bounds.max.x >= drawn.grid_origin.x + n * drawn.cell_width - 1e-9);
  CHECK(drawn.bounds.max.y == Approx(drawn.grid_origin.y + n * drawn.cell));
  CHECK(drawn.height == Approx(drawn.bounds.max.y));
}

TEST_CASE("matrix picture on a slide: wider cells, text at the slide's size, inside the room",
          "[compare_picture][matrix_picture]") {
  MatrixPictureOptions options;
  options.slide = true;
  options.text_size = 36;
  options.title_size = 45;
  options.width = 1920;
  options.height = 900;
  options.texts.title = "Similarity of every pair of processes";
  const auto drawn = matrix_picture(demo_matrix(), options, metrics());
  const std::size_t n = demo_matrix().size();
  CHECK(drawn.text_size == Approx(36));
  CHECK(drawn.cell >= 36);
  CHECK(drawn.cell_width >= drawn.cell);
  CHECK(drawn.grid_origin.y + n * drawn.cell <= 900 + 1e-9);
  CHECK(drawn.grid_origin.x + n * drawn.cell_width <= 1920 + 1e-9);
  for (const auto& run : all_of<TextRun>(drawn.picture)) {
    CHECK(run.size >= 36);
  }
}

TEST_CASE("matrix picture without processes is its title alone", "[compare_picture][matrix_picture]") {
  compare::SimilarityMatrix empty;
  MatrixPictureOptions options;
  options.texts.title = "Title";
  const auto drawn = matrix_picture(empty, options, metrics());
  CHECK(drawn.cells.empty());
  CHECK(drawn.picture.primitives.size() == 1);
  CHECK(drawn.height == 0);
  CHECK(drawn.cell_at({0, 0}) == nullptr);
}
