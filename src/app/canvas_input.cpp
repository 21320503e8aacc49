// The canvas's input: exactly one interaction owns the mouse at a time
// (imgui-node-editor's actions). Idle, a press starts one of dragging
// blocks, connecting, box-selecting, panning or steering by the minimap; it
// gets every frame's input until the button is released. Sticky notes lie
// above the blocks, so a press finds them first; with voting on, clicks cast
// and take back dots instead; a replayed canvas only pans and zooms.

#include <GLFW/glfw3.h>  // key codes only: ImGui 1.86 indexes keys by GLFW codes
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <variant>

#include "canvas_geometry.h"
#include "canvas_panel.h"
#include "core/block_index.h"
#include "core/commands.h"
#include "core/lanes.h"
#include "core/dot_voting.h"
#include "core/process_editing.h"
#include "core/workshop_flow_commands.h"
#include "picture/paging.h"
#include "picture/room_picture.h"

// [SECTION] Starting an interaction
// [SECTION] Updating and finishing it
// [SECTION] The frame's input
// [SECTION] Fitting, and a wide process in parts
// [SECTION] Voting clicks and the room's keys

namespace blokjes::app {
namespace {

CanvasRect normalised(CanvasPoint a, CanvasPoint b) {
  return {{std::min(a.x, b.x), std::min(a.y, b.y)}, {std::max(a.x, b.x), std::max(a.y, b.y)}};
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Starting an interaction
// -----------------------------------------------------------------------------

void CanvasPanel::begin_interaction(const Process& process, CanvasPoint mouse) {
  const ImGuiIO& io = ImGui::GetIO();
  press_point_ = mouse;
  drag_offset_ = {0, 0};
  if (play_mode_) {
    // Play mode sets statuses; it neither selects nor edits.
    if (const Block* block = block_at(process, mouse)) play_click_ = block->id;
    return;
  }
  if (replaying()) return;  // the replayed canvas is read-only
  {
    const std::vector<Note> notes = shown_notes(process.id);
    if (const Note* note = picture::note_at(notes, mouse)) {
      if (io.KeyCtrl) {
        if (!selected_notes_.erase(note->id)) selected_notes_.insert(note->id);
        return;
      }
      if (!selected_notes_.contains(note->id)) {
        selection_.clear();
        selected_notes_ = {note->id};
      }
      interaction_ = Interaction::dragging_blocks;  // the selected notes move with the blocks
      return;
    }
  }
  if (!io.KeyCtrl) {
    // A plain click on anything else leaves the notes; Ctrl adds to them.
    const Block* block = block_at(process, mouse);
    if (!block || !selection_.blocks.contains(block->id)) selected_notes_.clear();
  }
  if (const Block* port = output_port_at(process, mouse, view_.zoom())) {
    interaction_ = Interaction::connecting;
    connect_from_ = port->id;
    return;
  }
  if (const Block* block = block_at(process, mouse)) {
    if (io.KeyCtrl) {
      if (!selection_.blocks.erase(block->id)) selection_.blocks.insert(block->id);
      return;
    }
    if (!selection_.blocks.contains(block->id)) {
      selection_.clear();
      selection_.blocks.insert(block->id);
    }
    interaction_ = Interaction::dragging_blocks;
    return;
  }
  if (const Flow* flow = flow_at(process, mouse, 8 / view_.zoom())) {
    if (!io.KeyCtrl) selection_.clear();
    selection_.flows.insert(flow->id);
    return;
  }
  if (!io.KeyCtrl) selection_.clear();
  interaction_ = Interaction::box_selecting;
}

// -----------------------------------------------------------------------------
// [SECTION] Updating and finishing it
// -----------------------------------------------------------------------------

void CanvasPanel::update_interaction(const Process& process, CanvasPoint mouse) {
  if (interaction_ == Interaction::minimap) {
    centre_on_minimap_point(process, from_imvec(ImGui::GetIO().MousePos));
  } else if (interaction_ == Interaction::dragging_blocks) {
    drag_offset_ = {mouse.x - press_point_.x, mouse.y - press_point_.y};
  } else if (interaction_ == Interaction::panning) {
    const ImVec2 delta = ImGui::GetIO().MouseDelta;
    view_.pan(delta.x, delta.y);
  }
}

void CanvasPanel::finish_interaction(const Process& process, CanvasPoint mouse) {
  const Interaction finished = interaction_;
  interaction_ = Interaction::idle;
  if (finished == Interaction::minimap) {
    centre_on_minimap_point(process, from_imvec(ImGui::GetIO().MousePos));
  } else if (finished == Interaction::dragging_blocks &&
             (std::fabs(drag_offset_.x) > 0.5 || std::fabs(drag_offset_.y) > 0.5)) {
    const auto lanes = lanes_of(process);
    const BlockIndex index(process);
    std::vector<BlockMove> moves;
    std::vector<std::unique_ptr<Command>> lane_changes;
    for (const auto& id : selection_.blocks) {
      const Block* block = index.find(id);
      if (!block) continue;
      CanvasPoint target = snap_to_grid(block->position + drag_offset_);
      // The block lands on the row of the lane it is dropped in; dropped
      // outside every lane, it stays in its own.
      const std::string dropped_in = lane_at(lanes, target.y);
      const std::string lane = dropped_in.empty() ? block->lane : dropped_in;
      target.y = lane_top(lanes, lane).value_or(target.y);
      moves.push_back({id, block->position, target});
      if (lane != block->lane) {
        Block edited = *block;
        edited.lane = lane;
        edited.position = target;
        lane_changes.push_back(make_update_block(document_.workshop(), process.id, edited));
      }
    }
    // Notes move freely (no lanes), on the grid; blocks and notes dragged
    // together are one undo step.
    std::vector<NoteMove> note_moves;
    for (const auto& id : selected_notes_) {
      const Note* note = document_.workshop().find_note(id);
      if (!note || !note->position || note->process != process.id) continue;
      const CanvasPoint target = snap_to_grid(
          {note->position->x + drag_offset_.x, note->position->y + drag_offset_.y});
      note_moves.push_back({id, *note->position, {target.x, target.y}});
    }
    std::vector<std::unique_ptr<Command>> steps;
    if (!moves.empty()) steps.push_back(make_move_blocks(process.id, std::move(moves)));
    for (auto& change : lane_changes) steps.push_back(std::move(change));
    if (!note_moves.empty()) steps.push_back(make_move_notes(std::move(note_moves)));
    if (steps.size() == 1) {
      document_.execute(std::move(steps.front()));
    } else if (!steps.empty()) {
      document_.execute(make_composite("Move blocks", std::move(steps)));
    }
  } else if (finished == Interaction::connecting) {
    const Block* target = block_at(process, mouse);
    if (target && target->id != connect_from_) {
      Flow flow{process.next_flow_id(), connect_from_, target->id, FlowKind::sequence, ""};
      document_.execute(make_add_elements(process.id, {}, {flow}));
      selection_.clear();
      selection_.flows.insert(flow.id);
    }
  } else if (finished == Interaction::box_selecting) {
    for (const auto& id : blocks_in(process, normalised(press_point_, mouse))) {
      selection_.blocks.insert(id);
    }
  }
  drag_offset_ = {0, 0};
}

// -----------------------------------------------------------------------------
// [SECTION] The frame's input
// -----------------------------------------------------------------------------

void CanvasPanel::handle_input(const Process& process, ScreenPoint canvas_min,
                               ScreenPoint canvas_max) {
  const ImGuiIO& io = ImGui::GetIO();
  const CanvasPoint mouse = view_.to_canvas(from_imvec(io.MousePos));
  const bool hovered = ImGui::IsItemHovered();
  const bool space_held = ImGui::IsKeyDown(GLFW_KEY_SPACE);

  const bool voted = interaction_ == Interaction::idle && hovered &&
                    !minimap_contains(from_imvec(io.MousePos)) && !space_held &&
                    handle_vote_click(process, mouse);
  if (interaction_ == Interaction::idle && hovered && !voted) {
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && minimap_contains(from_imvec(io.MousePos))) {
      interaction_ = Interaction::minimap;
    } else if (ImGui::IsMouseClicked(ImGuiMouseButton_Middle) ||
               ImGui::IsMouseClicked(ImGuiMouseButton_Right) ||
               (space_held && ImGui::IsMouseClicked(ImGuiMouseButton_Left))) {
      interaction_ = Interaction::panning;
    } else if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
      begin_interaction(process, mouse);
    }
    // Every notch counts, even when several arrive within one frame.
    if (io.MouseWheel != 0) view_.zoom_step_at(from_imvec(io.MousePos), io.MouseWheel);
  }
  if (interaction_ != Interaction::idle) {
    const bool released = interaction_ == Interaction::panning
                              ? !ImGui::IsMouseDown(ImGuiMouseButton_Middle) &&
                                    !ImGui::IsMouseDown(ImGuiMouseButton_Right) &&
                                    !ImGui::IsMouseDown(ImGuiMouseButton_Left)
                              : !ImGui::IsMouseDown(ImGuiMouseButton_Left);
    if (released) {
      finish_interaction(process, mouse);
    } else {
      update_interaction(process, mouse);
    }
  }
  handle_room_keys(process);
  if (fit_pending_) {
    view_.fit(fit_area(process, canvas_min, canvas_max), canvas_min, canvas_max);
    fit_pending_ = false;
    part_ = 0;
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Fitting, and a wide process in parts
// -----------------------------------------------------------------------------

CanvasRect CanvasPanel::fit_area(const Process& process, ScreenPoint canvas_min,
                                 ScreenPoint canvas_max) const {
  // An empty process shows its start at 100%, with room for the first lane's name.
  CanvasRect area = bounds_of(process).value_or(
      CanvasRect{{0, 0}, {(canvas_max.x - canvas_min.x) * 0.6, kLaneHeight}});
  area.min.x = std::min(area.min.x, -kLaneHeaderWidth);  // keep lane names in view
  // The sticky notes are part of what the room laid out.
  for (const Note& note : shown_notes(process.id)) {
    const CanvasRect paper = picture::note_rect(note);
    area.min = {std::min(area.min.x, paper.min.x), std::min(area.min.y, paper.min.y)};
    area.max = {std::max(area.max.x, paper.max.x), std::max(area.max.y, paper.max.y)};
  }
  return area;
}

void CanvasPanel::show_part(std::size_t part) {
  part_ = std::min(part, part_count() == 0 ? 0 : part_count() - 1);
  part_pending_ = true;
}

void CanvasPanel::update_parts(const Process& process, ScreenPoint canvas_min,
                               ScreenPoint canvas_max) {
  part_end_x_ = canvas_max.x;
  part_begin_x_ = canvas_min.x;
  if (!presenting_) {
    part_starts_ = {0.0};
    part_ = 0;
    return;
  }
  const CanvasRect area = fit_area(process, canvas_min, canvas_max);
  std::vector<picture::Span> spans;
  for (const Block& block : process.blocks) {
    const CanvasRect rect = block_rect(block);
    spans.push_back({rect.min.x, rect.max.x});
  }
  for (const Note& note : shown_notes(process.id)) {
    const CanvasRect paper = picture::note_rect(note);
    spans.push_back({paper.min.x, paper.max.x});
  }
  const double visible =
      (canvas_max.x - canvas_min.x - 2 * CanvasView::kFitMargin) / std::max(view_.zoom(), 1e-9);
  part_starts_ = picture::part_starts(std::move(spans), area.min.x, area.max.x, visible);
  part_ = std::min(part_, part_starts_.size() - 1);
  if (part_pending_) {
    part_pending_ = false;
    const double start = part_starts_[part_];
    view_.set_origin({static_cast<float>(canvas_min.x + CanvasView::kFitMargin - start * view_.zoom()),
                      view_.origin().y});
  }
  if (part_ + 1 < part_starts_.size()) {
    const float next = view_.to_screen({part_starts_[part_ + 1], 0}).x;
    part_end_x_ = std::clamp(next, canvas_min.x, canvas_max.x);
  }
  if (part_ > 0) {
    const float begin = view_.to_screen({part_starts_[part_], 0}).x - 1;
    part_begin_x_ = std::clamp(begin, canvas_min.x, part_end_x_);
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Voting clicks and the room's keys
// -----------------------------------------------------------------------------

// With voting on, a left click on a block or note casts one of the current
// participant's dots there and a right click takes one back. Returns whether
// the click was a vote (then it neither selects, drags nor pans).
bool CanvasPanel::handle_vote_click(const Process& process, CanvasPoint mouse) {
  if (!session_ || !session_->voting || replaying() || play_mode_) return false;
  const bool left = ImGui::IsMouseClicked(ImGuiMouseButton_Left);
  const bool right = ImGui::IsMouseClicked(ImGuiMouseButton_Right);
  if (!left && !right) return false;
  Vote vote{session_->current_round, session_->current_participant, process.id,
            VoteTarget::block, ""};
  const std::vector<Note> notes = shown_notes(process.id);
  if (const Note* note = picture::note_at(notes, mouse)) {
    vote.target_kind = VoteTarget::note;
    vote.target = note->id;
  } else if (const Block* block = block_at(process, mouse)) {
    vote.target = block->id;
  } else {
    return false;  // a click beside the targets pans or selects as always
  }
  vote_message_at_ = from_imvec(ImGui::GetIO().MousePos);
  if (right) {
    if (auto withdraw = make_withdraw_vote(document_.workshop(), vote)) {
      document_.execute(std::move(withdraw));
    }
    return true;
  }
  auto cast = make_cast_vote(document_.workshop(), std::move(vote));
  if (auto* refusal = std::get_if<VoteRefused>(&cast)) {
    refuse_vote(language_ == Language::english ? refusal->message_en : refusal->message_nl);
  } else {
    document_.execute(std::move(std::get<std::unique_ptr<Command>>(cast)));
    vote_message_.clear();
  }
  return true;
}

void CanvasPanel::refuse_vote(std::string message) {
  vote_message_ = std::move(message);
  // Long enough to read from the back of the room.
  vote_message_until_ = ImGui::GetTime() + 4.0;
}

// N: a sticky note at the mouse (or the canvas centre), while the canvas has
// the keyboard and no text field takes the key.
void CanvasPanel::handle_room_keys(const Process& process) {
  if (!vote_message_.empty() && ImGui::GetTime() > vote_message_until_) vote_message_.clear();
  const ImGuiIO& io = ImGui::GetIO();
  if (play_mode_ || replaying() || io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper ||
      !ImGui::IsWindowFocused() || !ImGui::IsKeyPressed(GLFW_KEY_N, false)) {
    return;
  }
  std::optional<CanvasPoint> at;
  if (mouse_over_canvas_) at = view_.to_canvas(from_imvec(io.MousePos));
  add_note(process.id, at);
}

}  // namespace blokjes::app
