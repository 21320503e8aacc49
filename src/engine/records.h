#pragma once
// The rows the store keeps, as plain structs: what the engine reads and
// writes inside one transaction. The rules live in engine.cpp; a store only
// persists these (store.h).

#include <cstdint>
#include <optional>
#include <string>

#include "calendar_date.h"

namespace blokjes::engine {

using RowId = std::int64_t;

struct StoredZaaktype {
  RowId id = 0;
  std::string identificatie;
  int version = 1;             // 1, 2, ... per identificatie; a zaak keeps the one it was created with
  std::string definition_json; // to_json(ZaaktypeDefinition)
  bool strict = false;         // status order enforced (deploy --strict)
  Timestamp deployed_at;
  std::string deployed_by;
};

struct ZaakRow {
  RowId id = 0;
  std::string identificatie;
  RowId zaaktype_id = 0;
  std::optional<RowId> hoofdzaak_id;
  CalendarDate startdatum;
  CalendarDate registratiedatum;
  std::optional<CalendarDate> einddatum_gepland;
  std::optional<CalendarDate> uiterlijke_einddatum_afdoening;
  std::optional<CalendarDate> einddatum;
  std::string vertrouwelijkheidaanduiding;
  // The latest status: its statustype uuid and when it was set.
  std::string statustype_uuid;
  std::optional<Timestamp> status_datum;
  std::string resultaattype_uuid;  // empty: no resultaat yet
  std::string archiefnominatie;
  std::optional<CalendarDate> archiefactiedatum;
  std::optional<CalendarDate> startdatum_bewaartermijn;
  std::optional<CalendarDate> brondatum;  // set by hand (ander_datumkenmerk) or computed
  // Opschorting: open while `opgeschort`; the days of finished ones are
  // already added to the dates above.
  bool opgeschort = false;
  std::string opschorting_reden;
  std::optional<CalendarDate> opgeschort_sinds;
  int opgeschort_dagen = 0;  // total days suspended so far
  // Verlenging: at most once.
  bool verlengd = false;
  std::string verlenging_reden;
  std::string verlenging_duur;
  // Optimistic check on top of the transaction's lock: every change bumps it.
  std::int64_t version = 1;
};

struct StatusRow {
  RowId id = 0;
  RowId zaak_id = 0;
  std::string statustype_uuid;
  Timestamp datum_status_gezet;
  std::string toelichting;
  // Set when the process graph does not lead here from the previous status.
  bool deviation = false;
  std::string previous_statustype_uuid;
  std::string gezet_door;  // the user
};

struct RolRow {
  RowId id = 0;
  RowId zaak_id = 0;
  std::string roltype_uuid;
  std::string omschrijving_generiek;
  std::string betrokkene;
};

struct EigenschapRow {
  RowId id = 0;
  RowId zaak_id = 0;
  std::string naam;  // the eigenschap's naam; one value per naam
  std::string waarde;
};

struct DocumentRow {
  RowId id = 0;
  RowId zaak_id = 0;
  std::string informatieobjecttype_uuid;
  std::string titel;
  Timestamp registratiedatum;
};

struct BesluitRow {
  RowId id = 0;
  RowId zaak_id = 0;
  std::string besluittype_uuid;
  CalendarDate datum;
  CalendarDate ingangsdatum;
  std::optional<CalendarDate> vervaldatum;
};

struct AuditRow {
  RowId id = 0;
  std::optional<RowId> zaak_id;  // empty for a deploy
  Timestamp at;
  std::string user;
  std::string action;     // "create", "status", "rol", ...
  std::string old_value;  // JSON text of the fields before ("" when none)
  std::string new_value;  // JSON text of the fields after
};

// What `list` and the werkvoorraad filter on; empty members do not filter.
struct ZaakFilter {
  std::optional<RowId> zaaktype_id;
  std::string statustype_uuid;
  bool open_only = false;
};

}  // namespace blokjes::engine
