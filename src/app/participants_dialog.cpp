#include "participants_dialog.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "colours.h"
#include "core/workshop_flow_commands.h"
#include "dialog_rows.h"

namespace blokjes::app {
namespace {

std::string hex_from_floats(const float rgb[3]) {
  const auto byte = [](float value) {
    return static_cast<unsigned>(std::clamp(value, 0.0f, 1.0f) * 255 + 0.5f);
  };
  char text[8];
  std::snprintf(text, sizeof text, "#%02X%02X%02X", byte(rgb[0]), byte(rgb[1]), byte(rgb[2]));
  return text;
}

}  // namespace

void ParticipantsDialog::open() {
  draft_ = document_.workshop().participants;
  open_ = true;
  open_requested_ = true;
}

void ParticipantsDialog::add_participant() {
  Workshop probe;
  probe.participants = document_.workshop().participants;
  probe.participants.insert(probe.participants.end(), draft_.begin(), draft_.end());
  Participant participant;
  participant.id = next_participant_id(probe);
  participant.name = std::string(tr_("participants.new")) + " " + std::to_string(draft_.size() + 1);
  // An explicit colour, so it does not change when someone above is removed.
  participant.colour = kParticipantPalette[draft_.size() % kParticipantPaletteSize];
  draft_.push_back(std::move(participant));
}

std::string ParticipantsDialog::problem() const {
  for (const auto& participant : draft_) {
    if (participant.name.empty()) return tr_("participants.name_needed");
  }
  return {};
}

bool ParticipantsDialog::commit() {
  if (!problem().empty()) return false;
  if (draft_ != document_.workshop().participants) {
    document_.execute(make_set_participants(document_.workshop(), draft_));
  }
  open_ = false;
  return true;
}

void ParticipantsDialog::draw() {
  draw_list_dialog({"###participants", tr_("participants.title"), 48, nullptr,
                    tr_("participants.add"), "participants", tr_("dialog.ok"), tr_("menu.cancel")},
                   open_requested_, open_, recorder_,
                   {[this] { draw_rows(); }, [this] { add_participant(); },
                    [this] { return problem(); }, [this] { commit(); }, [this] { cancel(); }});
}

void ParticipantsDialog::draw_rows() {
  const float font = ImGui::GetFontSize();
  // Long lists scroll inside the dialog; the buttons stay in view.
  const float rows_height = std::min(font * 1.9f * (draft_.size() + 1.5f), font * 24);
  if (!ImGui::BeginTable("##participants", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY,
                         {0, rows_height})) {
    return;
  }
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr_("participants.colour"), ImGuiTableColumnFlags_WidthFixed, font * 2);
  ImGui::TableSetupColumn(tr_("participants.name"), ImGuiTableColumnFlags_WidthStretch, 3);
  ImGui::TableSetupColumn(tr_("participants.role"), ImGuiTableColumnFlags_WidthStretch, 3);
  ImGui::TableSetupColumn(tr_("participants.department"), ImGuiTableColumnFlags_WidthStretch, 3);
  ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, font * 1.6f);
  ImGui::TableHeadersRow();
  RowEdit edit;
  for (std::size_t i = 0; i < draft_.size(); ++i) {
    Participant& participant = draft_[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    draw_colour(participant, i);
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##name", &participant.name);
    recorder_.record_item("participants/name/" + std::to_string(i));
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##role", &participant.role);
    ImGui::TableNextColumn();
    draw_department(participant);
    ImGui::TableNextColumn();
    draw_row_buttons(i, draft_.size(), edit, false);
    ImGui::PopID();
  }
  ImGui::EndTable();
  apply_row_edit(draft_, edit);
}

void ParticipantsDialog::draw_department(Participant& participant) {
  const Workshop& workshop = document_.workshop();
  const Department* current = nullptr;
  for (const auto& department : workshop.departments) {
    if (department.id == participant.department) current = &department;
  }
  // A department the workshop no longer lists is shown by its id, not lost.
  const std::string shown = current                          ? current->name
                            : participant.department.empty() ? tr_("participants.no_department")
                                                             : participant.department;
  ImGui::SetNextItemWidth(-1);
  if (!ImGui::BeginCombo("##department", shown.c_str())) return;
  if (ImGui::Selectable(tr_("participants.no_department"), participant.department.empty())) {
    participant.department.clear();
  }
  for (const auto& department : workshop.departments) {
    ImGui::PushID(department.id.c_str());
    if (ImGui::Selectable(department.name.c_str(), &department == current)) {
      participant.department = department.id;
    }
    ImGui::PopID();
  }
  ImGui::EndCombo();
}

void ParticipantsDialog::draw_colour(Participant& participant, std::size_t index) {
  // Without a colour of its own the palette picks one by position: shown, and
  // stored once the user changes it.
  const std::string hex = participant.colour.empty()
                              ? kParticipantPalette[index % kParticipantPaletteSize]
                              : participant.colour;
  const ImU32 packed = colour_from_hex(hex);
  float rgb[3] = {((packed >> IM_COL32_R_SHIFT) & 0xFF) / 255.0f,
                  ((packed >> IM_COL32_G_SHIFT) & 0xFF) / 255.0f,
                  ((packed >> IM_COL32_B_SHIFT) & 0xFF) / 255.0f};
  if (ImGui::ColorEdit3("##colour", rgb, ImGuiColorEditFlags_NoInputs)) {
    participant.colour = hex_from_floats(rgb);
  }
}

}  // namespace blokjes::app
