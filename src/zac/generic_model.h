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
};

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

  const Place* find_place(std::string_view id) const;
  // The row for a block: the variant's own row first, else the kind's; null
  // when the generic model has no place for it.
  const BlockMapping* mapping_for(std::string_view kind, std::string_view variant) const;
};

// Reads the asset; LoadError (core/load_error.h) naming the file, the place
// in it and what was expected when it is not a valid model.
GenericModel load_generic_model(const std::string& path);
// <assets>/zac-generic-model.json.
std::string default_generic_model_path();

}  // namespace blokjes::zac
