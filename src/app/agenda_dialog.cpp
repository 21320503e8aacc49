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
  draw_list_dialog({"###agenda", tr_("agenda.title"), 34, tr_("agenda.intro"), tr_("agenda.add"),
                    "agenda", tr_("dialog.ok"), tr_("menu.cancel")},
                   open_requested_, open_, recorder_,
                   {[this] { draw_rows(); }, [this] { add_round(); }, [this] { return problem(); },
                    [this] { commit(); }, [this] { cancel(); }});
}

void AgendaDialog::draw_rows() {
  const float font = ImGui::GetFontSize();
  if (!ImGui::BeginTable("##rounds", 4,
                         ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
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
