#include "session_toolbar.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <vector>

#include "colours.h"
#include "core/dot_voting.h"
#include "core/workshop_replay.h"
#include "picture/room_picture.h"

// [SECTION] Round colours and small helpers
// [SECTION] The row
// [SECTION] Round and countdown
// [SECTION] Participant and voting
// [SECTION] Colouring and its legend
// [SECTION] Replay
// [SECTION] Parking lot
// [SECTION] What tests see

namespace blokjes::app {

// -----------------------------------------------------------------------------
// [SECTION] Round colours and small helpers
// -----------------------------------------------------------------------------

namespace {

std::string hex(picture::Colour colour) {
  char text[8];
  std::snprintf(text, sizeof text, "#%02X%02X%02X", colour.r, colour.g, colour.b);
  return text;
}

}  // namespace

// The canvas's own colours (picture/room_picture.h), so the legend matches it.
std::string round_colour(const Workshop& workshop, std::string_view round_id) {
  const auto index = workshop.round_index(round_id);
  return index ? hex(picture::round_colour(*index)) : hex(picture::unplaced_block_colour());
}

namespace {

std::string replace_all(std::string text, std::string_view name, const std::string& value) {
  for (auto at = text.find(name); at != std::string::npos; at = text.find(name, at + value.size())) {
    text.replace(at, name.size(), value);
  }
  return text;
}

// A square of `colour` as high as the text, on the current line.
void swatch(const std::string& colour) {
  const float side = ImGui::GetTextLineHeight();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float top = at.y + (ImGui::GetFrameHeight() - side) / 2;
  ImGui::GetWindowDrawList()->AddRectFilled({at.x, top}, {at.x + side, top + side},
                                            colour_from_hex(colour), side * 0.2f);
  ImGui::Dummy({side, ImGui::GetFrameHeight()});
}

// A button that looks pressed while `on`.
bool toggle_button(const char* label, bool on) {
  if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  const bool clicked = ImGui::Button(label);
  if (on) ImGui::PopStyleColor();
  return clicked;
}

// The round or participant with this id; none for an empty id (older files
// have participants without ids, and none of them is chosen by "nobody").
const Round* find_round(const Workshop& workshop, const std::string& id) {
  return id.empty() ? nullptr : workshop.find_round(id);
}
const Participant* find_participant(const Workshop& workshop, const std::string& id) {
  return id.empty() ? nullptr : workshop.find_participant(id);
}

// A gap between the row's groups, wider than between items of one group.
void group_gap() {
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.2f);
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] The row
// -----------------------------------------------------------------------------

void SessionToolbar::draw(const std::string& process_id) {
  // A round that left the agenda (undo, the dialog) is no longer current.
  const Workshop& workshop = document_.workshop();
  if (!find_round(workshop, session_.current_round)) session_.current_round.clear();
  if (!find_participant(workshop, session_.current_participant)) {
    session_.current_participant.clear();
  }
  // Voting needs someone to vote and a round that hands out dots.
  if (session_.current_participant.empty() ||
      dots_allowed(workshop, session_.current_round) == 0) {
    session_.voting = false;
  }
  ImGui::PushID("##session");
  ImGui::AlignTextToFramePadding();
  draw_round_and_timer();
  group_gap();
  draw_participant_and_voting();
  group_gap();
  draw_colouring();
  group_gap();
  draw_replay(process_id);
  group_gap();
  draw_parking_lot();
  ImGui::PopID();
  record_values(process_id);
}

// -----------------------------------------------------------------------------
// [SECTION] Round and countdown
// -----------------------------------------------------------------------------

void SessionToolbar::choose_round(const std::string& round_id) {
  const Round* round = find_round(document_.workshop(), round_id);
  if (!round) {
    session_.current_round.clear();
    return;
  }
  session_.current_round = round->id;
  session_.timer.reset(std::chrono::minutes(round->minutes));
}

bool SessionToolbar::flashing() const {
  // Half a second red, half a second plain: seen from the back of the room
  // without being a constant red block.
  return session_.timer.alarm() && std::fmod(ImGui::GetTime(), 1.0) < 0.5;
}

void SessionToolbar::draw_round_and_timer() {
  const Workshop& workshop = document_.workshop();
  const Round* current = find_round(workshop, session_.current_round);
  const float font = ImGui::GetFontSize();
  ImGui::SetNextItemWidth(font * 11);
  if (ImGui::BeginCombo("##round", current ? current->name.c_str() : tr_("session.no_round"),
                        ImGuiComboFlags_HeightLargest)) {
    for (const auto& round : workshop.rounds) {
      ImGui::PushID(static_cast<int>(&round - workshop.rounds.data()));
      const std::string label = round.name + "  (" + std::to_string(round.minutes) + " min)";
      if (ImGui::Selectable(label.c_str(), current == &round)) choose_round(round.id);
      recorder_.record_item("session/round/option/" + round.id);
      ImGui::PopID();
    }
    if (workshop.rounds.empty()) ImGui::TextDisabled("%s", tr_("session.agenda_empty"));
    ImGui::EndCombo();
  }
  recorder_.record_item("session/round");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr_("session.round_tip"));
  ImGui::SameLine();
  draw_countdown();
  ImGui::SameLine();
  const char* start_label = session_.timer.running() ? tr_("session.pause") : tr_("session.start");
  if (ImGui::Button((std::string(start_label) + "###start").c_str())) session_.timer.toggle();
  recorder_.record_item("session/start");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr_("session.start_tip"));
  ImGui::SameLine();
  if (ImGui::Button(tr_("session.extend"))) session_.timer.extend();
  recorder_.record_item("session/extend");
}

// The digits at twice the UI's size in the display font, on a red ground
// that flashes once the round is over.
void SessionToolbar::draw_countdown() {
  const std::string text = session_.timer.display();
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  const float size = ImGui::GetFontSize() * 1.6f;
  // Measured on the widest time it could show, so the row does not jump.
  const ImVec2 widest = font->CalcTextSizeA(size, 1e6f, 0, "+88:88");
  const ImVec2 pad{ImGui::GetFontSize() * 0.4f, 0};
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float height = std::max(ImGui::GetFrameHeight(), size);
  const ImVec2 end{at.x + widest.x + pad.x * 2, at.y + height};
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImU32 text_colour = ImGui::GetColorU32(ImGuiCol_Text);
  if (flashing()) {
    draw->AddRectFilled(at, end, IM_COL32(214, 39, 40, 255), ImGui::GetFontSize() * 0.25f);
    text_colour = IM_COL32_WHITE;
  } else if (session_.timer.alarm()) {
    text_colour = IM_COL32(214, 39, 40, 255);
  } else {
    draw->AddRectFilled(at, end, ImGui::GetColorU32(ImGuiCol_FrameBg), ImGui::GetFontSize() * 0.25f);
  }
  const ImVec2 shown = font->CalcTextSizeA(size, 1e6f, 0, text.c_str());
  draw->AddText(font, size, {end.x - pad.x - shown.x, at.y + (height - shown.y) / 2}, text_colour,
                text.c_str());
  ImGui::Dummy({end.x - at.x, height});
  recorder_.record_item("session/timer");
}

// -----------------------------------------------------------------------------
// [SECTION] Participant and voting
// -----------------------------------------------------------------------------

void SessionToolbar::draw_participant_and_voting() {
  const Workshop& workshop = document_.workshop();
  const Participant* current = find_participant(workshop, session_.current_participant);
  if (current) {
    swatch(participant_colour(workshop, current->id));
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
  if (ImGui::BeginCombo("##participant",
                        current ? current->name.c_str() : tr_("session.no_participant"),
                        ImGuiComboFlags_HeightLargest)) {
    if (ImGui::Selectable(tr_("session.no_participant"), !current)) {
      session_.current_participant.clear();
    }
    for (const auto& participant : workshop.participants) {
      if (participant.id.empty()) continue;  // nothing to refer to it by
      ImGui::PushID(static_cast<int>(&participant - workshop.participants.data()));
      swatch(participant_colour(workshop, participant.id));
      ImGui::SameLine();
      if (ImGui::Selectable(participant.name.c_str(), current == &participant)) {
        session_.current_participant = participant.id;
      }
      recorder_.record_item("session/participant/option/" + participant.id);
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  recorder_.record_item("session/participant");
  ImGui::SameLine();
  const bool can_vote = current && dots_allowed(workshop, session_.current_round) > 0;
  ImGui::BeginDisabled(!can_vote && !session_.voting);
  if (toggle_button((std::string(tr_("session.voting")) + "###voting").c_str(), session_.voting)) {
    session_.voting = !session_.voting;
  }
  ImGui::EndDisabled();
  recorder_.record_item("session/voting");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
    ImGui::SetTooltip("%s", can_vote ? tr_("session.voting_tip") : tr_("session.voting_needs"));
  }
  if (session_.voting) {
    ImGui::SameLine();
    ImGui::TextUnformatted(dots_text().c_str());
  }
}

std::string SessionToolbar::dots_text() const {
  const int left =
      dots_left(document_.workshop(), session_.current_round, session_.current_participant);
  const char* key = left == 1 ? "session.dot_left" : "session.dots_left";
  return replace_all(tr_(key), "{n}", std::to_string(left));
}

// -----------------------------------------------------------------------------
// [SECTION] Colouring and its legend
// -----------------------------------------------------------------------------

void SessionToolbar::draw_colouring() {
  static constexpr std::pair<BlockColouring, const char*> kChoices[] = {
      {BlockColouring::kind, "session.colour_kind"},
      {BlockColouring::participant, "session.colour_participant"},
      {BlockColouring::round, "session.colour_round"}};
  ImGui::TextUnformatted(tr_("session.colouring"));
  for (const auto& [colouring, key] : kChoices) {
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    if (ImGui::RadioButton(tr_(key), session_.colouring == colouring)) {
      session_.colouring = colouring;
    }
    recorder_.record_item(std::string("session/colouring/") + key);
  }
}

void SessionToolbar::draw_legend(ImVec2 canvas_min, ImVec2 canvas_max) {
  if (session_.colouring == BlockColouring::kind) return;
  const Workshop& workshop = document_.workshop();
  std::vector<std::pair<std::string, std::string>> rows;  // colour, name
  if (session_.colouring == BlockColouring::participant) {
    for (const auto& participant : workshop.participants) {
      rows.emplace_back(participant_colour(workshop, participant.id), participant.name);
    }
  } else {
    for (const auto& round : workshop.rounds) {
      rows.emplace_back(round_colour(workshop, round.id), round.name);
    }
  }
  rows.emplace_back(hex(picture::unplaced_block_colour()), tr_("session.legend_nobody"));
  const float font = ImGui::GetFontSize();
  const float line = font * 1.3f;
  float width = 0;
  for (const auto& row : rows) width = std::max(width, ImGui::CalcTextSize(row.second.c_str()).x);
  // Bottom left, where the minimap is not; as many rows as fit.
  const std::size_t fit = static_cast<std::size_t>(
      std::max(1.0f, (canvas_max.y - canvas_min.y - font * 2) / line));
  const std::size_t shown = std::min(rows.size(), fit);
  const ImVec2 size{width + font * 2.2f, shown * line + font * 0.6f};
  const ImVec2 min{canvas_min.x + font * 0.5f, canvas_max.y - font * 0.5f - size.y};
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, {min.x + size.x, min.y + size.y}, IM_COL32(255, 255, 255, 230),
                      font * 0.3f);
  draw->AddRect(min, {min.x + size.x, min.y + size.y}, IM_COL32(0, 0, 0, 90), font * 0.3f);
  for (std::size_t i = 0; i < shown; ++i) {
    const float top = min.y + font * 0.3f + i * line;
    draw->AddRectFilled({min.x + font * 0.4f, top + font * 0.15f},
                        {min.x + font * 1.2f, top + font * 0.95f}, colour_from_hex(rows[i].first),
                        font * 0.15f);
    draw->AddText({min.x + font * 1.6f, top}, IM_COL32(20, 20, 20, 255), rows[i].second.c_str());
  }
  recorder_.record("session/legend", {{min.x, min.y}, {min.x + size.x, min.y + size.y}});
}

// -----------------------------------------------------------------------------
// [SECTION] Replay
// -----------------------------------------------------------------------------

void SessionToolbar::toggle_replay(const std::string& process_id) {
  if (session_.replay_step || !document_.workshop().find_process(process_id)) {
    session_.replay_step.reset();
  } else {
    session_.replay_step = 0;
  }
}

void SessionToolbar::draw_replay(const std::string& process_id) {
  const Workshop& workshop = document_.workshop();
  const Process* process = workshop.find_process(process_id);
  if (toggle_button((std::string(tr_("session.replay")) + "###replay").c_str(),
                    session_.replay_step.has_value())) {
    toggle_replay(process_id);
  }
  recorder_.record_item("session/replay");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr_("session.replay_tip"));
  if (!session_.replay_step || !process) return;
  const std::size_t last = replay_steps(workshop, *process).size() - 1;
  if (*session_.replay_step > last) session_.replay_step = last;
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::BeginDisabled(*session_.replay_step == 0);
  if (ImGui::ArrowButton("##replay_back", ImGuiDir_Left)) --*session_.replay_step;
  ImGui::EndDisabled();
  recorder_.record_item("session/replay/back");
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::BeginDisabled(*session_.replay_step >= last);
  if (ImGui::ArrowButton("##replay_forward", ImGuiDir_Right)) ++*session_.replay_step;
  ImGui::EndDisabled();
  recorder_.record_item("session/replay/forward");
  ImGui::SameLine();
  ImGui::TextUnformatted(replay_text(process_id).c_str());
}

// "2/4 Blokjes leggen (12 blokken)": where the replay stands.
std::string SessionToolbar::replay_text(const std::string& process_id) const {
  const Workshop& workshop = document_.workshop();
  const Process* process = workshop.find_process(process_id);
  if (!session_.replay_step || !process) return {};
  const auto steps = replay_steps(workshop, *process);
  const std::size_t step = std::min(*session_.replay_step, steps.size() - 1);
  const std::string name = step == 0 ? tr_("session.replay_begin") : steps[step].name;
  std::string text = replace_all(tr_("session.replay_step"), "{step}", std::to_string(step));
  text = replace_all(text, "{last}", std::to_string(steps.size() - 1));
  text = replace_all(text, "{name}", name);
  return replace_all(text, "{blocks}", std::to_string(steps[step].blocks));
}

// -----------------------------------------------------------------------------
// [SECTION] Parking lot
// -----------------------------------------------------------------------------

int SessionToolbar::open_questions() const {
  const auto& questions = document_.workshop().parking_lot;
  return static_cast<int>(std::count_if(questions.begin(), questions.end(),
                                        [](const ParkedQuestion& question) { return !question.answered; }));
}

void SessionToolbar::draw_parking_lot() {
  const std::string label =
      replace_all(tr_("session.parking_lot"), "{n}", std::to_string(open_questions())) +
                            "###parking_lot";
  if (ImGui::Button(label.c_str())) open_parking_lot_();
  recorder_.record_item("session/parking_lot");
}

// -----------------------------------------------------------------------------
// [SECTION] What tests see
// -----------------------------------------------------------------------------

void SessionToolbar::record_values(const std::string& process_id) {
  recorder_.set_value("session", {{"round", session_.current_round},
                                  {"timer", session_.timer.display()},
                                  {"running", session_.timer.running()},
                                  {"alarm", session_.timer.alarm()},
                                  {"participant", session_.current_participant},
                                  {"voting", session_.voting},
                                  {"dots", session_.voting ? dots_text() : std::string()},
                                  {"replay", replay_text(process_id)},
                                  {"parking_lot", open_questions()}});
}

}  // namespace blokjes::app
