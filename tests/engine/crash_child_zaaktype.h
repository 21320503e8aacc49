#pragma once
// The zaaktype the crash child walks its zaken through (crash_child.cpp), and
// that the crash and two-writer tests check the database against: six
// statustypen in a line, an initiator (at most one per zaak) and a
// behandelaar (any number), one resultaattype closing with afgehandeld.

#include <string>

#include "engine/zaaktype_definition.h"

namespace blokjes::engine::crash_child {

inline constexpr const char* kZaaktype = "CRASH-6";
inline constexpr const char* kInitiator = "Aanvrager";
inline constexpr const char* kBehandelaar = "Behandelaar";
inline constexpr const char* kResultaat = "Verleend";
inline constexpr int kStatustypen = 6;

inline std::string statustype_uuid(int volgnummer) {
  return "c0000000-0000-4000-8000-00000000000" + std::to_string(volgnummer);
}

inline ZaaktypeDefinition zaaktype() {
  ZaaktypeDefinition d;
  d.uuid = "c0000000-0000-4000-8000-000000000100";
  d.url = "http://localhost/catalogi/api/v1/zaaktypen/" + d.uuid;
  d.identificatie = kZaaktype;
  d.omschrijving = "Crashtest: zes statussen";
  d.versiedatum = "2026-01-01";
  d.doorlooptijd = "P8W";
  d.servicenorm = "P6W";
  d.vertrouwelijkheidaanduiding = "openbaar";
  for (int v = 1; v <= kStatustypen; ++v) {
    d.statustypen.push_back({statustype_uuid(v), "Stap " + std::to_string(v), v, ""});
  }
  d.graph = linear_graph(d.statustypen);
  d.roltypen.push_back({"c0000000-0000-4000-8000-000000000201", kInitiator, "initiator"});
  d.roltypen.push_back({"c0000000-0000-4000-8000-000000000202", kBehandelaar, "behandelaar"});
  ResultaattypeDefinition resultaat;
  resultaat.uuid = "c0000000-0000-4000-8000-000000000301";
  resultaat.omschrijving = kResultaat;
  resultaat.archiefnominatie = "vernietigen";
  resultaat.archiefactietermijn = "P5Y";
  resultaat.brondatum.afleidingswijze = "afgehandeld";
  d.resultaattypen.push_back(resultaat);
  return d;
}

}  // namespace blokjes::engine::crash_child
