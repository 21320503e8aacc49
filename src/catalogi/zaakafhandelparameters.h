#pragma once
// zaakafhandelparameters.json (issue 14): the body ZAC's beheer API accepts
// for a zaaktype (PUT /rest/zaakafhandelparameters, RestZaakafhandelParameters)
// so that it runs on the generic CMMN model "generiek-zaakafhandelmodel".
// Built from the shaped export (zac_shape.h) and plain data, no src/zac:
// the caller says which plan items the process uses. Every field, where its
// value comes from and what an administrator fills in: docs/zac-export.md.

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "catalogi_objects.h"

namespace blokjes {

// ZAC's case definition and its plan items, as its beheer API names them
// (GET /rest/zaakafhandelparameters/case-definitions).
inline constexpr std::string_view kZacCaseDefinition = "generiek-zaakafhandelmodel";
inline constexpr std::string_view kZacCaseDefinitionNaam = "Generiek zaakafhandelmodel";

struct ZacPlanItem {
  std::string_view id;      // the plan item definition id
  std::string_view naam;    // as ZAC shows it
  std::string_view formulier;  // its default formulierDefinitie
};
inline constexpr std::array<ZacPlanItem, 5> kZacHumanTasks = {{
    {"AANVULLENDE_INFORMATIE", "Aanvullende informatie", "AANVULLENDE_INFORMATIE"},
    {"GOEDKEUREN", "Goedkeuren", "GOEDKEUREN"},
    {"ADVIES_INTERN", "Advies intern", "ADVIES"},
    {"ADVIES_EXTERN", "Advies extern", "EXTERN_ADVIES_VASTLEGGEN"},
    {"DOCUMENT_VERZENDEN_POST", "Document verzenden", "DOCUMENT_VERZENDEN_POST"},
}};
inline constexpr std::array<ZacPlanItem, 2> kZacUserEventListeners = {{
    {"INTAKE_AFRONDEN", "Intake afronden", "DEFAULT_TAAKFORMULIER"},
    {"ZAAK_AFHANDELEN", "Zaak afhandelen", "DEFAULT_TAAKFORMULIER"},
}};

// What the workshop says about one plan item.
struct ZaakafhandelPlanItem {
  bool active = false;  // the process has the matching block
  std::optional<int> doorlooptijd_days;  // the task's lead time; ZAC wants whole days
  std::string toelichting;               // a user event's explanation: the blocks' descriptions
};

struct ZaakafhandelInput {
  std::string default_groep_id;  // ZAC's group for the zaak: from the department
  // By plan item id (kZacHumanTasks, kZacUserEventListeners); a human task
  // not named here is inactive, a user event has no toelichting.
  std::map<std::string, ZaakafhandelPlanItem> plan_items;
  // Days before einddatumGepland (servicenorm) and uiterlijkeEinddatumAfdoening
  // (doorlooptijd) that ZAC's werkvoorraad warns; empty: no warning.
  std::optional<int> einddatum_gepland_waarschuwing;
  std::optional<int> uiterlijke_einddatum_afdoening_waarschuwing;
};

// `shaped` holds one zaaktype in ZAC's shape (zac_shaped). Resultaattypen are
// referenced as ZAC's RestResultaattype: an object whose `id` is the
// resultaattype's UUID. std::invalid_argument when `shaped` has not exactly
// one zaaktype or lacks the niet-ontvankelijk or a termination resultaattype.
nlohmann::json zaakafhandelparameters(const CatalogusExport& shaped,
                                      const ZaakafhandelInput& input);

}  // namespace blokjes
