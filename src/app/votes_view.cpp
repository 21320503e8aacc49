#include "votes_view.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "colours.h"
#include "core/dot_voting.h"
#include "slide_text.h"
#include "theme.h"

// [SECTION] Tab and slide
// [SECTION] The ranking

namespace blokjes::app {
namespace {

constexpr ImU32 kText = IM_COL32(20, 20, 20, 255);
constexpr ImU32 kMuted = IM_COL32(70, 70, 70, 255);  // the process: still readable on white
constexpr ImU32 kRule = IM_COL32(190, 190, 190, 255);
constexpr ImU32 kDotEdge = IM_COL32(0, 0, 0, 255);

// The colour of each dot on a target, one per dot, in the order they were
// cast: the room sees whose dots they are.
std::vector<ImU32> dot_colours(const Workshop& workshop, const VoteTally& tally,
                               const std::string& round_id) {
  std::vector<ImU32> colours;
  for (const Vote& vote : workshop.votes) {
    if (vote.process != tally.process || vote.target_kind != tally.target_kind ||
        vote.target != tally.target || (!round_id.empty() && vote.round != round_id)) {
      continue;
    }
    colours.push_back(colour_from_hex(participant_colour(workshop, vote.participant)));
  }
  return colours;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Tab and slide
// -----------------------------------------------------------------------------

float VotesView::name_px(bool presenting) const {
  if (presenting) return slide_text_px(display_scale_);
  return 24 * display_scale_;
}

void VotesView::draw() {
  // A round that was removed (undo, another file) falls back to all rounds.
  if (!round_.empty() && document_.workshop().find_round(round_) == nullptr) round_.clear();
  draw_round_selector();
  ImGui::Separator();
  draw_ranking(false);
}

void VotesView::draw_slide(const Slide& /*slide*/) {
  if (!round_.empty() && document_.workshop().find_round(round_) == nullptr) round_.clear();
  draw_ranking(true);
}

void VotesView::draw_round_selector() {
  const Workshop& workshop = document_.workshop();
  const Round* selected = workshop.find_round(round_);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr_("votes.round"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  if (ImGui::BeginCombo("##votes_round", selected ? selected->name.c_str() : tr_("votes.all_rounds"))) {
    if (ImGui::Selectable(tr_("votes.all_rounds"), selected == nullptr)) round_.clear();
    for (const Round& round : workshop.rounds) {
      ImGui::PushID(round.id.c_str());
      if (ImGui::Selectable(round.name.c_str(), selected == &round)) round_ = round.id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  recorder_.record_item("votes/round");
}

// -----------------------------------------------------------------------------
// [SECTION] The ranking
// -----------------------------------------------------------------------------

// One row per target: its place, its name (large) with its process beside it,
// then its dots as big dots and their number. Rows that do not fit are left
// off with a line saying how many, rather than shrinking the text.
void VotesView::draw_ranking(bool presenting) {
  const Workshop& workshop = document_.workshop();
  const auto ranking = vote_ranking(workshop, library_, tr_.language(), round_);
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  const float px = name_px(presenting);
  const float small = std::max(px * 0.7f, 20 * display_scale_);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 size = ImGui::GetContentRegionAvail();
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  const float margin = px * 0.75f;
  const float left = origin.x + margin;
  const float right = origin.x + size.x - margin;
  float y = origin.y + margin * 0.5f;

  nlohmann::json rows = nlohmann::json::array();
  const Round* round = workshop.find_round(round_);
  const std::string heading = std::string(tr_("votes.title")) + (round ? " \u2014 " + round->name : "");
  draw.AddText(font, px * 1.25f, {left, y}, kText, heading.c_str());
  y += px * 1.25f * 1.5f;

  if (ranking.empty()) {
    draw.AddText(font, px, {left, y}, kMuted, tr_("votes.none"));
    recorder_.set_value("votes", {{"round", round_}, {"rows", rows}, {"text_px", px}});
    ImGui::Dummy(size);
    return;
  }

  const float row_height = px * 1.25f + small * 1.25f;
  const float dot = px * 0.8f;
  const float number_width = font->CalcTextSizeA(px, FLT_MAX, 0, "99.").x;
  const float dots_room = std::clamp((right - left) * 0.4f, dot * 5, dot * 1.25f * 20);
  const float name_left = left + number_width + px * 0.4f;
  const float name_room = right - dots_room - px - name_left;
  const float bottom = origin.y + size.y - margin * 0.5f;
  for (std::size_t i = 0; i < ranking.size(); ++i) {
    const VoteTally& tally = ranking[i];
    if (y + row_height > bottom - (i + 1 < ranking.size() ? small * 1.4f : 0)) {
      const std::string more = std::to_string(ranking.size() - i) + " " + tr_("votes.more");
      draw.AddText(font, small, {left, y}, kMuted, more.c_str());
      break;
    }
    const std::string place = std::to_string(i + 1) + ".";
    draw.AddText(font, px, {left, y}, kText, place.c_str());
    const std::string name = fit_with_ellipsis(font, px, tally.name, name_room);
    const ImVec2 name_size = font->CalcTextSizeA(px, FLT_MAX, 0, name.c_str());
    draw.AddText(font, px, {name_left, y}, kText, name.c_str());
    const std::string kind =
        tally.target_kind == VoteTarget::note ? std::string(tr_("votes.note")) + " \u00b7 " : "";
    const std::string process = fit_with_ellipsis(font, small, kind + tally.process_name, name_room);
    draw.AddText(font, small, {name_left, y + px * 1.15f}, kMuted, process.c_str());

    // The dots, wrapped to a second row of the same room when there are many.
    const auto colours = dot_colours(workshop, tally, round_);
    const float dots_left = right - dots_room;
    const int per_line = std::max(1, static_cast<int>((dots_room - px * 2.5f) / (dot * 1.2f)));
    const int drawn = std::min<int>(static_cast<int>(colours.size()), per_line * 2);
    for (int d = 0; d < drawn; ++d) {
      const float cx = dots_left + dot / 2 + (d % per_line) * dot * 1.2f;
      const float cy = y + dot / 2 + (d / per_line) * dot * 1.1f + px * 0.1f;
      draw.AddCircleFilled({cx, cy}, dot / 2, colours[d], 24);
      draw.AddCircle({cx, cy}, dot / 2, kDotEdge, 24, std::max(1.5f, 2 * display_scale_));
    }
    const std::string count = std::to_string(tally.dots);
    const ImVec2 count_size = font->CalcTextSizeA(px * 1.1f, FLT_MAX, 0, count.c_str());
    draw.AddText(font, px * 1.1f, {right - count_size.x, y}, kText, count.c_str());

    rows.push_back(nlohmann::json{{"target", tally.target},
                    {"kind", std::string(to_string(tally.target_kind))},
                    {"process", tally.process},
                    {"name", name},
                    {"dots", tally.dots},
                    {"rect", {name_left, y, name_left + name_size.x, y + name_size.y}},
                    {"text_px", px}});
    y += row_height;
    draw.AddLine({left, y - small * 0.15f}, {right, y - small * 0.15f}, kRule,
                 std::max(1.0f, display_scale_));
  }
  recorder_.set_value("votes", {{"round", round_}, {"rows", rows}, {"text_px", px}});
  ImGui::Dummy(size);
}

}  // namespace blokjes::app
