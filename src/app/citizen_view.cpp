#include "citizen_view.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "colours.h"

// [SECTION] Colours and helpers
// [SECTION] Rows of the timeline
// [SECTION] Fitting the space given
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

// Where the rows go and how large their type is. Without a draw list the
// painter only measures, so the view can try sizes before it draws.
struct Geometry {
  ImFont* font;
  ImDrawList* draw_list;  // nullptr: measure only
  float text_px;          // status texts
  float small_px;         // the line under a status, actions, marks
  float day_x;            // the day column
  float line_x;           // the vertical line the marks sit on
  float text_x;           // where the words start
  float wrap;             // their width
  float spacing;          // 1: roomy; less when the timeline must fit the slide
  bool detail;            // the statustype and block under each status (not on a slide)
};

// -----------------------------------------------------------------------------
// [SECTION] Rows of the timeline
// -----------------------------------------------------------------------------

std::string day_text(const Translations& tr, const std::optional<int>& day) {
  return std::string(tr("citizen.day")) + " " + (day ? std::to_string(*day) : "?");
}

// One row of the timeline, in the order the citizen meets them.
struct Row {
  enum class Kind { message, action, suspension, deadline, gap };
  Kind kind;
  const CitizenStep* step = nullptr;
  const CitizenGap* gap = nullptr;
  int day = 0;                // a deadline's
  const char* key = nullptr;  // a deadline's words
  bool missed = false;        // a deadline the outcome comes after
};

const char* kind_name(Row::Kind kind) {
  switch (kind) {
    case Row::Kind::message: return "message";
    case Row::Kind::action: return "action";
    case Row::Kind::suspension: return "suspension";
    case Row::Kind::deadline: return "deadline";
    case Row::Kind::gap: return "gap";
  }
  return "";
}

bool deadline_missed(const CitizenTimeline& timeline, int day) {
  return std::any_of(timeline.gaps.begin(), timeline.gaps.end(), [day](const CitizenGap& gap) {
    return gap.kind == CitizenGapKind::deadline && gap.from_day == day;
  });
}

// Deadlines go in where their day falls; a silence just before the message
// that ends it; the other gaps at the end.
std::vector<Row> rows_of(const CitizenTimeline& timeline) {
  std::vector<Row> rows;
  struct Deadline {
    std::optional<int> day;
    const char* key;
    bool placed = false;
  };
  Deadline deadlines[] = {{timeline.expected_day, "citizen.expected_mark"},
                          {timeline.latest_day, "citizen.latest_mark"}};
  const auto deadlines_before = [&](const std::optional<int>& day) {
    for (auto& deadline : deadlines) {
      if (deadline.placed || !deadline.day || (day && *day <= *deadline.day)) continue;
      Row row{Row::Kind::deadline};
      row.day = *deadline.day;
      row.key = deadline.key;
      row.missed = deadline_missed(timeline, *deadline.day);
      rows.push_back(row);
      deadline.placed = true;
    }
  };
  std::vector<bool> gap_placed(timeline.gaps.size(), false);
  const auto gaps_ending_at = [&](const CitizenStep* step) {
    for (std::size_t i = 0; i < timeline.gaps.size(); ++i) {
      const auto& gap = timeline.gaps[i];
      if (gap_placed[i] || gap.kind != CitizenGapKind::silence) continue;
      const bool ends_here = step != nullptr && step->informs && !gap.block_ids.empty() &&
                             gap.block_ids.back() == step->block_id;
      if (step != nullptr && !ends_here) continue;
      Row row{Row::Kind::gap};
      row.gap = &gap;
      rows.push_back(row);
      gap_placed[i] = true;
    }
  };
  for (const auto& step : timeline.steps) {
    if (!step.informs && step.action == CitizenAction::none && !step.can_suspend) continue;
    deadlines_before(step.day);
    gaps_ending_at(&step);
    if (step.informs) rows.push_back({Row::Kind::message, &step});
    if (step.action != CitizenAction::none) rows.push_back({Row::Kind::action, &step});
    if (step.can_suspend) rows.push_back({Row::Kind::suspension, &step});
  }
  gaps_ending_at(nullptr);
  deadlines_before(std::nullopt);
  for (const auto& gap : timeline.gaps) {
    if (gap.kind == CitizenGapKind::silence) continue;  // placed before its message
    Row row{Row::Kind::gap};
    row.gap = &gap;
    rows.push_back(row);
  }
  return rows;
}

class RowPainter {
 public:
  RowPainter(const Geometry& g, const Translations& tr) : g_(g), tr_(tr) {}

  // Draws (or measures) `row` at y; returns its height and where its main
  // text went.
  float paint(const Row& row, float y, ImVec2& min, ImVec2& max) {
    switch (row.kind) {
      case Row::Kind::message: return message(y, *row.step, min, max);
      case Row::Kind::action: return action(y, *row.step, min, max);
      case Row::Kind::suspension: return suspension(y, *row.step, min, max);
      case Row::Kind::deadline: return deadline(y, row.day, row.key, row.missed, min, max);
      case Row::Kind::gap: return gap(y, *row.gap, min, max);
    }
    return 0;
  }

 private:
  bool drawing() const { return g_.draw_list != nullptr; }

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

  // A status that informs the citizen: its statustekst large and, in the tab,
  // its statustype's omschrijving and block under it.
  float message(float y, const CitizenStep& step, ImVec2& min, ImVec2& max) {
    const ImVec2 main = text_size(g_.font, g_.text_px, step.statustekst, g_.wrap);
    const std::string detail = step.omschrijving + "  (" + step.block_id + ")";
    const ImVec2 sub =
        g_.detail ? text_size(g_.font, g_.small_px, detail, g_.wrap) : ImVec2{0, 0};
    const float height = main.y + sub.y + g_.small_px * 0.7f * g_.spacing;
    min = {g_.text_x, y};
    max = {g_.text_x + main.x, y + main.y};
    if (!drawing()) return height;
    begin_row(y, height, step.day, true);
    g_.draw_list->AddCircleFilled({g_.line_x, y + g_.text_px * 0.5f}, g_.text_px * 0.38f,
                                  kMessage);
    g_.draw_list->AddText(g_.font, g_.text_px, {g_.text_x, y}, kText, step.statustekst.c_str(),
                          nullptr, g_.wrap);
    if (g_.detail) {
      g_.draw_list->AddText(g_.font, g_.small_px, {g_.text_x, y + main.y}, kMuted, detail.c_str(),
                            nullptr, g_.wrap);
    }
    return height;
  }

  // The citizen has to act: a green diamond with "!" and the words.
  float action(float y, const CitizenStep& step, ImVec2& min, ImVec2& max) {
    const std::string text = std::string(tr_("citizen.you_must")) + " " +
                             citizen_action_words(step.action, tr_.language()) + "  (" +
                             step.name + ")";
    const ImVec2 size = text_size(g_.font, g_.small_px, text, g_.wrap);
    const float height = size.y + g_.small_px * 0.5f * g_.spacing;
    min = {g_.text_x, y};
    max = {g_.text_x + size.x, y + size.y};
    if (!drawing()) return height;
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
  float suspension(float y, const CitizenStep& step, ImVec2& min, ImVec2& max) {
    const std::string text = std::string(tr_("citizen.suspends")) + "  (" + step.name + ")";
    const ImVec2 size = text_size(g_.font, g_.small_px, text, g_.wrap);
    const float height = size.y + g_.small_px * 0.5f * g_.spacing;
    min = {g_.text_x, y};
    max = {g_.text_x + size.x, y + size.y};
    if (!drawing()) return height;
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
  float deadline(float y, int day, const char* key, bool missed, ImVec2& min, ImVec2& max) {
    const ImU32 colour = missed ? kWarning : kText;
    const std::string text = std::string(tr_(key)) + (missed ? "  -  " : "") +
                             (missed ? tr_("citizen.deadline_missed") : "");
    const ImVec2 size = text_size(g_.font, g_.small_px, text, g_.wrap);
    const float height = size.y + g_.small_px * 0.5f * g_.spacing;
    min = {g_.text_x, y};
    max = {g_.text_x + size.x, y + size.y};
    if (!drawing()) return height;
    begin_row(y, height, day, true);
    // From half a step left of the line, so it keeps clear of the day ("dag 365").
    g_.draw_list->AddLine({g_.line_x - g_.text_px * 0.5f, y + g_.small_px * 0.5f},
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
    const float height = size.y + pad * 2 + g_.small_px * 0.4f * g_.spacing;
    min = {g_.text_x - pad, y};
    max = {g_.text_x + size.x + pad, y + size.y + pad * 2};
    if (!drawing()) return height;
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

  const Geometry& g_;
  const Translations& tr_;
};

// -----------------------------------------------------------------------------
// [SECTION] Fitting the space given
// -----------------------------------------------------------------------------

// How the timeline is drawn this frame. A slide must fit its screen: the
// view drops the line under each status, then tightens the spacing, then
// shrinks the type down to the floor, then flows the rows into columns.
struct Fit {
  float text_px = 0;
  float small_px = 0;
  float title_px = 0;
  float spacing = 1;
  bool detail = true;
  int columns = 1;
};

Fit make_fit(float text_px, float floor_px, float spacing, bool detail, int columns) {
  return {text_px, std::max(text_px * 0.85f, floor_px), text_px * 1.4f, spacing, detail, columns};
}

// What a frame gives the view: where it may draw and in which words.
struct Frame {
  ImFont* font;
  ImVec2 origin;
  ImVec2 available;
  const Translations& tr;
};

float column_gap(const Fit& fit) {
  return fit.text_px * 1.5f;
}

float column_width(const Frame& frame, const Fit& fit) {
  return (frame.available.x - column_gap(fit) * static_cast<float>(fit.columns - 1)) /
         static_cast<float>(fit.columns);
}

Geometry column_geometry(const Frame& frame, ImDrawList* draw_list, const Fit& fit, int column) {
  const float width = column_width(frame, fit);
  const float x = frame.origin.x + static_cast<float>(column) * (width + column_gap(fit));
  const float day_width = text_size(frame.font, fit.small_px, day_text(frame.tr, 999), FLT_MAX).x;
  return {frame.font,
          draw_list,
          fit.text_px,
          fit.small_px,
          x,
          x + day_width + fit.text_px,
          x + day_width + fit.text_px * 2.2f,
          std::max(width - day_width - fit.text_px * 2.4f, fit.text_px * 8),
          fit.spacing,
          fit.detail};
}

// The title and the dates above the timeline, across the whole width.
struct Header {
  std::string title;
  std::string dates;
};

Header header_of(const Process& process, const CitizenTimeline& timeline,
                 const Translations& tr) {
  Header header;
  header.title = std::string(tr("citizen.title")) + ": " + process.name;
  header.dates = std::string(tr("citizen.expected")) + ": " +
                 (timeline.expected_day ? day_text(tr, timeline.expected_day)
                                        : std::string(tr("citizen.none"))) +
                 "   " + tr("citizen.latest") + ": " + day_text(tr, timeline.latest_day);
  if (timeline.opschorting_possible) header.dates += std::string("   ") + tr("citizen.opschorting");
  header.dates += "   " + (timeline.gaps.empty()
                               ? std::string(tr("citizen.no_gaps"))
                               : std::to_string(timeline.gaps.size()) + " " + tr("citizen.gaps"));
  return header;
}

float header_height(const Frame& frame, const Fit& fit, const Header& header) {
  return text_size(frame.font, fit.title_px, header.title, frame.available.x).y +
         fit.small_px * 0.3f +
         text_size(frame.font, fit.small_px, header.dates, frame.available.x).y +
         fit.text_px * (0.4f + 0.6f * fit.spacing);
}

struct Placed {
  int column = 0;
  float y = 0;
  float height = 0;
};

// Rows top to bottom from `top`, in the next column when a row would pass
// `bottom`; the last column takes what is left. False when something passes.
bool place_rows(const Frame& frame, const Fit& fit, const std::vector<Row>& rows, float top,
                float bottom, std::vector<Placed>& placed) {
  placed.clear();
  std::vector<Geometry> columns;
  for (int c = 0; c < fit.columns; ++c) columns.push_back(column_geometry(frame, nullptr, fit, c));
  const float between = fit.small_px * 0.35f * fit.spacing;
  int column = 0;
  float y = top;
  bool fits = true;
  for (const auto& row : rows) {
    ImVec2 min, max;
    const float height = RowPainter(columns[column], frame.tr).paint(row, y, min, max);
    if (y + height > bottom && y > top && column + 1 < fit.columns) {
      ++column;
      y = top;
    }
    const float measured = RowPainter(columns[column], frame.tr).paint(row, y, min, max);
    if (y + measured > bottom) fits = false;
    placed.push_back({column, y, measured});
    y += measured + between;
  }
  return fits;
}

// The first way, in the order above, that the whole timeline fits below
// `top`; when none does, the smallest: a slide then shows as much as it can
// and the tab scrolls.
Fit choose_fit(const Frame& frame, const std::vector<Row>& rows, const Header& header,
               float text_px, float floor_px, bool presenting) {
  const bool detail = !presenting;
  const float bottom = frame.origin.y + frame.available.y;
  std::vector<Placed> placed;
  const auto fits = [&](const Fit& fit) {
    return place_rows(frame, fit, rows, frame.origin.y + header_height(frame, fit, header), bottom,
                      placed);
  };
  constexpr float kSpacings[] = {1.0f, 0.8f, 0.6f, 0.45f, 0.3f};
  const float step = floor_px / 16;
  for (int columns = 1; columns <= 3; ++columns) {
    for (const float spacing : kSpacings) {
      const Fit fit = make_fit(text_px, floor_px, spacing, detail, columns);
      if (fits(fit)) return fit;
    }
    for (float px = text_px - step; px > floor_px - step / 2; px -= step) {
      const Fit fit = make_fit(std::max(px, floor_px), floor_px, kSpacings[4], detail, columns);
      if (fits(fit)) return fit;
    }
  }
  return make_fit(floor_px, floor_px, kSpacings[4], detail, presenting ? 3 : 1);
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
  const bool presenting = parts_.session.presenting;
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const Frame frame{font, ImGui::GetCursorScreenPos(), ImGui::GetContentRegionAvail(), tr};
  const ImVec2 origin = frame.origin;
  const ImVec2 available = frame.available;
  const float base_px = (presenting ? kPresentingTextPx : kTextPx) * display_scale_;
  const float floor_px = (presenting ? kPresentingFloorPx : kFloorPx) * display_scale_;
  const Process* process = parts_.document.workshop().find_process(process_id);
  nlohmann::json recorded = {
      {"process", process_id},
      {"text_px", base_px},
      {"view", rect_json(origin, {origin.x + available.x, origin.y + available.y})}};
  if (process == nullptr) {
    const float title_px = base_px * 1.4f;
    const std::string text = std::string(tr("citizen.no_process")) + " \"" + process_id + "\"";
    draw_list->AddText(font, title_px, origin, kWarning, text.c_str(), nullptr, available.x);
    ImGui::Dummy({available.x, title_px * 1.5f});
    recorded["status"] = nlohmann::json::array();
    recorded["rows"] = nlohmann::json::array();
    parts_.layout.set_value("citizen", recorded);
    return;
  }
  const auto& timeline = timeline_for(*process);
  const std::vector<Row> rows = rows_of(timeline);
  const Header header = header_of(*process, timeline, tr);
  const Fit fit = choose_fit(frame, rows, header, base_px, floor_px, presenting);
  recorded["text_px"] = fit.text_px;
  recorded["small_px"] = fit.small_px;
  recorded["title_px"] = fit.title_px;
  recorded["columns"] = fit.columns;
  recorded["detail"] = fit.detail;

  // Title and the dates.
  float y = origin.y;
  draw_list->AddText(font, fit.title_px, {origin.x, y}, kText, header.title.c_str(), nullptr,
                     available.x);
  y += text_size(font, fit.title_px, header.title, available.x).y + fit.small_px * 0.3f;
  draw_list->AddText(font, fit.small_px, {origin.x, y}, timeline.gaps.empty() ? kMuted : kWarning,
                     header.dates.c_str(), nullptr, available.x);

  // The rows where the fit put them; what passes the bottom of the tab scrolls.
  const float top = origin.y + header_height(frame, fit, header);
  std::vector<Placed> placed;
  place_rows(frame, fit, rows, top, origin.y + available.y, placed);
  std::vector<Geometry> columns;
  for (int c = 0; c < fit.columns; ++c) columns.push_back(column_geometry(frame, draw_list, fit, c));
  const float width = column_width(frame, fit);
  nlohmann::json statuses = nlohmann::json::array();
  nlohmann::json gaps = nlohmann::json::array();
  nlohmann::json row_rects = nlohmann::json::array();
  float bottom = top;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    const Geometry& geometry = columns[placed[i].column];
    ImVec2 min, max;
    const float height = RowPainter(geometry, tr).paint(row, placed[i].y, min, max);
    bottom = std::max(bottom, placed[i].y + height);
    const float row_px = row.kind == Row::Kind::message ? fit.text_px : fit.small_px;
    row_rects.push_back({{"kind", kind_name(row.kind)},
                         {"block", row.step ? row.step->block_id : std::string()},
                         {"column", placed[i].column},
                         {"rect", rect_json({geometry.day_x, placed[i].y},
                                            {geometry.day_x + width, placed[i].y + height})},
                         {"text_px", row_px}});
    if (row.kind == Row::Kind::message) {
      parts_.layout.record("citizen/status/" + std::to_string(statuses.size()),
                           {{min.x, min.y}, {max.x, max.y}});
      statuses.push_back({{"block", row.step->block_id},
                          {"rect", rect_json(min, max)},
                          {"column", placed[i].column},
                          {"text_px", fit.text_px}});
    } else if (row.kind == Row::Kind::gap) {
      parts_.layout.record("citizen/gap/" + std::to_string(gaps.size()),
                           {{min.x, min.y}, {max.x, max.y}});
      gaps.push_back({{"kind", std::string(to_string(row.gap->kind))},
                      {"blocks", row.gap->block_ids},
                      {"rect", rect_json(min, max)},
                      {"text_px", fit.small_px}});
    }
  }
  recorded["status"] = std::move(statuses);
  recorded["gaps"] = std::move(gaps);
  recorded["rows"] = std::move(row_rects);
  parts_.layout.set_value("citizen", recorded);
  ImGui::Dummy({available.x, bottom - origin.y});
}

}  // namespace blokjes::app
