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

nlohmann::json to_json(const ZaakView& zaak);
nlohmann::json to_json(const ZaakSummary& summary);
nlohmann::json to_json(const std::vector<ZaakSummary>& summaries);
nlohmann::json to_json(const Werkvoorraad& werkvoorraad);
nlohmann::json to_json(const AuditEntry& entry);
nlohmann::json to_json(const std::vector<AuditEntry>& entries);
nlohmann::json to_json(const DeployResult& result);
nlohmann::json to_json(const NextSteps& steps);

// "YYYY-MM-DD", or null.
nlohmann::json date_json(const std::optional<CalendarDate>& date);

}  // namespace blokjes::engine
