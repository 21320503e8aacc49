#pragma once
// The case engine: zaken on deployed zaaktypen, with the semantics of the
// Zaken API 1.5.1 as Open Zaak implements them (docs/engine.md), plus what
// Open Zaak does not know: the process graph, so a status the process does
// not lead to is recorded as a deviation (or refused for a strict zaaktype).
//
// Every change is one transaction on the store with one audit row. A refused
// rule throws EngineError (engine_error.h) and changes nothing. The details
// of a zaak (rollen, documenten, eigenschappen, besluiten) are only returned
// to an Actor cleared for its vertrouwelijkheidaanduiding or holding a rol on
// it; everyone sees its zaaktype, status and deadlines.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar_date.h"
#include "engine_error.h"
#include "store.h"
#include "zaaktype_definition.h"

namespace blokjes::engine {

// [SECTION] Who asks
// The Catalogi vertrouwelijkheidaanduidingen, least to most confidential.
enum class Vertrouwelijkheid {
  openbaar,
  beperkt_openbaar,
  intern,
  zaakvertrouwelijk,
  vertrouwelijk,
  confidentieel,
  geheim,
  zeer_geheim,
};
std::string_view to_string(Vertrouwelijkheid level);
std::optional<Vertrouwelijkheid> vertrouwelijkheid_from_string(std::string_view text);

struct Actor {
  std::string user = "blokjes";
  Vertrouwelijkheid clearance = Vertrouwelijkheid::zeer_geheim;
};

// [SECTION] What comes back
struct Deviation {
  std::string from_statustype;  // omschrijving; empty when the zaak had no status
  std::string to_statustype;
  Timestamp datum;
};

struct StatusView {
  std::string statustype;  // omschrijving
  int volgnummer = 0;
  Timestamp datum_status_gezet;
  std::string toelichting;
  bool deviation = false;
  std::string gezet_door;
};

struct RolView {
  std::string roltype;  // omschrijving
  std::string omschrijving_generiek;
  std::string betrokkene;
};

struct EigenschapView {
  std::string naam;
  std::string waarde;
};

struct DocumentView {
  std::string informatieobjecttype;
  std::string titel;
  Timestamp registratiedatum;
};

struct BesluitView {
  std::string besluittype;
  CalendarDate datum;
  CalendarDate ingangsdatum;
  std::optional<CalendarDate> vervaldatum;
};

// A zaak as `show` prints it.
struct ZaakView {
  std::string identificatie;
  std::string zaaktype;  // identificatie
  int zaaktype_version = 1;
  std::string zaaktype_omschrijving;
  std::string hoofdzaak;  // identificatie; empty when none
  std::vector<std::string> deelzaken;
  CalendarDate startdatum;
  CalendarDate registratiedatum;
  std::optional<CalendarDate> einddatum_gepland;
  std::optional<CalendarDate> uiterlijke_einddatum_afdoening;
  std::optional<CalendarDate> einddatum;
  std::string vertrouwelijkheidaanduiding;
  std::string status;  // omschrijving of the current statustype; empty when none
  std::optional<Timestamp> status_datum;
  std::string department;  // of the current status's block
  std::string resultaat;   // omschrijving; empty when none
  std::string archiefnominatie;
  std::optional<CalendarDate> archiefactiedatum;
  std::optional<CalendarDate> startdatum_bewaartermijn;
  std::optional<CalendarDate> brondatum;
  bool opgeschort = false;
  std::string opschorting_reden;
  int opgeschort_dagen = 0;
  bool verlengd = false;
  std::string verlenging_duur;
  std::string verlenging_reden;
  std::vector<Deviation> deviations;
  std::vector<StatusView> statussen;
  // The details: filled only when `details_visible`.
  bool details_visible = false;
  std::vector<RolView> rollen;
  std::vector<EigenschapView> eigenschappen;
  std::vector<DocumentView> documenten;
  std::vector<BesluitView> besluiten;

  bool closed() const { return einddatum.has_value(); }
};

// What the process allows next, for the canvas's play mode.
struct NextSteps {
  std::string current_block;             // block id of the current status; empty when none
  std::vector<std::string> next_blocks;  // block ids the process leads to
  std::vector<std::string> next_statustypen;  // their omschrijvingen
  bool strict = false;
};

struct DeployedZaaktypeInfo {
  std::string identificatie;
  int version = 1;
  std::string omschrijving;
  bool strict = false;
  bool is_concept = false;
  bool has_process = false;  // deployed from a workshop, with blocks and flows
  std::string process_id;
  std::size_t statustypen = 0;
};

struct DeployOptions {
  bool strict = false;
  bool allow_concept = false;
};

struct DeployResult {
  struct Item {
    std::string identificatie;
    int version = 1;
    bool unchanged = false;  // the same definition was deployed already
  };
  std::vector<Item> deployed;
};

struct CreateZaak {
  std::string zaaktype{};  // identificatie; the latest deployed version
  std::optional<CalendarDate> startdatum{};  // default: today
  std::string hoofdzaak{};                  // identificatie; empty for none
  std::optional<std::string> vertrouwelijkheidaanduiding{};  // default: the zaaktype's
};

struct ZaakQuery {
  std::string status;      // statustype omschrijving
  std::string department;
  std::string zaaktype;    // identificatie
  bool overdue = false;    // past the fatale datum (uiterlijkeEinddatumAfdoening), open
  bool open_only = false;
  std::optional<CalendarDate> as_of;  // default: today
};

// One line of `list`: what everyone may see.
struct ZaakSummary {
  std::string identificatie;
  std::string zaaktype;
  std::string status;
  std::string department;
  CalendarDate startdatum;
  std::optional<CalendarDate> einddatum_gepland;
  std::optional<CalendarDate> uiterlijke_einddatum_afdoening;
  std::optional<CalendarDate> einddatum;
  bool opgeschort = false;
  // As of the query's date, for an open zaak.
  bool streefdatum_passed = false;  // warning
  bool overdue = false;             // fatale datum passed
  bool binnenkort = false;          // within `soon_days` of either
};

// The werkvoorraad: open zaken counted several ways, as of a date.
struct WerkvoorraadCount {
  std::string key;  // the status, department or zaaktype
  int open = 0;
  int warning = 0;    // streefdatum passed, fatale datum not
  int overdue = 0;    // fatale datum passed
  int binnenkort = 0; // within soon_days of the streefdatum or the fatale datum
  int opgeschort = 0;
};

struct DeviationCount {
  std::string zaaktype;
  std::string step;  // "from → to" (omschrijvingen)
  int count = 0;
};

struct Werkvoorraad {
  CalendarDate as_of;
  int soon_days = 7;
  int open = 0;
  int closed = 0;
  std::vector<WerkvoorraadCount> per_status;
  std::vector<WerkvoorraadCount> per_department;
  std::vector<WerkvoorraadCount> per_zaaktype;
  std::vector<DeviationCount> deviations_per_zaaktype;  // step empty: the zaaktype's total
  std::vector<DeviationCount> deviations_per_step;
};

struct AuditEntry {
  Timestamp at;
  std::string user;
  std::string action;
  std::string old_value;  // JSON text
  std::string new_value;
};

// One event of the event log: a status set on a zaak.
struct EventLogEvent {
  std::string zaak;        // case id
  std::string zaaktype;    // identificatie
  std::string statustype;  // activity
  Timestamp timestamp;
  std::string resource;    // who set it
  bool deviation = false;
};

// [SECTION] The engine
struct EngineOptions {
  std::string identificatie_prefix = "ZAAK";  // ZAAK-2026-0000001
  int soon_days = 7;                          // "binnenkort"
  // What the changing operations (create, set_status, ...) return. true:
  // the whole zaak as show() gives it. false: only the zaak's own fields
  // (zaaktype, status, dates, resultaat, archive fields, opschorting,
  // verlenging), without hoofdzaak, deelzaken, statussen, deviations and
  // details, which spares their queries in bulk loads (demo, benchmark).
  bool full_results = true;
};

class Engine {
 public:
  // The engine uses `store` and `clock`, which must outlive it.
  Engine(Store& store, const Clock& clock, EngineOptions options = {});

  // Deploying. A concept is refused (zaaktype_concept) unless allowed.
  DeployResult deploy(const std::vector<ZaaktypeDefinition>& definitions,
                      const DeployOptions& options, const Actor& actor);
  std::vector<DeployedZaaktypeInfo> zaaktypen();
  // The latest deployed version; throws zaaktype_not_found.
  ZaaktypeDefinition zaaktype(std::string_view identificatie);

  // Zaken. Each returns the zaak as the actor may see it afterwards.
  ZaakView create(const CreateZaak& request, const Actor& actor);
  ZaakView set_status(std::string_view zaak, std::string_view statustype,
                      std::optional<Timestamp> datum, const Actor& actor,
                      std::string_view toelichting = {});
  ZaakView add_rol(std::string_view zaak, std::string_view roltype, std::string_view betrokkene,
                   const Actor& actor);
  ZaakView set_eigenschap(std::string_view zaak, std::string_view naam, std::string_view waarde,
                          const Actor& actor);
  ZaakView add_document(std::string_view zaak, std::string_view informatieobjecttype,
                        std::string_view titel, const Actor& actor);
  ZaakView add_besluit(std::string_view zaak, std::string_view besluittype,
                       std::optional<CalendarDate> ingangsdatum,
                       std::optional<CalendarDate> vervaldatum, const Actor& actor);
  ZaakView set_resultaat(std::string_view zaak, std::string_view resultaattype,
                         const Actor& actor);
  ZaakView set_brondatum(std::string_view zaak, CalendarDate brondatum, const Actor& actor);
  ZaakView opschorten(std::string_view zaak, std::string_view reden, const Actor& actor);
  ZaakView hervatten(std::string_view zaak, const Actor& actor);
  ZaakView verlengen(std::string_view zaak, std::string_view duur, std::string_view reden,
                     const Actor& actor);
  ZaakView heropenen(std::string_view zaak, std::string_view reden, const Actor& actor);

  // Reading.
  ZaakView show(std::string_view zaak, const Actor& actor);
  NextSteps next_steps(std::string_view zaak);
  std::vector<ZaakSummary> list(const ZaakQuery& query);
  Werkvoorraad werkvoorraad(std::optional<CalendarDate> as_of = std::nullopt);
  // The audit trail of a zaak: everyone sees that and when something
  // changed; the values only with the details (else they read "{}").
  std::vector<AuditEntry> audit(std::string_view zaak, const Actor& actor);
  std::vector<EventLogEvent> event_log(std::string_view zaaktype = {});

  const Clock& clock() const { return clock_; }
  Store& store() { return store_; }

 private:
  struct Impl;
  Store& store_;
  const Clock& clock_;
  EngineOptions options_;
  std::shared_ptr<Impl> impl_;  // caches of parsed definitions
};

}  // namespace blokjes::engine
