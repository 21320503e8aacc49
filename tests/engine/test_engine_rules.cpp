// The engine's rules on the hand-made HUW-001 zaaktype, on every backend:
// deploy, create, statuses with deviations and strict, rollen,
// eigenschappen, besluiten, resultaat, opschorting, verlenging, heropenen,
// privacy, and a walk over every error code.
//
// [SECTION] Deploying
// [SECTION] Creating a zaak
// [SECTION] Statuses and deviations
// [SECTION] Rollen, eigenschappen, documenten, besluiten, resultaat
// [SECTION] Opschorting, verlenging, heropenen
// [SECTION] Privacy
// [SECTION] Every error code

#include <functional>
#include <map>

#include "engine_test_support.h"

using namespace blokjes::engine;
using namespace blokjes::engine::testing;

// -----------------------------------------------------------------------------
// [SECTION] Deploying
// -----------------------------------------------------------------------------

TEST_CASE("deploy: versions, unchanged redeploys and concepts", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);

  auto infos = f.engine.zaaktypen();
  REQUIRE(infos.size() == 2);
  CHECK(infos[0].identificatie == "HUW-001");
  CHECK(infos[0].version == 1);
  CHECK(infos[0].statustypen == 4);
  CHECK(infos[0].has_process);

  // The same definition again: unchanged, no new version.
  auto again = f.engine.deploy({test_zaaktype()}, {}, admin());
  REQUIRE(again.deployed.size() == 1);
  CHECK(again.deployed[0].unchanged);
  CHECK(again.deployed[0].version == 1);

  // Strict is part of what was deployed: a new version.
  DeployOptions strict;
  strict.strict = true;
  auto as_strict = f.engine.deploy({test_zaaktype()}, strict, admin());
  CHECK_FALSE(as_strict.deployed[0].unchanged);
  CHECK(as_strict.deployed[0].version == 2);

  // A changed definition: version 3, and new zaken use it.
  auto changed = test_zaaktype();
  changed.doorlooptijd = "P10W";
  CHECK(f.engine.deploy({changed}, strict, admin()).deployed[0].version == 3);
  CHECK(f.engine.zaaktype("HUW-001").doorlooptijd == "P10W");
  const auto zaak = f.engine.create({"HUW-001", date(2026, 6, 1)}, admin());
  CHECK(zaak.zaaktype_version == 3);
  CHECK(zaak.uiterlijke_einddatum_afdoening == date(2026, 8, 10));

  // A concept only with allow_concept.
  auto concept_type = test_zaaktype("CONCEPT-001");
  concept_type.is_concept = true;
  REQUIRE_REFUSED(f.engine.deploy({concept_type}, {}, admin()), ErrorCode::zaaktype_concept);
  DeployOptions allow;
  allow.allow_concept = true;
  CHECK(f.engine.deploy({concept_type}, allow, admin()).deployed[0].version == 1);
  CHECK(f.engine.zaaktypen().size() == 3);

  REQUIRE_REFUSED(f.engine.zaaktype("NOPE"), ErrorCode::zaaktype_not_found);
}

TEST_CASE("deploy: a second engine on the same store finds what the first deployed", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  Engine second(*f.store, f.clock);
  const auto zaak = second.create({"HUW-001", date(2026, 6, 1)}, admin());
  CHECK(zaak.zaaktype == "HUW-001");
  // And the first sees a zaaktype the second deploys later.
  second.deploy({test_zaaktype("LATER-001")}, {}, admin());
  CHECK(f.engine.create({"LATER-001"}, admin()).zaaktype == "LATER-001");
}

// -----------------------------------------------------------------------------
// [SECTION] Creating a zaak
// -----------------------------------------------------------------------------

TEST_CASE("create: identificatie, dates and vertrouwelijkheid", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);

  const auto zaak = f.engine.create({"HUW-001", date(2026, 6, 1)}, admin());
  CHECK(zaak.identificatie == "ZAAK-2026-0000001");
  CHECK(zaak.startdatum == date(2026, 6, 1));
  CHECK(zaak.registratiedatum == date(2026, 6, 15));
  CHECK(zaak.einddatum_gepland == date(2026, 7, 13));                // + P6W
  CHECK(zaak.uiterlijke_einddatum_afdoening == date(2026, 7, 27));  // + P8W
  CHECK(zaak.vertrouwelijkheidaanduiding == "zaakvertrouwelijk");
  CHECK(zaak.status.empty());
  CHECK_FALSE(zaak.closed());

  // Default startdatum today; the sequence counts on.
  const auto second = f.engine.create({"HUW-001"}, admin());
  CHECK(second.identificatie == "ZAAK-2026-0000002");
  CHECK(second.startdatum == date(2026, 6, 15));

  // No servicenorm: no einddatumGepland.
  const auto plain = f.engine.create({"PLAIN-001", date(2026, 1, 31)}, admin());
  CHECK_FALSE(plain.einddatum_gepland.has_value());
  CHECK(plain.uiterlijke_einddatum_afdoening == date(2026, 3, 28));

  CreateZaak open;
  open.zaaktype = "HUW-001";
  open.vertrouwelijkheidaanduiding = "openbaar";
  CHECK(f.engine.create(open, admin()).vertrouwelijkheidaanduiding == "openbaar");
  open.vertrouwelijkheidaanduiding = "heel geheim";
  REQUIRE_REFUSED(f.engine.create(open, admin()), ErrorCode::invalid_value);

  REQUIRE_REFUSED(f.engine.create({"NOPE-001"}, admin()), ErrorCode::zaaktype_not_found);

  // The year of the sequence is the registratiedatum's.
  f.clock.set(at(2027, 1, 2));
  CHECK(f.engine.create({"HUW-001", date(2026, 12, 30)}, admin()).identificatie == "ZAAK-2027-0000001");
}

TEST_CASE("create: a configurable prefix", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  auto store = make_test_store(backend);
  FixedClock clock(at(2026, 3, 1));
  EngineOptions options;
  options.identificatie_prefix = "GEM";
  Engine engine(*store, clock, options);
  engine.deploy({test_zaaktype()}, {}, admin());
  CHECK(engine.create({"HUW-001"}, admin()).identificatie == "GEM-2026-0000001");
}

TEST_CASE("create: deelzaken", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto hoofdzaak = f.create();
  const auto deelzaak = f.create(date(2026, 6, 2), "HUW-001", hoofdzaak);
  CHECK(f.engine.show(deelzaak, admin()).hoofdzaak == hoofdzaak);
  CHECK(f.engine.show(hoofdzaak, admin()).deelzaken == std::vector<std::string>{deelzaak});
  REQUIRE_REFUSED(f.create(date(2026, 6, 2), "HUW-001", deelzaak), ErrorCode::deelzaak_als_hoofdzaak);
  REQUIRE_REFUSED(f.create(date(2026, 6, 2), "HUW-001", "ZAAK-1999-0000001"), ErrorCode::zaak_not_found);
}

// -----------------------------------------------------------------------------
// [SECTION] Statuses and deviations
// -----------------------------------------------------------------------------

TEST_CASE("status: the process order, deviations and the date rules", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();

  auto view = f.engine.set_status(zaak, "Intake", at(2026, 6, 2), admin());
  CHECK(view.status == "Intake");
  CHECK(view.department == "Publiekszaken");
  CHECK(view.deviations.empty());
  view = f.engine.set_status(zaak, "Beoordelen", at(2026, 6, 3), admin());
  CHECK(view.department == "Burgerzaken");
  // Through the gateway (a block without status) Besluiten follows.
  auto steps = f.engine.next_steps(zaak);
  CHECK(steps.current_block == "b2");
  CHECK(steps.next_statustypen == std::vector<std::string>{"Besluiten", "Afgehandeld"});
  CHECK(steps.next_blocks == std::vector<std::string>{"b3", "b4"});
  CHECK_FALSE(steps.strict);

  view = f.engine.set_status(zaak, "Besluiten", at(2026, 6, 4), admin());
  CHECK(view.deviations.empty());
  // Back to Beoordelen along the rework flow: no deviation.
  view = f.engine.set_status(zaak, "beoordelen", at(2026, 6, 5), admin());
  CHECK(view.deviations.empty());
  // The same status again: no deviation either.
  view = f.engine.set_status(zaak, "Beoordelen", at(2026, 6, 6), admin());
  CHECK(view.deviations.empty());
  // Back to Intake: nothing leads there from Beoordelen.
  view = f.engine.set_status(zaak, "1", at(2026, 6, 7), admin(), "opnieuw beginnen");
  REQUIRE(view.deviations.size() == 1);
  CHECK(view.deviations[0].from_statustype == "Beoordelen");
  CHECK(view.deviations[0].to_statustype == "Intake");
  CHECK(view.statussen.size() == 6);
  CHECK(view.statussen.back().deviation);
  CHECK(view.statussen.back().toelichting == "opnieuw beginnen");
  CHECK(view.statussen.back().gezet_door == "beheerder");

  // Datum default now; never in the future.
  view = f.engine.set_status(zaak, "Beoordelen", std::nullopt, admin());
  CHECK(view.status_datum == f.clock.now());
  REQUIRE_REFUSED(f.engine.set_status(zaak, "Besluiten", at(2026, 6, 15, 12, 1), admin()),
                  ErrorCode::date_in_future);

  // Only statustypen of its own zaaktype, and the message lists them.
  const auto error = refusal_of([&] { f.engine.set_status(zaak, "plain-st-intake", std::nullopt, admin()); });
  CHECK(error.code() == ErrorCode::zaaktype_mismatch);
  CHECK(error.message_nl().find("mogelijk: Intake, Beoordelen, Besluiten, Afgehandeld") != std::string::npos);
  CHECK(error.message_en().find("HUW-001") != std::string::npos);

  REQUIRE_REFUSED(f.engine.set_status("ZAAK-2026-0009999", "Intake", std::nullopt, admin()),
                  ErrorCode::zaak_not_found);
}

TEST_CASE("status: a first status that is not a start is a deviation", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  CHECK(f.engine.next_steps(zaak).next_statustypen == std::vector<std::string>{"Intake"});
  const auto view = f.engine.set_status(zaak, "Beoordelen", at(2026, 6, 2), admin());
  REQUIRE(view.deviations.size() == 1);
  CHECK(view.deviations[0].from_statustype.empty());
}

TEST_CASE("status: a strict zaaktype refuses what the process does not lead to", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend, true);
  const auto zaak = f.create();
  CHECK(f.engine.next_steps(zaak).strict);
  REQUIRE_REFUSED(f.engine.set_status(zaak, "Besluiten", at(2026, 6, 2), admin()), ErrorCode::status_order);
  f.engine.set_status(zaak, "Intake", at(2026, 6, 2), admin());
  // A skipped step is refused, and the message names what may follow.
  const auto error = refusal_of([&] { f.engine.set_status(zaak, "Besluiten", at(2026, 6, 3), admin()); });
  CHECK(error.code() == ErrorCode::status_order);
  CHECK(error.message_nl().find("mogelijk: Beoordelen") != std::string::npos);
  f.engine.set_status(zaak, "Beoordelen", at(2026, 6, 3), admin());
  // The gateway's conditional flow straight to the end is allowed.
  f.engine.set_resultaat(zaak, "Verleend", admin());
  const auto closed = f.engine.set_status(zaak, "Afgehandeld", at(2026, 6, 4), admin());
  CHECK(closed.closed());
  CHECK(closed.deviations.empty());
  // The refused statuses left no row: Intake, Beoordelen, Afgehandeld.
  CHECK(closed.statussen.size() == 3);
}

TEST_CASE("status: the eindstatus closes, reopening clears", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto hoofdzaak = f.create();
  const auto deelzaak = f.create(date(2026, 6, 1), "HUW-001", hoofdzaak);
  f.walk_to_besluiten(hoofdzaak);

  REQUIRE_REFUSED(f.engine.set_status(hoofdzaak, "Afgehandeld", at(2026, 6, 10), admin()),
                  ErrorCode::resultaat_does_not_exist);
  f.engine.set_resultaat(hoofdzaak, "Verleend", admin());
  REQUIRE_REFUSED(f.engine.set_resultaat(hoofdzaak, "Termijn", admin()), ErrorCode::resultaat_exists);
  const auto open_deelzaak =
      refusal_of([&] { f.engine.set_status(hoofdzaak, "Afgehandeld", at(2026, 6, 10), admin()); });
  CHECK(open_deelzaak.code() == ErrorCode::deelzaken_not_closed);
  CHECK(open_deelzaak.message_nl().find(deelzaak) != std::string::npos);

  f.close(deelzaak, "Verleend", at(2026, 6, 9));
  auto closed = f.engine.set_status(hoofdzaak, "Afgehandeld", at(2026, 6, 10, 15), admin());
  CHECK(closed.einddatum == date(2026, 6, 10));
  CHECK(closed.archiefnominatie == "vernietigen");
  CHECK(closed.brondatum == date(2026, 6, 10));
  CHECK(closed.startdatum_bewaartermijn == date(2026, 6, 10));
  CHECK(closed.archiefactiedatum == date(2031, 6, 10));

  // A second eindstatus on a closed zaak is refused.
  REQUIRE_REFUSED(f.engine.set_status(hoofdzaak, "Afgehandeld", at(2026, 6, 11), admin()),
                  ErrorCode::zaak_closed);
  // A status below the eindstatus reopens and clears.
  auto reopened = f.engine.set_status(hoofdzaak, "Besluiten", at(2026, 6, 11), admin());
  CHECK_FALSE(reopened.closed());
  CHECK(reopened.archiefnominatie.empty());
  CHECK_FALSE(reopened.archiefactiedatum.has_value());
  CHECK_FALSE(reopened.startdatum_bewaartermijn.has_value());
  CHECK(reopened.resultaat == "Verleend");
  // Closing again works with the resultaat it kept.
  closed = f.engine.set_status(hoofdzaak, "Afgehandeld", at(2026, 6, 12), admin());
  CHECK(closed.archiefactiedatum == date(2031, 6, 12));
}

// -----------------------------------------------------------------------------
// [SECTION] Rollen, eigenschappen, documenten, besluiten, resultaat
// -----------------------------------------------------------------------------

TEST_CASE("rollen: one initiator, one zaakcoordinator, many behandelaars", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  f.engine.add_rol(zaak, "Aanvrager", "Jan", admin());
  REQUIRE_REFUSED(f.engine.add_rol(zaak, "initiator", "Piet", admin()), ErrorCode::rol_unique);
  f.engine.add_rol(zaak, "Coordinator", "Kees", admin());
  REQUIRE_REFUSED(f.engine.add_rol(zaak, "Coordinator", "Anna", admin()), ErrorCode::rol_unique);
  f.engine.add_rol(zaak, "Behandelaar", "Els", admin());
  const auto view = f.engine.add_rol(zaak, "Behandelaar", "Bert", admin());
  REQUIRE(view.rollen.size() == 4);
  CHECK(view.rollen[0].roltype == "Aanvrager");
  CHECK(view.rollen[0].omschrijving_generiek == "initiator");
  CHECK(view.rollen[0].betrokkene == "Jan");
  REQUIRE_REFUSED(f.engine.add_rol(zaak, "Getuige", "Bert", admin()), ErrorCode::zaaktype_mismatch);
  REQUIRE_REFUSED(f.engine.add_rol(zaak, "Behandelaar", "", admin()), ErrorCode::invalid_value);
}

TEST_CASE("eigenschappen: each value checked against its specificatie", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  auto ok = [&](const char* naam, const char* waarde) {
    INFO(naam << " = " << waarde);
    CHECK_NOTHROW(f.engine.set_eigenschap(zaak, naam, waarde, admin()));
  };
  auto refused = [&](const char* naam, const char* waarde, const char* rule) {
    INFO(naam << " = " << waarde);
    const auto error = refusal_of([&] { f.engine.set_eigenschap(zaak, naam, waarde, admin()); });
    CHECK(error.code() == ErrorCode::eigenschap_invalid);
    CHECK(error.message_en().find(rule) != std::string::npos);
  };
  // tekst, lengte 5 in characters, not bytes.
  ok("Naam", "Ölçüm");
  refused("Naam", "Jansen", "longer than lengte 5");
  // getal 10,2: ten digits, at most two decimals, comma or dot.
  ok("Bedrag", "12345678,90");
  ok("Bedrag", "-3.5");
  refused("Bedrag", "1.234", "3 decimals");
  refused("Bedrag", "123456789012", "12 digits");
  refused("Bedrag", "twaalf", "not a number");
  refused("Bedrag", "12,", "not a number");
  // getal 3: at most three digits.
  ok("Aantal", "999");
  refused("Aantal", "1000", "4 digits");
  // datum: YYYY-MM-DD or YYYYMMDD, a real date.
  ok("Vervaldatum", "2028-02-29");
  ok("Vervaldatum", "20280229");
  refused("Vervaldatum", "2027-02-29", "not a date");
  refused("Vervaldatum", "29-02-2028", "not a date");
  // datum_tijd: ISO or YYYYMMDDHHMMSS.
  ok("Tijdstip", "2026-06-01T10:15:00Z");
  ok("Tijdstip", "20260601101500");
  refused("Tijdstip", "20261301101500", "not a date-time");
  // waardenverzameling.
  ok("Kleur", "rood");
  refused("Kleur", "blauw", "waardenverzameling");

  REQUIRE_REFUSED(f.engine.set_eigenschap(zaak, "Gewicht", "3", admin()), ErrorCode::zaaktype_mismatch);
  // One value per naam: the last one counts.
  const auto view = f.engine.set_eigenschap(zaak, "Kleur", "groen", admin());
  int kleuren = 0;
  for (const auto& e : view.eigenschappen) {
    if (e.naam == "Kleur") {
      ++kleuren;
      CHECK(e.waarde == "groen");
    }
  }
  CHECK(kleuren == 1);
}

TEST_CASE("documenten and besluiten", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  auto view = f.engine.add_document(zaak, "Aanvraag", "Aanvraagformulier", admin());
  REQUIRE(view.documenten.size() == 1);
  CHECK(view.documenten[0].titel == "Aanvraagformulier");
  CHECK(view.documenten[0].registratiedatum == f.clock.now());
  REQUIRE_REFUSED(f.engine.add_document(zaak, "Paspoort", "x", admin()), ErrorCode::zaaktype_mismatch);
  REQUIRE_REFUSED(f.engine.add_document(zaak, "Aanvraag", "", admin()), ErrorCode::invalid_value);

  view = f.engine.add_besluit(zaak, "Vergunning", std::nullopt, date(2026, 12, 31), admin());
  REQUIRE(view.besluiten.size() == 1);
  CHECK(view.besluiten[0].ingangsdatum == date(2026, 6, 15));  // default today
  CHECK(view.besluiten[0].vervaldatum == date(2026, 12, 31));
  REQUIRE_REFUSED(f.engine.add_besluit(zaak, "Vergunning", date(2026, 7, 1), date(2026, 6, 30), admin()),
                  ErrorCode::besluit_dates);
  REQUIRE_REFUSED(f.engine.add_besluit(zaak, "Boete", std::nullopt, std::nullopt, admin()),
                  ErrorCode::zaaktype_mismatch);
  REQUIRE_REFUSED(f.engine.set_resultaat(zaak, "Onbekend", admin()), ErrorCode::zaaktype_mismatch);
}

// -----------------------------------------------------------------------------
// [SECTION] Opschorting, verlenging, heropenen
// -----------------------------------------------------------------------------

TEST_CASE("opschorting moves the dates by the days suspended", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();  // streef 2026-07-13, fataal 2026-07-27
  REQUIRE_REFUSED(f.engine.hervatten(zaak, admin()), ErrorCode::not_suspended);
  REQUIRE_REFUSED(f.engine.opschorten(zaak, "", admin()), ErrorCode::invalid_value);
  auto view = f.engine.opschorten(zaak, "Wachten op uittreksel", admin());
  CHECK(view.opgeschort);
  CHECK(view.opschorting_reden == "Wachten op uittreksel");
  REQUIRE_REFUSED(f.engine.opschorten(zaak, "nog eens", admin()), ErrorCode::already_suspended);

  f.clock.set(at(2026, 6, 25));  // ten days later
  view = f.engine.hervatten(zaak, admin());
  CHECK_FALSE(view.opgeschort);
  CHECK(view.opgeschort_dagen == 10);
  CHECK(view.einddatum_gepland == date(2026, 7, 23));
  CHECK(view.uiterlijke_einddatum_afdoening == date(2026, 8, 6));

  // Once at a time, but again later: the days add up.
  f.engine.opschorten(zaak, "Tweede vraag", admin());
  f.clock.set(at(2026, 6, 28));
  view = f.engine.hervatten(zaak, admin());
  CHECK(view.opgeschort_dagen == 13);
  CHECK(view.uiterlijke_einddatum_afdoening == date(2026, 8, 9));

  const auto plain = f.create(date(2026, 6, 1), "PLAIN-001");
  REQUIRE_REFUSED(f.engine.opschorten(plain, "reden", admin()), ErrorCode::opschorting_not_allowed);

  f.close(zaak, "Verleend", at(2026, 6, 27));
  REQUIRE_REFUSED(f.engine.opschorten(zaak, "te laat", admin()), ErrorCode::zaak_closed);
}

TEST_CASE("verlenging: once, at most the verlengingstermijn", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();  // fataal 2026-07-27
  REQUIRE_REFUSED(f.engine.verlengen(zaak, "P5W", "te lang", admin()), ErrorCode::verlenging_too_long);
  REQUIRE_REFUSED(f.engine.verlengen(zaak, "vier weken", "reden", admin()), ErrorCode::invalid_value);
  REQUIRE_REFUSED(f.engine.verlengen(zaak, "P2W", "", admin()), ErrorCode::invalid_value);
  // P28D is exactly P4W.
  auto view = f.engine.verlengen(zaak, "P28D", "Advies nodig", admin());
  CHECK(view.verlengd);
  CHECK(view.verlenging_duur == "P28D");
  CHECK(view.verlenging_reden == "Advies nodig");
  CHECK(view.uiterlijke_einddatum_afdoening == date(2026, 8, 24));
  CHECK(view.einddatum_gepland == date(2026, 7, 13));  // the streefdatum stays
  REQUIRE_REFUSED(f.engine.verlengen(zaak, "P1W", "nog eens", admin()), ErrorCode::verlenging_used);

  const auto plain = f.create(date(2026, 6, 1), "PLAIN-001");
  REQUIRE_REFUSED(f.engine.verlengen(plain, "P1W", "reden", admin()), ErrorCode::verlenging_not_allowed);

  const auto other = f.create();
  f.close(other, "Verleend", at(2026, 6, 10));
  REQUIRE_REFUSED(f.engine.verlengen(other, "P1W", "reden", admin()), ErrorCode::zaak_closed);
}

TEST_CASE("verlenging: month terms compare on the calendar", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  auto type = test_zaaktype("MAAND-001");
  type.doorlooptijd = "P1M";
  type.verlengingstermijn = "P1M";
  f.engine.deploy({type}, {}, admin());
  // Started 2027-12-31: fataal 2028-01-31; P1M from there is 2028-02-29 (leap year).
  const auto zaak = f.create(date(2027, 12, 31), "MAAND-001");
  CHECK(f.engine.show(zaak, admin()).uiterlijke_einddatum_afdoening == date(2028, 1, 31));
  REQUIRE_REFUSED(f.engine.verlengen(zaak, "P30D", "reden", admin()), ErrorCode::verlenging_too_long);
  CHECK(f.engine.verlengen(zaak, "P29D", "reden", admin()).uiterlijke_einddatum_afdoening ==
        date(2028, 2, 29));
}

TEST_CASE("heropenen: back to the last status before closing", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  REQUIRE_REFUSED(f.engine.heropenen(zaak, "open", admin()), ErrorCode::not_closed);
  f.close(zaak, "Verleend", at(2026, 6, 10));
  const auto view = f.engine.heropenen(zaak, "Bezwaar gegrond", admin());
  CHECK_FALSE(view.closed());
  CHECK(view.status == "Besluiten");
  CHECK(view.archiefnominatie.empty());
  CHECK_FALSE(view.archiefactiedatum.has_value());
  CHECK_FALSE(view.startdatum_bewaartermijn.has_value());
  CHECK(view.deviations.empty());
  CHECK(view.statussen.back().toelichting == "Bezwaar gegrond");
  REQUIRE_REFUSED(f.engine.heropenen(zaak, "nog eens", admin()), ErrorCode::not_closed);
}

TEST_CASE("a refused change changes nothing and leaves no audit row", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  f.walk_to_besluiten(zaak);
  const auto before = f.engine.audit(zaak, admin()).size();
  REQUIRE_REFUSED(f.engine.set_status(zaak, "Afgehandeld", at(2026, 6, 5), admin()),
                  ErrorCode::resultaat_does_not_exist);
  const auto view = f.engine.show(zaak, admin());
  CHECK(view.status == "Besluiten");
  CHECK(view.statussen.size() == 3);
  CHECK(f.engine.audit(zaak, admin()).size() == before);
}

// -----------------------------------------------------------------------------
// [SECTION] Privacy
// -----------------------------------------------------------------------------

TEST_CASE("privacy: details for the cleared and the betrokkenen only", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  f.engine.add_rol(zaak, "Aanvrager", "jan", admin());
  f.engine.set_eigenschap(zaak, "Naam", "Jan", admin());
  f.engine.add_document(zaak, "Aanvraag", "Formulier", admin());
  f.engine.add_besluit(zaak, "Vergunning", std::nullopt, std::nullopt, admin());
  f.engine.set_status(zaak, "Intake", at(2026, 6, 2), admin());

  const Actor baliemedewerker{"els", Vertrouwelijkheid::intern};
  auto view = f.engine.show(zaak, baliemedewerker);
  CHECK_FALSE(view.details_visible);
  CHECK(view.rollen.empty());
  CHECK(view.eigenschappen.empty());
  CHECK(view.documenten.empty());
  CHECK(view.besluiten.empty());
  // No black boxes: zaaktype, status and deadlines for everyone.
  CHECK(view.zaaktype == "HUW-001");
  CHECK(view.status == "Intake");
  CHECK(view.uiterlijke_einddatum_afdoening == date(2026, 7, 27));
  for (const auto& entry : f.engine.audit(zaak, baliemedewerker)) {
    CHECK(entry.old_value == "{}");
    CHECK(entry.new_value == "{}");
    CHECK_FALSE(entry.action.empty());
  }

  // Cleared at exactly the zaak's level.
  const Actor behandelaar{"kees", Vertrouwelijkheid::zaakvertrouwelijk};
  view = f.engine.show(zaak, behandelaar);
  CHECK(view.details_visible);
  CHECK(view.rollen.size() == 1);
  CHECK(view.eigenschappen.size() == 1);
  CHECK(view.documenten.size() == 1);
  CHECK(view.besluiten.size() == 1);

  // The initiator sees their own zaak whatever their clearance.
  const Actor burger{"jan", Vertrouwelijkheid::openbaar};
  view = f.engine.show(zaak, burger);
  CHECK(view.details_visible);
  CHECK(view.rollen.size() == 1);
  const auto trail = f.engine.audit(zaak, burger);
  REQUIRE_FALSE(trail.empty());
  CHECK(trail.front().new_value.find("HUW-001") != std::string::npos);

  // Writes by the low-clearance actor are allowed and recorded, but what it
  // gets back has no details.
  view = f.engine.add_document(zaak, "Aanvraag", "Bijlage", baliemedewerker);
  CHECK_FALSE(view.details_visible);
  CHECK(f.engine.audit(zaak, admin()).back().user == "els");
}

TEST_CASE("vertrouwelijkheid: names both ways", "[engine]") {
  CHECK(to_string(Vertrouwelijkheid::beperkt_openbaar) == "beperkt_openbaar");
  CHECK(to_string(Vertrouwelijkheid::zeer_geheim) == "zeer_geheim");
  CHECK(vertrouwelijkheid_from_string("zaakvertrouwelijk") == Vertrouwelijkheid::zaakvertrouwelijk);
  CHECK(vertrouwelijkheid_from_string("Zeer geheim") == Vertrouwelijkheid::zeer_geheim);
  CHECK_FALSE(vertrouwelijkheid_from_string("topgeheim").has_value());
  CHECK(Vertrouwelijkheid::openbaar < Vertrouwelijkheid::geheim);
}

// -----------------------------------------------------------------------------
// [SECTION] Every error code
// -----------------------------------------------------------------------------

TEST_CASE("every error code is produced by some scenario", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  using Scenario = std::function<void(EngineFixture&)>;
  const auto besluiten = [](EngineFixture& f) {
    const auto zaak = f.create();
    f.walk_to_besluiten(zaak);
    return zaak;
  };
  const std::map<ErrorCode, Scenario> scenarios{
      {ErrorCode::zaaktype_mismatch,
       [](EngineFixture& f) { f.engine.set_status(f.create(), "Onbekend", std::nullopt, admin()); }},
      {ErrorCode::date_in_future,
       [](EngineFixture& f) { f.engine.set_status(f.create(), "Intake", at(2026, 6, 16), admin()); }},
      {ErrorCode::resultaat_does_not_exist,
       [&](EngineFixture& f) { f.engine.set_status(besluiten(f), "Afgehandeld", std::nullopt, admin()); }},
      {ErrorCode::deelzaken_not_closed,
       [&](EngineFixture& f) {
         const auto zaak = besluiten(f);
         f.create(date(2026, 6, 1), "HUW-001", zaak);
         f.engine.set_resultaat(zaak, "Verleend", admin());
         f.engine.set_status(zaak, "Afgehandeld", std::nullopt, admin());
       }},
      {ErrorCode::archiefactiedatum_error,
       [&](EngineFixture& f) { f.close(f.create(), "Kapot", at(2026, 6, 10)); }},
      {ErrorCode::status_order,
       [](EngineFixture& f) {
         f.engine.deploy({test_zaaktype()}, {true, false}, admin());
         f.engine.set_status(f.create(), "Besluiten", std::nullopt, admin());
       }},
      {ErrorCode::zaaktype_not_found, [](EngineFixture& f) { f.create(date(2026, 6, 1), "X-1"); }},
      {ErrorCode::zaaktype_concept,
       [](EngineFixture& f) {
         auto concept_type = test_zaaktype("C-1");
         concept_type.is_concept = true;
         f.engine.deploy({concept_type}, {}, admin());
       }},
      {ErrorCode::zaak_not_found, [](EngineFixture& f) { f.engine.show("ZAAK-0", admin()); }},
      {ErrorCode::zaak_closed,
       [&](EngineFixture& f) {
         const auto zaak = f.create();
         f.close(zaak, "Verleend", at(2026, 6, 10));
         f.engine.set_status(zaak, "Afgehandeld", std::nullopt, admin());
       }},
      {ErrorCode::deelzaak_als_hoofdzaak,
       [](EngineFixture& f) {
         const auto deelzaak = f.create(date(2026, 6, 1), "HUW-001", f.create());
         f.create(date(2026, 6, 1), "HUW-001", deelzaak);
       }},
      {ErrorCode::resultaat_exists,
       [](EngineFixture& f) {
         const auto zaak = f.create();
         f.engine.set_resultaat(zaak, "Verleend", admin());
         f.engine.set_resultaat(zaak, "Verleend", admin());
       }},
      {ErrorCode::rol_unique,
       [](EngineFixture& f) {
         const auto zaak = f.create();
         f.engine.add_rol(zaak, "Coordinator", "a", admin());
         f.engine.add_rol(zaak, "zaakcoordinator", "b", admin());
       }},
      {ErrorCode::eigenschap_invalid,
       [](EngineFixture& f) { f.engine.set_eigenschap(f.create(), "Aantal", "veel", admin()); }},
      {ErrorCode::besluit_dates,
       [](EngineFixture& f) {
         f.engine.add_besluit(f.create(), "Vergunning", date(2026, 6, 2), date(2026, 6, 1), admin());
       }},
      {ErrorCode::brondatum_not_applicable,
       [](EngineFixture& f) {
         const auto zaak = f.create();
         f.engine.set_resultaat(zaak, "Verleend", admin());
         f.engine.set_brondatum(zaak, date(2026, 6, 1), admin());
       }},
      {ErrorCode::opschorting_not_allowed,
       [](EngineFixture& f) { f.engine.opschorten(f.create(date(2026, 6, 1), "PLAIN-001"), "r", admin()); }},
      {ErrorCode::already_suspended,
       [](EngineFixture& f) {
         const auto zaak = f.create();
         f.engine.opschorten(zaak, "r", admin());
         f.engine.opschorten(zaak, "r", admin());
       }},
      {ErrorCode::not_suspended, [](EngineFixture& f) { f.engine.hervatten(f.create(), admin()); }},
      {ErrorCode::verlenging_not_allowed,
       [](EngineFixture& f) {
         f.engine.verlengen(f.create(date(2026, 6, 1), "PLAIN-001"), "P1D", "r", admin());
       }},
      {ErrorCode::verlenging_used,
       [](EngineFixture& f) {
         const auto zaak = f.create();
         f.engine.verlengen(zaak, "P1D", "r", admin());
         f.engine.verlengen(zaak, "P1D", "r", admin());
       }},
      {ErrorCode::verlenging_too_long,
       [](EngineFixture& f) { f.engine.verlengen(f.create(), "P1Y", "r", admin()); }},
      {ErrorCode::not_closed, [](EngineFixture& f) { f.engine.heropenen(f.create(), "r", admin()); }},
      {ErrorCode::invalid_value, [](EngineFixture& f) { f.engine.verlengen(f.create(), "1 week", "r", admin()); }},
  };
  for (const auto& info : error_codes()) {
    INFO("code " << info.id);
    if (info.code == ErrorCode::permission_denied) {
      // The engine never refuses a read: it leaves the details out of the
      // view and the audit values (the privacy test shows it). The code is
      // there for front-ends that ask for details explicitly.
      continue;
    }
    const auto scenario = scenarios.find(info.code);
    REQUIRE(scenario != scenarios.end());
    EngineFixture f(backend);
    REQUIRE_REFUSED(scenario->second(f), info.code);
  }
}

TEST_CASE("full_results false: changes return the zaak's own fields only", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  auto store = make_test_store(backend);
  FixedClock clock(at(2026, 6, 15));
  EngineOptions options;
  options.full_results = false;
  Engine engine(*store, clock, options);
  engine.deploy({test_zaaktype()}, {}, admin());
  const auto zaak = engine.create({"HUW-001", date(2026, 6, 1)}, admin()).identificatie;
  engine.add_rol(zaak, "Aanvrager", "jan", admin());
  auto view = engine.set_status(zaak, "Beoordelen", at(2026, 6, 2), admin());
  CHECK(view.status == "Beoordelen");
  CHECK(view.department == "Burgerzaken");
  CHECK(view.uiterlijke_einddatum_afdoening == date(2026, 7, 27));
  CHECK(view.statussen.empty());
  CHECK(view.deviations.empty());
  CHECK(view.rollen.empty());
  CHECK_FALSE(view.details_visible);
  // show() is always whole.
  view = engine.show(zaak, admin());
  CHECK(view.statussen.size() == 1);
  CHECK(view.deviations.size() == 1);
  CHECK(view.rollen.size() == 1);
}
