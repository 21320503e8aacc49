// The werkvoorraad dashboard on the null backend: on a database filled with
// a (small) demo year it shows exactly Engine::werkvoorraad's counts, read
// through a second connection; it reads again when play mode changed
// something and on "Vernieuwen"; its text is at least 28 px at scale 1; and a
// database that cannot be opened is said in words.

#include <catch2/catch.hpp>
#include <filesystem>

#include "app/werkvoorraad_view.h"
#include "catalogi/selectielijst.h"
#include "demo_app.h"
#include "engine/demo_zaken.h"
#include "engine/sqlite_store.h"

using namespace blokjes;
using namespace blokjes::app;

namespace {

// The demo year, small, in the app's scratch database before the app opens it.
void fill_small_demo(const std::string& path, int zaken) {
  auto store = engine::open_sqlite_store(path);
  engine::FixedClock clock(engine::SystemClock().now());
  engine::Engine engine(*store, clock);
  const Selectielijst selectielijst = load_selectielijst(default_selectielijst_path());
  const Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  engine::DemoOptions options;
  options.zaken = zaken;
  const auto summary =
      engine::fill_demo_zaken(engine, clock, workshop, test::library(), selectielijst, options);
  REQUIRE(summary.zaken == zaken);
}

struct Fixture : test::DemoApp {
  Fixture() { fill_small_demo(scratch.file("zaken.db"), 30); }

  WerkvoorraadView& view() { return *app.find_view<WerkvoorraadView>(); }
  // The engine's own count, through its own connection to the same file.
  engine::Werkvoorraad expected() {
    auto store = engine::open_sqlite_store(scratch.file("zaken.db"));
    engine::SystemClock clock;
    engine::Engine engine(*store, clock);
    return engine.werkvoorraad();
  }
};

void check_same(const std::vector<engine::WerkvoorraadCount>& shown,
                const std::vector<engine::WerkvoorraadCount>& expected) {
  REQUIRE(shown.size() == expected.size());
  for (std::size_t i = 0; i < shown.size(); ++i) {
    INFO(expected[i].key);
    CHECK(shown[i].key == expected[i].key);
    CHECK(shown[i].open == expected[i].open);
    CHECK(shown[i].warning == expected[i].warning);
    CHECK(shown[i].overdue == expected[i].overdue);
    CHECK(shown[i].binnenkort == expected[i].binnenkort);
    CHECK(shown[i].opgeschort == expected[i].opgeschort);
  }
}

}  // namespace

TEST_CASE("the dashboard shows the engine's werkvoorraad of the demo year", "[werkvoorraad]") {
  Fixture f;
  REQUIRE(f.app.show_view("werkvoorraad"));
  f.imgui.frames(3, f.ui);
  const auto& shown = f.view().shown();
  INFO(f.view().error());
  REQUIRE(shown.has_value());
  const engine::Werkvoorraad expected = f.expected();
  CHECK(shown->as_of == expected.as_of);
  CHECK(shown->open == expected.open);
  CHECK(shown->closed == expected.closed);
  CHECK(shown->open + shown->closed == 30);
  check_same(shown->per_status, expected.per_status);
  check_same(shown->per_department, expected.per_department);
  check_same(shown->per_zaaktype, expected.per_zaaktype);
  REQUIRE(shown->deviations_per_step.size() == expected.deviations_per_step.size());
  for (std::size_t i = 0; i < expected.deviations_per_step.size(); ++i) {
    CHECK(shown->deviations_per_step[i].step == expected.deviations_per_step[i].step);
    CHECK(shown->deviations_per_step[i].count == expected.deviations_per_step[i].count);
  }
  // The headline figures and layout_json say the same.
  const auto layout = f.app.layout_json();
  CHECK(layout["view"] == "werkvoorraad");
  CHECK(layout["werkvoorraad"]["open"] == expected.open);
  CHECK(layout["werkvoorraad"]["closed"] == expected.closed);
  CHECK(f.app.layout().rect("werkvoorraad/headline/werkvoorraad.overdue").has_value());
}

TEST_CASE("the dashboard reads again after play mode and on Vernieuwen", "[werkvoorraad][play]") {
  Fixture f;
  f.app.show_view("werkvoorraad");
  f.imgui.frames(2, f.ui);
  REQUIRE(f.view().shown().has_value());
  const int open_before = f.view().shown()->open;
  // Play mode creates a zaak: the dashboard follows without being asked.
  f.app.set_play(true);
  f.imgui.frames(2, f.ui);
  REQUIRE(f.app.play().zaak().has_value());
  const std::string zaaktype = f.app.play().zaak()->zaaktype;
  f.app.set_play(false);
  f.app.show_view("werkvoorraad");
  f.imgui.frames(2, f.ui);
  CHECK(f.view().shown()->open == open_before + 1);
  // Another program adds one: only Vernieuwen shows it.
  {
    auto store = engine::open_sqlite_store(f.scratch.file("zaken.db"));
    engine::SystemClock clock;
    engine::Engine engine(*store, clock);
    engine::CreateZaak request;
    request.zaaktype = zaaktype;
    engine.create(request, {});
  }
  f.imgui.frames(2, f.ui);
  CHECK(f.view().shown()->open == open_before + 1);
  const auto button = f.app.layout().rect("werkvoorraad/refresh");
  REQUIRE(button.has_value());
  f.imgui.click((button->min.x + button->max.x) / 2, (button->min.y + button->max.y) / 2, f.ui);
  CHECK(f.view().shown()->open == open_before + 2);
}

TEST_CASE("the dashboard's text is at least 28 px at scale 1", "[werkvoorraad]") {
  Fixture f;
  f.app.show_view("werkvoorraad");
  f.imgui.frames(2, f.ui);
  const auto refresh = f.app.layout().rect("werkvoorraad/refresh");
  REQUIRE(refresh.has_value());
  // A button is its text plus the frame's padding above and below.
  CHECK(refresh->max.y - refresh->min.y >= 28);
  const auto open = f.app.layout().rect("werkvoorraad/headline/werkvoorraad.open");
  REQUIRE(open.has_value());
  CHECK(open->max.y - open->min.y >= 56 + 28);  // the number over its name
}

TEST_CASE("a database that cannot be opened is said in words on the dashboard",
          "[werkvoorraad]") {
  test::DemoApp f;
  std::filesystem::create_directories(f.scratch.file("zaken.db"));  // a directory, not a file
  f.app.show_view("werkvoorraad");
  f.imgui.frames(2, f.ui);
  const auto& view = *f.app.find_view<WerkvoorraadView>();
  CHECK_FALSE(view.shown().has_value());
  CHECK(view.error().find("zaken.db") != std::string::npos);
  CHECK(view.error().find("De zaakdatabase kon niet worden geopend") == 0);
  // Once the file can be made, Vernieuwen opens it.
  std::filesystem::remove(f.scratch.file("zaken.db"));
  const auto button = f.app.layout().rect("werkvoorraad/refresh");
  REQUIRE(button.has_value());
  f.imgui.click((button->min.x + button->max.x) / 2, (button->min.y + button->max.y) / 2, f.ui);
  CHECK(view.error().empty());
  REQUIRE(view.shown().has_value());
  CHECK(view.shown()->open == 0);
}
