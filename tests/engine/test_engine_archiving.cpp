// Closing and archiving on every backend: the brondatum per afleidingswijze
// with hand-computed dates (month ends and leap years), the dates that may
// arrive after closing, and the refusals when one cannot.
//
// [SECTION] Helpers
// [SECTION] Dates known at closing
// [SECTION] Dates that arrive later
// [SECTION] Refusals

#include "engine_test_support.h"

using namespace blokjes::engine;
using namespace blokjes::engine::testing;

// -----------------------------------------------------------------------------
// [SECTION] Helpers
// -----------------------------------------------------------------------------

namespace {

// Every status on `when` (the statuses may share a moment), then the
// resultaat and the eindstatus: einddatum is when's date.
ZaakView close_on(EngineFixture& f, const std::string& zaak, const std::string& resultaat, Timestamp when) {
  f.engine.set_status(zaak, "Intake", when, admin());
  f.engine.set_status(zaak, "Beoordelen", when, admin());
  f.engine.set_status(zaak, "Besluiten", when, admin());
  f.engine.set_resultaat(zaak, resultaat, admin());
  return f.engine.set_status(zaak, "Afgehandeld", when, admin());
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Dates known at closing
// -----------------------------------------------------------------------------

TEST_CASE("archiving: afgehandeld, the eindstatus date", "[engine][archiving]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create(date(2024, 1, 2));
  // 29 February 2024 + P5Y = 28 February 2029 (2029 is no leap year).
  const auto closed = close_on(f, zaak, "Verleend", at(2024, 2, 29, 23, 30));
  CHECK(closed.einddatum == date(2024, 2, 29));
  CHECK(closed.archiefnominatie == "vernietigen");
  CHECK(closed.brondatum == date(2024, 2, 29));
  CHECK(closed.startdatum_bewaartermijn == date(2024, 2, 29));
  CHECK(closed.archiefactiedatum == date(2029, 2, 28));
}

TEST_CASE("archiving: termijn, einddatum plus procestermijn", "[engine][archiving]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create(date(2024, 1, 2));
  // 31 January 2024 + P1M = 29 February 2024 (leap year); + P5Y = 28 February 2029.
  const auto closed = close_on(f, zaak, "Termijn", at(2024, 1, 31));
  CHECK(closed.einddatum == date(2024, 1, 31));
  CHECK(closed.startdatum_bewaartermijn == date(2024, 2, 29));
  CHECK(closed.archiefactiedatum == date(2029, 2, 28));

  // In a common year the same month end clamps to the 28th: 2025-01-31 + P1M.
  const auto other = f.create(date(2025, 1, 2));
  const auto closed_2025 = close_on(f, other, "Termijn", at(2025, 1, 31));
  CHECK(closed_2025.startdatum_bewaartermijn == date(2025, 2, 28));
  CHECK(closed_2025.archiefactiedatum == date(2030, 2, 28));
}

TEST_CASE("archiving: eigenschap, the date the datumkenmerk names", "[engine][archiving]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  // ZGW writes datum eigenschappen as YYYYMMDD: 2028-02-29 + P10Y = 2038-02-28.
  f.engine.set_eigenschap(zaak, "Vervaldatum", "20280229", admin());
  const auto closed = close_on(f, zaak, "Eigenschap", at(2026, 6, 10));
  CHECK(closed.startdatum_bewaartermijn == date(2028, 2, 29));
  CHECK(closed.archiefactiedatum == date(2038, 2, 28));
}

TEST_CASE("archiving: ingangsdatum_besluit, the latest one", "[engine][archiving]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  f.engine.add_besluit(zaak, "Vergunning", date(2025, 12, 31), std::nullopt, admin());
  f.engine.add_besluit(zaak, "Vergunning", date(2025, 3, 31), date(2030, 1, 1), admin());
  // The latest ingangsdatum, 2025-12-31, + P1Y.
  const auto closed = close_on(f, zaak, "Ingang", at(2026, 6, 10));
  CHECK(closed.startdatum_bewaartermijn == date(2025, 12, 31));
  CHECK(closed.archiefactiedatum == date(2026, 12, 31));
}

TEST_CASE("archiving: vervaldatum_besluit, the latest one", "[engine][archiving]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  f.engine.add_besluit(zaak, "Vergunning", date(2026, 1, 1), date(2028, 2, 29), admin());
  f.engine.add_besluit(zaak, "Vergunning", date(2026, 1, 1), date(2027, 6, 30), admin());
  // 2028-02-29 + P1Y = 2029-02-28.
  const auto closed = close_on(f, zaak, "Verval", at(2026, 6, 10));
  CHECK(closed.startdatum_bewaartermijn == date(2028, 2, 29));
  CHECK(closed.archiefactiedatum == date(2029, 2, 28));
}

TEST_CASE("archiving: gerelateerde_zaak, the latest einddatum of the deelzaken", "[engine][archiving]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto hoofdzaak = f.create(date(2025, 10, 1));
  const auto first = f.create(date(2025, 10, 1), "HUW-001", hoofdzaak);
  const auto second = f.create(date(2025, 10, 1), "HUW-001", hoofdzaak);
  close_on(f, first, "Verleend", at(2025, 10, 31));
  close_on(f, second, "Verleend", at(2025, 11, 30));
  // 2025-11-30 + P3M = 2026-02-28 (clamped).
  const auto closed = close_on(f, hoofdzaak, "Gerelateerd", at(2026, 1, 15));
  CHECK(closed.einddatum == date(2026, 1, 15));
  CHECK(closed.startdatum_bewaartermijn == date(2025, 11, 30));
  CHECK(closed.archiefactiedatum == date(2026, 2, 28));
}

TEST_CASE("archiving: ander_datumkenmerk set by hand before closing", "[engine][archiving]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  f.walk_to_besluiten(zaak);
  f.engine.set_resultaat(zaak, "Ander", admin());
  f.engine.set_brondatum(zaak, date(2026, 1, 31), admin());
  const auto closed = f.engine.set_status(zaak, "Afgehandeld", at(2026, 6, 10), admin());
  CHECK(closed.brondatum == date(2026, 1, 31));
  CHECK(closed.archiefactiedatum == date(2028, 1, 31));
}

// -----------------------------------------------------------------------------
// [SECTION] Dates that arrive later
// -----------------------------------------------------------------------------

TEST_CASE("archiving: a later eigenschap completes the archiefactiedatum", "[engine][archiving]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  auto closed = close_on(f, zaak, "Eigenschap", at(2026, 6, 10));
  CHECK(closed.closed());
  CHECK(closed.archiefnominatie == "vernietigen");
  CHECK_FALSE(closed.archiefactiedatum.has_value());
  // Another eigenschap does not help; the datumkenmerk does: 2030-01-31 + P10Y.
  f.engine.set_eigenschap(zaak, "Naam", "Jan", admin());
  CHECK_FALSE(f.engine.show(zaak, admin()).archiefactiedatum.has_value());
  closed = f.engine.set_eigenschap(zaak, "Vervaldatum", "2030-01-31", admin());
  CHECK(closed.startdatum_bewaartermijn == date(2030, 1, 31));
  CHECK(closed.archiefactiedatum == date(2040, 1, 31));
}

TEST_CASE("archiving: a later besluit vervaldatum completes the archiefactiedatum", "[engine][archiving]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  auto closed = close_on(f, zaak, "Verval", at(2026, 6, 10));
  CHECK_FALSE(closed.archiefactiedatum.has_value());
  // A besluit without vervaldatum leaves it waiting.
  closed = f.engine.add_besluit(zaak, "Vergunning", date(2026, 6, 1), std::nullopt, admin());
  CHECK_FALSE(closed.archiefactiedatum.has_value());
  closed = f.engine.add_besluit(zaak, "Vergunning", date(2026, 6, 1), date(2028, 2, 29), admin());
  CHECK(closed.archiefactiedatum == date(2029, 2, 28));
}

TEST_CASE("archiving: ander_datumkenmerk set by hand after closing", "[engine][archiving]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  auto closed = close_on(f, zaak, "Ander", at(2026, 6, 10));
  CHECK_FALSE(closed.archiefactiedatum.has_value());
  // 2024-02-29 + P2Y = 2026-02-28.
  closed = f.engine.set_brondatum(zaak, date(2024, 2, 29), admin());
  CHECK(closed.brondatum == date(2024, 2, 29));
  CHECK(closed.startdatum_bewaartermijn == date(2024, 2, 29));
  CHECK(closed.archiefactiedatum == date(2026, 2, 28));
  // Set again, it recomputes.
  closed = f.engine.set_brondatum(zaak, date(2025, 3, 31), admin());
  CHECK(closed.archiefactiedatum == date(2027, 3, 31));
}

TEST_CASE("archiving: deelzaken get the hoofdzaak's einddatum when it closes", "[engine][archiving]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto hoofdzaak = f.create();
  const auto deelzaak = f.create(date(2026, 6, 1), "HUW-001", hoofdzaak);
  const auto other = f.create(date(2026, 6, 1), "HUW-001", hoofdzaak);
  auto closed = close_on(f, deelzaak, "Hoofdzaak", at(2026, 6, 5));
  CHECK(closed.closed());
  CHECK_FALSE(closed.archiefactiedatum.has_value());
  close_on(f, other, "Verleend", at(2026, 6, 6));
  // The hoofdzaak closes on 2026-06-10; the deelzaak gets + P1Y = 2027-06-10.
  close_on(f, hoofdzaak, "Verleend", at(2026, 6, 10));
  const auto after = f.engine.show(deelzaak, admin());
  CHECK(after.startdatum_bewaartermijn == date(2026, 6, 10));
  CHECK(after.archiefactiedatum == date(2027, 6, 10));
  // The other deelzaak kept its own dates: 2026-06-06 + P5Y.
  CHECK(f.engine.show(other, admin()).archiefactiedatum == date(2031, 6, 6));
  // The deelzaak's audit trail says why its dates changed.
  CHECK(f.engine.audit(deelzaak, admin()).back().action == "archiefactiedatum");
}

TEST_CASE("archiving: blijvend_bewaren closes without the date and takes it later", "[engine][archiving]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  // ingangsdatum_besluit without a besluit would refuse, but blijvend_bewaren waits.
  auto closed = close_on(f, zaak, "Blijvend", at(2026, 6, 10));
  CHECK(closed.closed());
  CHECK(closed.archiefnominatie == "blijvend_bewaren");
  CHECK_FALSE(closed.archiefactiedatum.has_value());
  closed = f.engine.add_besluit(zaak, "Vergunning", date(2026, 1, 31), std::nullopt, admin());
  CHECK(closed.archiefactiedatum == date(2046, 1, 31));
}

// -----------------------------------------------------------------------------
// [SECTION] Refusals
// -----------------------------------------------------------------------------

TEST_CASE("archiving: closing refused when the brondatum cannot be known", "[engine][archiving]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  struct Case {
    const char* resultaat;
    const char* says;
  };
  for (const auto& c : {Case{"Ingang", "no besluit with an ingangsdatum"},
                        Case{"Hoofdzaak", "no hoofdzaak"},
                        Case{"Gerelateerd", "no related zaak"},
                        Case{"Kapot", "no valid procestermijn"}}) {
    INFO(c.resultaat);
    const auto zaak = f.create();
    const auto error = refusal_of([&] { close_on(f, zaak, c.resultaat, at(2026, 6, 10)); });
    CHECK(error.code() == ErrorCode::archiefactiedatum_error);
    CHECK(error.message_en().find(c.says) != std::string::npos);
    CHECK(error.message_nl().find(zaak) != std::string::npos);
    // Nothing of the closing stuck.
    const auto view = f.engine.show(zaak, admin());
    CHECK_FALSE(view.closed());
    CHECK(view.status == "Besluiten");
  }
}

TEST_CASE("archiving: a brondatum by hand only where the resultaattype takes one", "[engine][archiving]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  EngineFixture f(backend);
  const auto zaak = f.create();
  REQUIRE_REFUSED(f.engine.set_brondatum(zaak, date(2026, 1, 1), admin()), ErrorCode::brondatum_not_applicable);
  close_on(f, zaak, "Verleend", at(2026, 6, 10));
  const auto error = refusal_of([&] { f.engine.set_brondatum(zaak, date(2026, 1, 1), admin()); });
  CHECK(error.code() == ErrorCode::brondatum_not_applicable);
  CHECK(error.message_en().find("'afgehandeld'") != std::string::npos);
}
