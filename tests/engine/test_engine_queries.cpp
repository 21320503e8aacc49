// The engine's reading side on every backend: list with its filters, the
// werkvoorraad's counts, the audit trail and the event log.
//
// [SECTION] A small werkvoorraad
// [SECTION] list
// [SECTION] werkvoorraad
// [SECTION] Audit trail and event log

#include <algorithm>

#include "engine_test_support.h"

using namespace blokjes::engine;
using namespace blokjes::engine::testing;

// -----------------------------------------------------------------------------
// [SECTION] A small werkvoorraad
// -----------------------------------------------------------------------------

namespace {

// As of 2026-06-15 with soon_days 7 (HUW-001: streef + P6W, fataal + P8W):
//  z1 start 06-01, Intake      streef 07-13 fataal 07-27  nothing passed
//  z2 start 04-20, Beoordelen  streef 06-01 fataal 06-15  warning, binnenkort; a deviation
//  z3 start 04-01, Beoordelen  streef 05-13 fataal 05-27  overdue
//  z4 start 05-01, Intake      streef 06-12 fataal 06-26  warning, suspended
//  z5 closed, with a deviation
//  z6 PLAIN-001 start 06-10, no status, fataal 08-05
struct Werkvoorraad6 {
  explicit Werkvoorraad6(EngineFixture& f) {
    z1 = f.create(date(2026, 6, 1));
    f.engine.set_status(z1, "Intake", at(2026, 6, 2), admin());
    z2 = f.create(date(2026, 4, 20));
    f.engine.set_status(z2, "Intake", at(2026, 4, 21), admin());
    f.engine.set_status(z2, "Besluiten", at(2026, 4, 22), admin());   // skipped Beoordelen
    f.engine.set_status(z2, "Beoordelen", at(2026, 4, 23), admin());  // rework flow
    z3 = f.create(date(2026, 4, 1));
    f.engine.set_status(z3, "Intake", at(2026, 4, 2), admin());
    f.engine.set_status(z3, "Beoordelen", at(2026, 4, 3), admin());
    z4 = f.create(date(2026, 5, 1));
    f.engine.set_status(z4, "Intake", at(2026, 5, 2), admin());
    f.engine.opschorten(z4, "Wachten op de aanvrager", admin());
    z5 = f.create(date(2026, 5, 1));
    f.engine.set_status(z5, "Besluiten", at(2026, 5, 2), admin());  // no status before: a deviation
    f.engine.set_resultaat(z5, "Verleend", admin());
    f.engine.set_status(z5, "Afgehandeld", at(2026, 5, 3), admin());
    z6 = f.create(date(2026, 6, 10), "PLAIN-001");
  }
  std::string z1, z2, z3, z4, z5, z6;
};

std::vector<std::string> ids(const std::vector<ZaakSummary>& zaken) {
  std::vector<std::string> result;
  for (const auto& zaak : zaken) result.push_back(zaak.identificatie);
  std::sort(result.begin(), result.end());
  return result;
}

const WerkvoorraadCount& count_of(const std::vector<WerkvoorraadCount>& counts, const std::string& key) {
  const auto found = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.key == key; });
  if (found == counts.end()) FAIL("no count for " << key);
  return *found;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] list
// -----------------------------------------------------------------------------

TEST_CASE("list: filters on status, department, zaaktype and overdue", "[engine][queries]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const Werkvoorraad6 w(f);

  CHECK(f.engine.list({}).size() == 6);
  ZaakQuery query;
  query.open_only = true;
  CHECK(f.engine.list(query).size() == 5);

  query = {};
  query.status = "Intake";
  CHECK(ids(f.engine.list(query)) == std::vector<std::string>{w.z1, w.z4});
  query = {};
  query.department = "Burgerzaken";
  CHECK(ids(f.engine.list(query)) == std::vector<std::string>{w.z2, w.z3});
  query = {};
  query.zaaktype = "PLAIN-001";
  CHECK(ids(f.engine.list(query)) == std::vector<std::string>{w.z6});
  query = {};
  query.overdue = true;
  CHECK(ids(f.engine.list(query)) == std::vector<std::string>{w.z3});
  // Later, more are overdue: fatale datum strictly before the as-of date.
  query.as_of = date(2026, 7, 28);
  CHECK(ids(f.engine.list(query)) == std::vector<std::string>{w.z1, w.z2, w.z3, w.z4});

  query = {};
  for (const auto& zaak : f.engine.list(query)) {
    INFO(zaak.identificatie);
    if (zaak.identificatie == w.z2) {
      CHECK(zaak.streefdatum_passed);
      CHECK_FALSE(zaak.overdue);
      CHECK(zaak.binnenkort);
      CHECK(zaak.department == "Burgerzaken");
    } else if (zaak.identificatie == w.z4) {
      CHECK(zaak.opgeschort);
      CHECK(zaak.streefdatum_passed);
      CHECK_FALSE(zaak.binnenkort);
    } else if (zaak.identificatie == w.z5) {
      CHECK(zaak.einddatum == date(2026, 5, 3));
      CHECK_FALSE(zaak.overdue);
    } else if (zaak.identificatie == w.z1) {
      CHECK_FALSE(zaak.streefdatum_passed);
      CHECK_FALSE(zaak.binnenkort);
    }
  }
}

// -----------------------------------------------------------------------------
// [SECTION] werkvoorraad
// -----------------------------------------------------------------------------

TEST_CASE("werkvoorraad: counts per status, department and zaaktype, and deviations", "[engine][queries]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const Werkvoorraad6 w(f);
  const auto werkvoorraad = f.engine.werkvoorraad();
  CHECK(werkvoorraad.as_of == date(2026, 6, 15));
  CHECK(werkvoorraad.soon_days == 7);
  CHECK(werkvoorraad.open == 5);
  CHECK(werkvoorraad.closed == 1);

  const auto& intake = count_of(werkvoorraad.per_status, "Intake");
  CHECK(intake.open == 2);
  CHECK(intake.warning == 1);
  CHECK(intake.overdue == 0);
  CHECK(intake.opgeschort == 1);
  const auto& beoordelen = count_of(werkvoorraad.per_status, "Beoordelen");
  CHECK(beoordelen.open == 2);
  CHECK(beoordelen.warning == 1);
  CHECK(beoordelen.overdue == 1);
  CHECK(beoordelen.binnenkort == 1);
  CHECK(count_of(werkvoorraad.per_status, "(geen status)").open == 1);

  CHECK(count_of(werkvoorraad.per_department, "Publiekszaken").open == 2);
  CHECK(count_of(werkvoorraad.per_department, "Burgerzaken").overdue == 1);
  CHECK(count_of(werkvoorraad.per_zaaktype, "HUW-001").open == 4);
  CHECK(count_of(werkvoorraad.per_zaaktype, "HUW-001").warning == 2);
  CHECK(count_of(werkvoorraad.per_zaaktype, "PLAIN-001").open == 1);

  REQUIRE(werkvoorraad.deviations_per_zaaktype.size() == 1);
  CHECK(werkvoorraad.deviations_per_zaaktype[0].zaaktype == "HUW-001");
  CHECK(werkvoorraad.deviations_per_zaaktype[0].count == 2);
  REQUIRE(werkvoorraad.deviations_per_step.size() == 2);
  CHECK(werkvoorraad.deviations_per_step[0].step == "(geen status) → Besluiten");
  CHECK(werkvoorraad.deviations_per_step[1].step == "Intake → Besluiten");
  CHECK(werkvoorraad.deviations_per_step[1].count == 1);

  // As of a later date everything open is past its fatale datum but z6.
  const auto later = f.engine.werkvoorraad(date(2026, 7, 28));
  CHECK(count_of(later.per_zaaktype, "HUW-001").overdue == 4);
  CHECK(count_of(later.per_zaaktype, "PLAIN-001").overdue == 0);
  CHECK(count_of(later.per_zaaktype, "PLAIN-001").binnenkort == 0);
  CHECK(count_of(f.engine.werkvoorraad(date(2026, 8, 1)).per_zaaktype, "PLAIN-001").binnenkort == 1);
}

// -----------------------------------------------------------------------------
// [SECTION] Audit trail and event log
// -----------------------------------------------------------------------------

TEST_CASE("audit: one row per change, with who, when and the values", "[engine][queries]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  const Actor els{"els", Vertrouwelijkheid::geheim};
  f.engine.set_status(zaak, "Intake", at(2026, 6, 2), els);
  f.clock.advance_seconds(60);
  f.engine.add_rol(zaak, "Aanvrager", "jan", els);
  f.engine.set_eigenschap(zaak, "Kleur", "rood", els);
  f.engine.set_eigenschap(zaak, "Kleur", "groen", els);
  f.engine.opschorten(zaak, "Vraag", els);
  f.engine.hervatten(zaak, els);
  const auto trail = f.engine.audit(zaak, admin());
  std::vector<std::string> actions;
  for (const auto& entry : trail) actions.push_back(entry.action);
  CHECK(actions == std::vector<std::string>{"create", "status", "rol", "eigenschap", "eigenschap",
                                            "opschorten", "hervatten"});
  CHECK(trail[0].user == "beheerder");
  CHECK(trail[1].user == "els");
  CHECK(trail[1].at == at(2026, 6, 15));
  CHECK(trail[2].at == at(2026, 6, 15, 12, 1));
  CHECK(trail[1].new_value.find("\"status\":\"Intake\"") != std::string::npos);
  CHECK(trail[4].old_value == "{\"Kleur\":\"rood\"}");
  CHECK(trail[4].new_value == "{\"Kleur\":\"groen\"}");
  REQUIRE_REFUSED(f.engine.audit("ZAAK-2026-0000099", admin()), ErrorCode::zaak_not_found);
}

TEST_CASE("event log: one event per status, by zaak then time", "[engine][queries]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const Werkvoorraad6 w(f);
  const auto events = f.engine.event_log();
  // z1 1, z2 3, z3 2, z4 1, z5 2 statuses; z6 none.
  CHECK(events.size() == 9);
  for (std::size_t i = 1; i < events.size(); ++i) {
    INFO(i);
    CHECK((events[i - 1].zaak < events[i].zaak ||
           (events[i - 1].zaak == events[i].zaak && events[i - 1].timestamp <= events[i].timestamp)));
  }
  std::vector<std::string> z2;
  int deviations = 0;
  for (const auto& event : events) {
    if (event.zaak == w.z2) z2.push_back(event.statustype);
    if (event.deviation) ++deviations;
    CHECK(event.zaaktype == "HUW-001");
    CHECK(event.resource == "beheerder");
  }
  CHECK(z2 == std::vector<std::string>{"Intake", "Besluiten", "Beoordelen"});
  CHECK(deviations == 2);
  CHECK(f.engine.event_log("PLAIN-001").empty());
  CHECK(f.engine.event_log("HUW-001").size() == 9);
}
