#include "validation_panel.h"

#include <imgui.h>

#include <algorithm>

#include "colours.h"
#include "export_labels.h"

namespace blokjes::app {

float ValidationPanel::height(float available) const {
  const float header = ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y * 2;
  if (!expanded_) return header;
  // Enough for a few findings, never so much that the canvas gets cramped.
  const float wanted = header + ImGui::GetFontSize() * 9;
  return std::max(header, std::min(wanted, available * 0.3f));
}

const PreparedExport* ValidationPanel::prepared(const std::string& process_id) {
  if (document_.workshop().find_process(process_id) == nullptr) return nullptr;
  ExportRequest request;
  request.process_ids = {process_id};
  request.profile = profile_;
  return cache_.get(document_, library_, selectielijst_, request);
}

std::optional<Diagnostic> ValidationPanel::draw(const std::string& process_id) {
  const PreparedExport* prepared = this->prepared(process_id);
  if (!draw_header(prepared) || prepared == nullptr) return std::nullopt;
  return findings_.draw("##validation-findings", prepared->diagnostics, document_.workshop(), false,
                        ImGui::GetContentRegionAvail().y);
}

// The header line: title (which collapses the section), the counts and the profile.
bool ValidationPanel::draw_header(const PreparedExport* prepared) {
  ImGui::SetNextItemOpen(expanded_);
  const std::string title = std::string(tr_("validation.title")) + "###validation";
  expanded_ = ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_AllowItemOverlap);
  // The header spans the line; the counts go after its label.
  ImGui::SameLine(ImGui::GetTreeNodeToLabelSpacing() +
                  ImGui::CalcTextSize(tr_("validation.title")).x + ImGui::GetFontSize() * 1.5f);
  if (prepared != nullptr) {
    draw_diagnostic_summary(count_diagnostics(prepared->diagnostics), tr_);
  } else if (!selectielijst_.error().empty()) {
    ImGui::TextColored(kErrorTextColour, "%s", tr_("diagnostics.unavailable"));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", selectielijst_.error().c_str());
  }
  // The profile at the right end of the line; in a narrow panel it shrinks
  // rather than run past the edge.
  ImGui::SameLine();
  const float available = ImGui::GetContentRegionAvail().x;
  const float combo_width =
      std::max(std::min(profile_combo_width(tr_), available), ImGui::GetFrameHeight() * 2);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, available - combo_width));
  ImGui::SetNextItemWidth(combo_width);
  profile_combo("##validation-profile", profile_, tr_);
  return expanded_;
}

}  // namespace blokjes::app
