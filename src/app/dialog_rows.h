#pragma once
// What the workshop's list dialogs (agenda, participants, parking lot) share:
// the buttons at the end of a row (remove, up, down), applied after the table
// so the list is never changed while it is drawn, and the OK / Cancel row
// under the list, with OK greyed out and the reason shown while the copy is
// not valid.

#include <imgui.h>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "layout_recorder.h"

namespace blokjes::app {

struct RowEdit {
  std::optional<std::size_t> remove;
  std::optional<std::size_t> up;
  std::optional<std::size_t> down;
};

// "x" removes; with `order`, arrows move the row (the agenda's order matters,
// a list of people does not).
inline void draw_row_buttons(std::size_t index, std::size_t count, RowEdit& edit,
                             bool order = true) {
  if (order) {
    ImGui::BeginDisabled(index == 0);
    if (ImGui::ArrowButton("##up", ImGuiDir_Up)) edit.up = index;
    ImGui::EndDisabled();
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::BeginDisabled(index + 1 >= count);
    if (ImGui::ArrowButton("##down", ImGuiDir_Down)) edit.down = index;
    ImGui::EndDisabled();
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  }
  if (ImGui::Button("X##remove", {ImGui::GetFrameHeight(), 0})) edit.remove = index;
}

template <typename T>
void apply_row_edit(std::vector<T>& rows, const RowEdit& edit) {
  if (edit.remove && *edit.remove < rows.size()) {
    rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(*edit.remove));
  } else if (edit.up && *edit.up > 0 && *edit.up < rows.size()) {
    std::swap(rows[*edit.up], rows[*edit.up - 1]);
  } else if (edit.down && *edit.down + 1 < rows.size()) {
    std::swap(rows[*edit.down], rows[*edit.down + 1]);
  }
}

struct DialogButtons {
  bool ok = false;
  bool cancel = false;
  LayoutRecorder::Rect ok_rect;
  LayoutRecorder::Rect cancel_rect;
};

// Escape cancels; Enter does not commit, it ends a field's edit.
inline DialogButtons draw_dialog_buttons(const std::string& problem, const char* ok_label,
                                         const char* cancel_label) {
  DialogButtons buttons;
  ImGui::Separator();
  if (!problem.empty()) ImGui::TextColored({0.75f, 0.1f, 0.1f, 1}, "%s", problem.c_str());
  ImGui::BeginDisabled(!problem.empty());
  buttons.ok = ImGui::Button(ok_label, {ImGui::GetFontSize() * 7, 0});
  ImGui::EndDisabled();
  const auto rect = [] {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    return LayoutRecorder::Rect{{min.x, min.y}, {max.x, max.y}};
  };
  buttons.ok_rect = rect();
  ImGui::SameLine();
  buttons.cancel = ImGui::Button(cancel_label, {ImGui::GetFontSize() * 7, 0}) ||
                   (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) && !ImGui::GetIO().WantTextInput);
  buttons.cancel_rect = rect();
  return buttons;
}

}  // namespace blokjes::app
