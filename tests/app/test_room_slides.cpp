// The compare, matrix and coverage slides of presentation mode, through the
// whole app on the null backend at 1920x1080 (UI scale 1) and 3840x2160 (UI
// scale 2): every text at least 32 px per scale (issue 12), and everything
// drawn inside the slide, above the footer, as layout_json records it.

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>

#include "compare/coverage.h"
#include "core/running_order.h"
#include "app/coverage_view.h"
#include "demo_app.h"
#include "zac/fit.h"

using namespace blokjes;
using namespace blokjes::app;

namespace {

using test::kScreens;
using test::Screen;

// The demo's own running order (compare, matrix and coverage among its
// slides), presented on a screen of this size at this UI scale.
struct Presenting : test::DemoApp {
  explicit Presenting(const Screen& screen)
      : DemoApp(load_workshop(test::demo_workshop_path()).workshop, screen.width, screen.height) {
    app.set_ui_scale(screen.scale);
    app.set_display_font(nullptr);  // the null backend has no TTF: ImGui's own font, scaled
    imgui.frames(2, ui);
  }

  // Presents the first slide of this kind and returns the layout after it settled.
  nlohmann::json present(SlideKind kind) {
    const auto slides = app.present().slides();
    std::size_t index = slides.size();
    for (std::size_t i = 0; i < slides.size() && index == slides.size(); ++i) {
      if (slides[i].kind == kind) index = i;
    }
    REQUIRE(index < slides.size());
    app.present().enter(index);
    imgui.frames(3, ui);
    return app.layout_json();
  }

  // The top of the footer, from where the presentation drew its title: the
  // title stands centred in a bar round(1.6 x its height) high.
  static float footer_top(const nlohmann::json& layout) {
    const auto& title = layout["present"]["title"];
    const float px = title["text_px"].get<float>();
    const float bar = std::round(px * 1.6f);
    return title["rect"][1].get<float>() - (bar - px) / 2;
  }
};

// [x0, y0, x1, y1] lies on the screen and wholly above the footer.
void check_inside(const nlohmann::json& rect, float width, float footer_top) {
  INFO("rect " << rect.dump() << " footer at " << footer_top);
  REQUIRE(rect.size() == 4);
  CHECK(rect[0].get<float>() >= 0);
  CHECK(rect[1].get<float>() >= 0);
  CHECK(rect[2].get<float>() <= width);
  CHECK(rect[3].get<float>() <= footer_top);
  CHECK(rect[0].get<float>() <= rect[2].get<float>());
  CHECK(rect[1].get<float>() <= rect[3].get<float>());
}

}  // namespace

TEST_CASE("the matrix slide draws all 13 processes at 32 px per scale above the footer",
          "[room][slides]") {
  for (const Screen& screen : kScreens) {
    INFO(screen.width << "x" << screen.height << " scale " << screen.scale);
    Presenting f(screen);
    const auto layout = f.present(SlideKind::matrix);
    const auto& matrix = layout["matrix"];
    const float footer = Presenting::footer_top(layout);
    CHECK(matrix["order"].size() == f.app.document().workshop().processes.size());
    CHECK(matrix["order"].size() == 13);
    CHECK(matrix["text_px"].get<float>() >= 32 * screen.scale);
    // The numbers fit their cells: a row at least as high as the text, a
    // column at least as wide as the widest number at that size.
    const float cell = matrix["cell"].get<float>();
    const float cell_width = matrix["cell_width"].get<float>();
    CHECK(cell >= matrix["text_px"].get<float>());
    CHECK(cell_width >= cell);
    const float grid_bottom = matrix["origin"][1].get<float>() + 13 * cell;
    CHECK(grid_bottom <= footer);
    CHECK(matrix["origin"][0].get<float>() + 13 * cell_width <= screen.width);
    check_inside(matrix["rect"], screen.width, footer);
  }
}

TEST_CASE("the matrix tab keeps its square cells and 22 px labels", "[room][slides]") {
  Presenting f(kScreens[0]);
  f.app.show_view("matrix");
  f.imgui.frames(2, f.ui);
  const auto matrix = f.app.layout_json()["matrix"];
  CHECK(matrix["order"].size() == 13);
  CHECK(matrix["text_px"].get<float>() == Approx(22));
  CHECK(matrix["cell_width"].get<float>() == Approx(matrix["cell"].get<float>()));
}

TEST_CASE("the coverage slide shows the headline core and every kind at 32 px per scale",
          "[room][slides]") {
  for (const Screen& screen : kScreens) {
    INFO(screen.width << "x" << screen.height << " scale " << screen.scale);
    Presenting f(screen);
    const auto layout = f.present(SlideKind::coverage);
    const auto& coverage = layout["coverage"];
    const float footer = Presenting::footer_top(layout);
    CHECK(coverage["text_px"].get<float>() >= 32 * screen.scale);
    // The figures are the compare module's, as in the tab.
    const auto report = compare::coverage(f.app.document().workshop(), test::library());
    char share[16];
    std::snprintf(share, sizeof share, "%.0f%%", report.generic_block_share);
    const auto& rows = coverage["rows"];
    REQUIRE(rows.size() >= 2);
    CHECK(rows[0]["part"] == "headline");
    CHECK(rows[0]["name"].get<std::string>().rfind(share, 0) == 0);
    CHECK(rows[1]["part"] == "core");
    std::size_t kinds = 0;
    std::size_t processes = 0;
    for (const auto& row : rows) {
      check_inside(row["rect"], screen.width, footer);
      CHECK(row["part"] != "more");  // at these sizes nothing is left off
      if (row["part"] == "kind") ++kinds;
      if (row["part"] == "process") ++processes;
    }
    // The kinds without their variants, and the share of every process.
    CHECK(kinds == report.kinds.size());
    CHECK(processes == report.processes.size());
  }
}

TEST_CASE("the coverage slide in a small window leaves rows off and says so above the footer",
          "[room][slides]") {
  const Screen small{1280, 600, 1};
  Presenting f(small);
  const auto layout = f.present(SlideKind::coverage);
  const auto& coverage = layout["coverage"];
  const float footer = Presenting::footer_top(layout);
  CHECK(coverage["text_px"].get<float>() >= 32);
  bool more = false;
  for (const auto& row : coverage["rows"]) {
    check_inside(row["rect"], small.width, footer);
    if (row["part"] == "more") more = true;
  }
  CHECK(more);
}

TEST_CASE("the generic model slide says N of M and names each misfit with its reason",
          "[room][slides][zac]") {
  const auto model = zac::load_generic_model(test::source_path("assets/zac-generic-model.json"));
  for (const Screen& screen : kScreens) {
    INFO(screen.width << "x" << screen.height << " scale " << screen.scale);
    Presenting f(screen);
    const auto layout = f.present(SlideKind::generic_model);
    const auto& slide = layout["generic_model"];
    REQUIRE(slide.is_object());
    const float footer = Presenting::footer_top(layout);
    CHECK(slide["text_px"].get<float>() >= 32 * screen.scale);
    // The figures are the fit's, computed here the same way.
    const Workshop& workshop = f.app.document().workshop();
    const auto fit = zac::fit_workshop(workshop, test::library(), model);
    const auto& rows = slide["rows"];
    REQUIRE(rows.size() >= 3);
    CHECK(rows[0]["part"] == "headline");
    const std::string headline = rows[0]["name"];
    CHECK(headline.find(std::to_string(fit.fitting) + " van " +
                        std::to_string(fit.processes.size())) != std::string::npos);
    std::vector<std::string> misfit_names, reasons, fitting_names;
    bool more = false;
    for (const auto& row : rows) {
      check_inside(row["rect"], screen.width, footer);
      if (row["part"] == "misfit") misfit_names.push_back(row["name"]);
      if (row["part"] == "reason") reasons.push_back(row["name"]);
      if (row["part"] == "fit") fitting_names.push_back(row["name"]);
      if (row["part"] == "more") more = true;
    }
    // Every process that fits is listed; the misfits each with their own
    // reason, in workshop order, unless the slide says how many it left off.
    CHECK(fitting_names.size() == fit.fitting);
    std::vector<std::string> expected_reasons;
    for (const auto& process_fit : fit.processes) {
      if (process_fit.fits) continue;
      expected_reasons.push_back(zac::reason(process_fit, *workshop.find_process(process_fit.process_id),
                                             test::library(), Language::dutch));
    }
    REQUIRE(misfit_names.size() == reasons.size());
    CHECK((misfit_names.size() == expected_reasons.size() || more));
    for (std::size_t i = 0; i < reasons.size(); ++i) CHECK(reasons[i] == expected_reasons[i]);
  }
}

TEST_CASE("the Dekking tab's fit on the generic model follows the workshop's edits",
          "[room][zac]") {
  test::DemoApp f;
  REQUIRE(f.app.show_view("coverage"));
  f.imgui.frames(2, f.ui);
  auto* view = f.app.find_view<CoverageView>();
  REQUIRE(view != nullptr);
  const auto model = zac::load_generic_model(test::source_path("assets/zac-generic-model.json"));
  const zac::WorkshopFit* shown = view->generic_model_fit();
  REQUIRE(shown != nullptr);
  const auto expected = zac::fit_workshop(f.app.document().workshop(), test::library(), model);
  CHECK(shown->fitting == expected.fitting);
  CHECK(shown->processes.size() == expected.processes.size());

  // An edit (a process imported from a small BPMN model) is in the next fit.
  const std::string bpmn = f.scratch.file("extra.bpmn");
  std::ofstream(bpmn) << R"(<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <process id="extra" name="Extra proces">
    <startEvent id="s"/><task id="t" name="Behandelen"/><endEvent id="e"/>
    <sequenceFlow id="f1" sourceRef="s" targetRef="t"/><sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
  </process>
</definitions>)";
  f.app.import_processes(bpmn);
  REQUIRE(f.app.show_view("coverage"));
  f.imgui.frames(2, f.ui);
  const auto after = zac::fit_workshop(f.app.document().workshop(), test::library(), model);
  REQUIRE(after.processes.size() == expected.processes.size() + 1);
  CHECK(view->generic_model_fit()->processes.size() == after.processes.size());
  CHECK(view->generic_model_fit()->fitting == after.fitting);
  CHECK(view->generic_model_error().empty());
}

TEST_CASE("the compare slide draws its pair at 32 px per scale above the footer",
          "[room][slides]") {
  for (const Screen& screen : kScreens) {
    INFO(screen.width << "x" << screen.height << " scale " << screen.scale);
    Presenting f(screen);
    const auto layout = f.present(SlideKind::compare);
    const auto& compare = layout["compare_slide"];
    CHECK(compare["text_px"].get<float>() >= 32 * screen.scale);
    check_inside(compare["rect"], screen.width, Presenting::footer_top(layout));
    // The pair the slide names.
    const auto slides = f.app.present().slides();
    const Slide& shown = slides[static_cast<std::size_t>(layout["slide"].get<int>() - 1)];
    CHECK(layout["compare"][0] == shown.process);
    CHECK(layout["compare"][1] == shown.other_process);
  }
}
