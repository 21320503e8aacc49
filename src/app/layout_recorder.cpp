#include "layout_recorder.h"

#include <imgui.h>

namespace blokjes::app {

void LayoutRecorder::record_item(const std::string& key) {
  record(key, {{ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y},
               {ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y},
               ImGui::IsItemVisible()});
}

void LayoutRecorder::forget(std::string_view prefix) {
  auto it = rects_.lower_bound(prefix);
  while (it != rects_.end() && std::string_view(it->first).starts_with(prefix)) {
    it = rects_.erase(it);
  }
}

std::optional<LayoutRecorder::Rect> LayoutRecorder::rect(std::string_view key) const {
  const auto found = rects_.find(key);
  if (found == rects_.end()) return std::nullopt;
  return found->second;
}

std::vector<std::pair<std::string, LayoutRecorder::Rect>> LayoutRecorder::rects_under(
    std::string_view prefix) const {
  std::vector<std::pair<std::string, Rect>> found;
  for (auto it = rects_.lower_bound(prefix);
       it != rects_.end() && std::string_view(it->first).starts_with(prefix); ++it) {
    found.emplace_back(it->first.substr(prefix.size()), it->second);
  }
  return found;
}

const nlohmann::json& LayoutRecorder::value(const std::string& key) const {
  static const nlohmann::json kNull;
  const auto found = values_.find(key);
  return found == values_.end() ? kNull : found->second;
}

}  // namespace blokjes::app
