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

// Status rows top to bottom, none overlapping, inside the window's width.
void check_rows(const nlohmann::json& statuses, float width) {
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    const auto& rect = statuses[i]["rect"];
    CHECK(rect[0].get<float>() >= 0);
    CHECK(rect[2].get<float>() <= width);
    if (i > 0) CHECK(statuses[i - 1]["rect"][3].get<float>() <= rect[1].get<float>());
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
