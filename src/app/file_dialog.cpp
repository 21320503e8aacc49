#include "file_dialog.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "core/terminal_text.h"

namespace blokjes::app {
namespace {

constexpr const char* kPopup = "##file-dialog";

std::string lowercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The folder a typed path points into: itself when it names a folder (or ends
// in a separator), else its parent; the working directory when there is none.
std::filesystem::path folder_of(const std::string& path) {
  std::error_code error;
  const std::filesystem::path typed(path);
  if (!path.empty() && (path.back() == '/' || std::filesystem::is_directory(typed, error))) {
    return typed;
  }
  return typed.has_parent_path() ? typed.parent_path() : std::filesystem::path(".");
}

}  // namespace

void FileDialog::open(Mode mode, const std::string& initial_path) {
  open(mode, initial_path, Options{});
}

void FileDialog::open(Mode mode, const std::string& initial_path, Options options) {
  mode_ = mode;
  path_ = initial_path;
  error_.clear();
  options_ = std::move(options);
  listed_folder_.clear();  // read afresh: files may have come since
  open_requested_ = true;
}

std::optional<std::string> FileDialog::draw_folder() {
  namespace fs = std::filesystem;
  const fs::path folder = folder_of(path_);
  if (folder.string() != listed_folder_) {
    listed_folder_ = folder.string();
    entries_.clear();
    std::error_code error;
    // An unreadable folder lists nothing; the path field still works.
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
      const std::string name = it->path().filename().string();
      if (name.empty() || name.front() == '.') continue;
      std::error_code kind_error;
      const bool is_folder = it->is_directory(kind_error);
      if (is_folder || lowercase(it->path().extension().string()) == options_.extension) {
        entries_.push_back({name, is_folder});
      }
    }
    std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
      return a.folder != b.folder ? a.folder : a.name < b.name;
    });
  }
  // Moving to another folder keeps the file name being saved.
  const fs::path typed(path_);
  const std::string keep = mode_ == Mode::save_as && !path_.empty() && path_.back() != '/'
                               ? typed.filename().string()
                               : std::string();
  const auto go_to = [&](const fs::path& target) {
    path_ = keep.empty() ? target.string() + "/" : (target / keep).string();
  };
  std::optional<std::string> chosen;
  if (folder.string() != path_) ImGui::TextDisabled("%s", terminal_safe(folder.string()).c_str());
  ImGui::BeginChild("##folder", {0, ImGui::GetTextLineHeightWithSpacing() * 10}, true);
  if (ImGui::Selectable("..")) go_to(fs::absolute(folder).lexically_normal().parent_path());
  std::optional<fs::path> into;
  bool any_file = false;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const Entry& entry = entries_[i];
    ImGui::PushID(static_cast<int>(i));
    const std::string label = terminal_safe(entry.name) + (entry.folder ? "/" : "");
    const fs::path full = folder / entry.name;
    if (entry.folder) {
      if (ImGui::Selectable(label.c_str())) into = full;
    } else {
      any_file = true;
      if (ImGui::Selectable(label.c_str(), full.string() == path_,
                            ImGuiSelectableFlags_AllowDoubleClick)) {
        path_ = full.string();
        if (ImGui::IsMouseDoubleClicked(0)) chosen = path_;
      }
    }
    ImGui::PopID();
  }
  if (into) go_to(*into);
  if (!any_file) ImGui::TextDisabled("%s", tr_("file.no_matches"));
  ImGui::EndChild();
  return chosen;
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
  if (!options_.title.empty()) {
    ImGui::TextUnformatted(options_.title.c_str());
  } else {
    ImGui::TextUnformatted(mode_ == Mode::open ? tr_("file.open_title")
                                               : tr_("file.save_as_title"));
  }
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(-1);
  const bool entered = ImGui::InputText("##path", &path_, ImGuiInputTextFlags_EnterReturnsTrue);
  if (!options_.extension.empty()) {
    if (auto picked = draw_folder()) chosen = std::move(picked);
  } else if (mode_ == Mode::open && !recent.paths().empty()) {
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
  // Listing a folder: a folder chosen is entered, not returned as the file.
  std::error_code folder_error;
  if (chosen && !options_.extension.empty() &&
      std::filesystem::is_directory(*chosen, folder_error)) {
    if (chosen->back() != '/') path_ = *chosen + "/";
    chosen.reset();
  }
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
