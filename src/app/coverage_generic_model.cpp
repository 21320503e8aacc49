// The coverage view's generic-model part (issue 14): which of the workshop's
// processes run on the zaakafhandelcomponent's generic model, as a section
// of the tab and as a slide of its own for the big screen. The fit and its
// reasons come from src/zac; this file only lays them out.
//
// [SECTION] The fit
// [SECTION] Tab: a section below the kinds
// [SECTION] Slide: the claim measured, legible from the back row

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "coverage_drawing.h"
#include "coverage_view.h"
#include "slide_text.h"
#include "theme.h"  // fit_with_ellipsis

namespace blokjes::app {
using namespace coverage_drawing;

// -----------------------------------------------------------------------------
// [SECTION] The fit
// -----------------------------------------------------------------------------

const zac::WorkshopFit* CoverageView::generic_model_fit() {
  if (!model_tried_) {
    model_tried_ = true;
    try {
      model_ = zac::load_generic_model(zac::default_generic_model_path());
    } catch (const std::exception& error) {
      model_error_ = error.what();
    }
  }
  if (!model_) return nullptr;
  refresh();  // resets the fit when the workshop changed
  if (!fit_) fit_ = zac::fit_workshop(document_.workshop(), library_, *model_);
  return &*fit_;
}

std::string CoverageView::generic_model_headline() const {
  const std::size_t total = fit_ ? fit_->processes.size() : 0;
  return std::string(tr_("generic_model.runs_on")) + ": " +
         std::to_string(fit_ ? fit_->fitting : 0) + " " + tr_("generic_model.of") + " " +
         std::to_string(total) + " " + tr_("generic_model.processes");
}

std::string CoverageView::generic_model_share_line() const {
  if (!fit_ || fit_->processes.empty()) return {};
  std::string line = percent(100.0 * static_cast<double>(fit_->fitting) /
                             static_cast<double>(fit_->processes.size())) +
                     " " + tr_("generic_model.of_processes");
  if (fit_->volume_total > 0) {
    line += "  \u00b7  " +
            percent(100.0 * static_cast<double>(fit_->volume_fitting) /
                    static_cast<double>(fit_->volume_total)) +
            " " + tr_("generic_model.of_volume");
  }
  return line;
}

std::string CoverageView::misfit_reason(const zac::ProcessFit& fit) const {
  const Process* process = document_.workshop().find_process(fit.process_id);
  if (process == nullptr) return {};
  return zac::reason(fit, *process, library_, tr_.language());
}

// -----------------------------------------------------------------------------
// [SECTION] Tab: a section below the kinds
// -----------------------------------------------------------------------------

// One row per process: a filled square when it runs on the generic model, a
// hollow one with the reason under the name when it does not.
float CoverageView::draw_generic_model_section(float x, float y, float width) {
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const float text_size = 24 * display_scale_;
  const float row = text_size * 1.35f;
  const zac::WorkshopFit* fit = generic_model_fit();
  if (fit == nullptr) {
    const std::string message = std::string(tr_("generic_model.unavailable")) + ": " + model_error_;
    draw_list.AddText(font, text_size, {x, y}, kMisfit, message.c_str(), nullptr, width);
    return y + font->CalcTextSizeA(text_size, FLT_MAX, width, message.c_str()).y;
  }
  const std::string headline = generic_model_headline();
  draw_list.AddText(font, text_size * 1.25f, {x, y}, kText, headline.c_str());
  y += text_size * 1.25f * 1.3f;
  const std::string share = generic_model_share_line();
  draw_list.AddText(font, text_size, {x, y}, kMuted, share.c_str());
  y += row;
  const float mark = text_size * 0.6f;
  const float indent = mark * 2;
  for (const auto& process_fit : fit->processes) {
    const Process* process = document_.workshop().find_process(process_fit.process_id);
    const std::string name = fit_with_ellipsis(
        font, text_size, process ? process->name : process_fit.process_id, width - indent);
    const ImVec2 mark_min{x, y + (row - mark) / 2};
    const ImVec2 mark_max{x + mark, y + (row + mark) / 2};
    if (process_fit.fits) {
      draw_list.AddRectFilled(mark_min, mark_max, kFits);
    } else {
      draw_list.AddRect(mark_min, mark_max, kMisfit, 0, 0, 2 * display_scale_);
    }
    draw_list.AddText(font, text_size, {x + indent, y}, kText, name.c_str());
    y += row;
    if (process_fit.fits) continue;
    // The reason under the name, wrapped to the column.
    const std::string why = misfit_reason(process_fit);
    draw_list.AddText(font, text_size * 0.9f, {x + indent, y}, kMisfit, why.c_str(), nullptr,
                      width - indent);
    y += font->CalcTextSizeA(text_size * 0.9f, FLT_MAX, width - indent, why.c_str()).y +
         text_size * 0.35f;
  }
  return y;
}

// -----------------------------------------------------------------------------
// [SECTION] Slide: the claim measured, legible from the back row
// -----------------------------------------------------------------------------

// The headline large, the shares below it, then two columns: the processes
// that do not run on the generic model with their reasons (the left, wider:
// that is what the room discusses), and those that do.
void CoverageView::draw_generic_model_slide() {
  const auto [font, draw_list_pointer, origin, available, px, bottom] = slide_area();
  ImDrawList& draw_list = *draw_list_pointer;
  nlohmann::json rows = nlohmann::json::array();
  const auto record = [&rows](const char* part, const std::string& name, float x0, float y0,
                              float x1, float y1) {
    rows.push_back({{"part", part}, {"name", name}, {"rect", rect_json(x0, y0, x1, y1)}});
  };
  const zac::WorkshopFit* fit = generic_model_fit();
  if (fit == nullptr) {
    const std::string message = std::string(tr_("generic_model.unavailable")) + ": " + model_error_;
    draw_list.AddText(font, px, origin, kMisfit, message.c_str(), nullptr, available.x);
    record("headline", message, origin.x, origin.y, origin.x + available.x, origin.y + px);
    recorder_.set_value("generic_model", {{"text_px", px}, {"rows", rows}});
    ImGui::Dummy(available);
    return;
  }

  const float headline_px = px * 1.5f;
  const std::string headline = generic_model_headline();
  const ImVec2 headline_size =
      font->CalcTextSizeA(headline_px, FLT_MAX, available.x, headline.c_str());
  draw_list.AddText(font, headline_px, origin, kText, headline.c_str(), nullptr, available.x);
  record("headline", headline, origin.x, origin.y, origin.x + headline_size.x,
         origin.y + headline_size.y);
  float y = origin.y + headline_size.y + px * 0.3f;
  const std::string share = generic_model_share_line();
  draw_list.AddText(font, px, {origin.x, y}, kMuted, share.c_str());
  record("share", share, origin.x, y, origin.x + available.x, y + px);
  y += px * 1.8f;

  const float gap = px;
  const float misfit_width = available.x * 0.62f;
  const float fit_x = origin.x + misfit_width + gap;
  const float fit_width = available.x - misfit_width - gap;
  const float row = px * 1.35f;
  const float mark = px * 0.6f;
  std::vector<const zac::ProcessFit*> misfits, fitting;
  for (const auto& process_fit : fit->processes) {
    (process_fit.fits ? fitting : misfits).push_back(&process_fit);
  }
  const auto name_of = [this](const zac::ProcessFit& process_fit) {
    const Process* process = document_.workshop().find_process(process_fit.process_id);
    return process ? process->name : process_fit.process_id;
  };
  const auto more = [&](std::size_t left_off, float x, float at, float width) {
    const std::string text = std::to_string(left_off) + " " + tr_("coverage.more");
    draw_list.AddText(font, px, {x, at}, kMuted, text.c_str());
    record("more", text, x, at, x + width, at + px);
  };

  // Left: each misfit's name, its reason wrapped below it.
  {
    float at = y;
    const std::string header = std::string(tr_("generic_model.misfits")) + " (" +
                               std::to_string(misfits.size()) + ")";
    draw_list.AddText(font, px, {origin.x, at}, kMisfit, header.c_str());
    record("header", header, origin.x, at, origin.x + misfit_width, at + px);
    at += row;
    const float indent = mark * 2;
    for (std::size_t i = 0; i < misfits.size(); ++i) {
      const std::string why = misfit_reason(*misfits[i]);
      const float reason_height =
          font->CalcTextSizeA(px, FLT_MAX, misfit_width - indent, why.c_str()).y;
      const bool last = i + 1 == misfits.size();
      // Room for this one, and for the "more" line when others follow.
      if (at + row + reason_height > bottom || (!last && at + row + reason_height + row > bottom)) {
        more(misfits.size() - i, origin.x, at, misfit_width);
        break;
      }
      const std::string name = fit_with_ellipsis(font, px, name_of(*misfits[i]), misfit_width - indent);
      draw_list.AddRect({origin.x, at + (row - mark) / 2}, {origin.x + mark, at + (row + mark) / 2},
                        kMisfit, 0, 0, 3 * display_scale_);
      draw_list.AddText(font, px, {origin.x + indent, at + (row - px) / 2}, kText, name.c_str());
      record("misfit", name, origin.x, at, origin.x + misfit_width, at + row);
      at += row;
      draw_list.AddText(font, px, {origin.x + indent, at}, kMuted, why.c_str(), nullptr,
                        misfit_width - indent);
      record("reason", why, origin.x + indent, at, origin.x + misfit_width, at + reason_height);
      at += reason_height + px * 0.5f;
    }
  }
  // Right: the names of the processes that run on it.
  {
    float at = y;
    const std::string header = std::string(tr_("generic_model.fits")) + " (" +
                               std::to_string(fitting.size()) + ")";
    draw_list.AddText(font, px, {fit_x, at}, kFits, header.c_str());
    record("header", header, fit_x, at, fit_x + fit_width, at + px);
    at += row;
    for (std::size_t i = 0; i < fitting.size(); ++i) {
      if (no_room_left(i, fitting.size(), at, row, bottom)) {
        more(fitting.size() - i, fit_x, at, fit_width);
        break;
      }
      const std::string name = fit_with_ellipsis(font, px, name_of(*fitting[i]), fit_width - mark * 2);
      draw_list.AddRectFilled({fit_x, at + (row - mark) / 2}, {fit_x + mark, at + (row + mark) / 2},
                              kFits);
      draw_list.AddText(font, px, {fit_x + mark * 2, at + (row - px) / 2}, kText, name.c_str());
      record("fit", name, fit_x, at, fit_x + fit_width, at + row);
      at += row;
    }
  }
  recorder_.set_value("generic_model", {{"text_px", px}, {"rows", rows}});
  ImGui::Dummy(available);
}

}  // namespace blokjes::app
