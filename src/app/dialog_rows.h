#pragma once
// What the workshop's list dialogs (agenda, participants, parking lot) share:
// the modal frame around the list (draw_list_dialog), the buttons at the end
// of a row (remove, up, down), applied after the table so the list is never
// changed while it is drawn, and the OK / Cancel row under the list, with OK
// greyed out and the reason shown while the copy is not valid.

#include <imgui.h>

#include <cstddef>
#include <functional>
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
  buttons.cancel =
      ImGui::Button(cancel_label, {ImGui::GetFontSize() * 7, 0}) ||
      (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) && !ImGui::GetIO().WantTextInput);
  buttons.cancel_rect = rect();
  return buttons;
}

// One list dialog's frame, the same for every list: a modal of a fixed width
// whose height fits its rows every frame (a row added never pushes the
// buttons out), an optional intro, the rows, an "add" button and OK/Cancel.
// Names under `prefix` ("agenda/add", "agenda/ok") go to the recorder.
struct ListDialog {
  const char* popup_id;  // "###agenda": the title may change language, the id not
  std::string title;
  float width_in_fonts;
  const char* intro;  // may be null
  const char* add_label;
  std::string prefix;
  const char* ok_label;
  const char* cancel_label;
};
struct ListDialogActions {
  std::function<void()> draw_rows;
  std::function<void()> add;
  std::function<std::string()> problem;
  std::function<void()> commit;
  std::function<void()> cancel;
};

// `open_requested` opens the popup once; `open` false closes it.
inline void draw_list_dialog(const ListDialog& dialog, bool& open_requested, const bool& open,
                             LayoutRecorder& recorder, const ListDialogActions& actions) {
  if (open_requested) {
    ImGui::OpenPopup(dialog.popup_id);
    open_requested = false;
  }
  ImGui::SetNextWindowSize({ImGui::GetFontSize() * dialog.width_in_fonts, 0}, ImGuiCond_Always);
  const std::string title = dialog.title + dialog.popup_id;
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  if (!open) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  if (dialog.intro != nullptr) ImGui::TextWrapped("%s", dialog.intro);
  actions.draw_rows();
  if (ImGui::Button(dialog.add_label)) actions.add();
  recorder.record_item(dialog.prefix + "/add");
  const DialogButtons buttons =
      draw_dialog_buttons(actions.problem(), dialog.ok_label, dialog.cancel_label);
  recorder.record(dialog.prefix + "/ok", buttons.ok_rect);
  if (buttons.ok) actions.commit();
  if (buttons.cancel) actions.cancel();
  if (!open) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace blokjes::app
