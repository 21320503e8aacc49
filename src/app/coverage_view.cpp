#include "coverage_view.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "colours.h"
#include "coverage_drawing.h"
#include "slide_text.h"
#include "theme.h"  // fit_with_ellipsis

// [SECTION] State
// [SECTION] Tab: the whole table
// [SECTION] Slide: condensed for the room

namespace blokjes::app {
using namespace coverage_drawing;

// -----------------------------------------------------------------------------
// [SECTION] State
// -----------------------------------------------------------------------------

void CoverageView::refresh() {
  if (report_ && computed_at_revision_ == document_.revision() &&
      computed_for_share_ == core_share_) {
    return;
  }
  computed_at_revision_ = document_.revision();
  computed_for_share_ = core_share_;
  report_ = compare::coverage(document_.workshop(), library_, core_share_);
  fit_.reset();  // computed again when asked (generic_model_fit)
}

std::string CoverageView::core_line() const {
  std::string core =
      std::string(tr_("coverage.core")) + " (" + percent(report_->core.target_share) + "): ";
  for (std::size_t i = 0; i < report_->core.kinds.size(); ++i) {
    const BlockKind* kind = library_.find_kind(report_->core.kinds[i]);
    core += (i ? ", " : "") + (kind ? kind->name.in(tr_.language()) : report_->core.kinds[i]);
  }
  core += "  -> " + std::to_string(report_->core.processes_built) + "/" +
          std::to_string(report_->process_count);
  return core;
}

// -----------------------------------------------------------------------------
// [SECTION] Tab: the whole table
// -----------------------------------------------------------------------------

void CoverageView::draw() {
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  ImGui::SliderFloat(tr_("coverage.core_share"), &core_share_, 50, 100, "%.0f%%");
  refresh();
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 available = ImGui::GetContentRegionAvail();
  const float title_size = 40 * display_scale_;
  const float text_size = 24 * display_scale_;
  const std::string headline =
      percent(report_->generic_block_share) + " " + tr_("coverage.generic_blocks");
  draw_list.AddText(font, title_size, origin, kText, headline.c_str());
  const std::string core = core_line();
  draw_list.AddText(font, text_size, {origin.x, origin.y + title_size * 1.2f}, kMuted, core.c_str(),
                    nullptr, available.x);
  const float top = origin.y + title_size * 1.2f + text_size * 2.6f;
  const float left_width = available.x * 0.58f;
  const float bottom = draw_kind_rows(origin.x, top, left_width);
  // The right column: the generic share per process, then which processes
  // run on the zaakafhandelcomponent's generic model, and why the others do not.
  const float right_x = origin.x + left_width + 30 * display_scale_;
  const float right_width = available.x - left_width - 30 * display_scale_;
  const float processes_bottom = draw_processes(right_x, top, right_width);
  const float fit_bottom =
      draw_generic_model_section(right_x, processes_bottom + text_size, right_width);
  ImGui::Dummy({available.x, std::max({bottom, fit_bottom, top}) - origin.y});
}

float CoverageView::draw_kind_rows(float x, float y, float width) {
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const float text_size = 24 * display_scale_;
  const float row = text_size * 1.35f;
  const float name_width = width * 0.42f;
  const float bar_width = (width - name_width) / 2 - 12 * display_scale_;
  draw_list.AddText(font, text_size, {x + name_width, y}, kProcessBar, tr_("coverage.processes"));
  draw_list.AddText(font, text_size, {x + name_width + bar_width + 12 * display_scale_, y},
                    kDepartmentBar, tr_("coverage.departments"));
  y += row;
  const auto bar = [&](float bx, float by, double share, ImU32 colour) {
    draw_list.AddRectFilled({bx, by + row * 0.15f}, {bx + bar_width, by + row * 0.85f}, kTrack);
    draw_list.AddRectFilled({bx, by + row * 0.15f},
                            {bx + bar_width * static_cast<float>(share / 100), by + row * 0.85f},
                            colour);
    draw_list.AddText(font, text_size * 0.85f, {bx + 6 * display_scale_, by + row * 0.18f}, kText,
                      percent(share).c_str());
  };
  const Language language = tr_.language();
  for (const auto& kind_row : report_->kinds) {
    const BlockKind* kind = library_.find_kind(kind_row.kind);
    draw_list.AddRectFilled({x, y + row * 0.2f}, {x + text_size * 0.8f, y + row * 0.8f},
                            colour_from_hex(kind ? kind->colour : ""));
    draw_list.AddText(font, text_size, {x + text_size, y}, kText,
                      (kind ? kind->name.in(language) : kind_row.kind).c_str());
    bar(x + name_width, y, kind_row.process_share, kProcessBar);
    bar(x + name_width + bar_width + 12 * display_scale_, y, kind_row.department_share,
        kDepartmentBar);
    y += row;
    if (!kind || kind->variants.size() < 2) continue;
    for (const auto& variant_row : report_->variants) {
      if (variant_row.kind != kind_row.kind) continue;
      const BlockVariant* variant = kind->find_variant(variant_row.variant);
      draw_list.AddText(font, text_size * 0.85f, {x + text_size * 2, y + row * 0.08f}, kMuted,
                        (variant ? variant->name.in(language) : variant_row.variant).c_str());
      bar(x + name_width, y, variant_row.process_share, kProcessBar);
      bar(x + name_width + bar_width + 12 * display_scale_, y, variant_row.department_share,
          kDepartmentBar);
      y += row;
    }
  }
  return y;
}

float CoverageView::draw_processes(float x, float y, float width) {
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const float text_size = 22 * display_scale_;
  const float row = text_size * 1.4f;
  draw_list.AddText(font, text_size, {x, y}, kText, tr_("coverage.per_process"));
  y += row;
  for (const auto& entry : report_->processes) {
    const Process* process = document_.workshop().find_process(entry.process_id);
    const std::string name = process ? process->name : entry.process_id;
    const float bar_left = x + width * 0.55f;
    const float bar_width = width * 0.45f;
    draw_list.PushClipRect({x, y}, {bar_left - 8 * display_scale_, y + row}, true);
    draw_list.AddText(font, text_size, {x, y}, kText, name.c_str());
    draw_list.PopClipRect();
    draw_list.AddRectFilled({bar_left, y + row * 0.15f}, {bar_left + bar_width, y + row * 0.85f},
                            IM_COL32(255, 224, 204, 255));
    draw_list.AddRectFilled(
        {bar_left, y + row * 0.15f},
        {bar_left + bar_width * static_cast<float>(entry.generic_share / 100), y + row * 0.85f},
        kProcessBar);
    const std::string label = percent(entry.generic_share) + " " + tr_("coverage.generic");
    draw_list.AddText(font, text_size * 0.85f, {bar_left + 6 * display_scale_, y + row * 0.18f},
                      IM_COL32_WHITE, label.c_str());
    y += row;
  }
  return y;
}

// -----------------------------------------------------------------------------
// [SECTION] Slide: condensed for the room
// -----------------------------------------------------------------------------

// The headline large, the generic core wrapped below it, then two columns:
// the kinds with their process and department bars on the left, the generic
// share per process on the right when the slide is wide enough for its names.
void CoverageView::draw_slide(const Slide& slide) {
  refresh();
  if (slide.kind == SlideKind::generic_model) {
    draw_generic_model_slide();
    return;
  }
  const auto [font, draw_list_pointer, origin, available, px, bottom] = slide_area();
  ImDrawList& draw_list = *draw_list_pointer;
  nlohmann::json rows = nlohmann::json::array();

  const float headline_px = px * 1.5f;
  const std::string headline = fit_with_ellipsis(
      font, headline_px,
      percent(report_->generic_block_share) + " " + tr_("coverage.generic_blocks"), available.x);
  const ImVec2 headline_size = font->CalcTextSizeA(headline_px, FLT_MAX, 0, headline.c_str());
  draw_list.AddText(font, headline_px, origin, kText, headline.c_str());
  rows.push_back({{"part", "headline"},
                  {"name", headline},
                  {"rect", rect_json(origin.x, origin.y, origin.x + headline_size.x,
                                     origin.y + headline_size.y)}});
  float y = origin.y + headline_px * 1.3f;

  const std::string core = core_line();
  const ImVec2 core_size = font->CalcTextSizeA(px, FLT_MAX, available.x, core.c_str());
  draw_list.AddText(font, px, {origin.x, y}, kMuted, core.c_str(), nullptr, available.x);
  rows.push_back({{"part", "core"},
                  {"name", core},
                  {"rect", rect_json(origin.x, y, origin.x + core_size.x, y + core_size.y)}});
  y += core_size.y + px * 0.6f;

  // The per-process column needs room for a name of about twelve characters
  // beside its bar; on a narrow window the kinds take the whole width.
  const float gap = px;
  const bool with_processes = available.x >= px * 36;
  const float kinds_width = with_processes ? available.x * 0.56f : available.x;
  draw_slide_kinds(origin.x, y, kinds_width, bottom, px, rows);
  if (with_processes) {
    draw_slide_processes(origin.x + kinds_width + gap, y, available.x - kinds_width - gap, bottom,
                         px, rows);
  }
  recorder_.set_value("coverage", {{"text_px", px}, {"rows", rows}});
  ImGui::Dummy(available);
}

CoverageView::SlideArea CoverageView::slide_area() const {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 available = ImGui::GetContentRegionAvail();
  return {display_font_ ? display_font_ : ImGui::GetFont(), ImGui::GetWindowDrawList(), origin,
          available, slide_text_px(display_scale_), origin.y + available.y};
}

// The last row that fits says how many are left off when more follow.
bool CoverageView::no_room_left(std::size_t i, std::size_t count, float y, float row,
                                float bottom) {
  return y + row > bottom || (i + 1 < count && y + row * 2 > bottom);
}

void CoverageView::draw_more(std::size_t left_off, float x, float y, float width, float px,
                             nlohmann::json& rows) const {
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  const std::string more = std::to_string(left_off) + " " + tr_("coverage.more");
  ImGui::GetWindowDrawList()->AddText(font, px, {x, y}, kMuted, more.c_str());
  rows.push_back({{"part", "more"}, {"name", more}, {"rect", rect_json(x, y, x + width, y + px)}});
}

void CoverageView::draw_slide_kinds(float x, float y, float width, float bottom, float px,
                                    nlohmann::json& rows) {
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const Language language = tr_.language();
  const float row = px * 1.35f;
  const float swatch = px * 0.8f;
  const float figure_width = font->CalcTextSizeA(px, FLT_MAX, 0, "100%").x + px * 0.3f;
  // The names' column as wide as the longest name, up to 45% of the slide's column.
  float name_width = 0;
  for (const auto& kind_row : report_->kinds) {
    const BlockKind* kind = library_.find_kind(kind_row.kind);
    const std::string name = kind ? kind->name.in(language) : kind_row.kind;
    name_width = std::max(name_width, font->CalcTextSizeA(px, FLT_MAX, 0, name.c_str()).x);
  }
  name_width = std::min(name_width + swatch + px * 0.8f, width * 0.45f);
  const float group_width = (width - name_width) / 2;
  const float bar_width = std::max(px, group_width - figure_width - px * 0.6f);
  const float processes_x = x + name_width;
  const float departments_x = processes_x + group_width;

  draw_list.AddText(font, px, {processes_x, y}, kProcessBar, tr_("coverage.processes"));
  draw_list.AddText(font, px, {departments_x, y}, kDepartmentBar, tr_("coverage.departments"));
  rows.push_back({{"part", "header"},
                  {"name", tr_("coverage.processes")},
                  {"rect", rect_json(processes_x, y, x + width, y + px)}});
  y += row;

  // A bar and its figure beside it, black on white: a figure printed on the
  // coloured bar would wash out on a projector.
  const auto bar = [&](float bx, float by, double share, ImU32 colour) {
    const float top = by + (row - px) / 2;
    draw_list.AddRectFilled({bx, top}, {bx + bar_width, top + px}, kTrack);
    draw_list.AddRectFilled(
        {bx, top},
        {bx + bar_width * static_cast<float>(std::clamp(share, 0.0, 100.0) / 100), top + px},
        colour);
    draw_list.AddText(font, px, {bx + bar_width + px * 0.3f, top}, kText, percent(share).c_str());
  };
  const std::size_t count = report_->kinds.size();
  for (std::size_t i = 0; i < count; ++i) {
    const auto& kind_row = report_->kinds[i];
    if (no_room_left(i, count, y, row, bottom)) {
      draw_more(count - i, x, y, width, px, rows);
      return;
    }
    const BlockKind* kind = library_.find_kind(kind_row.kind);
    const std::string name = fit_with_ellipsis(
        font, px, kind ? kind->name.in(language) : kind_row.kind, name_width - swatch - px * 0.6f);
    draw_list.AddRectFilled({x, y + (row - swatch) / 2}, {x + swatch, y + (row + swatch) / 2},
                            colour_from_hex(kind ? kind->colour : ""));
    draw_list.AddText(font, px, {x + swatch + px * 0.3f, y + (row - px) / 2}, kText, name.c_str());
    bar(processes_x, y, kind_row.process_share, kProcessBar);
    bar(departments_x, y, kind_row.department_share, kDepartmentBar);
    rows.push_back(
        {{"part", "kind"}, {"name", name}, {"rect", rect_json(x, y, x + width, y + row)}});
    y += row;
  }
}

void CoverageView::draw_slide_processes(float x, float y, float width, float bottom, float px,
                                        nlohmann::json& rows) {
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const float row = px * 1.35f;
  const float figure_width = font->CalcTextSizeA(px, FLT_MAX, 0, "100%").x + px * 0.3f;
  const float name_width = width * 0.6f;
  const float bar_left = x + name_width;
  const float bar_width = std::max(px, width - name_width - figure_width);
  const std::string heading = fit_with_ellipsis(font, px, tr_("coverage.per_process"), width);
  draw_list.AddText(font, px, {x, y}, kText, heading.c_str());
  rows.push_back(
      {{"part", "header"}, {"name", heading}, {"rect", rect_json(x, y, x + width, y + px)}});
  y += row;
  const std::size_t count = report_->processes.size();
  for (std::size_t i = 0; i < count; ++i) {
    const auto& entry = report_->processes[i];
    if (no_room_left(i, count, y, row, bottom)) {
      draw_more(count - i, x, y, width, px, rows);
      return;
    }
    const Process* process = document_.workshop().find_process(entry.process_id);
    const std::string name = fit_with_ellipsis(font, px, process ? process->name : entry.process_id,
                                               name_width - px * 0.4f);
    draw_list.AddText(font, px, {x, y + (row - px) / 2}, kText, name.c_str());
    const float top = y + (row - px) / 2;
    draw_list.AddRectFilled({bar_left, top}, {bar_left + bar_width, top + px},
                            IM_COL32(255, 224, 204, 255));
    draw_list.AddRectFilled(
        {bar_left, top},
        {bar_left +
             bar_width * static_cast<float>(std::clamp(entry.generic_share, 0.0, 100.0) / 100),
         top + px},
        kProcessBar);
    draw_list.AddText(font, px, {bar_left + bar_width + px * 0.3f, top}, kText,
                      percent(entry.generic_share).c_str());
    rows.push_back(
        {{"part", "process"}, {"name", name}, {"rect", rect_json(x, y, x + width, y + row)}});
    y += row;
  }
}

}  // namespace blokjes::app
