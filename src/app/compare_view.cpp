#include "compare_view.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "colours.h"
#include "job_progress.h"
#include "picture/style.h"
#include "picture_renderer.h"  // to_imgui
#include "slide_text.h"

// [SECTION] State
// [SECTION] Frame: pickers and headline
// [SECTION] Side by side (rows on a shared grid)
// [SECTION] Stacked (columns on a shared grid)

namespace blokjes::app {
namespace {

// Only-in-A and only-in-B as the picture's style table has them, so a process
// drawn with highlights (canvas, SVG) marks them as this view does.
ImU32 only_in_a() {
  return to_imgui(picture::Style().colour(picture::StyleColour::only_in_a));
}
ImU32 only_in_b() {
  return to_imgui(picture::Style().colour(picture::StyleColour::only_in_b));
}
constexpr ImU32 kSame = IM_COL32(47, 158, 68, 255);
constexpr ImU32 kOtherVariant = IM_COL32(240, 140, 0, 255);
constexpr ImU32 kOtherKind = IM_COL32(134, 142, 150, 255);
constexpr ImU32 kText = IM_COL32(33, 37, 41, 255);

ImU32 kind_colour(const BlockLibrary& library, int kind) {
  if (kind < 0) return IM_COL32(150, 150, 150, 255);
  return colour_from_hex(library.kinds()[static_cast<std::size_t>(kind)].colour);
}

ImU32 link_colour(compare::StepRelation relation) {
  switch (relation) {
    case compare::StepRelation::same:
      return kSame;
    case compare::StepRelation::other_variant:
      return kOtherVariant;
    case compare::StepRelation::other_kind:
      return kOtherKind;
    default:
      return 0;
  }
}

std::string percent(double value) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f%%", value);
  return text;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] State
// -----------------------------------------------------------------------------

CompareView::CompareView(const ViewInfo& info, const Document& document,
                         const BlockLibrary& library, const Translations& tr,
                         LayoutRecorder& recorder)
    : View(info), document_(document), library_(library), tr_(tr), recorder_(recorder) {
  record_pair();
}

void CompareView::set_pair(const std::string& a, const std::string& b) {
  a_ = a;
  b_ = b;
  computed_for_.clear();
  record_pair();
}

void CompareView::record_pair() {
  recorder_.set_value("compare", {a_, b_});
}

void CompareView::refresh() {
  const Workshop& workshop = document_.workshop();
  if (a_.empty() && !workshop.processes.empty()) a_ = workshop.processes.front().id;
  if (b_.empty() && workshop.processes.size() > 1) b_ = workshop.processes[1].id;
  const std::string key = a_ + "\n" + b_;
  if (key == computed_for_ && computed_at_revision_ == document_.revision()) return;
  computed_for_ = key;
  computed_at_revision_ = document_.revision();
  job_.cancel();
  prepared_a_.reset();
  prepared_b_.reset();
  result_.reset();
  message_.clear();
  const Process* a = workshop.find_process(a_);
  const Process* b = workshop.find_process(b_);
  if (!a || !b) return;
  if (const auto problem = compare::compare_limit_problem({a, b})) {
    message_ = compare::describe(*problem, tr_.language());
    return;
  }
  const double block_pairs =
      static_cast<double>(a->blocks.size()) * static_cast<double>(b->blocks.size());
  if (block_pairs <= compare::kInlineBlockPairs) {
    prepared_a_ = compare::prepare(*a, library_);
    prepared_b_ = compare::prepare(*b, library_);
    result_ = compare::compare_processes(*prepared_a_, *prepared_b_);
    return;
  }
  // Three steps, each uninterruptible but under a second within the limits;
  // the job owns copies of both processes, so edits meanwhile are safe.
  job_.start(
      [a = *a, b = *b, &library = library_](const compare::JobControl& job) {
        const auto step = [&job] {
          if (job.cancel.load()) throw compare::Cancelled();
          ++job.done;
        };
        compare::PreparedProcess prepared_a = compare::prepare(a, library);
        step();
        compare::PreparedProcess prepared_b = compare::prepare(b, library);
        step();
        compare::Comparison comparison = compare::compare_processes(prepared_a, prepared_b);
        step();
        return PairResult{std::move(prepared_a), std::move(prepared_b), std::move(comparison)};
      },
      3);
}

bool CompareView::draw_progress() {
  try {
    if (auto finished = job_.take()) {
      prepared_a_ = std::move(finished->a);
      prepared_b_ = std::move(finished->b);
      result_ = std::move(finished->comparison);
    }
  } catch (const std::exception& error) {
    // Out of memory or any other failure inside the job: said, not thrown at the frame.
    message_ = error.what();
  }
  if (!job_.running()) return false;
  const std::size_t done = job_.done();
  const std::size_t total = job_.total();
  draw_job_progress(done, total, tr_.language());
  return true;
}

std::string CompareView::block_name(const compare::ShapeNode& node) const {
  return compare::block_name(node, library_, tr_.language());
}

// -----------------------------------------------------------------------------
// [SECTION] Frame: pickers and headline
// -----------------------------------------------------------------------------

void CompareView::draw_pickers() {
  const auto picker = [&](const char* id, std::string& chosen) {
    const Process* current = document_.workshop().find_process(chosen);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
    if (ImGui::BeginCombo(id, current ? current->name.c_str() : "")) {
      for (const auto& process : document_.workshop().processes) {
        if (ImGui::Selectable(process.name.c_str(), process.id == chosen)) chosen = process.id;
      }
      ImGui::EndCombo();
    }
  };
  picker("A##compare-a", a_);
  ImGui::SameLine();
  if (ImGui::Button(tr_("compare.swap"))) std::swap(a_, b_);
  ImGui::SameLine();
  picker("B##compare-b", b_);
  ImGui::SameLine();
  ImGui::Checkbox(tr_("compare.stacked"), &stacked_);
}

void CompareView::draw() {
  text_px_ = 28 * display_scale_;
  draw_comparison(false);
  record_pair();  // the pickers or the defaults may have changed it
}

void CompareView::draw_slide(const Slide& slide) {
  // The presentation set the slide's pair when it came up (PresentView::show);
  // a slide drawn on its own sets it here.
  if (!slide.process.empty() && !slide.other_process.empty() &&
      (slide.process != a_ || slide.other_process != b_)) {
    set_pair(slide.process, slide.other_process);
  }
  text_px_ = slide_text_px(display_scale_);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  draw_comparison(true);
  record_pair();
  // What was drawn ends with the last item: the legend's or the message's line.
  const float bottom = std::max(origin.y, ImGui::GetItemRectMax().y);
  recorder_.set_value("compare_slide", {{"text_px", text_px_},
                                        {"rect", {origin.x, origin.y, origin.x + width, bottom}}});
}

void CompareView::draw_comparison(bool presenting) {
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  if (!presenting) {
    // The pickers too are read from a distance: 28 px, drawn with the large font scaled down.
    ImGui::PushFont(font);
    ImGui::SetWindowFontScale(28 * display_scale_ / font->FontSize);
    draw_pickers();
    ImGui::SetWindowFontScale(1);
    ImGui::PopFont();
  }
  refresh();
  if (draw_progress()) return;
  if (!result_) {
    const char* message = message_.empty() ? tr_("compare.choose") : message_.c_str();
    if (!presenting) {
      ImGui::TextWrapped("%s", message);
      return;
    }
    // Said on the slide as large as the rest, not in the tab's small type.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::GetWindowDrawList()->AddText(font, text_px_, at, kText, message, nullptr, width);
    ImGui::Dummy({width, font->CalcTextSizeA(text_px_, FLT_MAX, width, message).y});
    return;
  }
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float headline_size = 64 * display_scale_;
  const float text_size = text_px_;
  const std::string headline =
      std::string(tr_("compare.similarity")) + " " + percent(result_->similarity);
  draw_list.AddText(font, headline_size, origin, kText, headline.c_str());
  const std::string figures =
      std::string(tr_("compare.alignment")) + " " + percent(result_->alignment.similarity) + "   " +
      tr_("compare.structural") + " " + percent(result_->structural.similarity) + "   " +
      tr_("compare.behavioural") + " " + percent(result_->behavioural);
  const float figures_x = origin.x +
                          font->CalcTextSizeA(headline_size, FLT_MAX, 0, headline.c_str()).x +
                          40 * display_scale_;
  draw_list.AddText(font, text_size, {figures_x, origin.y + headline_size - text_size * 1.3f},
                    IM_COL32(73, 80, 87, 255), figures.c_str());
  const std::string summary = compare::describe(result_->alignment, prepared_a_->shape,
                                                prepared_b_->shape, library_, tr_.language());
  const float width = ImGui::GetContentRegionAvail().x;
  draw_list.AddText(font, text_size, {origin.x, origin.y + headline_size + 8 * display_scale_},
                    kText, summary.c_str(), nullptr, width);
  const float summary_height = font->CalcTextSizeA(text_size, FLT_MAX, width, summary.c_str()).y;
  ImGui::Dummy({width, headline_size + summary_height + 24 * display_scale_});
  if (stacked_) {
    draw_stacked(*result_);
  } else {
    draw_side_by_side(*result_);
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Side by side (rows on a shared grid)
// -----------------------------------------------------------------------------

void CompareView::draw_side_by_side(const compare::Comparison& result) {
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 available = ImGui::GetContentRegionAvail();
  const float text_size = text_px_;
  const float legend_height = text_size * 1.6f;
  const std::size_t rows = std::max<std::size_t>(1, result.alignment.steps.size());
  const float row_height =
      std::clamp((available.y - text_size * 1.6f - legend_height) / static_cast<float>(rows),
                 text_size * 1.3f, 110 * display_scale_);
  const float gap = std::max(120 * display_scale_, available.x * 0.16f);
  const float column_width = (available.x - gap) / 2;
  const float top = origin.y + text_size * 1.6f;
  const float left_x = origin.x;
  const float right_x = origin.x + column_width + gap;
  const float box_height = row_height * 0.8f;
  draw_list.AddText(font, text_size, {left_x, origin.y}, only_in_a(),
                    ("A  " + prepared_a_->shape.name).c_str());
  draw_list.AddText(font, text_size, {right_x, origin.y}, only_in_b(),
                    ("B  " + prepared_b_->shape.name).c_str());
  const auto draw_box = [&](float x, float y, const compare::ShapeNode& node, ImU32 outline) {
    const ImVec2 min{x, y};
    const ImVec2 max{x + column_width, y + box_height};
    draw_list.AddRectFilled(min, max, kind_colour(library_, node.kind), 8 * display_scale_);
    if (outline) draw_list.AddRect(min, max, outline, 8 * display_scale_, 0, 6 * display_scale_);
    const std::string name = block_name(node);
    draw_list.PushClipRect(min, max, true);
    draw_list.AddText(font, text_size, {x + 12 * display_scale_, y + (box_height - text_size) / 2},
                      IM_COL32_WHITE, name.c_str());
    draw_list.PopClipRect();
  };
  for (std::size_t row = 0; row < result.alignment.steps.size(); ++row) {
    const auto& step = result.alignment.steps[row];
    const float y = top + static_cast<float>(row) * row_height;
    const bool only_a = step.relation == compare::StepRelation::only_in_a;
    const bool only_b = step.relation == compare::StepRelation::only_in_b;
    if (step.a)
      draw_box(left_x, y, prepared_a_->shape.nodes[static_cast<std::size_t>(*step.a)],
               only_a ? only_in_a() : 0);
    if (step.b)
      draw_box(right_x, y, prepared_b_->shape.nodes[static_cast<std::size_t>(*step.b)],
               only_b ? only_in_b() : 0);
    const float middle = y + box_height / 2;
    if (step.a && step.b) {
      draw_list.AddLine({left_x + column_width, middle}, {right_x, middle},
                        link_colour(step.relation), 5 * display_scale_);
    } else {
      const char* tag = only_a ? tr_("compare.only_a") : tr_("compare.only_b");
      const float tag_width = font->CalcTextSizeA(text_size, FLT_MAX, 0, tag).x;
      draw_list.AddText(font, text_size,
                        {left_x + column_width + (gap - tag_width) / 2, middle - text_size / 2},
                        only_a ? only_in_a() : only_in_b(), tag);
    }
  }
  // The legend, in the same large text.
  float x = origin.x;
  const float legend_y = top + static_cast<float>(rows) * row_height + 8 * display_scale_;
  for (const auto& [colour, key] :
       {std::pair{kSame, "compare.legend_same"}, std::pair{kOtherVariant, "compare.legend_variant"},
        std::pair{kOtherKind, "compare.legend_kind"}, std::pair{only_in_a(), "compare.only_a"},
        std::pair{only_in_b(), "compare.only_b"}}) {
    draw_list.AddRectFilled({x, legend_y + text_size * 0.2f},
                            {x + text_size, legend_y + text_size * 0.8f}, colour);
    draw_list.AddText(font, text_size, {x + text_size * 1.3f, legend_y}, kText, tr_(key));
    x += text_size * 1.3f + font->CalcTextSizeA(text_size, FLT_MAX, 0, tr_(key)).x + text_size;
  }
  ImGui::Dummy({available.x, legend_y + legend_height - origin.y});
}

// -----------------------------------------------------------------------------
// [SECTION] Stacked (columns on a shared grid)
// -----------------------------------------------------------------------------

void CompareView::draw_stacked(const compare::Comparison& result) {
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  ImDrawList& draw_list = *ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 available = ImGui::GetContentRegionAvail();
  const float text_size = text_px_;
  const std::size_t columns = std::max<std::size_t>(1, result.alignment.steps.size());
  const float column_width = available.x / static_cast<float>(columns);
  const float box_height = std::min(available.y * 0.3f, 160 * display_scale_);
  const float a_y = origin.y + text_size * 1.5f;
  const float b_y = a_y + box_height + std::max(box_height * 0.8f, 80 * display_scale_);
  draw_list.AddText(font, text_size, {origin.x, origin.y}, only_in_a(),
                    ("A  " + prepared_a_->shape.name).c_str());
  draw_list.AddText(font, text_size, {origin.x, b_y + box_height + 8 * display_scale_}, only_in_b(),
                    ("B  " + prepared_b_->shape.name).c_str());
  const auto draw_box = [&](float x, float y, const compare::ShapeNode& node, ImU32 outline) {
    const ImVec2 min{x + 4 * display_scale_, y};
    const ImVec2 max{x + column_width - 4 * display_scale_, y + box_height};
    draw_list.AddRectFilled(min, max, kind_colour(library_, node.kind), 8 * display_scale_);
    if (outline) draw_list.AddRect(min, max, outline, 8 * display_scale_, 0, 6 * display_scale_);
    draw_list.PushClipRect(min, max, true);
    draw_list.AddText(font, text_size, {min.x + 8 * display_scale_, min.y + 8 * display_scale_},
                      IM_COL32_WHITE, block_name(node).c_str(), nullptr,
                      max.x - min.x - 16 * display_scale_);
    draw_list.PopClipRect();
  };
  for (std::size_t column = 0; column < result.alignment.steps.size(); ++column) {
    const auto& step = result.alignment.steps[column];
    const float x = origin.x + static_cast<float>(column) * column_width;
    if (step.a) {
      draw_box(x, a_y, prepared_a_->shape.nodes[static_cast<std::size_t>(*step.a)],
               step.relation == compare::StepRelation::only_in_a ? only_in_a() : 0);
    }
    if (step.b) {
      draw_box(x, b_y, prepared_b_->shape.nodes[static_cast<std::size_t>(*step.b)],
               step.relation == compare::StepRelation::only_in_b ? only_in_b() : 0);
    }
    if (step.a && step.b) {
      const float middle = x + column_width / 2;
      draw_list.AddLine({middle, a_y + box_height}, {middle, b_y}, link_colour(step.relation),
                        5 * display_scale_);
    }
  }
  ImGui::Dummy({available.x, b_y + box_height + text_size * 2 - origin.y});
}

}  // namespace blokjes::app
