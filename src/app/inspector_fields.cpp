#include "inspector_fields.h"

#include <imgui.h>

namespace blokjes::app::inspector {

std::string label_above(const char* text) {
  ImGui::PushTextWrapPos(0.0f);  // a long label wraps rather than being cut off at a large scale
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::SetNextItemWidth(-1);
  return std::string("##") + text;
}

void error_note(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.1f, 0.1f, 1));
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

bool enum_combo(const char* label, std::string& value, std::span<const std::string_view> options) {
  bool changed = false;
  if (ImGui::BeginCombo(label, value.c_str())) {
    for (const auto option : options) {
      if (ImGui::Selectable(std::string(option).c_str(), value == option)) {
        value = std::string(option);
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  return changed;
}

bool enum_combo_or_empty(const char* label, std::string& value,
                         std::span<const std::string_view> options, const char* empty_text) {
  bool changed = false;
  if (ImGui::BeginCombo(label, value.empty() ? empty_text : value.c_str())) {
    if (ImGui::Selectable(empty_text, value.empty()) && !value.empty()) {
      value.clear();
      changed = true;
    }
    for (const auto option : options) {
      if (ImGui::Selectable(std::string(option).c_str(), value == option) && value != option) {
        value = std::string(option);
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  return changed;
}

std::string join_list(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (const auto& item : items) {
    if (!text.empty()) text += separator;
    text += item;
  }
  return text;
}

std::vector<std::string> split_list(std::string_view text, char separator) {
  std::vector<std::string> items;
  while (true) {
    const auto end = text.find(separator);
    std::string_view item = text.substr(0, end);
    while (!item.empty() && (item.front() == ' ' || item.front() == '\t')) item.remove_prefix(1);
    while (!item.empty() && (item.back() == ' ' || item.back() == '\t' || item.back() == '\r')) {
      item.remove_suffix(1);
    }
    if (!item.empty()) items.emplace_back(item);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return items;
}

}  // namespace blokjes::app::inspector
