// Speel mode through the whole app on the null backend, on the demo's
// huwelijk and a scratch zaken database: a zaak starts, the canvas marks its
// current and next blocks, a click sets a status (and never selects or edits),
// a skipped step is a deviation with its banner, strict refuses it in the
// engine's own words, and resultaat + eindstatus close the zaak with the
// einddatum on the timeline. Also the engine session: the demo database is
// made and filled once, and a database that cannot be opened is reported.

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "app/engine_session.h"
#include "catalogi/selectielijst.h"
#include "demo_app.h"
#include "engine/sqlite_store.h"

using namespace blokjes;
using namespace blokjes::app;

namespace {

struct PlayFixture : test::DemoApp {
  PlayFixture() {
    app.set_play(true);
    imgui.frames(3, ui);
    REQUIRE(app.play().active());
    REQUIRE(app.play().zaak().has_value());
    REQUIRE(app.play().definition().has_value());
  }

  PlayPanel& play() { return app.play(); }
  const engine::ZaaktypeDefinition& definition() { return *play().definition(); }

  void click_block(const std::string& id) {
    const Block* block = process().find_block(id);
    REQUIRE(block != nullptr);
    bring_into_view(*block);
    const ScreenPoint centre = centre_of(*block);
    imgui.click(centre.x, centre.y, ui);
  }

  // A block that sets a status, is neither the current one nor allowed next,
  // and is not the eindstatus (which needs a resultaat first).
  std::string skipped_block() {
    const auto& marks = play().marks();
    const auto* eind = definition().eindstatus();
    for (const auto& statustype : definition().statustypen) {
      if (statustype.block_id.empty() || &statustype == eind) continue;
      if (statustype.block_id == marks.current_block) continue;
      if (marks.next_blocks.contains(statustype.block_id)) continue;
      if (statustype.volgnummer <= 1) continue;  // one before the current would be backwards
      return statustype.block_id;
    }
    FAIL("huwelijk has no status to skip to");
    return {};
  }

  std::string statustype_of(const std::string& block_id) {
    for (const auto& statustype : definition().statustypen) {
      if (statustype.block_id == block_id) return statustype.omschrijving;
    }
    return {};
  }

  // The first allowed next block that sets a status.
  std::string first_next_block() {
    for (const auto& id : play().marks().next_blocks) {
      if (!statustype_of(id).empty()) return id;
    }
    FAIL("no next block with a status");
    return {};
  }
};

}  // namespace

TEST_CASE("play mode starts a zaak of the shown process and marks where it may go", "[play]") {
  PlayFixture f;
  const auto& zaak = *f.play().zaak();
  CHECK(f.definition().graph.process_id == "huwelijk");
  CHECK(zaak.zaaktype == f.definition().identificatie);
  CHECK(f.play().refusal().empty());
  CHECK_FALSE(f.play().played_as_concept());  // the demo's huwelijk validates
  // Where the zaak may go is what the engine says, and the canvas shows exactly that.
  engine::Engine& engine = *f.app.engine_session().engine();
  const engine::NextSteps next = engine.next_steps(zaak.identificatie);
  CHECK_FALSE(next.next_blocks.empty());
  CHECK(f.play().marks().next_blocks ==
        std::set<std::string>(next.next_blocks.begin(), next.next_blocks.end()));
  CHECK(f.app.canvas().play_marks() == f.play().marks());
  CHECK(f.app.canvas().play_mode());
  const auto layout = f.app.layout_json();
  CHECK(layout["play"]["active"] == true);
  CHECK(layout["play"]["zaak"] == zaak.identificatie);
  // The panel takes the inspector's place.
  CHECK(f.app.layout().rect("play/title").has_value());
}

TEST_CASE("clicking a next block sets its status, selects nothing and leaves the model alone",
          "[play]") {
  PlayFixture f;
  const auto revision = f.app.document().revision();
  const std::string target = f.first_next_block();
  f.click_block(target);
  const auto& zaak = *f.play().zaak();
  CHECK(zaak.status == f.statustype_of(target));
  CHECK(f.play().refusal().empty());
  CHECK(f.play().deviation_banner().empty());
  CHECK(f.play().marks().current_block == target);
  CHECK(f.app.canvas().play_marks().current_block == target);
  CHECK_FALSE(f.play().marks().next_blocks.contains(target));
  CHECK(f.app.canvas().selection().empty());
  CHECK(f.app.document().revision() == revision);
  // The engine holds it, not only the panel.
  const auto stored = f.app.engine_session().engine()->show(zaak.identificatie, {});
  CHECK(stored.status == f.statustype_of(target));
  CHECK(f.app.layout_json()["play"]["current_block"] == target);
}

TEST_CASE("a skipped step is recorded as a deviation and shown in the amber banner", "[play]") {
  PlayFixture f;
  f.click_block(f.first_next_block());
  const std::string skipped = f.skipped_block();
  f.click_block(skipped);
  f.imgui.frames(2, f.ui);
  const auto& zaak = *f.play().zaak();
  CHECK(zaak.status == f.statustype_of(skipped));
  REQUIRE(zaak.deviations.size() == 1);
  CHECK(zaak.deviations.front().to_statustype == f.statustype_of(skipped));
  CHECK(f.play().deviation_banner() ==
        "Afwijking: van " + zaak.deviations.front().from_statustype + " naar " +
            f.statustype_of(skipped));
  CHECK(f.app.layout().rect("play/banner").has_value());
  CHECK(f.app.layout_json()["play"]["deviation"] == f.play().deviation_banner());
}

TEST_CASE("strict refuses a skipped step with the engine's status-order message", "[play]") {
  PlayFixture f;
  f.play().set_strict(true);
  f.imgui.frames(2, f.ui);
  REQUIRE(f.play().zaak().has_value());
  CHECK(f.play().strict());
  CHECK(f.app.engine_session().engine()->next_steps(f.play().zaak()->identificatie).strict);
  f.click_block(f.first_next_block());
  const std::string before = f.play().zaak()->status;
  const std::string skipped = f.skipped_block();
  f.click_block(skipped);
  f.imgui.frames(2, f.ui);
  CHECK(f.play().zaak()->status == before);
  CHECK(f.play().zaak()->deviations.empty());
  CHECK(f.play().deviation_banner().empty());
  // The same refusal the engine gives, in the UI's language (Dutch).
  std::string expected;
  try {
    engine::Engine& engine = *f.app.engine_session().engine();
    const auto* statustype = f.definition().find_statustype(f.statustype_of(skipped));
    REQUIRE(statustype != nullptr);
    engine.set_status(f.play().zaak()->identificatie, statustype->uuid, std::nullopt, {});
    FAIL("the engine took a skipped step on a strict zaaktype");
  } catch (const engine::EngineError& error) {
    CHECK(error.code() == engine::ErrorCode::status_order);
    expected = error.message_nl();
  }
  CHECK_FALSE(expected.empty());
  CHECK(f.play().refusal() == expected);
  CHECK(f.app.layout().rect("play/refusal").has_value());
}

TEST_CASE("resultaat and eindstatus close the zaak; the timeline shows the einddatum", "[play]") {
  PlayFixture f;
  const auto& definition = f.definition();
  REQUIRE_FALSE(definition.resultaattypen.empty());
  // A resultaat whose brondatum is the closing itself, so closing needs nothing more.
  const engine::ResultaattypeDefinition* resultaat = &definition.resultaattypen.front();
  for (const auto& candidate : definition.resultaattypen) {
    if (candidate.brondatum.afleidingswijze == "afgehandeld") resultaat = &candidate;
  }
  f.play().set_resultaat(resultaat->uuid);
  CHECK(f.play().refusal().empty());
  CHECK(f.play().zaak()->resultaat == resultaat->omschrijving);
  const auto* eind = definition.eindstatus();
  REQUIRE(eind != nullptr);
  REQUIRE_FALSE(eind->block_id.empty());
  f.click_block(eind->block_id);
  f.imgui.frames(2, f.ui);
  const auto& zaak = *f.play().zaak();
  INFO(f.play().refusal());
  CHECK(zaak.closed());
  CHECK(zaak.status == eind->omschrijving);
  const std::string today = f.app.engine_session().engine()->clock().now().date().iso();
  CHECK(zaak.einddatum->iso() == today);
  CHECK(f.play().marks().next_blocks.empty());
  CHECK(f.app.layout().rect("play/einddatum").has_value());
  CHECK(f.app.layout_json()["play"]["einddatum"] == today);
}

TEST_CASE("opschorten and hervatten go through the engine; a refusal is shown in plain words",
          "[play]") {
  PlayFixture f;
  const bool allowed = f.definition().opschorting_en_aanhouding_mogelijk;
  f.play().opschorten("wacht op buitenlandse akte");
  if (allowed) {
    CHECK(f.play().zaak()->opgeschort);
    f.play().hervatten();
    CHECK_FALSE(f.play().zaak()->opgeschort);
    CHECK(f.play().refusal().empty());
  } else {
    CHECK_FALSE(f.play().zaak()->opgeschort);
    CHECK_FALSE(f.play().refusal().empty());
  }
  // Hervatten while not suspended: refused, said in Dutch, the zaak unchanged.
  f.play().hervatten();
  CHECK_FALSE(f.play().refusal().empty());
  f.imgui.frames(2, f.ui);
  // A besluit with a date that is none is refused before the engine is asked.
  if (!f.definition().besluittypen.empty()) {
    f.play().add_besluit(f.definition().besluittypen.front().uuid, "31-12-2026", "");
    CHECK(f.play().refusal().find("31-12-2026") != std::string::npos);
  }
}

TEST_CASE("leaving play mode returns the canvas to editing; F6 toggles it", "[play]") {
  PlayFixture f;
  f.imgui.press(GLFW_KEY_F6, f.ui);
  CHECK_FALSE(f.app.play().active());
  CHECK_FALSE(f.app.canvas().play_mode());
  CHECK(f.app.canvas().play_marks() == PlayMarks{});
  const Block& block = *f.process().find_block("b3");
  f.select(block);  // a click selects again
  f.imgui.press(GLFW_KEY_F6, f.ui);
  CHECK(f.app.play().active());
  CHECK(f.app.canvas().selection().empty());
  const Action* action = f.app.shortcuts().find("view.play");
  REQUIRE(action != nullptr);
  CHECK(action->menu == Menu::view);
  CHECK(chord_label(action->chord) == "F6");
}

TEST_CASE("the demo database is made and filled once, in the user's data directory",
          "[play][engine_session]") {
  test::ScratchDirectory scratch;
  const std::string data_home = scratch.file("data");
  const char* outer = std::getenv("XDG_DATA_HOME");
  const std::optional<std::string> previous = outer ? std::optional<std::string>(outer) : std::nullopt;
  ::setenv("XDG_DATA_HOME", data_home.c_str(), 1);
  CHECK(default_engine_db_path() == data_home + "/blokjessessie/demo-zaken.db");
  SelectielijstSource selectielijst;
  {
    EngineSession session({"", test::demo_workshop_path(), 12}, test::library(), selectielijst);
    CHECK(session.is_demo());
    engine::Engine* engine = session.engine();
    INFO(session.error());
    REQUIRE(engine != nullptr);
    CHECK(session.filled_demo());
    const auto werkvoorraad = engine->werkvoorraad();
    CHECK(werkvoorraad.open + werkvoorraad.closed == 12);
  }
  CHECK(std::filesystem::exists(data_home + "/blokjessessie/demo-zaken.db"));
  CHECK_FALSE(std::filesystem::exists(data_home + "/blokjessessie/demo-zaken.db.new"));
  {
    EngineSession again({"", test::demo_workshop_path(), 12}, test::library(), selectielijst);
    REQUIRE(again.engine() != nullptr);
    CHECK_FALSE(again.filled_demo());  // opened as it was, not filled twice
    const auto werkvoorraad = again.engine()->werkvoorraad();
    CHECK(werkvoorraad.open + werkvoorraad.closed == 12);
  }
  // The run's own setting back, for the tests after this one.
  if (previous) {
    ::setenv("XDG_DATA_HOME", previous->c_str(), 1);
  } else {
    ::unsetenv("XDG_DATA_HOME");
  }
}

TEST_CASE("a zaken database that cannot be opened is reported, not a crash",
          "[play][engine_session]") {
  test::ScratchDirectory scratch;
  // A directory where the file should be: SQLite cannot open it.
  std::filesystem::create_directories(scratch.file("zaken.db"));
  SelectielijstSource selectielijst;
  EngineSession session({scratch.file("zaken.db"), "", 0}, test::library(), selectielijst);
  CHECK(session.engine() == nullptr);
  CHECK(session.error().find(scratch.file("zaken.db")) != std::string::npos);
}

TEST_CASE("a process that does not validate is played as a concept, and the panel says so",
          "[play]") {
  Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  Process* huwelijk = nullptr;
  for (auto& process : workshop.processes) {
    if (process.id == "huwelijk") huwelijk = &process;
  }
  REQUIRE(huwelijk != nullptr);
  // Open Zaak refuses a servicenorm longer than the doorlooptijd; the engine need not.
  huwelijk->zaaktype.doorlooptijd = "P1Y";
  huwelijk->zaaktype.servicenorm = "P2Y";
  test::DemoApp f(std::move(workshop));
  f.app.set_play(true);
  f.imgui.frames(3, f.ui);
  INFO(f.app.play().refusal());
  REQUIRE(f.app.play().zaak().has_value());
  CHECK(f.app.play().played_as_concept());
  CHECK(f.app.layout_json()["play"]["concept"] == true);
  const auto deployed = f.app.engine_session().engine()->zaaktypen();
  REQUIRE(deployed.size() == 1);
  CHECK(deployed.front().is_concept);
  // Still a zaak that can be walked through.
  const std::string next = *f.app.play().marks().next_blocks.begin();
  const app::ScreenPoint centre = f.centre_of(*f.process().find_block(next));
  f.imgui.click(centre.x, centre.y, f.ui);
  CHECK(f.app.play().marks().current_block == next);
}

TEST_CASE("verlengen moves the fatale datum; the timeline keeps the original beside it",
          "[play]") {
  test::DemoApp f;
  f.app.show_process("omgevingsvergunning-regulier");
  f.imgui.frames(2, f.ui);
  f.app.set_play(true);
  f.imgui.frames(2, f.ui);
  PlayPanel& play = f.app.play();
  REQUIRE(play.zaak().has_value());
  REQUIRE(play.definition()->verlenging_mogelijk);
  const auto original = play.original_dates().uiterlijke_einddatum_afdoening;
  REQUIRE(original.has_value());
  play.verlengen("P6W", "advies welstand");
  INFO(play.refusal());
  REQUIRE(play.zaak()->verlengd);
  // The engine moved it by six weeks; the panel only shows both.
  CHECK(play.zaak()->uiterlijke_einddatum_afdoening ==
        engine::add_days(*original, 42));
  f.imgui.frames(2, f.ui);
  CHECK(f.app.layout().rect("play/was/play.fatale_datum").has_value());
  // A second verlenging is refused, in Dutch, and moves nothing.
  play.verlengen("P1W", "nog eens");
  CHECK_FALSE(play.refusal().empty());
  CHECK(play.zaak()->uiterlijke_einddatum_afdoening == engine::add_days(*original, 42));
}
