#include "parking_lot_dialog.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/workshop_flow_commands.h"
#include "dialog_rows.h"

namespace blokjes::app {

void ParkingLotDialog::open() {
  draft_ = document_.workshop().parking_lot;
  open_ = true;
  open_requested_ = true;
}

void ParkingLotDialog::add_question() {
  Workshop probe;
  probe.parking_lot = document_.workshop().parking_lot;
  probe.parking_lot.insert(probe.parking_lot.end(), draft_.begin(), draft_.end());
  ParkedQuestion question;
  question.id = next_question_id(probe);
  question.author = session_.current_participant;
  question.round = session_.current_round;
  draft_.push_back(std::move(question));
}

std::string ParkingLotDialog::problem() const {
  for (const auto& question : draft_) {
    if (question.text.empty()) return tr_("parking.text_needed");
  }
  return {};
}

bool ParkingLotDialog::commit() {
  if (!problem().empty()) return false;
  if (draft_ != document_.workshop().parking_lot) {
    document_.execute(make_set_parking_lot(document_.workshop(), draft_));
  }
  open_ = false;
  return true;
}

void ParkingLotDialog::draw() {
  draw_list_dialog({"###parking_lot", tr_("parking.title"), 52, nullptr, tr_("parking.add"),
                    "parking", tr_("dialog.ok"), tr_("menu.cancel")},
                   open_requested_, open_, recorder_,
                   {[this] { draw_rows(); }, [this] { add_question(); },
                    [this] { return problem(); }, [this] { commit(); }, [this] { cancel(); }});
}

void ParkingLotDialog::draw_rows() {
  const float font = ImGui::GetFontSize();
  if (draft_.empty()) ImGui::TextDisabled("%s", tr_("parking.empty"));
  const float rows_height = std::min(font * 2 * (draft_.size() + 1.5f), font * 26);
  if (!ImGui::BeginTable("##questions", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY,
                         {0, rows_height})) {
    return;
  }
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr_("parking.question"), ImGuiTableColumnFlags_WidthStretch, 5);
  ImGui::TableSetupColumn(tr_("parking.author"), ImGuiTableColumnFlags_WidthStretch, 2.5f);
  ImGui::TableSetupColumn(tr_("parking.answered"), ImGuiTableColumnFlags_WidthFixed, font * 6);
  ImGui::TableSetupColumn(tr_("parking.answer"), ImGuiTableColumnFlags_WidthStretch, 4);
  ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, font * 1.6f);
  ImGui::TableHeadersRow();
  RowEdit edit;
  for (std::size_t i = 0; i < draft_.size(); ++i) {
    ParkedQuestion& question = draft_[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##text", &question.text);
    recorder_.record_item("parking/text/" + std::to_string(i));
    ImGui::TableNextColumn();
    draw_author(question);
    ImGui::TableNextColumn();
    ImGui::Checkbox("##answered", &question.answered);
    recorder_.record_item("parking/answered/" + std::to_string(i));
    ImGui::TableNextColumn();
    // The answer only means something once the question is answered.
    ImGui::BeginDisabled(!question.answered);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##answer", tr_("parking.answer_hint"), &question.answer);
    ImGui::EndDisabled();
    ImGui::TableNextColumn();
    draw_row_buttons(i, draft_.size(), edit, false);
    ImGui::PopID();
  }
  ImGui::EndTable();
  apply_row_edit(draft_, edit);
}

void ParkingLotDialog::draw_author(ParkedQuestion& question) {
  const Workshop& workshop = document_.workshop();
  const Participant* author =
      question.author.empty() ? nullptr : workshop.find_participant(question.author);
  // Older files name the author in free text: shown as it is, kept unless changed.
  const std::string shown = author                    ? author->name
                            : question.author.empty() ? tr_("parking.no_author")
                                                      : question.author;
  ImGui::SetNextItemWidth(-1);
  if (!ImGui::BeginCombo("##author", shown.c_str())) return;
  if (ImGui::Selectable(tr_("parking.no_author"), question.author.empty())) question.author.clear();
  for (const auto& participant : workshop.participants) {
    if (participant.id.empty()) continue;  // nothing to refer to it by
    ImGui::PushID(participant.id.c_str());
    if (ImGui::Selectable(participant.name.c_str(), &participant == author)) {
      question.author = participant.id;
    }
    ImGui::PopID();
  }
  ImGui::EndCombo();
}

}  // namespace blokjes::app
