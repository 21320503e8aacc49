// Presentation mode, the votes view, the running-order dialog and the
// remembered window size, through the whole app on the null backend: F5
// enters, the clicker's keys step and stop at the ends, Esc leaves and puts
// the view back; each slide is drawn by the view of its kind; the texts are
// as large as the back row needs.

#include <catch2/catch.hpp>
#include <fstream>
#include <set>

#include "app/present_view.h"
#include "app/running_order_dialog.h"
#include "app/theme.h"
#include "app/votes_view.h"
#include "app/window_state.h"
#include "core/running_order.h"
#include "picture/geometry.h"
#include "demo_app.h"

using namespace blokjes;
using namespace blokjes::app;

namespace {

struct Fixture : test::DemoApp {
  // The demo's own session (its running order, its dots) stays out: each test
  // sets up what it checks.
  explicit Fixture(Workshop workshop = test::demo_without_session())
      : DemoApp(std::move(workshop)) {}
  void press(int key) { imgui.press(key, ui); }
  int slide() const { return app.layout_json()["slide"].get<int>(); }
  bool presenting() const { return app.layout_json()["presenting"].get<bool>(); }
};

// The demo with a running order of one slide of each kind the app draws itself.
Workshop demo_with_running_order() {
  Workshop workshop = test::demo_without_session();
  workshop.running_order = {{SlideKind::canvas, "huwelijk", {}, {}},
                            {SlideKind::compare, "huwelijk", "parkeervergunning", {}},
                            {SlideKind::matrix, {}, {}, {}},
                            {SlideKind::votes, {}, {}, {}}};
  return workshop;
}

// The demo with two voting rounds and dots on huwelijk's blocks: the second
// block gets three dots, the first one.
Workshop demo_with_votes() {
  Workshop workshop = test::demo_without_session();
  workshop.rounds = {{"r1", "Blokjes leggen", 20, 3}, {"r2", "Afspraken", 15, 3}};
  REQUIRE(workshop.participants.size() >= 2);
  const std::string anna = workshop.participants[0].id;
  const std::string bram = workshop.participants[1].id;
  const Process& huwelijk = *workshop.find_process("huwelijk");
  const std::string first = huwelijk.blocks.at(0).id;
  const std::string second = huwelijk.blocks.at(1).id;
  for (const auto& [round, who, target] :
       {std::tuple{"r1", anna, second}, std::tuple{"r1", bram, second},
        std::tuple{"r2", anna, second}, std::tuple{"r2", bram, first}}) {
    workshop.votes.push_back({round, who, "huwelijk", VoteTarget::block, target});
  }
  return workshop;
}

}  // namespace

TEST_CASE("F5 enters presentation mode on the first slide and Esc leaves it", "[room][present]") {
  Fixture f;
  f.app.show_view("matrix");
  f.imgui.frames(2, f.ui);
  CHECK_FALSE(f.presenting());
  CHECK(f.app.layout_json()["slide"].is_null());
  const ImVec4 everyday = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];

  f.press(GLFW_KEY_F5);
  CHECK(f.app.session().presenting);
  CHECK(f.presenting());
  CHECK(f.slide() == 1);
  // The demo has no running order: the default one, its first process's canvas.
  const auto order = default_running_order(f.app.document().workshop());
  CHECK(f.app.present().slides() == order);
  CHECK(f.app.shown_process() == order.front().process);
  const auto texts = f.app.layout_json()["present"];
  CHECK(texts["title"]["text_px"].get<float>() >= 32);
  CHECK(texts["number"]["text_px"].get<float>() >= 32);
  // The everyday style is back between frames: the theme lives for a frame only.
  CHECK(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x == everyday.x);

  f.press(GLFW_KEY_ESCAPE);
  CHECK_FALSE(f.app.session().presenting);
  CHECK_FALSE(f.presenting());
  CHECK(f.app.view() == "matrix");  // back where F5 was pressed
  CHECK(f.app.layout_json()["present"].is_null());
}

// Slides that are never shown in parts, so every key steps a whole slide.
Workshop demo_with_views_only() {
  Workshop workshop = test::demo_without_session();
  workshop.running_order = {{SlideKind::matrix, {}, {}, {}},
                            {SlideKind::coverage, {}, {}, {}},
                            {SlideKind::votes, {}, {}, {}},
                            {SlideKind::compare, "huwelijk", "parkeervergunning", {}},
                            {SlideKind::citizen, "huwelijk", {}, {}}};
  return workshop;
}

TEST_CASE("Page Down Space and Right step and Page Up and Left step back clamped at the ends",
          "[room][present]") {
  Fixture f(demo_with_views_only());
  f.press(GLFW_KEY_F5);
  const int count = static_cast<int>(f.app.present().slides().size());
  REQUIRE(count >= 4);
  f.press(GLFW_KEY_PAGE_DOWN);
  CHECK(f.slide() == 2);
  f.press(GLFW_KEY_SPACE);
  CHECK(f.slide() == 3);
  f.press(GLFW_KEY_RIGHT);
  CHECK(f.slide() == 4);
  f.press(GLFW_KEY_PAGE_UP);
  CHECK(f.slide() == 3);
  f.press(GLFW_KEY_LEFT);
  CHECK(f.slide() == 2);
  f.press(GLFW_KEY_LEFT);
  f.press(GLFW_KEY_LEFT);
  CHECK(f.slide() == 1);  // not before the first
  f.press(GLFW_KEY_END);
  CHECK(f.slide() == count);
  f.press(GLFW_KEY_PAGE_DOWN);
  CHECK(f.slide() == count);  // not past the last
  CHECK(f.presenting());
  f.press(GLFW_KEY_HOME);
  CHECK(f.slide() == 1);
}

TEST_CASE("each slide is drawn by the view of its kind", "[room][present]") {
  Fixture f(demo_with_running_order());
  f.press(GLFW_KEY_F5);
  // 1: the canvas of huwelijk, fitted to the whole window, in parts.
  CHECK(f.app.shown_process() == "huwelijk");
  CHECK(f.app.canvas().screen_max().x - f.app.canvas().screen_min().x > 1500);
  for (std::size_t part = 1; part < f.app.canvas().part_count(); ++part) f.press(GLFW_KEY_PAGE_DOWN);
  // 2: the comparison of the slide's two processes.
  f.press(GLFW_KEY_PAGE_DOWN);
  CHECK(f.app.layout_json()["compare"] ==
        nlohmann::json::array({"huwelijk", "parkeervergunning"}));
  CHECK(f.app.layout_json()["present"]["title"].is_object());
  // 3: the matrix records its grid as it draws.
  f.press(GLFW_KEY_PAGE_DOWN);
  CHECK(f.app.layout_json()["matrix"].is_object());
  // 4: the votes, at the presentation's size.
  f.press(GLFW_KEY_PAGE_DOWN);
  const auto votes = f.app.layout_json()["votes"];
  REQUIRE(votes.is_object());
  CHECK(votes["text_px"].get<float>() >= 32);
  f.press(GLFW_KEY_ESCAPE);
  CHECK(f.app.view() == "canvas");
  CHECK(f.app.shown_process() == "huwelijk");
}

TEST_CASE("a process too wide for the window is presented part by part with every block whole",
          "[room][present]") {
  Fixture f(demo_with_running_order());
  f.press(GLFW_KEY_F5);
  CanvasPanel& canvas = f.app.canvas();
  const Process& huwelijk = f.process();
  const std::size_t parts = canvas.part_count();
  // At 1600 px wide and the presenting floor, huwelijk does not fit at once.
  REQUIRE(parts >= 2);
  CHECK(canvas.title_text_px() >= 32 - 1e-6);
  std::set<std::string> seen_whole;
  for (std::size_t part = 0; part < parts; ++part) {
    CHECK(f.slide() == 1);
    CHECK(canvas.part() == part);
    CHECK(f.app.layout_json()["present"]["part"] ==
          nlohmann::json::array({part + 1, parts}));
    const float left = canvas.part_begin_x();
    const float end = canvas.part_end_x();
    for (const Block& block : huwelijk.blocks) {
      const CanvasRect rect = picture::block_rect(block);
      const ScreenPoint min = canvas.view().to_screen(rect.min);
      const ScreenPoint max = canvas.view().to_screen(rect.max);
      // Drawn (ending after the part's begin, starting before its end):
      // then whole, never cut at either edge.
      if (max.x <= left || min.x >= end) continue;
      INFO("part " << part + 1 << " block " << block.id);
      CHECK(min.x >= left - 0.5f);
      CHECK(max.x <= end + 0.5f);
      seen_whole.insert(block.id);
    }
    f.press(GLFW_KEY_PAGE_DOWN);
  }
  CHECK(seen_whole.size() == huwelijk.blocks.size());
  // After the last part, Page Down went on to the next slide.
  CHECK(f.slide() == 2);
  // Page Up from slide 2 comes back to slide 1 at its start.
  f.press(GLFW_KEY_PAGE_UP);
  CHECK(f.slide() == 1);
  CHECK(canvas.part() == 0);
  // Leaving: the everyday canvas is one part again.
  f.press(GLFW_KEY_ESCAPE);
  f.imgui.frames(1, f.ui);
  CHECK(canvas.part_count() == 1);
}

TEST_CASE("present view started on a given slide clamps past the end",
          "[room][present]") {
  Fixture f(demo_with_running_order());
  f.app.present().enter(2);
  f.imgui.frames(2, f.ui);
  CHECK(f.slide() == 3);
  f.app.present().enter(99);
  f.imgui.frames(2, f.ui);
  CHECK(f.slide() == 4);
}

TEST_CASE("the votes view ranks the dots per round with names large enough", "[room][present]") {
  Fixture f(demo_with_votes());
  f.app.show_view("votes");
  f.imgui.frames(2, f.ui);
  const Process& huwelijk = f.process();
  auto votes = f.app.layout_json()["votes"];
  REQUIRE(votes["rows"].size() == 2);
  CHECK(votes["rows"][0]["target"] == huwelijk.blocks[1].id);
  CHECK(votes["rows"][0]["dots"] == 3);
  CHECK(votes["rows"][1]["target"] == huwelijk.blocks[0].id);
  CHECK(votes["rows"][1]["dots"] == 1);
  CHECK(votes["rows"][0]["text_px"].get<float>() >= 20);
  // Round two alone: one dot each, in block order.
  f.app.find_view<VotesView>()->set_round("r2");
  f.imgui.frames(2, f.ui);
  votes = f.app.layout_json()["votes"];
  REQUIRE(votes["rows"].size() == 2);
  CHECK(votes["round"] == "r2");
  CHECK(votes["rows"][0]["target"] == huwelijk.blocks[0].id);
  CHECK(votes["rows"][0]["dots"] == 1);
}

TEST_CASE("the running-order dialog adds moves and removes slides as undoable edits",
          "[room][present]") {
  Fixture f;
  RunningOrderDialog& dialog = f.app.running_order_dialog();
  const std::size_t defaults = default_running_order(f.app.document().workshop()).size();
  dialog.add({SlideKind::compare, "huwelijk", "klacht", {}});
  const auto& order = f.app.document().workshop().running_order;
  REQUIRE(order.size() == defaults + 1);
  CHECK(order.back() == Slide{SlideKind::compare, "huwelijk", "klacht", {}});
  dialog.move(order.size() - 1, -1);
  CHECK(order[order.size() - 2].kind == SlideKind::compare);
  dialog.move(0, -1);  // nothing above the first
  CHECK(order[0].process == "huwelijk");
  dialog.remove(0);
  CHECK(order.size() == defaults);
  CHECK(order[0].process != "huwelijk");
  // The dialog draws, and presentation mode follows the new order.
  dialog.open();
  f.imgui.frames(2, f.ui);
  CHECK(f.app.layout().rect("running_order/0").has_value());
  f.press(GLFW_KEY_F5);
  CHECK(f.app.present().slides() == order);
  f.press(GLFW_KEY_ESCAPE);
  // Each change was one edit (the refused move none): three undos give back
  // the workshop without a running order of its own.
  for (int i = 0; i < 3; ++i) f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(f.app.document().workshop().running_order.empty());
  CHECK_FALSE(f.app.document().modified());
}

TEST_CASE("the window's size and place are remembered and a broken file is ignored",
          "[room][present]") {
  test::ScratchDirectory scratch;
  const std::string path = scratch.file("config/window.json");
  std::string problem;
  CHECK_FALSE(load_window_geometry(path, &problem).has_value());  // first start: none
  CHECK(problem.empty());
  const WindowGeometry geometry{40, 30, 1700, 1000, true};
  save_window_geometry(path, geometry);
  CHECK(load_window_geometry(path, &problem) == geometry);
  for (const std::string& broken :
       {std::string("{\"x\": 1, \"y\": 2, \"width\": 1700"), std::string("[1, 2]"),
        std::string("{\"x\": 1, \"y\": 2, \"width\": \"wide\", \"height\": 900}"),
        std::string("{\"x\": 1, \"y\": 2, \"width\": 20, \"height\": 900}")}) {
    INFO(broken);
    std::ofstream(path, std::ios::trunc) << broken;
    problem.clear();
    CHECK_FALSE(load_window_geometry(path, &problem).has_value());
    CHECK_THAT(problem, Catch::Matchers::Contains("window.json"));
  }
}
