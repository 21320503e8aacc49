#include "matrix_view.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "job_progress.h"
#include "slide_text.h"
#include "theme.h"  // fit_with_ellipsis

// [SECTION] State: computing inline or off the UI thread
// [SECTION] Frame: progress, message or the heat map (tab and slide)

namespace blokjes::app {
namespace {

// White through light blue to deep blue as similarity rises.
ImU32 heat(double similarity) {
  const float t = static_cast<float>(std::clamp(similarity / 100.0, 0.0, 1.0));
  const auto channel = [t](float low, float high) {
    return static_cast<int>(low + (high - low) * t);
  };
  return IM_COL32(channel(255, 8), channel(255, 69), channel(255, 148), 255);
}

}  // namespace

MatrixView::MatrixView(const ViewInfo& info, const Document& document, const BlockLibrary& library,
                       const Translations& tr, LayoutRecorder& recorder)
    : View(info), document_(document), library_(library), tr_(tr), recorder_(recorder) {}

void MatrixView::record_grid() {
  recorder_.set_value("matrix", {{"origin", {grid_.origin.x, grid_.origin.y}},
                                 {"cell", grid_.cell},
                                 {"cell_width", grid_.cell_width},
                                 {"order", grid_.order},
                                 {"text_px", grid_.text_px},
                                 {"rect", {grid_.min.x, grid_.min.y, grid_.max.x, grid_.max.y}}});
}

// -----------------------------------------------------------------------------
// [SECTION] State: computing inline or off the UI thread
// -----------------------------------------------------------------------------

void MatrixView::refresh() {
  if (computed_at_revision_ == document_.revision()) return;
  // A changed workshop: whatever runs is for the old one.
  computed_at_revision_ = document_.revision();
  job_.cancel();
  matrix_.reset();
  message_.clear();
  const Workshop& workshop = document_.workshop();
  if (const auto problem = compare::matrix_limit_problem(workshop)) {
    message_ = compare::describe(*problem, tr_.language());
    return;
  }
  if (compare::matrix_block_pairs(workshop) <= compare::kInlineBlockPairs) {
    matrix_ = compare::similarity_matrix(compare::prepare_all(workshop, library_));
    return;
  }
  const std::size_t n = workshop.processes.size();
  // The job gets its own copy of the processes: the user may edit meanwhile.
  job_.start(
      [processes = workshop.processes, &library = library_](const compare::JobControl& job) {
        Workshop copy;
        copy.processes = processes;
        compare::MatrixControl control;
        control.cancel = &job.cancel;
        control.pairs_done = &job.done;
        return compare::similarity_matrix(compare::prepare_all(copy, library), 0, control);
      },
      n * (n - 1) / 2);
}

// -----------------------------------------------------------------------------
// [SECTION] Frame: progress, message or the heat map (tab and slide)
// -----------------------------------------------------------------------------

bool MatrixView::draw_progress() {
  try {
    if (auto finished = job_.take()) matrix_ = std::move(*finished);
  } catch (const std::exception& error) {
    // Out of memory or any other failure inside the job: said, not thrown at the frame.
    message_ = error.what();
  }
  if (!job_.running()) return false;
  const std::size_t done = job_.done();
  const std::size_t total = job_.total();
  draw_job_progress(done, total, tr_.language());
  return true;
}

void MatrixView::draw() {
  draw_matrix(false);
  record_grid();
}

void MatrixView::draw_slide(const Slide& /*slide*/) {
  draw_matrix(true);
  record_grid();
}

// The tab: a 40 px title and 22 px labels per UI scale, square cells, numbers
// in the cells when they are large enough. A slide: title, labels and numbers
// at the slide's size, the label column capped and long names cut (their
// number kept), cells as wide as the numbers need.
void MatrixView::draw_matrix(bool presenting) {
  refresh();
  grid_ = {};
  if (draw_progress()) return;
  if (!matrix_) {
    ImGui::TextWrapped("%s", message_.c_str());
    return;
  }
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  const float scale = display_scale_;
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const float label_size = presenting ? slide_text_px(scale) : 22 * scale;
  const float title_size = presenting ? label_size * 1.25f : 40 * scale;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 available = ImGui::GetContentRegionAvail();
  const std::string title =
      presenting ? fit_with_ellipsis(font, title_size, tr_("matrix.title"), available.x)
                 : std::string(tr_("matrix.title"));
  draw_list.AddText(font, title_size, origin, IM_COL32(33, 37, 41, 255), title.c_str());
  grid_.min = {origin.x, origin.y};
  grid_.max = {origin.x + font->CalcTextSizeA(title_size, FLT_MAX, 0, title.c_str()).x,
               origin.y + title_size};
  const std::size_t n = matrix_->size();
  if (n == 0) return;
  // Row labels: " 9  Huwelijk ..." on the left, the numbers right-aligned in
  // a column of their own so the names line up; columns carry the numbers only.
  const float number_column =
      font->CalcTextSizeA(label_size, FLT_MAX, 0, (std::to_string(n) + "  ").c_str()).x;
  const float space = font->CalcTextSizeA(label_size, FLT_MAX, 0, "  ").x;
  float label_width = 0;
  std::vector<std::string> names;
  for (std::size_t k = 0; k < n; ++k) {
    const auto index = static_cast<std::size_t>(matrix_->order[k]);
    names.push_back(matrix_->names[index]);
    label_width = std::max(
        label_width,
        number_column + font->CalcTextSizeA(label_size, FLT_MAX, 0, names.back().c_str()).x);
    grid_.order.push_back(matrix_->process_ids[index]);
  }
  const float gutter = presenting ? label_size * 0.5f : 16 * scale;
  label_width = std::min(label_width + gutter, available.x * (presenting ? 0.45f : 0.4f));
  const float top = origin.y + title_size * 1.3f + label_size * 1.4f;
  const float count = static_cast<float>(n);
  const float row_room = (available.y - (top - origin.y)) / count;
  const float column_room = (available.x - label_width) / count;
  // The widest number a cell shows, and the room it needs around it.
  const float number_width = font->CalcTextSizeA(label_size, FLT_MAX, 0, "100").x;
  float cell = std::max(4.0f, std::min(column_room, row_room));
  float cell_width = cell;
  if (presenting) {
    // A few processes make no giant squares; many make cells wider than
    // high, since the room reads the numbers before the squares.
    cell = std::max(4.0f, std::min({row_room, column_room, label_size * 3}));
    cell_width =
        std::max(4.0f, std::min(column_room, std::max(cell, number_width + label_size * 0.5f)));
  }
  const bool show_numbers =
      presenting ? cell >= label_size * 1.2f && cell_width >= number_width + 4 * scale
                 : cell >= label_size * 1.6f;
  const float left = origin.x + label_width;
  grid_.origin = {left, top};
  grid_.cell = cell;
  grid_.cell_width = cell_width;
  grid_.text_px = label_size;
  grid_.max = {std::max(grid_.max.x, left + cell_width * count), top + cell * count};
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  std::optional<std::pair<std::size_t, std::size_t>> hovered;
  for (std::size_t row = 0; row < n; ++row) {
    const float y = top + static_cast<float>(row) * cell;
    const float label_room = left - gutter / 2 - origin.x;
    const std::string name =
        fit_with_ellipsis(font, label_size, names[row], label_room - number_column);
    const std::string number = std::to_string(row + 1);
    const float number_x = font->CalcTextSizeA(label_size, FLT_MAX, 0, number.c_str()).x;
    const float label_y = y + (cell - label_size) / 2;
    draw_list.PushClipRect({origin.x, y}, {left - gutter / 2, y + cell}, true);
    draw_list.AddText(font, label_size, {origin.x + number_column - space - number_x, label_y},
                      IM_COL32(33, 37, 41, 255), number.c_str());
    draw_list.AddText(font, label_size, {origin.x + number_column, label_y},
                      IM_COL32(33, 37, 41, 255), name.c_str());
    draw_list.PopClipRect();
    draw_list.AddText(font, label_size,
                      {left + static_cast<float>(row) * cell_width + (cell_width - number_x) / 2,
                       top - label_size * 1.3f},
                      IM_COL32(73, 80, 87, 255), number.c_str());
    for (std::size_t column = 0; column < n; ++column) {
      const auto i = static_cast<std::size_t>(matrix_->order[row]);
      const auto j = static_cast<std::size_t>(matrix_->order[column]);
      const double value = matrix_->at(i, j);
      const ImVec2 min{left + static_cast<float>(column) * cell_width, y};
      const ImVec2 max{min.x + cell_width - 1, min.y + cell - 1};
      draw_list.AddRectFilled(min, max, heat(value));
      if (show_numbers) {
        char text[8];
        std::snprintf(text, sizeof text, "%.0f", value);
        const float width = font->CalcTextSizeA(label_size, FLT_MAX, 0, text).x;
        draw_list.AddText(font, label_size,
                          {min.x + (cell_width - width) / 2, min.y + (cell - label_size) / 2},
                          value > 55 ? IM_COL32_WHITE : IM_COL32(33, 37, 41, 255), text);
      }
      if (mouse.x >= min.x && mouse.x < max.x && mouse.y >= min.y && mouse.y < max.y) {
        hovered = std::pair{i, j};
      }
    }
  }
  ImGui::InvisibleButton("##matrix", {available.x, top - origin.y + cell * count});
  if (hovered && ImGui::IsItemHovered()) {
    ImGui::SetTooltip("%s\n%s\n%.0f%%", matrix_->names[hovered->first].c_str(),
                      matrix_->names[hovered->second].c_str(),
                      matrix_->at(hovered->first, hovered->second));
    // A slide stays a slide: the facilitator steps to a compare slide instead.
    if (!presenting && ImGui::IsItemClicked(ImGuiMouseButton_Left) && open_pair_) {
      open_pair_(matrix_->process_ids[hovered->first], matrix_->process_ids[hovered->second]);
    }
  }
}

}  // namespace blokjes::app
