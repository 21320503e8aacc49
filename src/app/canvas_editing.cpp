// Edits the canvas makes: blocks dropped from the palette, deleting and
// duplicating the selection, selecting all, and auto-layout. Each is one
// undoable command.

#include <imgui.h>

#include <algorithm>

#include "canvas_geometry.h"
#include "canvas_panel.h"
#include "core/commands.h"
#include "core/lanes.h"
#include "core/process_editing.h"

// [SECTION] Palette drop
// [SECTION] Delete, duplicate, select all
// [SECTION] Layout

namespace blokjes::app {

// -----------------------------------------------------------------------------
// [SECTION] Palette drop
// -----------------------------------------------------------------------------

void CanvasPanel::accept_palette_drop(const Process& process) {
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
    document_.execute(make_add_elements(process.id, {block}, {}));
    selection_.clear();
    selection_.blocks.insert(block.id);
  }
  ImGui::EndDragDropTarget();
}

// -----------------------------------------------------------------------------
// [SECTION] Delete, duplicate, select all
// -----------------------------------------------------------------------------

void CanvasPanel::delete_selection(const std::string& process_id) {
  if (selection_.empty() || !document_.workshop().find_process(process_id)) return;
  document_.execute(make_remove_elements(
      document_.workshop(), process_id,
      std::vector<std::string>(selection_.blocks.begin(), selection_.blocks.end()),
      std::vector<std::string>(selection_.flows.begin(), selection_.flows.end())));
  selection_.clear();
}

void CanvasPanel::add_and_select(const Process& process, ProcessFragment fragment,
                                 const char* description) {
  if (fragment.blocks.empty()) return;
  selection_.clear();
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

}  // namespace blokjes::app
