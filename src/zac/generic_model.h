#pragma once
// Dimpact's zaakafhandelcomponent (ZAC) runs simple zaaktypen on one generic
// CMMN model ("generiek-zaakafhandelmodel"). This is that model as data,
// read from assets/zac-generic-model.json: its stages, human tasks, user
// events and the zaak actions available everywhere, the five statustypen it
// sets, the standard termination reasons, and the documented table that maps
// each block kind (and variant) of the block library onto a place in it.
// Plain C++, no UI (issue 14).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/localized_text.h"

namespace blokjes::zac {

// What a place in the generic model is.
enum class PlaceKind {
  stage,        // a CMMN stage: Intake, In behandeling
  human_task,   // a plan item a behandelaar starts: Aanvullende informatie, Goedkeuren, ...
  user_event,   // a user event listener: Intake afronden, Zaak afhandelen
  zaak_action,  // available in every stage: besluit, documenten, mail, opschorten, ...
  resultaat,    // the resultaattype chosen at Zaak afhandelen, with its archiving
};

struct Place {
  std::string id;           // stable, e.g. "AANVULLENDE_INFORMATIE", "ZAAK_AFHANDELEN"
  PlaceKind kind = PlaceKind::stage;
  std::string stage;        // the stage it belongs to; empty for zaak actions
  LocalizedText name;
  std::string sets_status;  // the statustype omschrijving it sets; empty: none
  bool optional = true;
  bool repeatable = false;
  bool once = false;        // opschorten and verlengen: once per zaak
  // The place itself reaches the citizen (a letter, a mail), so it stands in
  // for a status the citizen sees (docs/zac.md, fit rule 8).
  bool informs_citizen = false;
  // After this place the zaak is closed: Zaak afhandelen, the resultaat,
  // afbreken. A route chosen after it is one the model cannot take.
  bool ends_zaak = false;
};

// The asset's spelling: "stage", "humanTask", "userEvent", "zaakAction", "resultaat".
std::string_view to_string(PlaceKind kind);

// One row of the mapping table: blocks of `kind` (and `variant`, when not
// empty) go to `places`. No row for a kind means the generic model has no
// place for it.
struct BlockMapping {
  std::string kind;
  std::string variant;              // empty: every variant of the kind
  std::vector<std::string> places;  // place ids, the first is the main one
  LocalizedText explanation;        // why, for docs and the fit's reasons
};

struct GenericModel {
  std::string case_definition;          // "generiek-zaakafhandelmodel"
  std::vector<std::string> statustypen;  // the five, in volgnummer order ("Afgerond" last)
  std::vector<Place> places;
  std::vector<BlockMapping> mappings;
  std::vector<LocalizedText> termination_reasons;  // afbreken: each picks a resultaattype
  // Kinds (and variants) deliberately left without a place, each with why;
  // `places` is empty in these rows.
  std::vector<BlockMapping> absent;
  std::string source;  // where the model was read from (ZAC's CMMN file)

  const Place* find_place(std::string_view id) const;
  // The row for a block: the variant's own row first, else the kind's; null
  // when the generic model has no place for it.
  const BlockMapping* mapping_for(std::string_view kind, std::string_view variant) const;
  // The row saying why a kind (or variant) has no place; null when there is none.
  const BlockMapping* absence_for(std::string_view kind, std::string_view variant) const;
  // The stage a place lies in: itself for a stage, empty for zaak actions.
  std::string stage_of(const Place& place) const;
};

// Parses the asset's text; `name` is the file name used in errors.
GenericModel parse_generic_model(const std::string& text, const std::string& name);

// Reads the asset; LoadError (core/load_error.h) naming the file, the place
// in it and what was expected when it is not a valid model.
GenericModel load_generic_model(const std::string& path);
// <assets>/zac-generic-model.json.
std::string default_generic_model_path();

}  // namespace blokjes::zac
