#include "process_list_panel.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/commands.h"
#include "core/process_editing.h"

namespace blokjes::app {
namespace {

constexpr const char* kNewProcessPopup = "##new-process";
constexpr const char* kRenamePopup = "##rename-process";

std::size_t index_of(const std::vector<Process>& processes, const std::string& id) {
  for (std::size_t i = 0; i < processes.size(); ++i) {
    if (processes[i].id == id) return i;
  }
  return processes.size();
}

}  // namespace

void ProcessListPanel::draw(std::string& shown) {
  ImGui::TextUnformatted(tr_("panel.processes"));
  ImGui::SameLine();
  if (ImGui::SmallButton(tr_("process.new"))) {
    new_name_.clear();
    new_department_ = document_.workshop().departments.empty()
                          ? std::string()
                          : document_.workshop().departments.front().id;
    ImGui::OpenPopup(kNewProcessPopup);
  }
  draw_new_process_popup(shown);
  // By index: a menu action may change the list while it is drawn.
  for (std::size_t i = 0; i < document_.workshop().processes.size(); ++i) {
    const Process& process = document_.workshop().processes[i];
    ImGui::PushID(process.id.c_str());
    const std::string id = process.id;
    if (ImGui::Selectable(process.name.c_str(), id == shown)) shown = id;
    draw_item_menu(id, shown);
    ImGui::PopID();
  }
  draw_rename_popup();
}

void ProcessListPanel::draw_item_menu(const std::string& process_id, std::string& shown) {
  if (!ImGui::BeginPopupContextItem("##process-menu")) return;
  const auto& processes = document_.workshop().processes;
  const Process process = *document_.workshop().find_process(process_id);  // only while open
  if (ImGui::MenuItem(tr_("process.rename"))) {
    renaming_ = process.id;
    rename_text_ = process.name;
  }
  if (ImGui::MenuItem(tr_("process.duplicate"))) {
    Process copy = process;
    copy.id = unique_process_id(processes, process.id);
    copy.name = process.name + " (" + tr_("process.copy") + ")";
    document_.execute(make_add_process(copy, index_of(processes, process.id) + 1));
    shown = copy.id;
  }
  if (ImGui::MenuItem(tr_("process.delete"))) {
    const std::size_t index = index_of(processes, process.id);
    document_.execute(make_remove_process(document_.workshop(), process.id));
    const auto& remaining = document_.workshop().processes;
    if (shown == process.id) {
      shown = remaining.empty() ? "" : remaining[std::min(index, remaining.size() - 1)].id;
    }
  }
  ImGui::EndPopup();
}

void ProcessListPanel::draw_new_process_popup(std::string& shown) {
  if (!ImGui::BeginPopup(kNewProcessPopup)) return;
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  const bool entered =
      ImGui::InputText(tr_("process.name"), &new_name_, ImGuiInputTextFlags_EnterReturnsTrue);
  const Department* department = document_.workshop().find_department(new_department_);
  if (ImGui::BeginCombo(tr_("inspector.department"), department ? department->name.c_str() : "")) {
    for (const auto& candidate : document_.workshop().departments) {
      if (ImGui::Selectable(candidate.name.c_str(), candidate.id == new_department_)) {
        new_department_ = candidate.id;
      }
    }
    ImGui::EndCombo();
  }
  ImGui::TextWrapped("%s", tr_("process.new_hint"));
  const bool can_create = !new_name_.empty();
  if ((ImGui::Button(tr_("process.create")) || entered) && can_create) {
    const auto& processes = document_.workshop().processes;
    Process process =
        make_generic_process(library_, unique_process_id(processes, slug_from_name(new_name_)),
                             new_name_, new_department_);
    shown = process.id;
    document_.execute(make_add_process(std::move(process), processes.size()));
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr_("menu.cancel"))) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void ProcessListPanel::draw_rename_popup() {
  if (!renaming_.empty() && !ImGui::IsPopupOpen(kRenamePopup)) ImGui::OpenPopup(kRenamePopup);
  if (!ImGui::BeginPopup(kRenamePopup)) {
    renaming_.clear();
    return;
  }
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  const bool entered =
      ImGui::InputText(tr_("process.name"), &rename_text_, ImGuiInputTextFlags_EnterReturnsTrue);
  const Process* process = document_.workshop().find_process(renaming_);
  if ((ImGui::Button(tr_("process.rename")) || entered) && process && !rename_text_.empty()) {
    Process edited = *process;
    edited.name = rename_text_;
    document_.execute(make_update_process_details(document_.workshop(), edited));
    renaming_.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr_("menu.cancel"))) {
    renaming_.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace blokjes::app
