#include "matrix_view.h"
#include "job_progress.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

// [SECTION] State: computing inline or off the UI thread
// [SECTION] Frame: progress, message or the heat map

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
    : View(info), document_(document), library_(library), tr_(tr), recorder_(recorder) {
  record_grid();
}

void MatrixView::record_grid() {
  recorder_.set_value(
      "matrix",
      {{"origin", {grid_.origin.x, grid_.origin.y}}, {"cell", grid_.cell}, {"order", grid_.order}});
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
// [SECTION] Frame: progress, message or the heat map
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
  draw_matrix();
  record_grid();
}

void MatrixView::draw_matrix() {
  refresh();
  grid_ = {};
  if (draw_progress()) return;
  if (!matrix_) {
    ImGui::TextWrapped("%s", message_.c_str());
    return;
  }
  ImFont* font = font_ ? font_ : ImGui::GetFont();
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const float title_size = 40 * scale_;
  const float label_size = 22 * scale_;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 available = ImGui::GetContentRegionAvail();
  draw_list.AddText(font, title_size, origin, IM_COL32(33, 37, 41, 255), tr_("matrix.title"));
  const std::size_t n = matrix_->size();
  if (n == 0) return;
  // Row labels: "1  Huwelijk ..." on the left; columns carry the numbers only.
  float label_width = 0;
  std::vector<std::string> labels;
  for (std::size_t k = 0; k < n; ++k) {
    const auto index = static_cast<std::size_t>(matrix_->order[k]);
    labels.push_back(std::to_string(k + 1) + "  " + matrix_->names[index]);
    label_width =
        std::max(label_width, font->CalcTextSizeA(label_size, FLT_MAX, 0, labels.back().c_str()).x);
    grid_.order.push_back(matrix_->process_ids[index]);
  }
  label_width = std::min(label_width + 16 * scale_, available.x * 0.4f);
  const float top = origin.y + title_size * 1.3f + label_size * 1.4f;
  const float cell =
      std::max(4.0f, std::min((available.x - label_width) / static_cast<float>(n),
                              (available.y - (top - origin.y)) / static_cast<float>(n)));
  const float left = origin.x + label_width;
  grid_.origin = {left, top};
  grid_.cell = cell;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  std::optional<std::pair<std::size_t, std::size_t>> hovered;
  for (std::size_t row = 0; row < n; ++row) {
    const float y = top + static_cast<float>(row) * cell;
    draw_list.PushClipRect({origin.x, y}, {left - 8 * scale_, y + cell}, true);
    draw_list.AddText(font, label_size, {origin.x, y + (cell - label_size) / 2},
                      IM_COL32(33, 37, 41, 255), labels[row].c_str());
    draw_list.PopClipRect();
    const std::string number = std::to_string(row + 1);
    draw_list.AddText(font, label_size,
                      {left + static_cast<float>(row) * cell + cell / 2 - label_size / 3,
                       top - label_size * 1.3f},
                      IM_COL32(73, 80, 87, 255), number.c_str());
    for (std::size_t column = 0; column < n; ++column) {
      const auto i = static_cast<std::size_t>(matrix_->order[row]);
      const auto j = static_cast<std::size_t>(matrix_->order[column]);
      const double value = matrix_->at(i, j);
      const ImVec2 min{left + static_cast<float>(column) * cell, y};
      const ImVec2 max{min.x + cell - 1, min.y + cell - 1};
      draw_list.AddRectFilled(min, max, heat(value));
      if (cell >= label_size * 1.6f) {
        char text[8];
        std::snprintf(text, sizeof text, "%.0f", value);
        const float width = font->CalcTextSizeA(label_size, FLT_MAX, 0, text).x;
        draw_list.AddText(font, label_size,
                          {min.x + (cell - width) / 2, min.y + (cell - label_size) / 2},
                          value > 55 ? IM_COL32_WHITE : IM_COL32(33, 37, 41, 255), text);
      }
      if (mouse.x >= min.x && mouse.x < max.x && mouse.y >= min.y && mouse.y < max.y) {
        hovered = std::pair{i, j};
      }
    }
  }
  ImGui::InvisibleButton("##matrix", {available.x, top - origin.y + cell * static_cast<float>(n)});
  if (hovered && ImGui::IsItemHovered()) {
    ImGui::SetTooltip("%s\n%s\n%.0f%%", matrix_->names[hovered->first].c_str(),
                      matrix_->names[hovered->second].c_str(),
                      matrix_->at(hovered->first, hovered->second));
    if (ImGui::IsItemClicked(ImGuiMouseButton_Left) && open_pair_) {
      open_pair_(matrix_->process_ids[hovered->first], matrix_->process_ids[hovered->second]);
    }
  }
}

}  // namespace blokjes::app
