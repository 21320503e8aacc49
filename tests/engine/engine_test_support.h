#pragma once
// Shared by the engine's rule tests: a hand-made zaaktype that has one of
// everything (a resultaattype per afleidingswijze, an eigenschap per formaat,
// a gateway in its process), a fresh engine on a fresh store with a fixed
// clock, and a check that an action is refused with a given code.
//
// [SECTION] The test zaaktype
// [SECTION] A fresh engine
// [SECTION] Refusals

#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "engine/engine.h"
#include "store_fixture.h"

namespace blokjes::engine::testing {

// -----------------------------------------------------------------------------
// [SECTION] The test zaaktype
// -----------------------------------------------------------------------------

inline ResultaattypeDefinition resultaattype(std::string uuid, std::string omschrijving,
                                             std::string afleidingswijze,
                                             std::optional<std::string> archiefactietermijn,
                                             std::string archiefnominatie = "vernietigen",
                                             std::string datumkenmerk = {},
                                             std::optional<std::string> procestermijn = std::nullopt) {
  ResultaattypeDefinition r;
  r.uuid = std::move(uuid);
  r.omschrijving = std::move(omschrijving);
  r.archiefnominatie = std::move(archiefnominatie);
  r.archiefactietermijn = std::move(archiefactietermijn);
  r.brondatum.afleidingswijze = std::move(afleidingswijze);
  r.brondatum.datumkenmerk = std::move(datumkenmerk);
  r.brondatum.procestermijn = std::move(procestermijn);
  return r;
}

inline EigenschapDefinition eigenschap(std::string uuid, std::string naam, std::string formaat,
                                       std::string lengte,
                                       std::vector<std::string> waardenverzameling = {}) {
  EigenschapDefinition e;
  e.uuid = std::move(uuid);
  e.naam = std::move(naam);
  e.formaat = std::move(formaat);
  e.lengte = std::move(lengte);
  e.waardenverzameling = std::move(waardenverzameling);
  return e;
}

// HUW-001: Intake → Beoordelen → (gateway) → Besluiten → Afgehandeld, the
// gateway also straight to Afgehandeld, and a rework flow Besluiten →
// Beoordelen. Doorlooptijd P8W, servicenorm P6W, opschorting allowed,
// verlenging allowed up to P4W.
inline ZaaktypeDefinition test_zaaktype(std::string identificatie = "HUW-001") {
  ZaaktypeDefinition d;
  d.uuid = "zt-" + identificatie;
  d.url = "https://example.org/catalogi/api/v1/zaaktypen/" + d.uuid;
  d.identificatie = identificatie;
  d.omschrijving = "Huwelijk voltrekken";
  d.versiedatum = "2026-01-01";
  d.doorlooptijd = "P8W";
  d.servicenorm = "P6W";
  d.vertrouwelijkheidaanduiding = "zaakvertrouwelijk";
  d.opschorting_en_aanhouding_mogelijk = true;
  d.verlenging_mogelijk = true;
  d.verlengingstermijn = "P4W";
  d.statustypen = {{"st-intake", "Intake", 1, "b1"},
                   {"st-beoordelen", "Beoordelen", 2, "b2"},
                   {"st-besluiten", "Besluiten", 3, "b3"},
                   {"st-afgehandeld", "Afgehandeld", 4, "b4"}};
  d.roltypen = {{"rt-aanvrager", "Aanvrager", "initiator"},
                {"rt-coordinator", "Coordinator", "zaakcoordinator"},
                {"rt-behandelaar", "Behandelaar", "behandelaar"}};
  d.resultaattypen = {
      resultaattype("rs-afgehandeld", "Verleend", "afgehandeld", "P5Y"),
      resultaattype("rs-termijn", "Termijn", "termijn", "P5Y", "vernietigen", "", "P1M"),
      resultaattype("rs-eigenschap", "Eigenschap", "eigenschap", "P10Y", "vernietigen", "Vervaldatum"),
      resultaattype("rs-ingang", "Ingang", "ingangsdatum_besluit", "P1Y"),
      resultaattype("rs-verval", "Verval", "vervaldatum_besluit", "P1Y"),
      resultaattype("rs-hoofdzaak", "Hoofdzaak", "hoofdzaak", "P1Y"),
      resultaattype("rs-gerelateerd", "Gerelateerd", "gerelateerde_zaak", "P3M"),
      resultaattype("rs-ander", "Ander", "ander_datumkenmerk", "P2Y"),
      resultaattype("rs-blijvend", "Blijvend", "ingangsdatum_besluit", "P20Y", "blijvend_bewaren"),
      resultaattype("rs-kapot", "Kapot", "termijn", "P5Y"),  // no procestermijn
  };
  d.eigenschappen = {eigenschap("ei-naam", "Naam", "tekst", "5"),
                     eigenschap("ei-bedrag", "Bedrag", "getal", "10,2"),
                     eigenschap("ei-aantal", "Aantal", "getal", "3"),
                     eigenschap("ei-vervaldatum", "Vervaldatum", "datum", "8"),
                     eigenschap("ei-tijdstip", "Tijdstip", "datum_tijd", "14"),
                     eigenschap("ei-kleur", "Kleur", "tekst", "10", {"rood", "groen"})};
  d.informatieobjecttypen = {{"iot-aanvraag", "Aanvraag", "zaakvertrouwelijk"}};
  d.besluittypen = {{"bt-vergunning", "Vergunning"}};
  d.graph.from_workshop = true;
  d.graph.process_id = "huwelijk";
  d.graph.nodes = {{"b1", "task", "Intake", "Publiekszaken", "st-intake"},
                   {"b2", "task", "Beoordelen", "Burgerzaken", "st-beoordelen"},
                   {"g", "gateway", "Akkoord?", "Burgerzaken", ""},
                   {"b3", "task", "Besluiten", "Burgerzaken", "st-besluiten"},
                   {"b4", "end", "Afgehandeld", "Publiekszaken", "st-afgehandeld"}};
  d.graph.edges = {{"b1", "b2", "sequence"},
                   {"b2", "g", "sequence"},
                   {"g", "b3", "conditional"},
                   {"g", "b4", "conditional"},
                   {"b3", "b4", "sequence"},
                   {"b3", "b2", "rework"}};
  return d;
}

// A zaaktype that allows neither opschorting nor verlenging.
inline ZaaktypeDefinition plain_zaaktype() {
  auto d = test_zaaktype("PLAIN-001");
  d.uuid = "zt-plain";
  d.opschorting_en_aanhouding_mogelijk = false;
  d.verlenging_mogelijk = false;
  d.verlengingstermijn.reset();
  d.servicenorm.reset();
  // Its own uuids, so its types are not mistaken for HUW-001's.
  for (auto& s : d.statustypen) s.uuid = "plain-" + s.uuid;
  for (auto& n : d.graph.nodes) {
    if (!n.statustype_uuid.empty()) n.statustype_uuid = "plain-" + n.statustype_uuid;
  }
  return d;
}

// -----------------------------------------------------------------------------
// [SECTION] A fresh engine
// -----------------------------------------------------------------------------

inline Timestamp at(int year, int month, int day, int hour = 12, int minute = 0) {
  auto moment = Timestamp::at_start_of({year, month, day});
  moment.seconds_since_epoch += hour * 3600 + minute * 60;
  return moment;
}

inline CalendarDate date(int year, int month, int day) {
  return {year, month, day};
}

inline Actor admin() {
  return {"beheerder", Vertrouwelijkheid::zeer_geheim};
}

// A fresh store of `backend`, a clock at 2026-06-15 12:00 UTC, an engine, and
// HUW-001 and PLAIN-001 deployed (HUW-001 strict when asked).
struct EngineFixture {
  explicit EngineFixture(const std::string& backend, bool strict = false)
      : store(make_test_store(backend)), clock(at(2026, 6, 15)), engine(*store, clock) {
    DeployOptions options;
    options.strict = strict;
    engine.deploy({test_zaaktype(), plain_zaaktype()}, options, admin());
  }

  // A zaak of HUW-001 (or `zaaktype`) started on `startdatum`.
  std::string create(CalendarDate startdatum = {2026, 6, 1}, const std::string& zaaktype = "HUW-001",
                     const std::string& hoofdzaak = {}) {
    CreateZaak request;
    request.zaaktype = zaaktype;
    request.startdatum = startdatum;
    request.hoofdzaak = hoofdzaak;
    return engine.create(request, admin()).identificatie;
  }

  // Intake, Beoordelen, Besluiten on the given days of June 2026.
  void walk_to_besluiten(const std::string& zaak) {
    engine.set_status(zaak, "Intake", at(2026, 6, 2), admin());
    engine.set_status(zaak, "Beoordelen", at(2026, 6, 3), admin());
    engine.set_status(zaak, "Besluiten", at(2026, 6, 4), admin());
  }

  ZaakView close(const std::string& zaak, const std::string& resultaat, Timestamp when) {
    walk_to_besluiten(zaak);
    engine.set_resultaat(zaak, resultaat, admin());
    return engine.set_status(zaak, "Afgehandeld", when, admin());
  }

  std::unique_ptr<Store> store;
  FixedClock clock;
  Engine engine;
};

// -----------------------------------------------------------------------------
// [SECTION] Refusals
// -----------------------------------------------------------------------------

// Checks that `expression` throws EngineError with `expected` and that both
// messages say something; the error is kept in `refusal` for further checks.
#define REQUIRE_REFUSED(expression, expected)                                               \
  do {                                                                                      \
    bool refused_ = false;                                                                  \
    try {                                                                                   \
      (void)(expression);                                                                   \
    } catch (const ::blokjes::engine::EngineError& error_) {                                \
      refused_ = true;                                                                      \
      INFO(error_.message_en());                                                            \
      CHECK(error_.code_id() == ::blokjes::engine::error_code_id(expected));                \
      CHECK(!error_.message_nl().empty());                                                  \
      CHECK(!error_.message_en().empty());                                                  \
    }                                                                                       \
    if (!refused_) FAIL("not refused; expected " << ::blokjes::engine::error_code_id(expected)); \
  } while (false)

// The refusal of `action`, for checking its message.
template <typename Action>
EngineError refusal_of(Action&& action) {
  try {
    action();
  } catch (const EngineError& error) {
    return error;
  }
  FAIL("the action was not refused");
  throw std::logic_error("unreachable");
}

}  // namespace blokjes::engine::testing
