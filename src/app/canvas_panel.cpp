#include "canvas_panel.h"

#include <GLFW/glfw3.h>  // key codes only: ImGui 1.86 indexes keys by GLFW codes
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "canvas_geometry.h"
#include "colours.h"
#include "core/commands.h"
#include "core/process_editing.h"

// [SECTION] Colours and small helpers
// [SECTION] Input: one interaction at a time
// [SECTION] Editing: clipboard, duplicate, layout
// [SECTION] Minimap
// [SECTION] Drawing
// [SECTION] Frame

namespace blokjes::app {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Colours and small helpers
// -----------------------------------------------------------------------------

ImVec2 to_imvec(ScreenPoint point) {
  return {point.x, point.y};
}
ScreenPoint from_imvec(ImVec2 point) {
  return {point.x, point.y};
}

ImU32 flow_colour(FlowKind kind) {
  switch (kind) {
    case FlowKind::conditional:
      return IM_COL32(200, 140, 30, 255);
    case FlowKind::rework:
      return IM_COL32(190, 60, 60, 255);
    case FlowKind::sequence:
      break;
  }
  return IM_COL32(70, 80, 95, 255);
}

Position add(Position position, CanvasPoint offset) {
  return {position.x + offset.x, position.y + offset.y};
}

CanvasRect normalised(CanvasPoint a, CanvasPoint b) {
  return {{std::min(a.x, b.x), std::min(a.y, b.y)}, {std::max(a.x, b.x), std::max(a.y, b.y)}};
}

constexpr float kMinimapMargin = 12;

// A fifth of the canvas width, within limits, so it never covers a small canvas.
struct MinimapSize {
  float width;
  float height;
};
MinimapSize minimap_size(ScreenPoint canvas_min, ScreenPoint canvas_max) {
  const float width = std::clamp((canvas_max.x - canvas_min.x) * 0.2f, 90.0f, 420.0f);
  return {width, width * 0.64f};
}

// Maps the canvas region `world` into the minimap rectangle [min, max].
struct MinimapTransform {
  CanvasRect world;
  ScreenPoint min;
  double scale = 1;

  ScreenPoint to_minimap(CanvasPoint point) const {
    return {static_cast<float>(min.x + (point.x - world.min.x) * scale),
            static_cast<float>(min.y + (point.y - world.min.y) * scale)};
  }
  CanvasPoint to_world(ScreenPoint point) const {
    return {world.min.x + (point.x - min.x) / scale, world.min.y + (point.y - min.y) / scale};
  }
};

MinimapTransform minimap_transform(const Process& process, const CanvasView& view,
                                   ScreenPoint canvas_min, ScreenPoint canvas_max) {
  CanvasRect world{view.to_canvas(canvas_min), view.to_canvas(canvas_max)};
  if (const auto bounds = bounds_of(process)) {
    world.min = {std::min(world.min.x, bounds->min.x), std::min(world.min.y, bounds->min.y)};
    world.max = {std::max(world.max.x, bounds->max.x), std::max(world.max.y, bounds->max.y)};
  }
  const MinimapSize size = minimap_size(canvas_min, canvas_max);
  const ScreenPoint min{canvas_max.x - size.width - kMinimapMargin,
                        canvas_max.y - size.height - kMinimapMargin};
  const double scale = std::min(size.width / std::max(1.0, world.max.x - world.min.x),
                                size.height / std::max(1.0, world.max.y - world.min.y));
  return {world, min, scale};
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Input: one interaction at a time
// -----------------------------------------------------------------------------

void CanvasPanel::begin_interaction(const Process& process, CanvasPoint mouse) {
  const ImGuiIO& io = ImGui::GetIO();
  press_point_ = mouse;
  drag_offset_ = {0, 0};
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
    std::vector<BlockMove> moves;
    std::vector<std::unique_ptr<Command>> lane_changes;
    for (const auto& id : selection_.blocks) {
      const Block* block = process.find_block(id);
      if (!block) continue;
      CanvasPoint target =
          snap_to_grid({block->position.x + drag_offset_.x, block->position.y + drag_offset_.y});
      // The block lands on the row of the lane it is dropped in; dropped
      // outside every lane, it stays in its own.
      const std::string dropped_in = lane_at(lanes, target.y);
      const std::string lane = dropped_in.empty() ? block->lane : dropped_in;
      target.y = lane_top(lanes, lane).value_or(target.y);
      moves.push_back({id, block->position, {target.x, target.y}});
      if (lane != block->lane) {
        Block edited = *block;
        edited.lane = lane;
        edited.position = {target.x, target.y};
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

void CanvasPanel::delete_selection(const std::string& process_id) {
  if (selection_.empty() || !document_.workshop().find_process(process_id)) return;
  document_.execute(make_remove_elements(
      document_.workshop(), process_id,
      std::vector<std::string>(selection_.blocks.begin(), selection_.blocks.end()),
      std::vector<std::string>(selection_.flows.begin(), selection_.flows.end())));
  selection_.clear();
}

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
    const double next_row = lanes.empty() ? 0.0 : lanes.back().top + kLaneHeight;
    const double row = lane_top(lanes, block.lane).value_or(next_row);
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
  if (ImGui::IsWindowFocused() && !io.WantTextInput) handle_shortcuts(process);
  if (fit_pending_) {
    // An empty process shows its start at 100%, with room for the first lane's name.
    CanvasRect area = bounds_of(process).value_or(
        CanvasRect{{0, 0}, {(canvas_max.x - canvas_min.x) * 0.6, kLaneHeight}});
    area.min.x = std::min(area.min.x, -kLaneHeaderWidth);  // keep lane names in view
    view_.fit(area, canvas_min, canvas_max);
    fit_pending_ = false;
  }
}

void CanvasPanel::handle_shortcuts(const Process& process) {
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsKeyPressed(GLFW_KEY_DELETE) || ImGui::IsKeyPressed(GLFW_KEY_BACKSPACE)) {
    delete_selection(process.id);
  }
  if (ImGui::IsKeyPressed(GLFW_KEY_HOME)) fit_pending_ = true;
  if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) {
    interaction_ = Interaction::idle;
    selection_.clear();
  }
  if (!io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_L, false)) auto_layout(process.id);
  if (!io.KeyCtrl) return;
  if (ImGui::IsKeyPressed(GLFW_KEY_C, false)) copy_selection(process.id);
  if (ImGui::IsKeyPressed(GLFW_KEY_X, false)) cut_selection(process.id);
  if (ImGui::IsKeyPressed(GLFW_KEY_V, false)) paste(process.id);
  if (ImGui::IsKeyPressed(GLFW_KEY_D, false)) duplicate_selection(process.id);
  if (ImGui::IsKeyPressed(GLFW_KEY_A, false)) select_all(process.id);
}

// -----------------------------------------------------------------------------
// [SECTION] Editing: clipboard, duplicate, layout
// -----------------------------------------------------------------------------

void CanvasPanel::copy_selection(const std::string& process_id) const {
  const Process* process = document_.workshop().find_process(process_id);
  if (!process || selection_.blocks.empty()) return;
  const ProcessFragment fragment = copy_fragment(
      *process, std::vector<std::string>(selection_.blocks.begin(), selection_.blocks.end()));
  ImGui::SetClipboardText(serialise_fragment(fragment).c_str());
}

void CanvasPanel::cut_selection(const std::string& process_id) {
  if (selection_.blocks.empty()) return;
  copy_selection(process_id);
  delete_selection(process_id);
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

void CanvasPanel::paste(const std::string& process_id) {
  const Process* process = document_.workshop().find_process(process_id);
  const char* text = ImGui::GetClipboardText();
  if (!process || !text) return;
  ProcessFragment fragment;
  try {
    fragment = parse_fragment(text);
  } catch (const LoadError& error) {
    message_ = error.message();
    return;
  }
  CanvasPoint target{40, 40};
  if (mouse_over_canvas_) {
    target = snap_to_grid(view_.to_canvas(from_imvec(ImGui::GetIO().MousePos)));
  } else if (const auto bounds = bounds_of(*process)) {
    target = snap_to_grid({bounds->min.x, bounds->max.y + kLaneHeight - kBlockHeight});
  }
  add_and_select(*process, place_fragment(fragment, *process, {target.x, target.y}), "Paste");
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

void CanvasPanel::auto_layout(const std::string& process_id) {
  const Process* process = document_.workshop().find_process(process_id);
  if (!process || process->blocks.empty()) return;
  document_.execute(make_auto_layout(*process));
  fit_pending_ = true;
}

// -----------------------------------------------------------------------------
// [SECTION] Minimap
// -----------------------------------------------------------------------------

bool CanvasPanel::minimap_contains(ScreenPoint point) const {
  const MinimapSize size = minimap_size(canvas_min_, canvas_max_);
  const ScreenPoint min{canvas_max_.x - size.width - kMinimapMargin,
                        canvas_max_.y - size.height - kMinimapMargin};
  return point.x >= min.x && point.x <= min.x + size.width && point.y >= min.y &&
         point.y <= min.y + size.height;
}

void CanvasPanel::centre_on_minimap_point(const Process& process, ScreenPoint point) {
  const auto transform = minimap_transform(process, view_, canvas_min_, canvas_max_);
  const CanvasPoint target = transform.to_world(point);
  centre_on(target);
}

void CanvasPanel::centre_on(CanvasPoint target) {
  const CanvasPoint centre =
      view_.to_canvas({(canvas_min_.x + canvas_max_.x) / 2, (canvas_min_.y + canvas_max_.y) / 2});
  view_.pan((centre.x - target.x) * view_.zoom(), (centre.y - target.y) * view_.zoom());
}

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

void CanvasPanel::draw_minimap(ImDrawList& draw_list, const Process& process) const {
  const auto transform = minimap_transform(process, view_, canvas_min_, canvas_max_);
  const ImVec2 min = to_imvec(transform.min);
  const MinimapSize size = minimap_size(canvas_min_, canvas_max_);
  draw_list.AddRectFilled(min, {min.x + size.width, min.y + size.height},
                          IM_COL32(255, 255, 255, 220), 4);
  for (const auto& block : process.blocks) {
    const CanvasRect rect = block_rect(block);
    draw_list.AddRectFilled(to_imvec(transform.to_minimap(rect.min)),
                            to_imvec(transform.to_minimap(rect.max)), colour_of(block.kind));
  }
  draw_list.AddRect(to_imvec(transform.to_minimap(view_.to_canvas(canvas_min_))),
                    to_imvec(transform.to_minimap(view_.to_canvas(canvas_max_))),
                    IM_COL32(20, 110, 230, 255), 0, 0, 1.5f);
  draw_list.AddRect(min, {min.x + size.width, min.y + size.height}, IM_COL32(150, 160, 175, 255),
                    4);
}

// -----------------------------------------------------------------------------
// [SECTION] Drawing
// -----------------------------------------------------------------------------

// Parsed once per kind: drawing thousands of blocks must not parse hex strings.
unsigned CanvasPanel::colour_of(const std::string& kind_id) const {
  if (kind_colours_.empty()) {
    for (const auto& kind : library_.kinds()) kind_colours_[kind.id] = colour_from_hex(kind.colour);
  }
  const auto found = kind_colours_.find(kind_id);
  return found == kind_colours_.end() ? IM_COL32(150, 150, 150, 255) : found->second;
}

void CanvasPanel::draw_lanes(ImDrawList& draw_list, const Process& process, ScreenPoint min,
                             ScreenPoint max) const {
  const auto lanes = lanes_of(process);
  const double band_offset = (kLaneHeight - kBlockHeight) / 2;
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    const ScreenPoint top = view_.to_screen({0, lanes[i].top - band_offset});
    const ScreenPoint bottom = view_.to_screen({0, lanes[i].top - band_offset + kLaneHeight});
    const ImU32 fill = (i % 2 == 0) ? IM_COL32(236, 240, 245, 255) : IM_COL32(226, 231, 238, 255);
    draw_list.AddRectFilled({min.x, top.y}, {max.x, bottom.y}, fill);
    const Department* department = document_.workshop().find_department(lanes[i].department_id);
    const std::string name = department ? department->name : lanes[i].department_id;
    // The lane's name stands in a header column left of the blocks (canvas x < 0),
    // so it never hides a block and scales with the canvas.
    const ScreenPoint label = view_.to_screen({-kLaneHeaderWidth + 10, lanes[i].top});
    const float size = static_cast<float>(view_.to_screen_length(18));
    ImFont* font = canvas_font_ ? canvas_font_ : ImGui::GetFont();
    const float wrap = static_cast<float>(view_.to_screen_length(kLaneHeaderWidth - 30));
    draw_list.AddText(font, size, {label.x, label.y}, IM_COL32(90, 100, 115, 255), name.c_str(),
                      nullptr, wrap);
  }
}

void CanvasPanel::draw_flows(ImDrawList& draw_list, const Process& process) const {
  // Where each block is drawn this frame, by id: one pass, not a search per flow.
  const bool dragging = interaction_ == Interaction::dragging_blocks;
  std::unordered_map<std::string_view, Position> shown;
  shown.reserve(process.blocks.size());
  for (const auto& block : process.blocks) {
    shown.emplace(block.id, dragging && selection_.blocks.contains(block.id)
                                ? add(block.position, drag_offset_)
                                : block.position);
  }
  const float thickness = static_cast<float>(std::max(1.5, view_.to_screen_length(2.5)));
  for (const auto& flow : process.flows) {
    const auto from = shown.find(flow.from);
    const auto to = shown.find(flow.to);
    if (from == shown.end() || to == shown.end()) continue;
    const CanvasPoint start = output_port(from->second);
    const CanvasPoint end = input_port(to->second);
    const ScreenPoint a = view_.to_screen(start);
    const ScreenPoint b = view_.to_screen(end);
    const float reach = static_cast<float>(view_.to_screen_length(kBlockWidth));
    if (std::max(a.x, b.x) + reach < canvas_min_.x || std::min(a.x, b.x) - reach > canvas_max_.x ||
        std::max(a.y, b.y) + reach < canvas_min_.y || std::min(a.y, b.y) - reach > canvas_max_.y) {
      continue;
    }
    const auto curve = flow_curve(start, end);
    std::vector<ImVec2> points;
    for (const auto& point : curve) points.push_back(to_imvec(view_.to_screen(point)));
    const bool selected = selection_.flows.contains(flow.id);
    const ImU32 colour = selected ? IM_COL32(20, 110, 230, 255) : flow_colour(flow.kind);
    draw_list.AddPolyline(points.data(), static_cast<int>(points.size()), colour, 0,
                          selected ? thickness * 1.8f : thickness);
    const ImVec2 tip = points.back();
    const float head = static_cast<float>(view_.to_screen_length(10));
    draw_list.AddTriangleFilled(tip, {tip.x - head, tip.y - head / 2},
                                {tip.x - head, tip.y + head / 2}, colour);
    if (!flow.label.empty()) {
      const ImVec2 middle = points[points.size() / 2];
      const float size = static_cast<float>(view_.to_screen_length(16));
      ImFont* font = canvas_font_ ? canvas_font_ : ImGui::GetFont();
      draw_list.AddText(font, size, {middle.x + 4, middle.y - size - 2}, colour,
                        flow.label.c_str());
    }
  }
}

void CanvasPanel::draw_blocks(ImDrawList& draw_list, const Process& process) const {
  ImFont* font = canvas_font_ ? canvas_font_ : ImGui::GetFont();
  const float title_size = static_cast<float>(view_.to_screen_length(19));
  const float label_size = static_cast<float>(view_.to_screen_length(16));
  const float rounding = static_cast<float>(view_.to_screen_length(8));
  for (const auto& block : process.blocks) {
    Position position = block.position;
    if (interaction_ == Interaction::dragging_blocks && selection_.blocks.contains(block.id)) {
      position = add(position, drag_offset_);
    }
    const ImVec2 min = to_imvec(view_.to_screen({position.x, position.y}));
    const ImVec2 max =
        to_imvec(view_.to_screen({position.x + kBlockWidth, position.y + kBlockHeight}));
    // Only what is in view is drawn: large canvases stay fast.
    if (max.x < canvas_min_.x || min.x > canvas_max_.x || max.y < canvas_min_.y ||
        min.y > canvas_max_.y) {
      continue;
    }
    const BlockKind* kind = library_.find_kind(block.kind);
    const BlockVariant* variant = kind ? kind->find_variant(block.variant) : nullptr;
    draw_list.AddRectFilled(min, max, colour_of(block.kind), rounding);
    if (selection_.blocks.contains(block.id)) {
      draw_list.AddRect(min, max, IM_COL32(20, 110, 230, 255), rounding, 0,
                        static_cast<float>(std::max(2.0, view_.to_screen_length(4))));
    }
    const float pad = static_cast<float>(view_.to_screen_length(8));
    const std::string title = variant ? variant->name.in(language_) : block.kind + "?";
    draw_list.PushClipRect(min, max, true);
    draw_list.AddText(font, title_size, {min.x + pad, min.y + pad}, IM_COL32_WHITE, title.c_str());
    draw_list.AddText(font, label_size, {min.x + pad, min.y + pad + title_size * 1.2f},
                      IM_COL32(255, 255, 255, 225), block.label.c_str(), nullptr,
                      max.x - min.x - 2 * pad);
    draw_list.PopClipRect();
    const ScreenPoint port = view_.to_screen(output_port(position));
    draw_list.AddCircleFilled(to_imvec(port),
                              static_cast<float>(view_.to_screen_length(kPortRadius)),
                              IM_COL32(255, 255, 255, 235));
  }
}

void CanvasPanel::draw_overlay(ImDrawList& draw_list, const Process& process) const {
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  if (interaction_ == Interaction::box_selecting) {
    const ImVec2 start = to_imvec(view_.to_screen(press_point_));
    draw_list.AddRectFilled(start, mouse, IM_COL32(20, 110, 230, 40));
    draw_list.AddRect(start, mouse, IM_COL32(20, 110, 230, 200));
  } else if (interaction_ == Interaction::connecting) {
    if (const Block* from = process.find_block(connect_from_)) {
      std::vector<ImVec2> points;
      for (const auto& point : flow_curve(output_port(*from), view_.to_canvas(from_imvec(mouse)))) {
        points.push_back(to_imvec(view_.to_screen(point)));
      }
      draw_list.AddPolyline(points.data(), static_cast<int>(points.size()),
                            IM_COL32(20, 110, 230, 255), 0, 2.5f);
    }
  }
}

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
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  draw_list.PushClipRect(origin, {canvas_max.x, canvas_max.y}, true);
  draw_list.AddRectFilled(origin, {canvas_max.x, canvas_max.y}, IM_COL32(246, 248, 250, 255));
  if (process) {
    accept_palette_drop(*process);
    handle_input(*process, canvas_min, canvas_max);
    // The input may have changed the model; look the process up again.
    process = document_.workshop().find_process(process_id);
  }
  // After the fit in handle_input, so a newly shown process is centred at a sensible zoom.
  if (process && !focus_block_.empty()) centre_on_focus(*process);
  if (process) {
    draw_lanes(draw_list, *process, canvas_min, canvas_max);
    draw_flows(draw_list, *process);
    draw_blocks(draw_list, *process);
    draw_overlay(draw_list, *process);
    draw_minimap(draw_list, *process);
  }
  draw_list.PopClipRect();
}

}  // namespace blokjes::app
