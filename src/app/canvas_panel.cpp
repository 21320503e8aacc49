#include "canvas_panel.h"

#include <imgui.h>

#include <algorithm>

#include "canvas_geometry.h"

// The frame: lay out the canvas, take input, then draw the picture, the
// overlay and the minimap. Also focusing on a block and centring the view.
// The other jobs live beside this file (see canvas_panel.h).

// [SECTION] Frame
// [SECTION] Legibility floor
// [SECTION] Focus and centring
// [SECTION] Play mode

namespace blokjes::app {

// -----------------------------------------------------------------------------
// [SECTION] Frame
// -----------------------------------------------------------------------------

void CanvasPanel::draw(const std::string& process_id) {
  const Process* process = document_.workshop().find_process(process_id);
  if (process_id != shown_process_) {
    shown_process_ = process_id;
    selection_.clear();
    interaction_ = Interaction::idle;
    fit_pending_ = true;
  }
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 size = ImGui::GetContentRegionAvail();
  size = {std::max(size.x, 50.0f), std::max(size.y, 50.0f)};
  const ScreenPoint canvas_min{origin.x, origin.y};
  const ScreenPoint canvas_max{origin.x + size.x, origin.y + size.y};
  canvas_min_ = canvas_min;
  canvas_max_ = canvas_max;
  ImGui::InvisibleButton("canvas", size,
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                             ImGuiButtonFlags_MouseButtonMiddle);
  mouse_over_canvas_ = ImGui::IsItemHovered();
  // Whatever starts a fit (a new process, auto-layout, a refit) keeps to the floor.
  view_.set_fit_limits(legible_zoom(), std::max(1.5 * ui_scale_, legible_zoom()));
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  draw_list.PushClipRect(origin, {canvas_max.x, canvas_max.y}, true);
  draw_list.AddRectFilled(origin, {canvas_max.x, canvas_max.y},
                          to_imgui(style_.colour(picture::StyleColour::canvas_background)));
  if (process) {
    if (!play_mode_) accept_palette_drop(*process);
    handle_input(*process, canvas_min, canvas_max);
    // The input may have changed the model; look the process up again.
    process = document_.workshop().find_process(process_id);
    if (process) update_parts(*process, canvas_min, canvas_max);
  }
  // After the fit in handle_input, so a newly shown process is centred at a sensible zoom.
  if (process && !focus_block_.empty()) centre_on_focus(*process);
  if (process) {
    // Presenting a wide process in parts: the next part's blocks wait for Page Down.
    draw_list.PushClipRect({part_begin_x_, origin.y}, {part_end_x_, canvas_max.y}, true);
    draw_picture(draw_list, *process);
    draw_overlay(draw_list, *process);
    draw_list.PopClipRect();
    if (play_mode_) draw_play_marks(draw_list, *process);
    if (show_minimap_) draw_minimap(draw_list, *process);
  }
  draw_list.PopClipRect();
}

// -----------------------------------------------------------------------------
// [SECTION] Legibility floor
// -----------------------------------------------------------------------------

// A fitted canvas that shows a wide process whole draws its text too small to
// read from the back of a room; below this zoom it shows the process's start
// instead (CanvasView::fit), and the minimap the rest.
double CanvasPanel::legible_zoom() const {
  const double pixels = style_.size(presenting_ ? picture::StyleSize::min_title_pixels_presenting
                                                : picture::StyleSize::min_title_pixels);
  return pixels * ui_scale_ / style_.size(picture::StyleSize::block_title_text);
}

void CanvasPanel::set_ui_scale(float scale) {
  if (scale != ui_scale_) fit_pending_ = true;
  ui_scale_ = scale;
}

void CanvasPanel::set_presenting(bool presenting) {
  if (presenting != presenting_) fit_pending_ = true;
  presenting_ = presenting;
}

// -----------------------------------------------------------------------------
// [SECTION] Focus and centring
// -----------------------------------------------------------------------------

void CanvasPanel::focus(const std::string& process_id, const std::string& block_id,
                        const std::string& flow_id) {
  if (process_id != shown_process_) {
    shown_process_ = process_id;
    fit_pending_ = true;  // a sensible zoom first, then the block is centred
  }
  interaction_ = Interaction::idle;
  selection_.clear();
  if (!block_id.empty()) selection_.blocks.insert(block_id);
  if (block_id.empty() && !flow_id.empty()) selection_.flows.insert(flow_id);
  focus_block_ = block_id;
}

void CanvasPanel::centre_on_focus(const Process& process) {
  if (const Block* block = process.find_block(focus_block_)) {
    const CanvasRect area = block_rect(*block);
    centre_on({(area.min.x + area.max.x) / 2, (area.min.y + area.max.y) / 2});
  }
  focus_block_.clear();
}

void CanvasPanel::centre_on(CanvasPoint target) {
  const CanvasPoint centre =
      view_.to_canvas({(canvas_min_.x + canvas_max_.x) / 2, (canvas_min_.y + canvas_max_.y) / 2});
  view_.pan((centre.x - target.x) * view_.zoom(), (centre.y - target.y) * view_.zoom());
}

// -----------------------------------------------------------------------------
// [SECTION] Play mode
// -----------------------------------------------------------------------------

void CanvasPanel::set_play_mode(bool on) {
  play_mode_ = on;
  interaction_ = Interaction::idle;
  selection_.clear();
  play_click_.reset();
  if (!on) play_marks_ = {};
}

std::optional<std::string> CanvasPanel::take_play_click() {
  auto click = std::move(play_click_);
  play_click_.reset();
  return click;
}

}  // namespace blokjes::app
