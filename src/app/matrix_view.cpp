#include "matrix_view.h"

#include <imgui.h>

#include "imgui_text_metrics.h"
#include "job_progress.h"
#include "slide_text.h"

// [SECTION] State: computing inline or off the UI thread
// [SECTION] Frame: progress, message or the heat map (tab and slide)

namespace blokjes::app {

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
    ++matrix_generation_;
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
    if (auto finished = job_.take()) {
      matrix_ = std::move(*finished);
      ++matrix_generation_;
    }
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
// number kept), cells as wide as the numbers need. The layout is the
// picture's (picture/matrix_picture.h), in pixels at UI scale 1; the view
// draws it at the UI scale and hit-tests the cells it returns.
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
  const float label_size = presenting ? slide_text_px(scale) : 22 * scale;
  const float title_size = presenting ? label_size * 1.25f : 40 * scale;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 available = ImGui::GetContentRegionAvail();
  picture::MatrixPictureOptions options;
  options.slide = presenting;
  options.text_size = label_size / scale;
  options.title_size = title_size / scale;
  options.width = available.x / scale;
  options.height = available.y / scale;
  options.pixel = 1 / scale;
  for (const auto& [key, field] : picture::kMatrixTextKeys) options.texts.*field = tr_(key);
  // Laid out again only when the matrix, the room, the scale or the font
  // changed: a large matrix has a quarter of a million cells.
  const PictureKey key{matrix_generation_, options.slide,   options.text_size, options.title_size,
                       options.width,      options.height,  options.pixel,     options.texts.title,
                       font};
  if (!(key == picture_key_)) {
    picture_ = picture::matrix_picture(*matrix_, options, ImGuiTextMetrics(font));
    picture_key_ = key;
  }
  const PicturePlacement placement{from_imvec(origin), scale};
  renderer_.render(picture_.picture, placement, *ImGui::GetWindowDrawList(), font);
  grid_.min = placement.to_screen(picture_.bounds.min);
  grid_.max = placement.to_screen(picture_.bounds.max);
  if (picture_.cells.empty()) return;
  grid_.origin = placement.to_screen(picture_.grid_origin);
  grid_.cell = static_cast<float>(picture_.cell) * scale;
  grid_.cell_width = static_cast<float>(picture_.cell_width) * scale;
  grid_.order = picture_.order;
  grid_.text_px = label_size;
  ImGui::InvisibleButton("##matrix", {available.x, static_cast<float>(picture_.height) * scale});
  if (!ImGui::IsItemHovered()) return;
  const picture::MatrixCell* hovered =
      picture_.cell_at(placement.to_canvas(from_imvec(ImGui::GetIO().MousePos)));
  if (!hovered) return;
  ImGui::SetTooltip("%s\n%s\n%.0f%%", matrix_->names[hovered->i].c_str(),
                    matrix_->names[hovered->j].c_str(), hovered->value);
  // A slide stays a slide: the facilitator steps to a compare slide instead.
  if (!presenting && ImGui::IsItemClicked(ImGuiMouseButton_Left) && open_pair_) {
    open_pair_(matrix_->process_ids[hovered->i], matrix_->process_ids[hovered->j]);
  }
}

}  // namespace blokjes::app
