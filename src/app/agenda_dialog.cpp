#include "agenda_dialog.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/workshop_flow_commands.h"
#include "dialog_rows.h"

namespace blokjes::app {

void AgendaDialog::open() {
  draft_ = document_.workshop().rounds;
  open_ = true;
  open_requested_ = true;
}

void AgendaDialog::add_round() {
  // The core picks the id, over the committed rounds and the draft's new ones.
  Workshop probe;
  probe.rounds = document_.workshop().rounds;
  probe.rounds.insert(probe.rounds.end(), draft_.begin(), draft_.end());
  Round round;
  round.id = next_round_id(probe);
  round.name = std::string(tr_("agenda.new_round")) + " " + std::to_string(draft_.size() + 1);
  draft_.push_back(std::move(round));
}

std::string AgendaDialog::problem() const {
  for (const auto& round : draft_) {
    if (round.name.empty()) return tr_("agenda.name_needed");
    if (round.minutes < 1) return tr_("agenda.minutes_needed");
    if (round.dots < 0) return tr_("agenda.dots_needed");
  }
  return {};
}

bool AgendaDialog::commit() {
  if (!problem().empty()) return false;
  if (draft_ != document_.workshop().rounds) {
    document_.execute(make_set_rounds(document_.workshop(), draft_));
  }
  open_ = false;
  return true;
}

void AgendaDialog::draw() {
  constexpr const char* kPopup = "###agenda";
  if (open_requested_) {
    ImGui::OpenPopup(kPopup);
    open_requested_ = false;
  }
  const float font = ImGui::GetFontSize();
  // The width fixed, the height fitted every frame: a row added never pushes
  // the buttons out of the dialog.
  ImGui::SetNextWindowSize({font * 34, 0}, ImGuiCond_Always);
  const std::string title = std::string(tr_("agenda.title")) + kPopup;
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  if (!open_) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  ImGui::TextWrapped("%s", tr_("agenda.intro"));
  draw_rows();
  if (ImGui::Button(tr_("agenda.add"))) add_round();
  recorder_.record_item("agenda/add");
  const DialogButtons buttons = draw_dialog_buttons(problem(), tr_("dialog.ok"), tr_("menu.cancel"));
  recorder_.record("agenda/ok", buttons.ok_rect);
  if (buttons.ok) commit();
  if (buttons.cancel) cancel();
  if (!open_) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void AgendaDialog::draw_rows() {
  const float font = ImGui::GetFontSize();
  if (!ImGui::BeginTable("##rounds", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    return;
  }
  ImGui::TableSetupColumn(tr_("agenda.name"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr_("agenda.minutes"), ImGuiTableColumnFlags_WidthFixed, font * 6);
  ImGui::TableSetupColumn(tr_("agenda.dots"), ImGuiTableColumnFlags_WidthFixed, font * 6);
  ImGui::TableSetupColumn("##order", ImGuiTableColumnFlags_WidthFixed, font * 5.5f);
  ImGui::TableHeadersRow();
  RowEdit edit;
  for (std::size_t i = 0; i < draft_.size(); ++i) {
    Round& round = draft_[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##name", &round.name);
    recorder_.record_item("agenda/name/" + std::to_string(i));
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputInt("##minutes", &round.minutes)) round.minutes = std::max(1, round.minutes);
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputInt("##dots", &round.dots)) round.dots = std::max(0, round.dots);
    ImGui::TableNextColumn();
    draw_row_buttons(i, draft_.size(), edit);
    ImGui::PopID();
  }
  ImGui::EndTable();
  apply_row_edit(draft_, edit);
}

}  // namespace blokjes::app
