#include "present_view.h"

#include <GLFW/glfw3.h>  // key codes only
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "app.h"
#include "core/running_order.h"
#include "slide_text.h"
#include "theme.h"

// [SECTION] Entering, leaving, stepping
// [SECTION] The frame: keys, slide, footer, pointer ring
// [SECTION] Slides by kind

namespace blokjes::app {
namespace {

// The view that draws each kind of slide, by its registry id (app.cpp).
const char* view_of(SlideKind kind) {
  switch (kind) {
    case SlideKind::canvas: return "canvas";
    case SlideKind::compare: return "compare";
    case SlideKind::matrix: return "matrix";
    case SlideKind::coverage: return "coverage";
    case SlideKind::citizen: return "citizen";
    case SlideKind::votes: return "votes";
    // The coverage view draws it: the generic model's fit beside the generic core.
    case SlideKind::generic_model: return "coverage";
  }
  return "";
}

bool pressed(int key) {
  return ImGui::IsKeyPressed(key);
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Entering, leaving, stepping
// -----------------------------------------------------------------------------

bool PresentView::presenting() const {
  return app_.session().presenting;
}

void PresentView::enter(std::size_t slide) {
  if (!presenting()) {
    view_before_ = app_.view();
    process_before_ = app_.shown_process();
  }
  app_.session().presenting = true;
  // The canvas keeps kind names at the presentation's floor and leaves the
  // minimap out: the room sees the process, not the navigation.
  app_.canvas().set_presenting(true);
  app_.canvas().set_show_minimap(false);
  prepared_.reset();
  go_to(slide);
}

void PresentView::leave() {
  if (!presenting()) return;
  app_.session().presenting = false;
  app_.canvas().set_presenting(false);
  app_.canvas().set_show_minimap(true);
  prepared_.reset();
  texts_ = nlohmann::json::object();
  if (!process_before_.empty()) app_.show_process(process_before_);
  if (!view_before_.empty()) app_.show_view(view_before_);
  // The canvas was fitted to the whole window; fit it to its panel again.
  app_.canvas().fit_on_next_frame();
}

std::vector<Slide> PresentView::slides() const {
  return effective_running_order(app_.document().workshop());
}

std::size_t PresentView::slide() const {
  const std::size_t count = slides().size();
  return count == 0 ? 0 : std::min(slide_, count - 1);
}

void PresentView::go_to(std::size_t slide) {
  const std::size_t count = slides().size();
  slide_ = count == 0 ? 0 : std::min(slide, count - 1);
}

// A canvas slide of a process too wide for the window steps through its
// parts first, so the room sees all of it at the presenting size.
bool PresentView::on_canvas_slide() const {
  const std::vector<Slide> order = slides();
  return !order.empty() && order[slide()].kind == SlideKind::canvas &&
         prepared_ == order[slide()];
}

void PresentView::next() {
  CanvasPanel& canvas = app_.canvas();
  if (on_canvas_slide() && canvas.part() + 1 < canvas.part_count()) {
    canvas.show_part(canvas.part() + 1);
    return;
  }
  go_to(slide() + 1);
}

void PresentView::previous() {
  CanvasPanel& canvas = app_.canvas();
  if (on_canvas_slide() && canvas.part() > 0) {
    canvas.show_part(canvas.part() - 1);
    return;
  }
  if (slide() > 0) go_to(slide() - 1);
}

float PresentView::text_px() const {
  // The slides' size (slide_text.h), so the footer reads as part of them.
  return slide_text_px(scale_);
}

// -----------------------------------------------------------------------------
// [SECTION] The frame: keys, slide, footer, pointer ring
// -----------------------------------------------------------------------------

void PresentView::handle_keys() {
  if (ImGui::GetIO().WantTextInput) return;
  if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) return;
  if (pressed(GLFW_KEY_ESCAPE)) {
    leave();
    return;
  }
  if (pressed(GLFW_KEY_RIGHT) || pressed(GLFW_KEY_DOWN) || pressed(GLFW_KEY_PAGE_DOWN) ||
      pressed(GLFW_KEY_SPACE)) {
    next();
  }
  if (pressed(GLFW_KEY_LEFT) || pressed(GLFW_KEY_UP) || pressed(GLFW_KEY_PAGE_UP) ||
      pressed(GLFW_KEY_BACKSPACE)) {
    previous();
  }
  if (pressed(GLFW_KEY_HOME)) go_to(0);
  if (pressed(GLFW_KEY_END)) go_to(slides().size());
}

void PresentView::draw() {
  handle_keys();
  if (!presenting()) return;
  texts_ = nlohmann::json::object();
  const std::vector<Slide> order = slides();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 size = ImGui::GetContentRegionAvail();
  const float footer = std::round(text_px() * 1.6f);
  const float slide_height = std::max(size.y - footer, 50.0f);
  ImDrawList& background = *ImGui::GetWindowDrawList();
  background.AddRectFilled(origin, {origin.x + size.x, origin.y + size.y}, kPresentBackground);
  if (order.empty()) {
    const char* empty = app_.translations()("present.empty");
    background.AddText(font_ ? font_ : ImGui::GetFont(), text_px(),
                       {origin.x + text_px(), origin.y + text_px()}, kPresentText, empty);
    draw_footer(Slide{}, origin.y + slide_height, footer);
  } else {
    const Slide& shown = order[slide()];
    show(shown);
    draw_slide(shown, slide_height);
    ImGui::SetCursorScreenPos({origin.x, origin.y + slide_height});
    draw_footer(shown, origin.y + slide_height, footer);
  }
  draw_pointer_ring();
}

void PresentView::record_text(const std::string& key, float x0, float y0, float x1, float y1,
                              float px) {
  texts_[key] = {{"rect", {x0, y0, x1, y1}}, {"text_px", px}};
}

// A slim bar: the slide's title on the left, "3 / 7" and the round's
// countdown on the right, red and flashing once it reaches zero.
void PresentView::draw_footer(const Slide& shown, float top, float height) {
  const Workshop& workshop = app_.document().workshop();
  const Language language = app_.translations().language();
  const ImVec2 window_min = ImGui::GetWindowPos();
  const float left = window_min.x;
  const float right = window_min.x + ImGui::GetWindowSize().x;
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  ImFont* font = font_ ? font_ : ImGui::GetFont();
  const float px = text_px();
  const float pad = px * 0.5f;
  const float baseline = top + (height - px) / 2;
  draw.AddRectFilled({left, top}, {right, top + height}, kPresentBackground);
  draw.AddLine({left, top}, {right, top}, kPresentRule, std::max(2.0f, 3 * scale_));

  const std::size_t count = slides().size();
  std::string number =
      count == 0 ? std::string("0 / 0") : std::to_string(slide() + 1) + " / " + std::to_string(count);
  // "1 / 7 · 2/3": the second of three parts of a wide process.
  const CanvasPanel& canvas = app_.canvas();
  const bool in_parts = on_canvas_slide() && canvas.part_count() > 1;
  if (in_parts) {
    number += " \xC2\xB7 " + std::to_string(canvas.part() + 1) + "/" +
              std::to_string(canvas.part_count());
  }
  const ImVec2 number_size = font->CalcTextSizeA(px, FLT_MAX, 0, number.c_str());

  const RoundTimer& timer = app_.session().timer;
  // No round set: no "0:00" that looks like time has run out.
  const bool no_round = timer.length().count() == 0 && !timer.running();
  const std::string clock = no_round ? std::string() : timer.display();
  const ImVec2 clock_size = font->CalcTextSizeA(px, FLT_MAX, 0, clock.c_str());
  const float clock_x = right - pad - clock_size.x;
  if (timer.alarm()) {
    // Flashes twice a second: seen from the back without a sound.
    const bool on = std::fmod(ImGui::GetTime(), 1.0) < 0.5;
    draw.AddRectFilled({clock_x - pad, top + 2}, {right, top + height},
                       on ? kPresentAlarm : kPresentBackground);
    draw.AddText(font, px, {clock_x, baseline}, on ? kPresentBackground : kPresentAlarm,
                 clock.c_str());
  } else {
    draw.AddText(font, px, {clock_x, baseline}, kPresentText, clock.c_str());
  }
  if (!no_round) {
    record_text("clock", clock_x, baseline, clock_x + clock_size.x, baseline + clock_size.y, px);
  }

  // "3 / 7" stands just left of the clock, so the title gets the rest of the bar.
  const float number_x = (clock.empty() ? right : clock_x - pad * 3) - pad - number_size.x;
  draw.AddText(font, px, {number_x, baseline}, kPresentText, number.c_str());
  record_text("number", number_x, baseline, number_x + number_size.x, baseline + number_size.y,
              px);
  texts_["part"] = {in_parts ? canvas.part() + 1 : 1, in_parts ? canvas.part_count() : 1};
  if (on_canvas_slide()) {
    texts_["canvas_begin_x"] = canvas.part_begin_x();
    texts_["canvas_end_x"] = canvas.part_end_x();
  }

  // The title gets what is left of the bar before the number, cut with an
  // ellipsis rather than running under it.
  std::string title = count == 0 ? std::string() : slide_title(workshop, shown, language);
  const float title_room = number_x - pad - (left + pad);
  title = fit_with_ellipsis(font, px, title, title_room);
  const ImVec2 title_size = font->CalcTextSizeA(px, FLT_MAX, 0, title.c_str());
  draw.AddText(font, px, {left + pad, baseline}, kPresentText, title.c_str());
  record_text("title", left + pad, baseline, left + pad + title_size.x, baseline + title_size.y,
              px);
  ImGui::Dummy({right - left, height});
}

// A thick ring around the mouse, above everything, so the room sees where the
// facilitator points.
void PresentView::draw_pointer_ring() const {
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  if (!ImGui::IsMousePosValid(&mouse)) return;
  ImDrawList& draw = *ImGui::GetForegroundDrawList();
  const float radius = 30 * scale_;
  draw.AddCircle(mouse, radius + 3 * scale_, kPointerEdge, 48, 2 * scale_);
  draw.AddCircle(mouse, radius, kPointerRing, 48, 7 * scale_);
  draw.AddCircle(mouse, radius - 4.5f * scale_, kPointerEdge, 48, 2 * scale_);
}

// -----------------------------------------------------------------------------
// [SECTION] Slides by kind
// -----------------------------------------------------------------------------

// What a slide needs set up once when it comes up: the compare view its pair,
// the canvas its process and a fit to the whole window.
void PresentView::show(const Slide& slide) {
  if (prepared_ == slide) return;
  prepared_ = slide;
  if (slide.kind == SlideKind::compare) {
    const std::string view = app_.view();
    app_.compare_pair(slide.process, slide.other_process);
    app_.show_view(view);  // the tabs are hidden; Esc goes back to where F5 was pressed
  }
  if (slide.kind == SlideKind::canvas) {
    app_.show_process(slide.process);
    app_.canvas().fit_on_next_frame();
  }
}

void PresentView::draw_slide(const Slide& slide, float height) {
  const Workshop& workshop = app_.document().workshop();
  const float px = text_px();
  // A margin, so views drawn for a tab keep their first row and column on screen.
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {px / 2, px / 3});
  ImGui::BeginChild("##slide", {0, height}, false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                        ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  const bool missing = slide_needs_process(slide.kind) &&
                       (workshop.find_process(slide.process) == nullptr ||
                        (slide_needs_two_processes(slide.kind) &&
                         workshop.find_process(slide.other_process) == nullptr));
  View* view = nullptr;
  for (const auto& candidate : app_.views()) {
    if (candidate->id() == view_of(slide.kind)) view = candidate.get();
  }
  if (missing || (slide.kind != SlideKind::canvas && view == nullptr)) {
    // Said on the slide, large, rather than an empty screen in front of the room.
    const Language language = app_.translations().language();
    const std::string title = slide_title(workshop, slide, language);
    const std::string reason = app_.translations()(missing ? "present.missing" : "present.no_view");
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImFont* font = font_ ? font_ : ImGui::GetFont();
    ImGui::GetWindowDrawList()->AddText(font, px * 1.3f, {at.x + px, at.y + px}, kPresentText,
                                        title.c_str());
    ImGui::GetWindowDrawList()->AddText(font, px, {at.x + px, at.y + px * 3}, kPresentMuted,
                                        reason.c_str());
  } else if (slide.kind == SlideKind::canvas) {
    app_.canvas().draw(slide.process);
  } else {
    view->draw_slide(slide);
  }
  ImGui::EndChild();
}

}  // namespace blokjes::app
