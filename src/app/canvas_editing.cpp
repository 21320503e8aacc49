// Edits the canvas makes: blocks dropped from the palette, deleting and
// duplicating the selection, selecting all, auto-layout, and sticky notes.
// Each is one undoable command. New blocks and notes remember who placed them
// in which round (the session's current participant and round).

#include <imgui.h>

#include <algorithm>

#include "canvas_geometry.h"
#include "canvas_panel.h"
#include "core/commands.h"
#include "core/lanes.h"
#include "core/process_editing.h"
#include "core/workshop_flow_commands.h"
#include "core/workshop_replay.h"
#include "picture/room_picture.h"

// [SECTION] Palette drop
// [SECTION] Delete, duplicate, select all
// [SECTION] Layout
// [SECTION] Sticky notes

namespace blokjes::app {

// -----------------------------------------------------------------------------
// [SECTION] Palette drop
// -----------------------------------------------------------------------------

Block CanvasPanel::placed(Block block) const {
  if (session_) {
    block.placed_by = session_->current_participant;
    block.placed_in_round = session_->current_round;
  }
  return block;
}

void CanvasPanel::accept_palette_drop(const Process& process) {
  if (replaying()) return;  // the replayed canvas is read-only
  if (!ImGui::BeginDragDropTarget()) return;
  if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kPalettePayloadType)) {
    const auto* dropped = static_cast<const PalettePayload*>(payload->Data);
    const CanvasPoint at = view_.to_canvas(from_imvec(ImGui::GetIO().MousePos));
    const auto lanes = lanes_of(process);
    Block block;
    block.id = process.next_block_id();
    block.kind = dropped->kind;
    block.variant = dropped->variant;
    const BlockVariant* variant = library_.find_variant(block.kind, block.variant);
    block.label = variant ? variant->name.in(language_) : block.kind;
    const CanvasPoint snapped = snap_to_grid({at.x - kBlockWidth / 2, at.y - kBlockHeight / 2});
    const std::string lane = lane_at(lanes, snapped.y);
    block.lane = lane.empty() ? process.department : lane;
    // Onto the lane's row; a department without a lane yet gets one below the rest.
    const double row = lane_row_for(lanes, block.lane);
    // Dropped beside the lanes, the block may land on its lane's row on top
    // of another block; it moves right to the first free place instead.
    block.position = {lane.empty() ? free_x_in_row(process, block.lane, snapped.x) : snapped.x,
                      row};
    block = placed(std::move(block));
    document_.execute(make_add_elements(process.id, {block}, {}));
    selection_.clear();
    selected_notes_.clear();
    selection_.blocks.insert(block.id);
  }
  ImGui::EndDragDropTarget();
}

// -----------------------------------------------------------------------------
// [SECTION] Delete, duplicate, select all
// -----------------------------------------------------------------------------

void CanvasPanel::delete_selection(const std::string& process_id) {
  if (replaying()) return;
  delete_selected_notes(process_id);
  if (selection_.empty() || !document_.workshop().find_process(process_id)) return;
  document_.execute(make_remove_elements(
      document_.workshop(), process_id,
      std::vector<std::string>(selection_.blocks.begin(), selection_.blocks.end()),
      std::vector<std::string>(selection_.flows.begin(), selection_.flows.end())));
  selection_.clear();
}

void CanvasPanel::add_and_select(const Process& process, ProcessFragment fragment,
                                 const char* description) {
  if (fragment.blocks.empty() || replaying()) return;
  selection_.clear();
  selected_notes_.clear();
  for (auto& block : fragment.blocks) block = placed(std::move(block));
  for (const auto& block : fragment.blocks) selection_.blocks.insert(block.id);
  std::vector<std::unique_ptr<Command>> steps;
  steps.push_back(
      make_add_elements(process.id, std::move(fragment.blocks), std::move(fragment.flows)));
  document_.execute(make_composite(description, std::move(steps)));
}

void CanvasPanel::duplicate_selection(const std::string& process_id) {
  const Process* process = document_.workshop().find_process(process_id);
  if (!process || selection_.blocks.empty()) return;
  const ProcessFragment fragment = copy_fragment(
      *process, std::vector<std::string>(selection_.blocks.begin(), selection_.blocks.end()));
  double min_x = 1e300, min_y = 1e300;
  for (const auto& block : fragment.blocks) {
    min_x = std::min(min_x, block.position.x);
    min_y = std::min(min_y, block.position.y);
  }
  add_and_select(*process,
                 place_fragment(fragment, *process, {min_x + 2 * kGridStep, min_y + 2 * kGridStep}),
                 "Duplicate");
}

void CanvasPanel::select_all(const std::string& process_id) {
  const Process* process = document_.workshop().find_process(process_id);
  if (!process) return;
  selection_.clear();
  for (const auto& block : process->blocks) selection_.blocks.insert(block.id);
}

// -----------------------------------------------------------------------------
// [SECTION] Layout
// -----------------------------------------------------------------------------

void CanvasPanel::auto_layout(const std::string& process_id) {
  const Process* process = document_.workshop().find_process(process_id);
  if (!process || process->blocks.empty()) return;
  document_.execute(make_auto_layout(*process));
  fit_pending_ = true;
}

// -----------------------------------------------------------------------------
// [SECTION] Sticky notes
// -----------------------------------------------------------------------------

void CanvasPanel::add_note(const std::string& process_id, std::optional<CanvasPoint> at) {
  if (replaying() || play_mode_ || !document_.workshop().find_process(process_id)) return;
  const CanvasPoint centre =
      at.value_or(view_.to_canvas({(canvas_min_.x + canvas_max_.x) / 2,
                                   (canvas_min_.y + canvas_max_.y) / 2}));
  Note note;
  note.id = next_note_id(document_.workshop());
  note.process = process_id;
  // Centred on the pointer, on the grid like blocks.
  const CanvasPoint corner =
      snap_to_grid({centre.x - picture::kNoteSize / 2, centre.y - picture::kNoteSize / 2});
  note.position = Position{corner.x, corner.y};
  if (session_) {
    note.author = session_->current_participant;
    note.placed_in_round = session_->current_round;
  }
  document_.execute(make_add_note(note));
  selection_.clear();
  selected_notes_ = {note.id};
}

void CanvasPanel::delete_selected_notes(const std::string& process_id) {
  std::vector<std::string> ids;
  for (const auto& id : selected_notes_) {
    // Only this canvas's notes: a selection left from another process stays put.
    const Note* note = document_.workshop().find_note(id);
    if (note && note->process == process_id) ids.push_back(id);
  }
  selected_notes_.clear();
  if (!ids.empty()) document_.execute(make_remove_notes(document_.workshop(), ids));
}

std::vector<Note> CanvasPanel::shown_notes(const std::string& process_id) const {
  const Workshop& workshop = document_.workshop();
  if (replaying()) return notes_at_step(workshop, process_id, *session_->replay_step);
  std::vector<Note> notes;
  for (const Note& note : workshop.notes) {
    if (note.process == process_id && note.position) notes.push_back(note);
  }
  return notes;
}

}  // namespace blokjes::app
