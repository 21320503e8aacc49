// The citizen's view on the null backend: it shows the app's process (and a
// slide's), one status row per informing status in order, each gap flagged,
// and type large enough for the back of the room (layout_json's "citizen":
// at least 20 px at scale 1, 32 px while presenting, twice that at scale 2).

#include <catch2/catch.hpp>
#include <imgui.h>

#include "app/citizen_view.h"
#include "catalogi/citizen_timeline.h"
#include "demo_app.h"

using namespace blokjes;
using namespace blokjes::app;

namespace {

struct Fixture : test::DemoApp {
  Fixture() : test::DemoApp(load_workshop(test::demo_workshop_path()).workshop, 1920, 1080) {
    REQUIRE(app.show_view("citizen"));
    imgui.frames(3, ui);
  }
  nlohmann::json shown() const { return app.layout_json()["citizen"]; }
  CitizenTimeline timeline(const std::string& process_id) const {
    return citizen_timeline(*app.document().workshop().find_process(process_id), test::library(),
                            Language::dutch);
  }
};

// Status rows top to bottom (or in a column further right), none
// overlapping, inside the window's width.
void check_rows(const nlohmann::json& statuses, float width) {
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    const auto& rect = statuses[i]["rect"];
    CHECK(rect[0].get<float>() >= 0);
    CHECK(rect[2].get<float>() <= width);
    if (i == 0) continue;
    const auto& previous = statuses[i - 1];
    if (previous["column"] == statuses[i]["column"]) {
      CHECK(previous["rect"][3].get<float>() <= rect[1].get<float>());
    } else {
      CHECK(previous["column"].get<int>() < statuses[i]["column"].get<int>());
    }
  }
}

}  // namespace

TEST_CASE("Citizen view shows the app's process with its statuses in order", "[room][citizen]") {
  Fixture fixture;
  const auto shown = fixture.shown();
  REQUIRE(shown.is_object());
  CHECK(shown["process"] == "huwelijk");
  // The timeline outlives its messages' pointers.
  const auto timeline = fixture.timeline("huwelijk");
  const auto messages = timeline.messages();
  REQUIRE(shown["status"].size() == messages.size());
  for (std::size_t i = 0; i < messages.size(); ++i) {
    CHECK(shown["status"][i]["block"] == messages[i]->block_id);
  }
  CHECK(shown["text_px"].get<float>() >= 20);
  CHECK(shown["title_px"].get<float>() > shown["text_px"].get<float>());
  check_rows(shown["status"], 1920);
  // The recorder holds the same rows under citizen/status/<i>.
  CHECK(fixture.app.layout().rect("citizen/status/0").has_value());
}

TEST_CASE("Citizen view flags every gap of the process", "[room][citizen]") {
  Fixture fixture;
  // The demo's process with the most gaps, so the test does not depend on one.
  std::string worst;
  std::size_t most = 0;
  for (const auto& process : fixture.app.document().workshop().processes) {
    const auto count = fixture.timeline(process.id).gaps.size();
    if (count > most) {
      most = count;
      worst = process.id;
    }
  }
  REQUIRE(most > 0);
  fixture.app.show_process(worst);
  REQUIRE(fixture.app.show_view("citizen"));
  fixture.imgui.frames(3, fixture.ui);
  const auto shown = fixture.shown();
  CHECK(shown["process"] == worst);
  REQUIRE(shown["gaps"].size() == most);
  CHECK(shown["gaps"][0]["text_px"].get<float>() >= 20);
}

TEST_CASE("Citizen view type grows while presenting and at scale 2", "[room][citizen]") {
  Fixture fixture;
  // Presenting the demo's running order, on its citizen slide.
  const auto slides = fixture.app.present().slides();
  std::size_t citizen = slides.size();
  for (std::size_t i = 0; i < slides.size(); ++i) {
    if (slides[i].kind == SlideKind::citizen && citizen == slides.size()) citizen = i;
  }
  REQUIRE(citizen < slides.size());
  fixture.app.present().enter(citizen);
  fixture.imgui.frames(2, fixture.ui);
  CHECK(fixture.shown()["text_px"].get<float>() >= 32);
  fixture.app.present().leave();
  fixture.app.set_ui_scale(2);
  fixture.app.set_display_font(nullptr);
  fixture.imgui.frames(2, fixture.ui);
  CHECK(fixture.shown()["text_px"].get<float>() >= 40);
}

TEST_CASE("Citizen view draws a slide's process and names an unknown one", "[room][citizen]") {
  Fixture fixture;
  auto* view = fixture.app.find_view<CitizenView>();
  REQUIRE(view != nullptr);
  Slide slide;
  slide.process = "klacht";
  const auto draw_slide = [&] {
    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize({1920, 1080});
    ImGui::Begin("slide");
    view->draw_slide(slide);
    ImGui::End();
  };
  fixture.imgui.frames(2, draw_slide);
  CHECK(fixture.shown()["process"] == "klacht");
  CHECK(fixture.shown()["status"].size() == fixture.timeline("klacht").messages().size());
  slide.process = "bestaat-niet";
  fixture.imgui.frames(2, draw_slide);
  CHECK(fixture.shown()["process"] == "bestaat-niet");
  CHECK(fixture.shown()["status"].empty());
}

// -----------------------------------------------------------------------------
// The timeline fits the space given: every demo process, in the tab and on a
// slide, at 1920x1080 and at 3840x2160 with scale 2.
// -----------------------------------------------------------------------------

namespace {

// The demo with one citizen slide per process, in the demo's order.
Workshop demo_with_citizen_slides() {
  Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  workshop.running_order.clear();
  for (const auto& process : workshop.processes) {
    Slide slide;
    slide.kind = SlideKind::citizen;
    slide.process = process.id;
    workshop.running_order.push_back(slide);
  }
  return workshop;
}

using test::kScreens;
using test::Screen;

// Every row inside the view (its width, and above its bottom: the footer
// while presenting), rows of one column top to bottom, and the type no
// smaller than the floor.
void check_fits(const nlohmann::json& shown, float floor_px) {
  INFO(shown["process"].get<std::string>() << " in " << shown["columns"] << " column(s) at "
                                           << shown["text_px"] << " px");
  const auto& view = shown["view"];
  REQUIRE(shown["rows"].size() > 0);
  CHECK(shown["text_px"].get<float>() >= floor_px);
  CHECK(shown["small_px"].get<float>() >= floor_px);
  const nlohmann::json* previous = nullptr;
  for (const auto& row : shown["rows"]) {
    const auto& rect = row["rect"];
    INFO(row.dump());
    CHECK(rect[0].get<float>() >= view[0].get<float>() - 0.5f);
    CHECK(rect[2].get<float>() <= view[2].get<float>() + 0.5f);
    CHECK(rect[1].get<float>() >= view[1].get<float>());
    CHECK(rect[3].get<float>() <= view[3].get<float>() + 0.5f);
    CHECK(row["text_px"].get<float>() >= floor_px);
    if (previous != nullptr) {
      if ((*previous)["column"] == row["column"]) {
        CHECK((*previous)["rect"][3].get<float>() <= rect[1].get<float>());
      } else {
        CHECK((*previous)["rect"][2].get<float>() < rect[0].get<float>());
      }
    }
    previous = &row;
  }
  for (const auto& status : shown["status"]) {
    CHECK(status["rect"][3].get<float>() <= view[3].get<float>() + 0.5f);
  }
}

}  // namespace

TEST_CASE("Citizen slide of every demo process fits above the footer", "[room][citizen-fit]") {
  for (const Screen screen : kScreens) {
    test::DemoApp demo(demo_with_citizen_slides(), screen.width, screen.height);
    demo.app.set_ui_scale(screen.scale);
    demo.app.set_display_font(nullptr);
    const auto& processes = demo.app.document().workshop().processes;
    for (std::size_t i = 0; i < processes.size(); ++i) {
      demo.app.present().enter(i);
      demo.imgui.frames(2, demo.ui);
      const auto layout = demo.app.layout_json();
      const auto shown = layout["citizen"];
      REQUIRE(shown["process"] == processes[i].id);
      // One line per status on a slide: no statustype and block under it.
      CHECK(shown["detail"] == false);
      check_fits(shown, CitizenView::kPresentingFloorPx * screen.scale);
      // The footer's text starts below the last row.
      const float footer_top = layout["present"]["title"]["rect"][1].get<float>();
      for (const auto& row : shown["rows"]) CHECK(row["rect"][3].get<float>() <= footer_top);
    }
    demo.app.present().leave();
  }
}

TEST_CASE("Citizen tab of every demo process fits without scrolling", "[room][citizen-fit]") {
  for (const Screen screen : kScreens) {
    test::DemoApp demo(load_workshop(test::demo_workshop_path()).workshop, screen.width,
                       screen.height);
    demo.app.set_ui_scale(screen.scale);
    demo.app.set_display_font(nullptr);
    for (const auto& process : demo.app.document().workshop().processes) {
      demo.app.show_process(process.id);
      REQUIRE(demo.app.show_view("citizen"));
      demo.imgui.frames(2, demo.ui);
      const auto shown = demo.app.layout_json()["citizen"];
      REQUIRE(shown["process"] == process.id);
      CHECK(shown["detail"] == true);  // the tab keeps the statustype and block
      check_fits(shown, CitizenView::kFloorPx * screen.scale);
    }
  }
}

TEST_CASE("Citizen slide too short for one column flows into a second at the floor size",
          "[room][citizen-fit]") {
  // A 1920x600 slide: the longest demo timeline cannot fit in one
  // column at 32 px, so it keeps the floor and takes more columns.
  test::DemoApp demo(demo_with_citizen_slides(), 1920, 600);
  const auto& processes = demo.app.document().workshop().processes;
  std::size_t longest = 0;
  std::size_t most = 0;
  for (std::size_t i = 0; i < processes.size(); ++i) {
    const auto timeline = citizen_timeline(processes[i], test::library(), Language::dutch);
    const std::size_t rows = timeline.messages().size() + timeline.gaps.size();
    if (rows > most) {
      most = rows;
      longest = i;
    }
  }
  demo.app.present().enter(longest);
  demo.imgui.frames(2, demo.ui);
  const auto shown = demo.app.layout_json()["citizen"];
  CHECK(shown["columns"].get<int>() >= 2);
  CHECK(shown["text_px"].get<float>() >= CitizenView::kPresentingFloorPx);
  check_fits(shown, CitizenView::kPresentingFloorPx);
  demo.app.present().leave();
}
