#include "running_order_dialog.h"

#include <imgui.h>

#include <optional>
#include <utility>

#include "colours.h"
#include "core/running_order.h"
#include "core/workshop_flow_commands.h"

// [SECTION] Edits
// [SECTION] The window

namespace blokjes::app {

// -----------------------------------------------------------------------------
// [SECTION] Edits
// -----------------------------------------------------------------------------

void RunningOrderDialog::commit(std::vector<Slide> slides) {
  document_.execute(make_set_running_order(document_.workshop(), std::move(slides)));
}

void RunningOrderDialog::add(Slide slide) {
  std::vector<Slide> slides = effective_running_order(document_.workshop());
  slides.push_back(std::move(slide));
  commit(std::move(slides));
}

void RunningOrderDialog::remove(std::size_t index) {
  std::vector<Slide> slides = effective_running_order(document_.workshop());
  if (index >= slides.size()) return;
  slides.erase(slides.begin() + static_cast<std::ptrdiff_t>(index));
  commit(std::move(slides));
}

void RunningOrderDialog::move(std::size_t index, int by) {
  std::vector<Slide> slides = effective_running_order(document_.workshop());
  if (index >= slides.size()) return;
  const long long target = static_cast<long long>(index) + by;
  if (target < 0 || target >= static_cast<long long>(slides.size())) return;
  std::swap(slides[index], slides[static_cast<std::size_t>(target)]);
  commit(std::move(slides));
}

// -----------------------------------------------------------------------------
// [SECTION] The window
// -----------------------------------------------------------------------------

namespace {

// A process combo over the workshop's processes; `id` is the chosen one.
void process_combo(const char* label, const Workshop& workshop, std::string& id) {
  const Process* chosen = workshop.find_process(id);
  if (chosen == nullptr && !workshop.processes.empty()) {
    id = workshop.processes.front().id;
    chosen = &workshop.processes.front();
  }
  if (!ImGui::BeginCombo(label, chosen ? chosen->name.c_str() : "")) return;
  for (const Process& process : workshop.processes) {
    ImGui::PushID(process.id.c_str());
    if (ImGui::Selectable(process.name.c_str(), process.id == id)) id = process.id;
    ImGui::PopID();
  }
  ImGui::EndCombo();
}

}  // namespace

void RunningOrderDialog::draw() {
  if (!open_) return;
  const Workshop& workshop = document_.workshop();
  const Language language = tr_.language();
  const float font = ImGui::GetFontSize();
  ImGui::SetNextWindowSize({font * 40, font * 30}, ImGuiCond_FirstUseEver);
  const std::string title = std::string(tr_("running_order.title")) + "###running_order";
  if (!ImGui::Begin(title.c_str(), &open_)) {
    ImGui::End();
    return;
  }
  if (workshop.running_order.empty()) ImGui::TextWrapped("%s", tr_("running_order.default"));
  const std::vector<Slide> slides = effective_running_order(workshop);
  const auto problems = check_running_order(workshop, slides);
  std::optional<std::pair<std::size_t, int>> moved;
  std::optional<std::size_t> removed;
  if (ImGui::BeginTable("##slides", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, font * 2.5f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, font * 14);
    for (std::size_t i = 0; i < slides.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("%zu.", i + 1);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(slide_title(workshop, slides[i], language).c_str());
      recorder_.record_item("running_order/" + std::to_string(i));
      for (const auto& problem : problems) {
        if (problem.slide == i) {
          ImGui::TextColored(kErrorTextColour, "%s", problem.message(language).c_str());
        }
      }
      ImGui::TableNextColumn();
      ImGui::BeginDisabled(i == 0);
      if (ImGui::SmallButton(tr_("running_order.up"))) moved = {i, -1};
      ImGui::EndDisabled();
      ImGui::SameLine();
      ImGui::BeginDisabled(i + 1 == slides.size());
      if (ImGui::SmallButton(tr_("running_order.down"))) moved = {i, +1};
      ImGui::EndDisabled();
      ImGui::SameLine();
      if (ImGui::SmallButton(tr_("running_order.remove"))) removed = i;
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::Separator();
  draw_new_slide_row();
  ImGui::End();
  // After drawing the list, so it never changes under the loop above.
  if (moved) move(moved->first, moved->second);
  if (removed) remove(*removed);
}

void RunningOrderDialog::draw_new_slide_row() {
  const Workshop& workshop = document_.workshop();
  const Language language = tr_.language();
  const float font = ImGui::GetFontSize();
  ImGui::SetNextItemWidth(font * 10);
  if (ImGui::BeginCombo(tr_("running_order.kind"), slide_kind_name(new_kind_, language).c_str())) {
    for (const SlideKind kind :
         {SlideKind::canvas, SlideKind::compare, SlideKind::matrix, SlideKind::coverage,
          SlideKind::generic_model, SlideKind::citizen, SlideKind::votes}) {
      if (ImGui::Selectable(slide_kind_name(kind, language).c_str(), kind == new_kind_)) {
        new_kind_ = kind;
      }
    }
    ImGui::EndCombo();
  }
  recorder_.record_item("running_order/kind");
  if (slide_needs_process(new_kind_)) {
    ImGui::SetNextItemWidth(font * 14);
    process_combo(tr_("running_order.process"), workshop, new_process_);
  }
  if (slide_needs_two_processes(new_kind_)) {
    ImGui::SetNextItemWidth(font * 14);
    process_combo(tr_("running_order.other_process"), workshop, new_other_process_);
  }
  if (ImGui::Button(tr_("running_order.add"))) {
    Slide slide{new_kind_, {}, {}, {}};
    if (slide_needs_process(new_kind_)) slide.process = new_process_;
    if (slide_needs_two_processes(new_kind_)) slide.other_process = new_other_process_;
    add(std::move(slide));
  }
  recorder_.record_item("running_order/add");
}

}  // namespace blokjes::app
