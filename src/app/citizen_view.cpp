#include "citizen_view.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "colours.h"

// [SECTION] Colours and helpers
// [SECTION] Rows of the timeline
// [SECTION] The view

namespace blokjes::app {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Colours and helpers
// -----------------------------------------------------------------------------

// Dark on light, as the compare and coverage views: it survives a projector.
constexpr ImU32 kText = IM_COL32(33, 37, 41, 255);
constexpr ImU32 kMuted = IM_COL32(73, 80, 87, 255);
constexpr ImU32 kLine = IM_COL32(173, 181, 189, 255);
constexpr ImU32 kMessage = IM_COL32(28, 126, 214, 255);
constexpr ImU32 kAction = IM_COL32(12, 140, 100, 255);
constexpr ImU32 kSuspend = IM_COL32(112, 72, 232, 255);
constexpr ImU32 kWarning = IM_COL32(201, 42, 42, 255);
constexpr ImU32 kWarningBand = IM_COL32(255, 227, 227, 255);

ImVec2 text_size(ImFont* font, float px, const std::string& text, float wrap) {
  return font->CalcTextSizeA(px, FLT_MAX, wrap, text.c_str());
}

nlohmann::json rect_json(ImVec2 min, ImVec2 max) {
  return nlohmann::json::array({min.x, min.y, max.x, max.y});
}

// Where the rows go and how large their type is.
struct Geometry {
  ImFont* font;
  ImDrawList* draw_list;
  float text_px;   // status texts
  float small_px;  // the line under a status, actions, marks
  float day_x;     // the day column
  float line_x;    // the vertical line the marks sit on
  float text_x;    // where the words start
  float wrap;      // their width
};

// -----------------------------------------------------------------------------
// [SECTION] Rows of the timeline
// -----------------------------------------------------------------------------

std::string day_text(const Translations& tr, const std::optional<int>& day) {
  return std::string(tr("citizen.day")) + " " + (day ? std::to_string(*day) : "?");
}

class RowPainter {
 public:
  RowPainter(const Geometry& g, const Translations& tr) : g_(g), tr_(tr) {}

  // The line segment beside a row, then its day (if any).
  void begin_row(float y, float height, const std::optional<int>& day, bool show_day,
                 ImU32 line = kLine) {
    g_.draw_list->AddRectFilled({g_.line_x - g_.small_px * 0.12f, y},
                                {g_.line_x + g_.small_px * 0.12f, y + height}, line);
    if (show_day) {
      g_.draw_list->AddText(g_.font, g_.small_px, {g_.day_x, y + (g_.text_px - g_.small_px) / 2},
                            kMuted, day_text(tr_, day).c_str());
    }
  }

  // A status that informs the citizen: its statustekst large, its
  // statustype's omschrijving under it. Returns the row's height and the
  // statustekst's rectangle.
  float message(float y, const CitizenStep& step, ImVec2& min, ImVec2& max) {
    const ImVec2 main = text_size(g_.font, g_.text_px, step.statustekst, g_.wrap);
    const std::string detail = step.omschrijving + "  (" + step.block_id + ")";
    const ImVec2 sub = text_size(g_.font, g_.small_px, detail, g_.wrap);
    const float height = main.y + sub.y + g_.small_px * 0.7f;
    begin_row(y, height, step.day, true);
    g_.draw_list->AddCircleFilled({g_.line_x, y + g_.text_px * 0.5f}, g_.text_px * 0.38f,
                                  kMessage);
    g_.draw_list->AddText(g_.font, g_.text_px, {g_.text_x, y}, kText, step.statustekst.c_str(),
                          nullptr, g_.wrap);
    g_.draw_list->AddText(g_.font, g_.small_px, {g_.text_x, y + main.y}, kMuted, detail.c_str(),
                          nullptr, g_.wrap);
    min = {g_.text_x, y};
    max = {g_.text_x + main.x, y + main.y};
    return height;
  }

  // The citizen has to act: a green diamond with "!" and the words.
  float action(float y, const CitizenStep& step) {
    const std::string text = std::string(tr_("citizen.you_must")) + " " +
                             citizen_action_words(step.action, tr_.language()) + "  (" +
                             step.name + ")";
    const float height = text_size(g_.font, g_.small_px, text, g_.wrap).y + g_.small_px * 0.5f;
    begin_row(y, height, step.day, !step.informs);
    const float r = g_.small_px * 0.5f;
    const ImVec2 c{g_.line_x, y + g_.small_px * 0.5f};
    g_.draw_list->AddQuadFilled({c.x, c.y - r}, {c.x + r, c.y}, {c.x, c.y + r}, {c.x - r, c.y},
                                kAction);
    g_.draw_list->AddText(g_.font, g_.small_px * 0.8f, {c.x - r * 0.16f, c.y - r * 0.8f},
                          IM_COL32_WHITE, "!");
    g_.draw_list->AddText(g_.font, g_.small_px, {g_.text_x, y}, kAction, text.c_str(), nullptr,
                          g_.wrap);
    return height;
  }

  // Opschorting can stop the clock: a pause mark.
  float suspension(float y, const CitizenStep& step) {
    const std::string text = std::string(tr_("citizen.suspends")) + "  (" + step.name + ")";
    const float height = text_size(g_.font, g_.small_px, text, g_.wrap).y + g_.small_px * 0.5f;
    begin_row(y, height, step.day, !step.informs && step.action == CitizenAction::none);
    const float w = g_.small_px * 0.2f;
    const float h = g_.small_px * 0.8f;
    const float top = y + g_.small_px * 0.1f;
    g_.draw_list->AddRectFilled({g_.line_x - w * 2, top}, {g_.line_x - w, top + h}, kSuspend);
    g_.draw_list->AddRectFilled({g_.line_x + w, top}, {g_.line_x + w * 2, top + h}, kSuspend);
    g_.draw_list->AddText(g_.font, g_.small_px, {g_.text_x, y}, kSuspend, text.c_str(), nullptr,
                          g_.wrap);
    return height;
  }

  // A deadline across the timeline; red when the outcome comes after it.
  float deadline(float y, int day, const char* key, bool missed) {
    const ImU32 colour = missed ? kWarning : kText;
    const std::string text = std::string(tr_(key)) + (missed ? "  -  " : "") +
                             (missed ? tr_("citizen.deadline_missed") : "");
    const float height = text_size(g_.font, g_.small_px, text, g_.wrap).y + g_.small_px * 0.5f;
    begin_row(y, height, day, true);
    g_.draw_list->AddLine({g_.line_x - g_.small_px, y + g_.small_px * 0.5f},
                          {g_.text_x - g_.small_px * 0.3f, y + g_.small_px * 0.5f}, colour,
                          g_.small_px * 0.15f);
    g_.draw_list->AddText(g_.font, g_.small_px, {g_.text_x, y}, colour, text.c_str(), nullptr,
                          g_.wrap);
    return height;
  }

  // A gap: a red band on the line and the finding's words in red.
  float gap(float y, const CitizenGap& gap, ImVec2& min, ImVec2& max) {
    const ImVec2 size = text_size(g_.font, g_.small_px, gap.message, g_.wrap);
    const float pad = g_.small_px * 0.25f;
    const float height = size.y + pad * 2 + g_.small_px * 0.4f;
    min = {g_.text_x - pad, y};
    max = {g_.text_x + size.x + pad, y + size.y + pad * 2};
    g_.draw_list->AddRectFilled(min, max, kWarningBand, g_.small_px * 0.2f);
    begin_row(y, height, std::nullopt, false, kWarning);
    // A warning triangle on the line, drawn: the font need not have the glyph.
    const float r = g_.small_px * 0.55f;
    const ImVec2 c{g_.line_x, y + pad + g_.small_px * 0.5f};
    g_.draw_list->AddTriangleFilled({c.x, c.y - r}, {c.x + r, c.y + r * 0.8f},
                                    {c.x - r, c.y + r * 0.8f}, kWarning);
    g_.draw_list->AddText(g_.font, g_.small_px * 0.75f, {c.x - r * 0.14f, c.y - r * 0.55f},
                          IM_COL32_WHITE, "!");
    g_.draw_list->AddText(g_.font, g_.small_px, {g_.text_x, y + pad}, kWarning,
                          gap.message.c_str(), nullptr, g_.wrap);
    return height;
  }

 private:
  const Geometry& g_;
  const Translations& tr_;
};

bool deadline_missed(const CitizenTimeline& timeline, int day) {
  return std::any_of(timeline.gaps.begin(), timeline.gaps.end(), [day](const CitizenGap& gap) {
    return gap.kind == CitizenGapKind::deadline && gap.from_day == day;
  });
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] The view
// -----------------------------------------------------------------------------

const CitizenTimeline& CitizenView::timeline_for(const Process& process) {
  const Language language = parts_.tr.language();
  if (!timeline_ || computed_for_ != process.id || computed_in_ != language ||
      computed_at_revision_ != parts_.document.revision()) {
    timeline_ = citizen_timeline(process, parts_.library, language);
    computed_for_ = process.id;
    computed_in_ = language;
    computed_at_revision_ = parts_.document.revision();
  }
  return *timeline_;
}

void CitizenView::draw_process(const std::string& process_id) {
  const auto& tr = parts_.tr;
  ImFont* font = font_ ? font_ : ImGui::GetFont();
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 available = ImGui::GetContentRegionAvail();
  const float text_px =
      (parts_.session.presenting ? kPresentingTextPx : kTextPx) * scale_;
  const float small_px = text_px * 0.85f;
  const float title_px = text_px * 1.4f;
  const Process* process = parts_.document.workshop().find_process(process_id);
  nlohmann::json recorded = {{"process", process_id}, {"text_px", text_px}};
  if (process == nullptr) {
    const std::string text = std::string(tr("citizen.no_process")) + " \"" + process_id + "\"";
    draw_list->AddText(font, title_px, origin, kWarning, text.c_str(), nullptr, available.x);
    ImGui::Dummy({available.x, title_px * 1.5f});
    recorded["status"] = nlohmann::json::array();
    parts_.layout.set_value("citizen", recorded);
    return;
  }
  const auto& timeline = timeline_for(*process);
  float y = origin.y;

  // Title and the dates.
  const std::string title = std::string(tr("citizen.title")) + ": " + process->name;
  draw_list->AddText(font, title_px, {origin.x, y}, kText, title.c_str(), nullptr, available.x);
  recorded["title_px"] = title_px;
  y += text_size(font, title_px, title, available.x).y + small_px * 0.3f;
  std::string dates = std::string(tr("citizen.expected")) + ": " +
                      (timeline.expected_day ? day_text(tr, timeline.expected_day)
                                             : std::string(tr("citizen.none"))) +
                      "   " + tr("citizen.latest") + ": " + day_text(tr, timeline.latest_day);
  if (timeline.opschorting_possible) dates += std::string("   ") + tr("citizen.opschorting");
  dates += "   " + (timeline.gaps.empty()
                        ? std::string(tr("citizen.no_gaps"))
                        : std::to_string(timeline.gaps.size()) + " " + tr("citizen.gaps"));
  draw_list->AddText(font, small_px, {origin.x, y}, timeline.gaps.empty() ? kMuted : kWarning,
                     dates.c_str(), nullptr, available.x);
  y += text_size(font, small_px, dates, available.x).y + text_px;

  const float day_width = text_size(font, small_px, day_text(tr, 999), FLT_MAX).x;
  const Geometry geometry{font,
                          draw_list,
                          text_px,
                          small_px,
                          origin.x,
                          origin.x + day_width + text_px,
                          origin.x + day_width + text_px * 2.2f,
                          std::max(available.x - day_width - text_px * 2.4f, text_px * 8)};
  RowPainter painter(geometry, tr);
  const float gap_between = small_px * 0.35f;
  nlohmann::json statuses = nlohmann::json::array();
  nlohmann::json gaps = nlohmann::json::array();
  auto record_gap = [&](const CitizenGap& gap, ImVec2 min, ImVec2 max) {
    parts_.layout.record("citizen/gap/" + std::to_string(gaps.size()), {{min.x, min.y}, {max.x, max.y}});
    gaps.push_back({{"kind", std::string(to_string(gap.kind))},
                    {"blocks", gap.block_ids},
                    {"rect", rect_json(min, max)},
                    {"text_px", small_px}});
  };

  // Deadlines go in where their day falls; a silence before the message that ends it.
  struct Deadline {
    std::optional<int> day;
    const char* key;
    bool drawn = false;
  };
  Deadline deadlines[] = {{timeline.expected_day, "citizen.expected_mark"},
                          {timeline.latest_day, "citizen.latest_mark"}};
  const auto draw_deadlines_before = [&](const std::optional<int>& day) {
    for (auto& deadline : deadlines) {
      if (deadline.drawn || !deadline.day || (day && *day <= *deadline.day)) continue;
      y += painter.deadline(y, *deadline.day, deadline.key,
                            deadline_missed(timeline, *deadline.day)) +
           gap_between;
      deadline.drawn = true;
    }
  };
  std::vector<bool> gap_drawn(timeline.gaps.size(), false);
  const auto draw_gaps_ending_at = [&](const CitizenStep* step) {
    for (std::size_t i = 0; i < timeline.gaps.size(); ++i) {
      const auto& gap = timeline.gaps[i];
      if (gap_drawn[i] || gap.kind != CitizenGapKind::silence) continue;
      const bool ends_here = step != nullptr && step->informs && !gap.block_ids.empty() &&
                             gap.block_ids.back() == step->block_id;
      if (step != nullptr && !ends_here) continue;
      ImVec2 min, max;
      y += painter.gap(y, gap, min, max) + gap_between;
      record_gap(gap, min, max);
      gap_drawn[i] = true;
    }
  };

  for (const auto& step : timeline.steps) {
    const bool shown =
        step.informs || step.action != CitizenAction::none || step.can_suspend;
    if (!shown) continue;
    draw_deadlines_before(step.day);
    draw_gaps_ending_at(&step);
    if (step.informs) {
      ImVec2 min, max;
      y += painter.message(y, step, min, max) + gap_between;
      const std::string key = "citizen/status/" + std::to_string(statuses.size());
      parts_.layout.record(key, {{min.x, min.y}, {max.x, max.y}});
      statuses.push_back({{"block", step.block_id},
                          {"rect", rect_json(min, max)},
                          {"text_px", text_px}});
    }
    if (step.action != CitizenAction::none) y += painter.action(y, step) + gap_between;
    if (step.can_suspend) y += painter.suspension(y, step) + gap_between;
  }
  draw_gaps_ending_at(nullptr);
  draw_deadlines_before(std::nullopt);
  for (const auto& gap : timeline.gaps) {
    if (gap.kind == CitizenGapKind::silence) continue;  // drawn in place
    ImVec2 min, max;
    y += painter.gap(y, gap, min, max) + gap_between;
    record_gap(gap, min, max);
  }
  recorded["status"] = std::move(statuses);
  recorded["gaps"] = std::move(gaps);
  parts_.layout.set_value("citizen", recorded);
  ImGui::Dummy({available.x, y - origin.y});
}

}  // namespace blokjes::app
