// The canvas's input: exactly one interaction owns the mouse at a time
// (imgui-node-editor's actions). Idle, a press starts one of dragging
// blocks, connecting, box-selecting, panning or steering by the minimap; it
// gets every frame's input until the button is released.

#include <GLFW/glfw3.h>  // key codes only: ImGui 1.86 indexes keys by GLFW codes
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "canvas_geometry.h"
#include "canvas_panel.h"
#include "core/block_index.h"
#include "core/commands.h"
#include "core/lanes.h"
#include "core/process_editing.h"

// [SECTION] Starting an interaction
// [SECTION] Updating and finishing it
// [SECTION] The frame's input

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
    std::vector<std::unique_ptr<Command>> steps;
    steps.push_back(make_move_blocks(process.id, std::move(moves)));
    for (auto& change : lane_changes) steps.push_back(std::move(change));
    document_.execute(make_composite("Move blocks", std::move(steps)));
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

  if (interaction_ == Interaction::idle && hovered) {
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
  if (fit_pending_) {
    // An empty process shows its start at 100%, with room for the first lane's name.
    CanvasRect area = bounds_of(process).value_or(
        CanvasRect{{0, 0}, {(canvas_max.x - canvas_min.x) * 0.6, kLaneHeight}});
    area.min.x = std::min(area.min.x, -kLaneHeaderWidth);  // keep lane names in view
    view_.fit(area, canvas_min, canvas_max);
    fit_pending_ = false;
  }
}

}  // namespace blokjes::app
