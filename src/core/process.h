#pragma once
// A department's process: a directed graph of block instances and flows, plus
// the zaaktype-level fields that the export turns into a ZaakType.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "activity_mapping.h"
#include "simulation_settings.h"
#include "zaaktype_mapping.h"

namespace blokjes {

struct Position {
  double x = 0;
  double y = 0;
  bool operator==(const Position&) const = default;
};

struct Block {
  std::string id;  // stable within the process
  std::string kind;
  std::string variant;
  std::string label;
  std::string lane;  // department id
  Position position;
  std::string note;
  MappingOverrides overrides;
  // Who laid the block and in which round of the agenda (format version 3);
  // empty: unknown (older files, imports). Replay steps through the rounds.
  std::string placed_by;        // participant id
  std::string placed_in_round;  // round id
  bool operator==(const Block&) const = default;
};

enum class FlowKind { sequence, conditional, rework };

struct Flow {
  std::string id;
  std::string from;
  std::string to;
  FlowKind kind = FlowKind::sequence;
  std::string label;
  bool operator==(const Flow&) const = default;
};

struct SelectielijstProcestype {
  int jaar = 2020;
  int nummer = 0;
  bool operator==(const SelectielijstProcestype&) const = default;
};

// A zaaktype's eigenschap (Catalogi "Eigenschap" with its specificatie).
struct EigenschapMapping {
  std::string naam;  // at most 20 characters in the Catalogi API
  std::string definitie;
  std::string formaat = "tekst";  // tekst | getal | datum | datum_tijd
  std::string lengte = "100";     // a string in the API, e.g. "8" or "10,2"
  std::string kardinaliteit = "1";
  std::vector<std::string> waardenverzameling;
  std::string groep;
  std::string toelichting;
  bool operator==(const EigenschapMapping&) const = default;
};

// Zaaktype fields that belong to the process as a whole (Catalogi names).
struct ZaaktypeFields {
  std::string identificatie;
  std::string omschrijving;
  std::string doel;
  std::string aanleiding;
  std::string onderwerp;
  std::string handeling_initiator;
  std::string handeling_behandelaar;
  std::string doorlooptijd = "P8W";  // Awb default for a decision
  std::optional<std::string> servicenorm;
  bool opschorting_en_aanhouding_mogelijk = false;
  bool verlenging_mogelijk = false;
  std::optional<std::string> verlengingstermijn;
  std::string vertrouwelijkheidaanduiding = "zaakvertrouwelijk";
  std::string indicatie_intern_of_extern = "extern";
  std::optional<SelectielijstProcestype> selectielijst_procestype;
  std::string verantwoordelijke;
  std::vector<std::string> trefwoorden;
  std::string toelichting;
  // Empty dates fall back at export: begin to the workshop date, versiedatum
  // to begin. referentieproces empty means the process name.
  std::string begin_geldigheid;  // YYYY-MM-DD
  std::optional<std::string> einde_geldigheid;
  std::string versiedatum;
  std::string referentieproces;
  bool publicatie_indicatie = false;
  std::vector<std::string> producten_of_diensten;  // URLs
  std::vector<EigenschapMapping> eigenschappen;
  bool operator==(const ZaaktypeFields&) const = default;
};

struct Process {
  std::string id;  // slug
  std::string name;
  std::string department;
  std::string description;
  ZaaktypeFields zaaktype;
  std::vector<Block> blocks;
  std::vector<Flow> flows;
  // The Catalogi objects this process was imported from (compact JSON, empty
  // when it was not imported), so an export keeps the fields the model has no
  // place for and the objects keep their UUIDs.
  std::string zgw_origin;
  // How a real event log's activities map onto the blocks (issue 15), in
  // rule order: the first rule that matches an event decides.
  std::vector<ActivityRule> activity_mapping;
  // What a "what if" simulation assumes beyond the drawing (issue 16); empty
  // means the library's defaults throughout.
  ProcessSimulation simulation;

  const Block* find_block(std::string_view block_id) const;
  Block* find_block(std::string_view block_id);
  const Flow* find_flow(std::string_view flow_id) const;
  // A fresh id such as "b12" that no block (resp. flow) has yet.
  std::string next_block_id() const;
  std::string next_flow_id() const;
  // Blocks without an incoming flow, in block order.
  std::vector<const Block*> start_blocks() const;
  // Blocks in process order: topological along non-rework flows, leftmost
  // first among equals; cycles are broken at their leftmost block.
  std::vector<const Block*> ordered_blocks() const;
  bool operator==(const Process&) const = default;
};

std::string_view to_string(FlowKind kind);
std::optional<FlowKind> flow_kind_from_string(std::string_view text);

}  // namespace blokjes
