#include "diagnostic_list.h"

#include <imgui.h>

#include <algorithm>

#include "colours.h"
#include "core/terminal_text.h"

namespace blokjes::app {
namespace {

std::string counted(int count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

// The width text wraps at in `column` of the current table row.
float column_width(int column) {
  ImGui::TableSetColumnIndex(column);
  return ImGui::GetContentRegionAvail().x;
}

float wrapped_height(const std::string& text, float width) {
  return ImGui::CalcTextSize(text.c_str(), nullptr, false, width).y;
}

ScreenRect last_item_rect() {
  return {{ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y},
          {ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y}};
}

}  // namespace

DiagnosticCounts count_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  DiagnosticCounts counts;
  for (const auto& diagnostic : diagnostics) {
    (diagnostic.severity == Severity::error ? counts.errors : counts.warnings)++;
  }
  return counts;
}

// Named tr_ so the translation test finds the keys.
std::string diagnostic_summary(const DiagnosticCounts& counts, const Translations& tr_) {
  return counted(counts.errors, tr_("diagnostics.error"), tr_("diagnostics.errors")) + ", " +
         counted(counts.warnings, tr_("diagnostics.warning"), tr_("diagnostics.warnings"));
}

void draw_diagnostic_summary(const DiagnosticCounts& counts, const Translations& tr) {
  const std::string text = diagnostic_summary(counts, tr);
  if (counts.errors > 0) {
    ImGui::TextColored(kErrorTextColour, "%s", text.c_str());
  } else if (counts.warnings > 0) {
    ImGui::TextColored(kWarningTextColour, "%s", text.c_str());
  } else {
    ImGui::TextUnformatted(text.c_str());
  }
}

std::string DiagnosticList::where(const Diagnostic& diagnostic, const Workshop& workshop,
                                  bool with_process) {
  const Process* process = workshop.find_process(diagnostic.process_id);
  if (process == nullptr) return "-";
  std::string text = with_process ? process->name : std::string();
  auto index = block_indexes_.find(process->id);
  if (index == block_indexes_.end()) index = block_indexes_.emplace(process->id, *process).first;
  if (const Block* block = index->second.find(diagnostic.block_id)) {
    const std::string name = block->label.empty() ? block->id : block->label;
    text += text.empty() ? name : " > " + name;
  }
  return text.empty() ? std::string(tr_("diagnostics.zaaktype")) : text;
}

std::optional<Diagnostic> DiagnosticList::draw(const char* id,
                                               const std::vector<Diagnostic>& diagnostics,
                                               const Workshop& workshop, bool with_process,
                                               float height) {
  rows_.clear();
  block_indexes_.clear();
  if (diagnostics.empty()) {
    ImGui::TextDisabled("%s", tr_("diagnostics.none"));
    return std::nullopt;
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable(id, 3, kFlags, {0, height})) return std::nullopt;
  const float severity_width = std::max(ImGui::CalcTextSize(tr_("diagnostics.severity_error")).x,
                                        ImGui::CalcTextSize(tr_("diagnostics.severity_warning")).x);
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr_("diagnostics.severity"), ImGuiTableColumnFlags_WidthFixed,
                          severity_width);
  // Shares of the rest, so a narrow panel at a large UI scale still shows the message.
  ImGui::TableSetupColumn(tr_("diagnostics.where"), ImGuiTableColumnFlags_WidthStretch, 1);
  ImGui::TableSetupColumn(tr_("diagnostics.message"), ImGuiTableColumnFlags_WidthStretch, 2);
  ImGui::TableHeadersRow();
  std::optional<Diagnostic> clicked;
  layouts_.resize(diagnostics.size());
  float place_width = -1;  // the same for every row: measured in the first
  float message_width = -1;
  for (std::size_t index = 0; index < diagnostics.size(); ++index) {
    const Diagnostic& diagnostic = diagnostics[index];
    ImGui::TableNextRow();
    if (index == 0) {
      place_width = column_width(1);
      message_width = column_width(2);
    }
    RowLayout& layout = layouts_[index];
    const bool measured =
        layout.place_width == place_width && layout.message_width == message_width;
    ImGui::TableSetColumnIndex(0);
    // A row out of view only takes its height, as measured before: when its
    // text has changed since, it is measured again once it comes into view.
    if (measured && !ImGui::IsRectVisible({1, layout.height})) {
      const ImVec2 at = ImGui::GetCursorScreenPos();
      ImGui::Dummy({0, layout.height});
      rows_.push_back({{at.x, at.y}, {at.x, at.y + layout.height}});
      continue;
    }
    // Place and message wrap; measure both first so the whole row is one
    // clickable target, and again only when the text or the columns change.
    // Both quote the file's ids and values: escaped (core/terminal_text.h), so a
    // \n in an id cannot forge a row and control bytes show as what they are.
    std::string place = terminal_safe(where(diagnostic, workshop, with_process));
    std::string message = terminal_safe(diagnostic.message);
    if (!measured || place != layout.place || message != layout.message) {
      const float tallest = std::max(wrapped_height(place, place_width),
                                     wrapped_height(message, message_width));
      layout = {std::move(place), std::move(message), place_width, message_width, tallest};
    }
    const float height = layout.height;
    ImGui::TableSetColumnIndex(0);
    ImGui::PushID(static_cast<int>(index));
    const bool error = diagnostic.severity == Severity::error;
    const bool selectable = workshop.find_process(diagnostic.process_id) != nullptr;
    ImGui::PushStyleColor(ImGuiCol_Text, error ? kErrorTextColour : kWarningTextColour);
    const char* severity =
        error ? tr_("diagnostics.severity_error") : tr_("diagnostics.severity_warning");
    if (ImGui::Selectable(
            severity, false,
            ImGuiSelectableFlags_SpanAllColumns | (selectable ? 0 : ImGuiSelectableFlags_Disabled),
            {0, height}) &&
        selectable) {
      clicked = diagnostic;
    }
    ImGui::PopStyleColor();
    rows_.push_back(last_item_rect());
    if (ImGui::IsItemHovered() && !diagnostic.pointer.empty()) {
      ImGui::SetTooltip("%s", terminal_safe(diagnostic.pointer).c_str());
    }
    ImGui::TableSetColumnIndex(1);
    ImGui::TextWrapped("%s", layout.place.c_str());
    ImGui::TableSetColumnIndex(2);
    ImGui::TextWrapped("%s", layout.message.c_str());
    ImGui::PopID();
  }
  ImGui::EndTable();
  return clicked;
}

}  // namespace blokjes::app
