#pragma once
// ZAC's shape of a zaaktype (issue 14): from the normal Open Zaak export of
// one process, the zaaktype Dimpact's zaakafhandelcomponent runs on its
// generic CMMN model, so that it passes the zac profile (zac_rules.cpp) and
// still the openzaak one. See docs/zac-export.md.
//
// What changes: the statustypen become ZAC's five; roltypen, the "e-mail"
// informatieobjecttype, resultaattypen for niet ontvankelijk and for each
// termination reason, and (when archiving needs one) a besluittype are added.
// Everything else of the export stays as it was.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "catalogus_builder.h"
#include "catalogi_objects.h"
#include "selectielijst.h"

namespace blokjes {

// The statustypen ZAC sets, in volgnummer order; "Afgerond" is the eindstatus.
// ZAC compares them exactly, case included.
inline constexpr std::array<std::string_view, 5> kZacStatustypen = {
    "Intake", "In behandeling", "Heropend", "Wacht op aanvullende informatie", "Afgerond"};
// The roltype omschrijving ZAC looks for (ZgwApiService.ROLTYPE_OMSCHRIJVING_BEHANDELAAR).
inline constexpr std::string_view kZacBehandelaar = "Behandelaar";
// The informatieobjecttype ZAC files its mail under.
inline constexpr std::string_view kZacEmail = "e-mail";

// ZAC's standard reasons to end a zaak early (its zaakbeeindigredenen, ids -1,
// -2, -3), each with the resultaattype the shaped zaaktype gets for it.
struct ZacTerminationReason {
  std::string_view id;             // ZAC's zaakbeeindigReden id
  std::string_view naam;           // ZAC's name of the reason
  std::string_view resultaattype;  // the resultaattype omschrijving (at most 30 characters)
};
inline constexpr std::array<ZacTerminationReason, 3> kZacTerminationReasons = {{
    {"-1", "Verzoek is door initiator ingetrokken", "Ingetrokken door initiator"},
    {"-2", "Zaak is een duplicaat", "Duplicaat"},
    {"-3", "Verzoek is bij verkeerde organisatie ingediend", "Verkeerde organisatie"},
}};
// The resultaattype a zaak gets when the intake finds it niet ontvankelijk.
inline constexpr std::string_view kZacNietOntvankelijk = "Niet ontvankelijk";

// What the citizen sees at one of ZAC's statustypen.
struct ZacStatusText {
  std::string statustekst;  // the citizen's text (Open Zaak shows it in Mijn Overheid)
  std::string toelichting;  // more explanation; empty: none
  // Whether the initiator is told when the status is set; empty: when there is
  // a statustekst.
  std::optional<bool> informeren;
};

struct ZacShapeInput {
  // One per kZacStatustypen, in that order. The caller decides which of the
  // process's informing blocks feed which status.
  std::array<ZacStatusText, 5> statustypen;
  // Roltypen added when the process lacks them (rules 2-4).
  std::string initiator = "Aanvrager";
  std::string overige_rol = "Belanghebbende";
  std::string overige_rol_generiek = "belanghebbende";
  // The "e-mail" informatieobjecttype, when the catalogus has none.
  std::string email_vertrouwelijkheidaanduiding = "zaakvertrouwelijk";
  std::string email_categorie = "Correspondentie";
  // The besluittype added when a resultaattype dates its archiving from a
  // besluit and the zaaktype has none (rule 7).
  std::string besluittype = "Besluit";
};

// `exported` is the export of ONE process (prepare_export with one process
// id); std::invalid_argument when it holds another number of zaaktypen.
// `options` must be the ones it was exported with (base URLs).
CatalogusExport zac_shaped(const CatalogusExport& exported, const Selectielijst& selectielijst,
                           const ExportOptions& options, const ZacShapeInput& input);

}  // namespace blokjes
