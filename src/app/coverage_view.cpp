#include "coverage_view.h"

#include <imgui.h>

#include "colours.h"

#include <algorithm>
#include <cstdio>

namespace blokjes::app {
namespace {

constexpr ImU32 kText = IM_COL32(33, 37, 41, 255);
constexpr ImU32 kMuted = IM_COL32(73, 80, 87, 255);
constexpr ImU32 kTrack = IM_COL32(233, 236, 239, 255);
constexpr ImU32 kProcessBar = IM_COL32(28, 126, 214, 255);
constexpr ImU32 kDepartmentBar = IM_COL32(12, 166, 120, 255);

std::string percent(double value) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f%%", value);
  return text;
}

}  // namespace

void CoverageView::refresh() {
  if (report_ && computed_at_revision_ == document_.revision() &&
      computed_for_share_ == core_share_) {
    return;
  }
  computed_at_revision_ = document_.revision();
  computed_for_share_ = core_share_;
  report_ = compare::coverage(document_.workshop(), library_, core_share_);
}

void CoverageView::draw() {
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  ImGui::SliderFloat(tr_("coverage.core_share"), &core_share_, 50, 100, "%.0f%%");
  refresh();
  ImFont* font = font_ ? font_ : ImGui::GetFont();
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 available = ImGui::GetContentRegionAvail();
  const float title_size = 40 * scale_;
  const float text_size = 24 * scale_;
  const std::string headline =
      percent(report_->generic_block_share) + " " + tr_("coverage.generic_blocks");
  draw_list.AddText(font, title_size, origin, kText, headline.c_str());
  std::string core =
      std::string(tr_("coverage.core")) + " (" + percent(report_->core.target_share) + "): ";
  for (std::size_t i = 0; i < report_->core.kinds.size(); ++i) {
    const BlockKind* kind = library_.find_kind(report_->core.kinds[i]);
    core += (i ? ", " : "") + (kind ? kind->name.in(tr_.language()) : report_->core.kinds[i]);
  }
  core += "  -> " + std::to_string(report_->core.processes_built) + "/" +
          std::to_string(report_->process_count);
  draw_list.AddText(font, text_size, {origin.x, origin.y + title_size * 1.2f}, kMuted, core.c_str(),
                    nullptr, available.x);
  const float top = origin.y + title_size * 1.2f + text_size * 2.6f;
  const float left_width = available.x * 0.58f;
  const float bottom = draw_kind_rows(origin.x, top, left_width);
  draw_processes(origin.x + left_width + 30 * scale_, top, available.x - left_width - 30 * scale_);
  ImGui::Dummy({available.x, std::max(bottom, top) - origin.y});
}

float CoverageView::draw_kind_rows(float x, float y, float width) {
  ImFont* font = font_ ? font_ : ImGui::GetFont();
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const float text_size = 24 * scale_;
  const float row = text_size * 1.35f;
  const float name_width = width * 0.42f;
  const float bar_width = (width - name_width) / 2 - 12 * scale_;
  draw_list.AddText(font, text_size, {x + name_width, y}, kProcessBar, tr_("coverage.processes"));
  draw_list.AddText(font, text_size, {x + name_width + bar_width + 12 * scale_, y}, kDepartmentBar,
                    tr_("coverage.departments"));
  y += row;
  const auto bar = [&](float bx, float by, double share, ImU32 colour) {
    draw_list.AddRectFilled({bx, by + row * 0.15f}, {bx + bar_width, by + row * 0.85f}, kTrack);
    draw_list.AddRectFilled({bx, by + row * 0.15f},
                            {bx + bar_width * static_cast<float>(share / 100), by + row * 0.85f},
                            colour);
    draw_list.AddText(font, text_size * 0.85f, {bx + 6 * scale_, by + row * 0.18f}, kText,
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
    bar(x + name_width + bar_width + 12 * scale_, y, kind_row.department_share, kDepartmentBar);
    y += row;
    if (!kind || kind->variants.size() < 2) continue;
    for (const auto& variant_row : report_->variants) {
      if (variant_row.kind != kind_row.kind) continue;
      const BlockVariant* variant = kind->find_variant(variant_row.variant);
      draw_list.AddText(font, text_size * 0.85f, {x + text_size * 2, y + row * 0.08f}, kMuted,
                        (variant ? variant->name.in(language) : variant_row.variant).c_str());
      bar(x + name_width, y, variant_row.process_share, kProcessBar);
      bar(x + name_width + bar_width + 12 * scale_, y, variant_row.department_share,
          kDepartmentBar);
      y += row;
    }
  }
  return y;
}

void CoverageView::draw_processes(float x, float y, float width) {
  ImFont* font = font_ ? font_ : ImGui::GetFont();
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const float text_size = 22 * scale_;
  const float row = text_size * 1.4f;
  draw_list.AddText(font, text_size, {x, y}, kText, tr_("coverage.per_process"));
  y += row;
  for (const auto& entry : report_->processes) {
    const Process* process = document_.workshop().find_process(entry.process_id);
    const std::string name = process ? process->name : entry.process_id;
    const float bar_left = x + width * 0.55f;
    const float bar_width = width * 0.45f;
    draw_list.PushClipRect({x, y}, {bar_left - 8 * scale_, y + row}, true);
    draw_list.AddText(font, text_size, {x, y}, kText, name.c_str());
    draw_list.PopClipRect();
    draw_list.AddRectFilled({bar_left, y + row * 0.15f}, {bar_left + bar_width, y + row * 0.85f},
                            IM_COL32(255, 224, 204, 255));
    draw_list.AddRectFilled(
        {bar_left, y + row * 0.15f},
        {bar_left + bar_width * static_cast<float>(entry.generic_share / 100), y + row * 0.85f},
        kProcessBar);
    const std::string label = percent(entry.generic_share) + " " + tr_("coverage.generic");
    draw_list.AddText(font, text_size * 0.85f, {bar_left + 6 * scale_, y + row * 0.18f},
                      IM_COL32_WHITE, label.c_str());
    y += row;
  }
}

}  // namespace blokjes::app
