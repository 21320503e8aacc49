// Issue 11 in the app: blocks at astronomic or non-finite positions (item 2),
// the start screen on a file that cannot be opened (item 13), and file text
// in the app's messages (item 9). All headless, on the null ImGui backend.
//
// [SECTION] Helpers
// [SECTION] Extreme coordinates
// [SECTION] The start screen

#include <imgui.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>

#include "demo_app.h"

using namespace blokjes;
using namespace blokjes::app;
using Catch::Matchers::Contains;

namespace {

// -----------------------------------------------------------------------------
// [SECTION] Helpers
// -----------------------------------------------------------------------------

// Every vertex ImGui was given in the last frame is finite and within reach of
// a float draw list (no 1e38 that overflows on the next addition).
bool draw_data_is_finite() {
  const ImDrawData* data = ImGui::GetDrawData();
  if (!data) return false;
  for (int list = 0; list < data->CmdListsCount; ++list) {
    for (const ImDrawVert& vertex : data->CmdLists[list]->VtxBuffer) {
      if (!std::isfinite(vertex.pos.x) || !std::isfinite(vertex.pos.y) ||
          std::abs(vertex.pos.x) > 1e9f || std::abs(vertex.pos.y) > 1e9f) {
        return false;
      }
    }
  }
  return true;
}

bool all_finite(const nlohmann::json& value) {
  if (value.is_number()) return std::isfinite(value.get<double>());
  if (value.is_array() || value.is_object()) {
    for (const auto& item : value) {
      if (!all_finite(item)) return false;
    }
  }
  return true;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Extreme coordinates
// -----------------------------------------------------------------------------

TEST_CASE("blocks at astronomic and non-finite positions draw, fit and zoom without a crash",
          "[hardening][app]") {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  struct Case {
    const char* name;
    std::vector<std::pair<double, double>> positions;  // for the first blocks of huwelijk
  };
  const std::vector<Case> cases = {
      {"y = -1e308 (the issue's example)", {{0, -1e308}}},
      {"+-1e308 on both axes", {{1e308, 1e308}, {-1e308, -1e308}, {1e308, -1e308}}},
      {"just outside the drawable range", {{1e7, 0}, {-1e7, 0}, {0, 1e7}, {0, -1e7}}},
      {"the largest doubles", {{1.7976931348623157e308, -1.7976931348623157e308}}},
      {"infinite and not a number", {{kInf, 0}, {0, -kInf}, {nan, nan}}},
      {"all blocks far away, none normal",
       {{1e308, 1e308}, {1e308, 1e308}, {1e308, 1e308}, {1e308, 1e308}, {1e308, 1e308},
        {1e308, 1e308}, {1e308, 1e308}, {1e308, 1e308}}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
      Process& process = *workshop.find_process("huwelijk");
      REQUIRE(process.blocks.size() >= c.positions.size());
      for (std::size_t i = 0; i < c.positions.size(); ++i) {
        process.blocks[i].position = {c.positions[i].first, c.positions[i].second};
      }
      test::DemoApp demo(std::move(workshop));
      CHECK(draw_data_is_finite());
      // Fit frames them, zoom in and out at the centre, pan by the minimap.
      demo.app.canvas().fit_on_next_frame();
      demo.imgui.frames(2, demo.ui);
      CHECK(draw_data_is_finite());
      CHECK(std::isfinite(demo.app.canvas().view().zoom()));
      const auto canvas = demo.app.layout().rect("canvas");
      REQUIRE(canvas);
      const ScreenPoint centre{(canvas->min.x + canvas->max.x) / 2,
                               (canvas->min.y + canvas->max.y) / 2};
      demo.imgui.mouse_to(centre.x, centre.y);
      for (const float steps : {5.0f, -12.0f, 30.0f}) {
        demo.imgui.wheel(steps);
        demo.imgui.frame(demo.ui);
        CHECK(draw_data_is_finite());
      }
      // A press in the minimap's corner steers the view there.
      demo.imgui.click(canvas->max.x - 30, canvas->max.y - 30, demo.ui);
      CHECK(draw_data_is_finite());
      const ScreenPoint origin = demo.app.canvas().view().origin();
      CHECK(std::isfinite(origin.x));
      CHECK(std::isfinite(origin.y));
      // The layout recorder's rectangles, which GUI tests read, are finite.
      const nlohmann::json layout = demo.app.layout_json();
      CHECK(all_finite(layout));
      CHECK(layout["blocks"].size() == process.blocks.size());
      // The model is not changed by drawing: clamping is the view's only.
      CHECK_FALSE(demo.app.document().modified());
    }
  }
}

TEST_CASE("the canvas view clamps what it turns into pixels", "[hardening][app]") {
  CanvasView view;
  view.set_origin({100, 50});
  for (const double value : {1e308, -1e308, std::numeric_limits<double>::infinity(),
                             std::numeric_limits<double>::quiet_NaN(), 3e6, -3e6}) {
    const ScreenPoint point = view.to_screen({value, value});
    CHECK(std::isfinite(point.x));
    CHECK(std::abs(point.x) <= 100 + kDrawableLimit * kMaxZoom);
    CHECK(std::abs(point.y) <= 50 + kDrawableLimit * kMaxZoom);
  }
  // Inside the range nothing changes.
  const ScreenPoint normal = view.to_screen({250, -40});
  CHECK(normal.x == Approx(350));
  CHECK(normal.y == Approx(10));
  // Fit on content at the ends of the doubles still shows the origin region.
  view.fit({{-1e308, -1e308}, {1e308, 1e308}}, {0, 0}, {1600, 900});
  CHECK(std::isfinite(view.zoom()));
  CHECK(std::isfinite(view.origin().x));
  view.fit({{1e308, 1e308}, {1e308, 1e308}}, {0, 0}, {1600, 900});
  CHECK(std::isfinite(view.to_screen({0, 0}).x));
  view.pan(1e300, -1e300);
  CHECK(std::abs(view.origin().x) <= kOriginLimit);
  view.zoom_at({10, 10}, std::numeric_limits<double>::quiet_NaN());
  CHECK(std::isfinite(view.zoom()));
}

// -----------------------------------------------------------------------------
// [SECTION] The start screen
// -----------------------------------------------------------------------------

namespace {

// What main.cpp does with the file given: the demo behind, untitled, and the
// start screen in front when the file could not be opened.
struct StartedApp {
  test::ScratchDirectory& scratch;
  std::optional<App::StartProblem> problem;
  HeadlessImGui imgui{1600, 900};
  std::optional<App> app;
  std::function<void()> ui;

  StartedApp(test::ScratchDirectory& scratch_directory, const std::string& path,
             Language language = Language::dutch)
      : scratch(scratch_directory) {
    std::optional<LoadedWorkshop> given = load_start_workshop(path, problem);
    LoadedWorkshop loaded = given ? std::move(*given) : load_workshop(test::demo_workshop_path());
    Translations translations = Translations::load(test::source_path("assets"));
    translations.set_language(language);
    app.emplace(Document(std::move(loaded.workshop), given ? path : ""),
                load_block_library(test::source_path("assets/blocks.json")),
                std::move(translations),
                AppSettings{scratch.file("recovery"), scratch.file("recent.json"), "",
                            {scratch.file("zaken.db")}});
    if (problem) app->show_start_problem(*problem);
    ui = [this] { app->draw_frame(); };
    imgui.frames(3, ui);
  }
  // Clicks a start screen button where the layout recorder saw it.
  void click(const std::string& key) {
    const auto rect = app->layout().rect("start/" + key);
    REQUIRE(rect);
    imgui.click((rect->min.x + rect->max.x) / 2, (rect->min.y + rect->max.y) / 2, ui);
  }
};

std::string bytes_of(const std::string& path) {
  if (!std::filesystem::is_regular_file(path)) return {};
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("a file that cannot be opened shows the start screen; Demo openen opens the demo",
          "[hardening][app]") {
  test::ScratchDirectory scratch;
  struct Case {
    std::string name;
    std::string path;
    std::string contents;  // written unless empty
    int line;              // expected line of the problem, 0: none
  };
  const std::vector<Case> cases = {
      {"bad JSON", scratch.file("bad.json"), "{\n  \"format\": \"blokjes\",\n    oops\n}\n", 3},
      {"missing file", scratch.file("missing.json"), "", 0},
      {"a directory", scratch.file("folder.json"), "", 0},
      {"JSON that is not a workshop", scratch.file("array.json"), "[1, 2, 3]\n", 0},
      {"a workshop of the wrong format", scratch.file("other.json"),
       "{\"format\": \"something-else\", \"version\": 1}\n", 0},
      {"control bytes in the name", scratch.file("evil\x1b]0;x\x07.json"), "{]", 1},
  };
  std::filesystem::create_directory(scratch.file("folder.json"));
  for (const auto& c : cases) {
    SECTION(c.name) {
      if (!c.contents.empty()) std::ofstream(c.path, std::ios::binary) << c.contents;
      const std::string before = bytes_of(c.path);
      StartedApp started(scratch, c.path);
      REQUIRE(started.problem);
      CHECK(started.problem->file == c.path);
      CHECK_FALSE(started.problem->message.empty());
      if (c.line > 0) CHECK(started.problem->position.line == c.line);
      App& app = *started.app;
      CHECK(app.shows_start_problem());
      CHECK(app.window_title() == "Bestand niet geopend - Blokjessessie");
      const nlohmann::json layout = app.layout_json();
      REQUIRE(layout["start"].is_object());
      CHECK(layout["start"].contains("demo"));
      CHECK(layout["start"].contains("open"));
      CHECK(layout["start"]["file"].get<std::string>().find('\x1b') == std::string::npos);
      // The layout JSON is valid UTF-8 whatever the path held.
      CHECK_NOTHROW(layout.dump());

      started.click("demo");
      CHECK_FALSE(app.shows_start_problem());
      CHECK(app.layout_json()["start"].is_null());
      CHECK(app.document().workshop().find_process("huwelijk") != nullptr);
      CHECK(app.document().path().empty());  // untitled: Save asks where
      CHECK(app.window_title() != "Bestand niet geopend - Blokjessessie");
      started.imgui.frames(3, started.ui);
      CHECK_FALSE(app.layout_json()["blocks"].empty());
      // Nothing was written over the file given.
      CHECK(bytes_of(c.path) == before);
      const bool should_exist = !c.contents.empty() || c.name == "a directory";
      CHECK(std::filesystem::exists(c.path) == should_exist);
    }
  }
}

TEST_CASE("the start screen: Return opens the demo, a recent file opens, English labels",
          "[hardening][app]") {
  test::ScratchDirectory scratch;
  const std::string good = scratch.file("velsen.json");
  std::filesystem::copy_file(test::demo_workshop_path(), good);
  const std::string bad = scratch.file("kapot.json");
  std::ofstream(bad) << "{\"format\": ";
  {
    // A recent list with the good file in it, as an earlier session left it.
    StartedApp earlier(scratch, good);
    CHECK_FALSE(earlier.problem);
    CHECK_FALSE(earlier.app->shows_start_problem());
  }
  SECTION("Return") {
    StartedApp started(scratch, bad);
    REQUIRE(started.app->shows_start_problem());
    started.imgui.press(GLFW_KEY_ENTER, started.ui);
    CHECK_FALSE(started.app->shows_start_problem());
    CHECK(started.app->document().path().empty());
  }
  SECTION("a recent file") {
    StartedApp started(scratch, bad);
    REQUIRE(started.app->layout().rect("start/recent/0"));
    started.click("recent/0");
    CHECK_FALSE(started.app->shows_start_problem());
    CHECK(started.app->document().path() == good);
    CHECK(started.app->window_title() == "velsen.json - Blokjessessie");
  }
  SECTION("a recent file that is gone replaces the problem shown") {
    StartedApp started(scratch, bad);
    std::filesystem::remove(good);
    started.click("recent/0");
    CHECK(started.app->shows_start_problem());
    CHECK(started.app->layout_json()["start"]["file"] == good);
    CHECK(started.app->document().path().empty());
  }
  SECTION("English") {
    StartedApp started(scratch, bad, Language::english);
    CHECK(started.app->window_title() == "File not opened - Blokjessessie");
  }
}
