// Drawing: the canvas draws what src/picture's build_picture returns for the
// shown process and view, and nothing else of the process; only the active
// interaction's feedback (the selection box, the flow being connected) is
// drawn here on top. The room's sticky notes and dots (picture/room_picture.h)
// join the picture above the blocks; colouring by participant or round sets
// the blocks' fills; a replay step draws the process as it stood then.

#include <imgui.h>

#include <algorithm>
#include <map>
#include <optional>

#include "canvas_geometry.h"
#include "canvas_panel.h"
#include "colours.h"
#include "core/workshop_replay.h"
#include "picture/room_picture.h"

// [SECTION] The picture
// [SECTION] Interaction overlay
// [SECTION] Play marks
// [SECTION] Refused dots

namespace blokjes::app {

// -----------------------------------------------------------------------------
// [SECTION] The picture
// -----------------------------------------------------------------------------

void CanvasPanel::set_canvas_font(ImFont* font) {
  canvas_font_ = font;
  metrics_.set_font(font);
  picture_cache_.clear();  // another font breaks lines elsewhere
}

picture::Picture CanvasPanel::picture_of(const Process& model_process) {
  const Workshop& workshop = document_.workshop();
  // Replaying draws the process as it stood after the step; its cache is
  // keyed apart (revision 0 never matches an edited document's picture).
  std::optional<Process> replayed;
  if (replaying()) replayed = process_at_step(workshop, model_process, *session_->replay_step);
  const Process& process = replayed ? *replayed : model_process;
  std::map<std::string, picture::Colour, std::less<>> fills;
  if (session_ && session_->colouring == BlockColouring::participant) {
    fills = picture::fills_by_participant(workshop, process);
  } else if (session_ && session_->colouring == BlockColouring::round) {
    fills = picture::fills_by_round(workshop, process);
  }
  picture::PictureView view;
  if (!fills.empty()) view.block_fills = &fills;
  view.zoom = view_.zoom();
  view.selected_blocks = &selection_.blocks;
  view.selected_flows = &selection_.flows;
  if (interaction_ == Interaction::dragging_blocks) view.drag_offset = drag_offset_;
  view.language = language_;
  view.visible = CanvasRect{view_.to_canvas(canvas_min_), view_.to_canvas(canvas_max_)};
  view.departments = &document_.workshop().departments;
  picture::Picture picture;
  if (replayed) {
    picture = picture::build_picture(process, library_, style_, view, metrics_);
  } else {
    picture_cache_.use(process, document_.revision());
    picture = picture::build_picture(process, library_, style_, view, metrics_, &picture_cache_);
  }
  picture::RoomView room;
  room.zoom = view_.zoom();
  room.selected_notes = &selected_notes_;
  if (interaction_ == Interaction::dragging_blocks) room.drag_offset = drag_offset_;
  const std::vector<Note> notes = shown_notes(process.id);
  picture::add_sticky_notes(picture, workshop, notes, style_, metrics_, room);
  picture::add_dots(picture, workshop, process, notes, metrics_, room);
  return picture;
}

void CanvasPanel::draw_picture(ImDrawList& draw_list, const Process& process) {
  renderer_.render(picture_of(process), view_, draw_list, metrics_.font());
}

// -----------------------------------------------------------------------------
// [SECTION] Interaction overlay
// -----------------------------------------------------------------------------

void CanvasPanel::draw_overlay(ImDrawList& draw_list, const Process& process) const {
  draw_vote_message(draw_list);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  if (interaction_ == Interaction::box_selecting) {
    const ImVec2 start = to_imvec(view_.to_screen(press_point_));
    draw_list.AddRectFilled(start, mouse,
                            to_imgui(style_.colour(picture::StyleColour::selection_fill)));
    draw_list.AddRect(start, mouse, to_imgui(style_.colour(picture::StyleColour::selection_box)));
  } else if (interaction_ == Interaction::connecting) {
    if (const Block* from = process.find_block(connect_from_)) {
      std::vector<ImVec2> points;
      for (const auto& point : flow_curve(output_port(*from), view_.to_canvas(from_imvec(mouse)))) {
        points.push_back(to_imvec(view_.to_screen(point)));
      }
      draw_list.AddPolyline(points.data(), static_cast<int>(points.size()),
                            to_imgui(style_.colour(picture::StyleColour::selection)), 0,
                            static_cast<float>(style_.size(picture::StyleSize::flow_thickness)));
    }
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Play marks
// -----------------------------------------------------------------------------

// Drawn over the picture: the current block with a wide green halo, the
// blocks allowed next with a blue outline, both a little outside the block
// so the selection and compare outlines stay readable.
void CanvasPanel::draw_play_marks(ImDrawList& draw_list, const Process& process) const {
  const float zoom = static_cast<float>(view_.zoom());
  const float rounding = static_cast<float>(style_.size(picture::StyleSize::block_corner_radius)) * zoom;
  const auto outline = [&](const std::string& id, ImU32 colour, float inset, float thickness) {
    const Block* block = process.find_block(id);
    if (!block) return;
    const CanvasRect area = block_rect(*block);
    const ImVec2 min = to_imvec(view_.to_screen(area.min));
    const ImVec2 max = to_imvec(view_.to_screen(area.max));
    draw_list.AddRect({min.x - inset, min.y - inset}, {max.x + inset, max.y + inset}, colour,
                      rounding + inset, 0, thickness);
  };
  const float thickness = std::max(3.0f, 4 * zoom);
  for (const auto& id : play_marks_.next_blocks) {
    outline(id, kPlayNextColour, thickness, thickness);
  }
  if (!play_marks_.current_block.empty()) {
    outline(play_marks_.current_block, kPlayCurrentHalo,
            2.5f * thickness, 2 * thickness);
    outline(play_marks_.current_block, kPlayCurrentColour, thickness, 1.5f * thickness);
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Refused dots
// -----------------------------------------------------------------------------

// Why a dot was refused, beside the pointer where the participant looks, in
// large type on a dark label so the room can read it too.
void CanvasPanel::draw_vote_message(ImDrawList& draw_list) const {
  if (vote_message_.empty()) return;
  ImFont* font = canvas_font_ ? canvas_font_ : ImGui::GetFont();
  const float size = std::max(24.0f, ImGui::GetFontSize() * 1.6f);
  const ImVec2 text = font->CalcTextSizeA(size, 1e9f, 0, vote_message_.c_str());
  const float pad = size * 0.4f;
  ImVec2 at{vote_message_at_.x + 24, vote_message_at_.y + 24};
  // Kept inside the canvas when the pointer is near its right or bottom edge.
  at.x = std::max(canvas_min_.x, std::min(at.x, canvas_max_.x - text.x - 2 * pad));
  at.y = std::max(canvas_min_.y, std::min(at.y, canvas_max_.y - text.y - 2 * pad));
  draw_list.AddRectFilled(at, {at.x + text.x + 2 * pad, at.y + text.y + 2 * pad},
                          IM_COL32(150, 20, 20, 235), pad / 2);
  draw_list.AddText(font, size, {at.x + pad, at.y + pad}, IM_COL32_WHITE, vote_message_.c_str());
}

}  // namespace blokjes::app
