#include "view_canvas.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "colours.h"

namespace blokjes::app {

void CanvasWorkspaceView::set_display_font(ImFont* font, float scale) {
  parts_.canvas.set_canvas_font(font);
  parts_.toolbar.set_display_font(font);
  parts_.canvas.set_ui_scale(scale);
}

void CanvasWorkspaceView::draw() {
  parts_.play.follow(parts_.process_id);
  // One row across the view; the panels share the height that is left.
  parts_.toolbar.draw(parts_.process_id);
  // Side panels grow with the UI scale but always leave most of the width to the canvas.
  const float window_width = ImGui::GetContentRegionAvail().x;
  const float side_width = std::min(ImGui::GetFontSize() * 14, window_width * 0.17f);
  ImGui::BeginChild("##left", {side_width, 0}, true);
  parts_.process_list.draw(parts_.process_id);
  ImGui::Separator();
  draw_palette();
  ImGui::EndChild();
  ImGui::SameLine();
  const float inspector_width = std::min(ImGui::GetFontSize() * 19, window_width * 0.24f);
  draw_canvas_and_validation(ImGui::GetContentRegionAvail().x - inspector_width);
  ImGui::SameLine();
  ImGui::BeginChild("##inspector", {0, 0}, true);
  if (parts_.play.active()) {
    parts_.play.draw();
    ImGui::EndChild();
    return;
  }
  const auto& selected = parts_.canvas.selection().blocks;
  const auto& flows = parts_.canvas.selection().flows;
  parts_.inspector.draw(parts_.process_id, selected.size() == 1 ? *selected.begin() : std::string(),
                        selected.empty() && flows.size() == 1 ? *flows.begin() : std::string());
  ImGui::EndChild();
}

// The canvas above, the validation section below it, in one column.
void CanvasWorkspaceView::draw_canvas_and_validation(float width) {
  const float height = ImGui::GetContentRegionAvail().y;
  const float validation_height = parts_.validation.height(height);
  ImGui::BeginGroup();
  ImGui::BeginChild("##canvas",
                    {width, height - validation_height - ImGui::GetStyle().ItemSpacing.y}, true,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  draw_canvas();
  ImGui::EndChild();
  ImGui::BeginChild("##validation", {width, validation_height}, true, ImGuiWindowFlags_NoScrollbar);
  const auto finding = parts_.validation.draw(parts_.process_id);
  ImGui::EndChild();
  ImGui::EndGroup();
  if (finding) parts_.focus_finding(*finding);
}

void CanvasWorkspaceView::draw_canvas() {
  // The canvas's shortcuts, from the shortcut table, while its window has the
  // focus; not in Speel mode, which never edits the model.
  const bool playing = parts_.play.active();
  if (parts_.canvas.play_mode() != playing) parts_.canvas.set_play_mode(playing);
  if (!playing) parts_.shortcuts.dispatch(ShortcutScope::canvas);
  parts_.canvas.draw(parts_.process_id);
  if (playing) {
    if (const auto clicked = parts_.canvas.take_play_click()) parts_.play.block_clicked(*clicked);
    parts_.canvas.set_play_marks(parts_.play.marks());
  }
  const ScreenPoint min = parts_.canvas.screen_min();
  const ScreenPoint max = parts_.canvas.screen_max();
  parts_.recorder.record("canvas", {min, max});
  parts_.toolbar.draw_legend({min.x, min.y}, {max.x, max.y});
}

void CanvasWorkspaceView::draw_palette() {
  ImGui::TextUnformatted(parts_.tr("panel.palette"));
  const Language language = parts_.tr.language();
  for (const auto& kind : parts_.library.kinds()) {
    for (const auto& variant : kind.variants) {
      ImGui::PushID((kind.id + "/" + variant.id).c_str());
      ImGui::PushStyleColor(ImGuiCol_Button, colour_from_hex(kind.colour));
      ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
      ImGui::Button(variant.name.in(language).c_str(), {-1, 0});
      ImGui::PopStyleColor(2);
      parts_.recorder.record_item("palette/" + kind.id + "/" + variant.id);
      if (ImGui::BeginDragDropSource()) {
        PalettePayload payload{};
        std::snprintf(payload.kind, sizeof payload.kind, "%s", kind.id.c_str());
        std::snprintf(payload.variant, sizeof payload.variant, "%s", variant.id.c_str());
        ImGui::SetDragDropPayload(kPalettePayloadType, &payload, sizeof payload);
        ImGui::TextUnformatted(variant.name.in(language).c_str());
        ImGui::EndDragDropSource();
      }
      if (ImGui::IsItemHovered() && !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
        ImGui::SetTooltip("%s", variant.description.in(language).c_str());
      }
      ImGui::PopID();
    }
  }
}

}  // namespace blokjes::app
