// kill -9 at random moments: a child walks zaken through the engine on one
// SQLite file and reports each change after its commit; it is killed 50
// times. Each time the file must pass PRAGMA integrity_check, and at the end
// every reported change must be there and no zaak half-applied.
//
// [SECTION] Reading the child's reports
// [SECTION] The test

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <sstream>

#include "child_writer.h"
#include "crash_child_zaaktype.h"
#include "engine/engine.h"
#include "store_fixture.h"
#include "zaak_invariants.h"

using namespace blokjes::engine;
using namespace blokjes::engine::testing;

namespace {

// [SECTION] Reading the child's reports
// What the child said it committed of one zaak: the highest status
// volgnummer, whether it got its initiator and its resultaat.
struct Reported {
  int volgnummer = 0;
  bool rol = false;
  bool resultaat = false;
};

void take_reports(const std::vector<std::string>& lines, std::map<std::string, Reported>& reported) {
  for (const auto& line : lines) {
    std::istringstream words(line);
    std::string committed, zaak, step;
    words >> committed >> zaak >> step;
    REQUIRE(committed == "committed");
    auto& entry = reported[zaak];
    if (step.starts_with("status-")) {
      entry.volgnummer = std::max(entry.volgnummer, std::stoi(step.substr(7)));
    } else if (step == "rol-initiator") {
      entry.rol = true;
    } else if (step == "resultaat") {
      entry.resultaat = true;
    } else {
      REQUIRE(step == "create");
    }
  }
}

std::string integrity_check(const std::string& path) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
  std::string result;
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK);
  while (sqlite3_step(statement) == SQLITE_ROW) {
    if (!result.empty()) result += "\n";
    result += reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
  }
  sqlite3_finalize(statement);
  sqlite3_close_v2(db);
  return result;
}

}  // namespace

// [SECTION] The test
TEST_CASE("kill -9 at 50 random moments loses no committed change and leaves none half-applied",
          "[engine][crash]") {
  std::string db;
  make_test_store("sqlite", &db).reset();  // a fresh file; the child migrates it

  const auto seed = std::random_device{}();
  INFO("seed " << seed << ", database " << db);
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> kill_after_ms(5, 80);

  std::map<std::string, Reported> reported;
  int kills_with_work = 0;
  for (int round = 0; round < 50; ++round) {
    INFO("round " << round);
    ChildWriter child({"--db", db, "--mode", "crash"});
    // The moment counts from the child's first commit, so the kill lands in
    // the middle of the work rather than while it starts.
    REQUIRE(child.wait_for_line(20000));
    const bool alive = child.read_for(kill_after_ms(random));
    child.kill9();
    const int status = child.finish();
    // The child never stops by itself: if it did, it met an error.
    REQUIRE(alive);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(WTERMSIG(status) == SIGKILL);
    take_reports(child.lines(), reported);
    if (child.lines().size() > 1) ++kills_with_work;
    REQUIRE(integrity_check(db) == "ok");
  }
  CHECK(kills_with_work >= 40);

  auto store = open_store(db);
  SystemClock clock;
  Engine engine(*store, clock);
  const auto zaaktype = crash_child::zaaktype();
  for (const auto& [identificatie, entry] : reported) {
    INFO("zaak " << identificatie);
    store->begin(false);
    const auto zaak = store->find_zaak(identificatie);
    store->commit();
    REQUIRE(zaak.has_value());
    const auto facts = read_facts(*store, *zaak);
    CHECK(highest_volgnummer(facts, zaaktype) >= entry.volgnummer);
    if (entry.rol) CHECK(facts.rollen.size() == 1);
    if (entry.resultaat) CHECK(!zaak->resultaattype_uuid.empty());
    if (entry.volgnummer == crash_child::kStatustypen) {
      CHECK(engine.show(identificatie, Actor{}).closed());
    }
  }
  // Every zaak in the file, reported or not: none half-applied.
  store->begin(false);
  const auto zaken = store->zaken(ZaakFilter{});
  store->commit();
  std::size_t checked = 0;
  for (const auto& zaak : zaken) {
    const auto problems = invariant_problems(zaak, read_facts(*store, zaak), zaaktype);
    for (const auto& problem : problems) FAIL_CHECK(problem);
    ++checked;
  }
  CHECK(checked >= reported.size());
}
