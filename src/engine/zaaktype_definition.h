#pragma once
// What the engine needs of a deployed zaaktype: its own fields, its
// statustypen, roltypen, resultaattypen (with their archiving), eigenschappen,
// informatieobjecttypen and besluittypen, and the process graph the statuses
// follow. Read from Catalogi objects (an Open Zaak ZIP or zgw-json) or from a
// workshop through the export pipeline, which also keeps the blocks and flows.
// Stored as JSON beside the zaaktype (to_json / definition_from_json).

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogi/catalogi_objects.h"
#include "catalogi/process_from_catalogus.h"
#include "core/iso8601.h"
#include "core/workshop.h"

namespace blokjes::engine {

struct StatustypeDefinition {
  std::string uuid;
  std::string omschrijving;
  int volgnummer = 0;
  std::string block_id;  // its block: from the workshop, or "s<volgnummer>" of the linear graph
};

struct RoltypeDefinition {
  std::string uuid;
  std::string omschrijving;
  std::string omschrijving_generiek;  // initiator, zaakcoordinator, behandelaar, ...
};

struct BrondatumDefinition {
  std::string afleidingswijze;  // afgehandeld, termijn, eigenschap, ...
  std::string datumkenmerk;     // the eigenschap's naam for afleidingswijze eigenschap
  std::optional<std::string> procestermijn;  // ISO 8601 duration, for termijn
};

struct ResultaattypeDefinition {
  std::string uuid;
  std::string omschrijving;
  std::string archiefnominatie;  // blijvend_bewaren | vernietigen
  std::optional<std::string> archiefactietermijn;
  BrondatumDefinition brondatum;
};

struct EigenschapDefinition {
  std::string uuid;
  std::string naam;
  std::string formaat = "tekst";  // tekst | getal | datum | datum_tijd
  std::string lengte;             // "8", "10,2"
  std::string kardinaliteit = "1";
  std::vector<std::string> waardenverzameling;
};

struct InformatieobjecttypeDefinition {
  std::string uuid;
  std::string omschrijving;
  std::string vertrouwelijkheidaanduiding;
};

struct BesluittypeDefinition {
  std::string uuid;
  std::string omschrijving;
};

// The process the statuses follow. From a workshop: its blocks and flows.
// From Catalogi objects: one node per statustype in volgnummer order, each
// leading to the next (what `blokjes import` would draw).
struct ProcessNode {
  std::string block_id;
  std::string kind;
  std::string label;
  std::string department;
  std::string statustype_uuid;  // empty: the block sets no status
};

struct ProcessEdge {
  std::string from;  // block ids
  std::string to;
  std::string kind;  // sequence | conditional | rework
};

struct ProcessGraph {
  bool from_workshop = false;
  std::string process_id;
  std::vector<ProcessNode> nodes;
  std::vector<ProcessEdge> edges;

  const ProcessNode* node_of_statustype(std::string_view statustype_uuid) const;
  const ProcessNode* find_node(std::string_view block_id) const;
  // The statustypen the process leads to from `current` (a statustype uuid;
  // empty for a zaak without status: the start blocks' statustypen). Flows
  // through blocks that set no status are followed on to the next that does.
  std::vector<std::string> next_statustypen(std::string_view current) const;
};

struct ZaaktypeDefinition {
  std::string uuid;
  std::string url;
  std::string identificatie;
  std::string omschrijving;
  std::string versiedatum;
  std::string doorlooptijd;                // ISO 8601 duration
  std::optional<std::string> servicenorm;  // ISO 8601 duration
  std::string vertrouwelijkheidaanduiding;
  bool opschorting_en_aanhouding_mogelijk = false;
  bool verlenging_mogelijk = false;
  std::optional<std::string> verlengingstermijn;
  bool is_concept = false;  // the Catalogi field "concept"

  std::vector<StatustypeDefinition> statustypen;  // by volgnummer
  std::vector<RoltypeDefinition> roltypen;
  std::vector<ResultaattypeDefinition> resultaattypen;
  std::vector<EigenschapDefinition> eigenschappen;
  std::vector<InformatieobjecttypeDefinition> informatieobjecttypen;
  std::vector<BesluittypeDefinition> besluittypen;
  ProcessGraph graph;

  // The statustype with the highest volgnummer; null when there is none.
  const StatustypeDefinition* eindstatus() const;
  // Each finder accepts what a person types: the omschrijving (or naam),
  // ignoring case, or the uuid; a statustype also by its volgnummer.
  const StatustypeDefinition* find_statustype(std::string_view key) const;
  const StatustypeDefinition* statustype_by_uuid(std::string_view uuid) const;
  const RoltypeDefinition* find_roltype(std::string_view key) const;
  const ResultaattypeDefinition* find_resultaattype(std::string_view key) const;
  const EigenschapDefinition* find_eigenschap(std::string_view key) const;
  const InformatieobjecttypeDefinition* find_informatieobjecttype(std::string_view key) const;
  const BesluittypeDefinition* find_besluittype(std::string_view key) const;
  // The department whose lane holds the block of `statustype_uuid`; empty
  // when the graph does not say.
  std::string department_of(std::string_view statustype_uuid) const;
};

nlohmann::json to_json(const ZaaktypeDefinition& definition);
// Throws std::runtime_error naming the member when the stored JSON is not one.
ZaaktypeDefinition definition_from_json(const nlohmann::json& json);

// The process of statustypen without a drawing: one node per statustype, in
// volgnummer order, each leading to the next (what `blokjes import` draws).
// Node ids are "s<volgnummer>"; sets each statustype's block_id to its node.
ProcessGraph linear_graph(std::vector<StatustypeDefinition>& statustypen);

// From Catalogi objects as an Open Zaak ZIP or zgw-json document holds them.
// Throws std::runtime_error naming the object when a required field is missing.
std::vector<ZaaktypeDefinition> definitions_from_objects(const CatalogiObjectSet& objects);

// From a workshop's export (prepare_export's objects): the same, plus each
// process's blocks and flows as the graph.
std::vector<ZaaktypeDefinition> definitions_from_export(const CatalogusExport& objects,
                                                        const Workshop& workshop);

}  // namespace blokjes::engine
