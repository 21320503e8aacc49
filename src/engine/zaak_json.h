#pragma once
// What the engine returns, as JSON: `blokjes engine ... --json` prints these,
// and the app's play mode can show them. The zaak uses the Zaken API's
// camelCase names (identificatie, einddatumGepland, uiterlijkeEinddatumAfdoening,
// archiefactiedatum ...), dates as "YYYY-MM-DD" or null, moments as
// "YYYY-MM-DDTHH:MM:SSZ". The details (rollen, eigenschappen, documenten,
// besluiten) appear only when the engine let the actor see them; otherwise
// the object says `"details": "hidden"`, so a reader knows they exist.

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "engine.h"

namespace blokjes::engine {

// Ordered, so the fields come out in the Zaken API's order, not the alphabet's.
using ZaakJson = nlohmann::ordered_json;

ZaakJson to_json(const ZaakView& zaak);
ZaakJson to_json(const ZaakSummary& summary);
ZaakJson to_json(const std::vector<ZaakSummary>& summaries);
ZaakJson to_json(const Werkvoorraad& werkvoorraad);
ZaakJson to_json(const AuditEntry& entry);
ZaakJson to_json(const std::vector<AuditEntry>& entries);
ZaakJson to_json(const DeployResult& result);
ZaakJson to_json(const NextSteps& steps);

// "YYYY-MM-DD", or null.
ZaakJson date_json(const std::optional<CalendarDate>& date);

}  // namespace blokjes::engine
