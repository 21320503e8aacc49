#include "file_dialog.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>

namespace blokjes::app {
namespace {

constexpr const char* kPopup = "##file-dialog";

}  // namespace

void FileDialog::open(Mode mode, const std::string& initial_path) {
  mode_ = mode;
  path_ = initial_path;
  error_.clear();
  open_requested_ = true;
}

void FileDialog::show_error(const std::string& message) {
  error_ = message;
  reopen_ = true;
}

std::optional<std::string> FileDialog::draw(const RecentFiles& recent) {
  if (open_requested_ || reopen_) {
    ImGui::OpenPopup(kPopup);
    open_requested_ = reopen_ = false;
  }
  ImGui::SetNextWindowSize({ImGui::GetFontSize() * 36, 0}, ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoTitleBar)) return std::nullopt;
  std::optional<std::string> chosen;
  ImGui::TextUnformatted(mode_ == Mode::open ? tr_("file.open_title") : tr_("file.save_as_title"));
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(-1);
  const bool entered = ImGui::InputText("##path", &path_, ImGuiInputTextFlags_EnterReturnsTrue);
  if (mode_ == Mode::open && !recent.paths().empty()) {
    ImGui::TextDisabled("%s", tr_("file.recent"));
    for (const auto& path : recent.paths()) {
      if (ImGui::Selectable(path.c_str(), path == path_, ImGuiSelectableFlags_AllowDoubleClick)) {
        path_ = path;
        if (ImGui::IsMouseDoubleClicked(0)) chosen = path_;
      }
    }
  }
  if (mode_ == Mode::save_as && std::filesystem::exists(path_)) {
    ImGui::TextColored({0.7f, 0.4f, 0.0f, 1}, "%s", tr_("file.overwrite_warning"));
  }
  if (!error_.empty()) ImGui::TextColored({0.75f, 0.1f, 0.1f, 1}, "%s", error_.c_str());
  const char* action = mode_ == Mode::open ? tr_("file.open") : tr_("file.save");
  if ((ImGui::Button(action) || entered) && !path_.empty()) chosen = path_;
  ImGui::SameLine();
  if (ImGui::Button(tr_("menu.cancel")) ||
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
    ImGui::CloseCurrentPopup();
  }
  if (chosen) {
    error_.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  return chosen;
}

}  // namespace blokjes::app
