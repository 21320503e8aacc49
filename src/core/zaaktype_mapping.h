#pragma once
// What a block contributes to a zaaktype (ZGW Catalogi API terms): the
// statustype it sets, the roltypen and informatieobjecttypen it involves, and
// for decisions the besluittype and resultaattypen. The block library holds the
// defaults; a block on the canvas may override parts of them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "localized_text.h"

namespace blokjes {

struct StatustypeMapping {
  std::string omschrijving;
  LocalizedText statustekst;  // what the citizen sees; exported in Dutch
  bool informeren = false;
  std::string doorlooptijd;  // ISO-8601 duration, indicative
  bool operator==(const StatustypeMapping&) const = default;
};

struct RoltypeMapping {
  std::string omschrijving;
  std::string omschrijving_generiek;  // Catalogi enum: initiator, behandelaar, ...
  bool operator==(const RoltypeMapping&) const = default;
};

struct InformatieobjecttypeMapping {
  std::string omschrijving;
  std::string richting;  // inkomend | intern | uitgaand
  std::string vertrouwelijkheidaanduiding;
  std::string informatieobjectcategorie;  // required by the Catalogi API; free text
  bool operator==(const InformatieobjecttypeMapping&) const = default;
};

struct BesluittypeMapping {
  std::string omschrijving;
  std::string omschrijving_generiek;
  std::string reactietermijn;  // ISO-8601 duration: the term for objection
  bool publicatie_indicatie = false;
  bool operator==(const BesluittypeMapping&) const = default;
};

// An empty field means "take it from the Selectielijst": the selectielijstklasse
// from the generic resultaattypeomschrijving, archiefnominatie and
// archiefactietermijn from that klasse, and the afleidingswijze from its
// procestermijn (see src/catalogi/resultaat_archiving.h).
struct ResultaattypeMapping {
  std::string omschrijving;
  std::string resultaattypeomschrijving;  // generic: Toegekend, Afgewezen, Ingetrokken
  std::string selectielijstklasse;        // volledigNummer, e.g. "11.1.6"
  std::string archiefnominatie;           // blijvend_bewaren | vernietigen
  std::string archiefactietermijn;        // ISO-8601 duration
  std::string afleidingswijze;            // brondatumArchiefprocedure.afleidingswijze
  // The other brondatumArchiefprocedure parameters; which ones an
  // afleidingswijze requires or forbids is a validation rule.
  std::string procestermijn;  // ISO-8601 duration, for afleidingswijze termijn
  std::string datumkenmerk;
  std::string objecttype;
  std::string registratie;
  bool einddatum_bekend = false;
  bool operator==(const ResultaattypeMapping&) const = default;
};

struct ZaaktypeMapping {
  std::optional<StatustypeMapping> statustype;
  std::vector<RoltypeMapping> roltypen;
  std::vector<InformatieobjecttypeMapping> informatieobjecttypen;
  std::optional<BesluittypeMapping> besluittype;
  std::vector<ResultaattypeMapping> resultaattypen;
  bool suspends_deadline = false;  // opschorting while the block runs (herstel verzuim)
  bool operator==(const ZaaktypeMapping&) const = default;
};

// A block instance's changes to its variant's default mapping. Statustype
// fields override one by one; lists and the besluittype replace wholesale.
struct StatustypeOverride {
  std::optional<std::string> omschrijving;
  std::optional<std::string> statustekst;
  std::optional<bool> informeren;
  std::optional<std::string> doorlooptijd;
  bool empty() const { return !omschrijving && !statustekst && !informeren && !doorlooptijd; }
  bool operator==(const StatustypeOverride&) const = default;
};

struct MappingOverrides {
  StatustypeOverride statustype;
  std::optional<std::vector<RoltypeMapping>> roltypen;
  std::optional<std::vector<InformatieobjecttypeMapping>> informatieobjecttypen;
  std::optional<BesluittypeMapping> besluittype;
  std::optional<std::vector<ResultaattypeMapping>> resultaattypen;

  bool empty() const {
    return statustype.empty() && !roltypen && !informatieobjecttypen && !besluittype &&
           !resultaattypen;
  }
  bool operator==(const MappingOverrides&) const = default;
};

// The mapping a block really has: its variant's default with the overrides applied.
ZaaktypeMapping apply_overrides(const ZaaktypeMapping& defaults, const MappingOverrides& overrides);

// The Catalogi enums the mapping uses, for decoding and validation.
inline constexpr std::string_view kRoltypeOmschrijvingGeneriek[] = {
    "adviseur",  "behandelaar",    "belanghebbende",  "beslisser",
    "initiator", "klantcontacter", "zaakcoordinator", "mede_initiator"};
inline constexpr std::string_view kRichting[] = {"inkomend", "intern", "uitgaand"};
inline constexpr std::string_view kVertrouwelijkheidaanduiding[] = {
    "openbaar",      "beperkt_openbaar", "intern", "zaakvertrouwelijk",
    "vertrouwelijk", "confidentieel",    "geheim", "zeer_geheim"};
// A zaaktype's indicatieInternOfExtern.
inline constexpr std::string_view kIndicatieInternOfExtern[] = {"intern", "extern"};
inline constexpr std::string_view kArchiefnominatie[] = {"blijvend_bewaren", "vernietigen"};
inline constexpr std::string_view kEigenschapFormaat[] = {"tekst", "getal", "datum", "datum_tijd"};
inline constexpr std::string_view kObjecttype[] = {"adres",
                                                   "besluit",
                                                   "buurt",
                                                   "enkelvoudig_document",
                                                   "gemeente",
                                                   "gemeentelijke_openbare_ruimte",
                                                   "huishouden",
                                                   "inrichtingselement",
                                                   "kadastrale_onroerende_zaak",
                                                   "kunstwerkdeel",
                                                   "maatschappelijke_activiteit",
                                                   "medewerker",
                                                   "natuurlijk_persoon",
                                                   "niet_natuurlijk_persoon",
                                                   "openbare_ruimte",
                                                   "organisatorische_eenheid",
                                                   "pand",
                                                   "spoorbaandeel",
                                                   "status",
                                                   "terreindeel",
                                                   "terrein_gebouwd_object",
                                                   "vestiging",
                                                   "waterdeel",
                                                   "wegdeel",
                                                   "wijk",
                                                   "woonplaats",
                                                   "woz_deelobject",
                                                   "woz_object",
                                                   "woz_waarde",
                                                   "zakelijk_recht",
                                                   "overige"};
inline constexpr std::string_view kAfleidingswijze[] = {
    "afgehandeld",       "ander_datumkenmerk",  "eigenschap",
    "gerelateerde_zaak", "hoofdzaak",           "ingangsdatum_besluit",
    "termijn",           "vervaldatum_besluit", "zaakobject"};

// What a roltype or informatieobjecttype added by hand to a block starts as:
// the case handler's role, and an incoming document that stays within the
// zaak. The user adjusts them from there.
inline RoltypeMapping new_roltype_mapping(std::string omschrijving) {
  return {std::move(omschrijving), "behandelaar"};
}
inline InformatieobjecttypeMapping new_informatieobjecttype_mapping(std::string omschrijving) {
  InformatieobjecttypeMapping mapping;
  mapping.omschrijving = std::move(omschrijving);
  mapping.richting = "inkomend";
  mapping.vertrouwelijkheidaanduiding = "zaakvertrouwelijk";
  return mapping;
}

}  // namespace blokjes
