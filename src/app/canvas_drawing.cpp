// Drawing: the canvas draws what src/picture's build_picture returns for the
// shown process and view, and nothing else of the process; only the active
// interaction's feedback (the selection box, the flow being connected) is
// drawn here on top.

#include <imgui.h>

#include <algorithm>

#include "canvas_geometry.h"
#include "canvas_panel.h"
#include "colours.h"

// [SECTION] The picture
// [SECTION] Interaction overlay
// [SECTION] Play marks

namespace blokjes::app {

// -----------------------------------------------------------------------------
// [SECTION] The picture
// -----------------------------------------------------------------------------

void CanvasPanel::set_canvas_font(ImFont* font) {
  canvas_font_ = font;
  metrics_.set_font(font);
  picture_cache_.clear();  // another font breaks lines elsewhere
}

picture::Picture CanvasPanel::picture_of(const Process& process) {
  picture::PictureView view;
  view.zoom = view_.zoom();
  view.selected_blocks = &selection_.blocks;
  view.selected_flows = &selection_.flows;
  if (interaction_ == Interaction::dragging_blocks) view.drag_offset = drag_offset_;
  view.language = language_;
  view.visible = CanvasRect{view_.to_canvas(canvas_min_), view_.to_canvas(canvas_max_)};
  view.departments = &document_.workshop().departments;
  picture_cache_.use(process, document_.revision());
  return picture::build_picture(process, library_, style_, view, metrics_, &picture_cache_);
}

void CanvasPanel::draw_picture(ImDrawList& draw_list, const Process& process) {
  renderer_.render(picture_of(process), view_, draw_list, metrics_.font());
}

// -----------------------------------------------------------------------------
// [SECTION] Interaction overlay
// -----------------------------------------------------------------------------

void CanvasPanel::draw_overlay(ImDrawList& draw_list, const Process& process) const {
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

}  // namespace blokjes::app
