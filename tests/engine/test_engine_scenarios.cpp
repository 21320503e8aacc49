// Every zaaktype of the demo workshop, exported through the real pipeline
// (openzaak profile) and deployed, runs zaken to closure on every backend:
// one zaak per resultaattype, with an initiator, every statustype in
// volgnummer order on explicit past dates, what the afleidingswijze needs,
// and the archiefactiedatum checked against brondatum + archiefactietermijn.
//
// [SECTION] The demo zaaktypen
// [SECTION] Every zaaktype to closure

#include <set>

#include "../catalogi_support.h"
#include "engine/zaaktype_definition.h"
#include "engine_test_support.h"

using namespace blokjes::engine;
using namespace blokjes::engine::testing;
using blokjes::parse_iso_duration;

// -----------------------------------------------------------------------------
// [SECTION] The demo zaaktypen
// -----------------------------------------------------------------------------

namespace {

// Each process that passes the openzaak profile on its own.
std::vector<ZaaktypeDefinition> demo_definitions() {
  const auto& workshop = blokjes::test::demo_workshop();
  std::vector<ZaaktypeDefinition> definitions;
  for (const auto& process : workshop.processes) {
    const auto prepared = blokjes::test::export_of(workshop, {process.id});
    INFO(process.id << "\n" << blokjes::test::messages(prepared.diagnostics));
    CHECK_FALSE(prepared.has_errors());
    if (prepared.has_errors()) continue;
    for (auto& definition : definitions_from_export(prepared.objects, workshop)) {
      definitions.push_back(std::move(definition));
    }
  }
  return definitions;
}

const ResultaattypeDefinition* closer_of(const ZaaktypeDefinition& type) {
  for (const auto& r : type.resultaattypen) {
    if (r.brondatum.afleidingswijze == "afgehandeld" && r.archiefactietermijn) return &r;
  }
  for (const auto& r : type.resultaattypen) {
    if (r.brondatum.afleidingswijze == "termijn" && r.archiefactietermijn) return &r;
  }
  return nullptr;
}

// Sets every statustype below the eindstatus, one a day from `first`.
void walk(Engine& engine, const ZaaktypeDefinition& type, const std::string& zaak, CalendarDate first) {
  for (std::size_t i = 0; i + 1 < type.statustypen.size(); ++i) {
    auto when = Timestamp::at_start_of(add_days(first, static_cast<std::int64_t>(i)));
    when.seconds_since_epoch += 9 * 3600;
    const auto view = engine.set_status(zaak, type.statustypen[i].omschrijving, when, admin());
    CHECK(view.status == type.statustypen[i].omschrijving);
  }
}

ZaakView close(Engine& engine, const ZaaktypeDefinition& type, const std::string& zaak, CalendarDate day) {
  auto when = Timestamp::at_start_of(day);
  when.seconds_since_epoch += 16 * 3600;
  return engine.set_status(zaak, type.eindstatus()->omschrijving, when, admin());
}

std::string create(Engine& engine, const ZaaktypeDefinition& type, CalendarDate start,
                   const std::string& hoofdzaak = {}) {
  CreateZaak request;
  request.zaaktype = type.identificatie;
  request.startdatum = start;
  request.hoofdzaak = hoofdzaak;
  const auto zaak = engine.create(request, admin()).identificatie;
  if (const auto* initiator = type.find_roltype("initiator")) {
    engine.add_rol(zaak, initiator->omschrijving, "Aanvrager " + zaak, admin());
  }
  return zaak;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Every zaaktype to closure
// -----------------------------------------------------------------------------

TEST_CASE("scenarios: every demo zaaktype runs to closure with its archiefactiedatum", "[engine][scenarios]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  const auto definitions = demo_definitions();
  REQUIRE(definitions.size() == blokjes::test::demo_workshop().processes.size());

  auto store = make_test_store(backend);
  FixedClock clock(at(2026, 6, 15));
  Engine engine(*store, clock);
  DeployOptions options;
  options.allow_concept = true;
  const auto deployed = engine.deploy(definitions, options, admin());
  REQUIRE(deployed.deployed.size() == definitions.size());

  std::set<std::string> afleidingswijzen;
  int closed = 0;
  for (const auto& type : definitions) {
    INFO("zaaktype " << type.identificatie << " (" << type.omschrijving << ")");
    REQUIRE(type.statustypen.size() >= 2);
    REQUIRE_FALSE(type.resultaattypen.empty());
    CHECK(type.graph.from_workshop);
    for (const auto& resultaattype : type.resultaattypen) {
      const auto& wijze = resultaattype.brondatum.afleidingswijze;
      INFO("resultaattype " << resultaattype.omschrijving << ", afleidingswijze " << wijze);
      afleidingswijzen.insert(wijze);
      const CalendarDate start{2026, 1, 5};
      const CalendarDate einddatum{2026, 1, 31};
      std::string hoofdzaak;
      if (wijze == "hoofdzaak") hoofdzaak = create(engine, type, start);
      const auto zaak = create(engine, type, start, hoofdzaak);
      const auto created = engine.show(zaak, admin());
      CHECK(created.uiterlijke_einddatum_afdoening ==
            add_duration(start, *parse_iso_duration(type.doorlooptijd)));
      walk(engine, type, zaak, add_days(start, 1));
      engine.set_resultaat(zaak, resultaattype.omschrijving, admin());

      // What the afleidingswijze needs, and the brondatum it gives.
      std::optional<CalendarDate> brondatum;
      bool later = false;  // known only after closing
      if (wijze == "afgehandeld") {
        brondatum = einddatum;
      } else if (wijze == "termijn") {
        brondatum = add_duration(einddatum, *parse_iso_duration(*resultaattype.brondatum.procestermijn));
      } else if (wijze == "eigenschap") {
        const auto* eigenschap = type.find_eigenschap(resultaattype.brondatum.datumkenmerk);
        REQUIRE(eigenschap);
        engine.set_eigenschap(zaak, eigenschap->naam, eigenschap->formaat == "datum" ? "20260331" : "2026-03-31",
                              admin());
        brondatum = CalendarDate{2026, 3, 31};
      } else if (wijze == "ingangsdatum_besluit") {
        REQUIRE_FALSE(type.besluittypen.empty());
        engine.add_besluit(zaak, type.besluittypen.front().omschrijving, CalendarDate{2026, 2, 28},
                           std::nullopt, admin());
        brondatum = CalendarDate{2026, 2, 28};
      } else if (wijze == "vervaldatum_besluit") {
        REQUIRE_FALSE(type.besluittypen.empty());
        engine.add_besluit(zaak, type.besluittypen.front().omschrijving, CalendarDate{2026, 1, 31},
                           CalendarDate{2026, 2, 28}, admin());
        brondatum = CalendarDate{2026, 2, 28};
      } else if (wijze == "gerelateerde_zaak") {
        const auto* closer = closer_of(type);
        REQUIRE(closer);
        const auto deelzaak = create(engine, type, start, zaak);
        walk(engine, type, deelzaak, add_days(start, 1));
        engine.set_resultaat(deelzaak, closer->omschrijving, admin());
        close(engine, type, deelzaak, CalendarDate{2026, 1, 20});
        brondatum = CalendarDate{2026, 1, 20};
      } else if (wijze == "ander_datumkenmerk") {
        engine.set_brondatum(zaak, CalendarDate{2026, 4, 30}, admin());
        brondatum = CalendarDate{2026, 4, 30};
      } else if (wijze == "hoofdzaak") {
        later = true;
        brondatum = CalendarDate{2026, 2, 27};  // the hoofdzaak's einddatum below
      } else {
        FAIL("an afleidingswijze the test does not know: " << wijze);
      }

      auto view = close(engine, type, zaak, einddatum);
      CHECK(view.closed());
      CHECK(view.einddatum == einddatum);
      CHECK(view.archiefnominatie == resultaattype.archiefnominatie);
      if (later) {
        CHECK_FALSE(view.archiefactiedatum.has_value());
        const auto* closer = closer_of(type);
        REQUIRE(closer);
        walk(engine, type, hoofdzaak, add_days(start, 1));
        engine.set_resultaat(hoofdzaak, closer->omschrijving, admin());
        close(engine, type, hoofdzaak, *brondatum);
        view = engine.show(zaak, admin());
      }
      CHECK(view.startdatum_bewaartermijn == brondatum);
      if (resultaattype.archiefactietermijn) {
        const auto termijn = parse_iso_duration(*resultaattype.archiefactietermijn);
        REQUIRE(termijn);
        CHECK(view.archiefactiedatum == add_duration(*brondatum, *termijn));
      } else {
        CHECK_FALSE(view.archiefactiedatum.has_value());
      }
      CHECK(view.statussen.size() == type.statustypen.size());
      ++closed;
    }
  }
  WARN(closed << " zaken closed; afleidingswijzen seen: " << [&] {
    std::string all;
    for (const auto& wijze : afleidingswijzen) all += wijze + " ";
    return all;
  }());
  CHECK(closed > 0);
}
