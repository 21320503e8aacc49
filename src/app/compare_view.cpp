#include "compare_view.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "imgui_text_metrics.h"
#include "job_progress.h"
#include "picture/compare_picture.h"
#include "slide_text.h"

// [SECTION] State
// [SECTION] Frame: pickers, then the picture (picture/compare_picture.h)

namespace blokjes::app {
namespace {

// The message on a slide, in the picture's text colour.
const ImU32 kText = to_imgui(picture::kCompareTextColour);

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

// -----------------------------------------------------------------------------
// [SECTION] Frame: pickers, then the picture (picture/compare_picture.h)
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
  // The picture is laid out in pixels at UI scale 1 in the room left below
  // the pickers, and drawn at the UI scale.
  const float scale = display_scale_;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 available = ImGui::GetContentRegionAvail();
  picture::ComparePictureOptions options;
  options.stacked = stacked_;
  options.text_size = text_px_ / scale;
  options.width = available.x / scale;
  options.height = available.y / scale;
  options.spacing = ImGui::GetStyle().ItemSpacing.y / scale;
  options.language = tr_.language();
  for (const auto& [key, field] : picture::kCompareTextKeys) options.texts.*field = tr_(key);
  const ImGuiTextMetrics metrics(font);
  const picture::ComparePicture drawn = picture::compare_picture(
      *result_, *prepared_a_, *prepared_b_, library_, options, metrics);
  renderer_.render(drawn.picture, PicturePlacement{from_imvec(origin), scale},
                   *ImGui::GetWindowDrawList(), font);
  ImGui::Dummy({available.x, static_cast<float>(drawn.height) * scale});
}

}  // namespace blokjes::app
