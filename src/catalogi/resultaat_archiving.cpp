#include "resultaat_archiving.h"

#include <map>

#include "stable_uuid.h"

namespace blokjes {
namespace {

const SelectielijstResultaat* resolve_klasse(const ResultaattypeMapping& mapping, int procestype,
                                             const Selectielijst& selectielijst) {
  if (mapping.selectielijstklasse.starts_with("http")) {
    return selectielijst.find_resultaat_by_uuid(uuid_of_url(mapping.selectielijstklasse));
  }
  if (!mapping.selectielijstklasse.empty()) {
    return selectielijst.find_resultaat(mapping.selectielijstklasse);
  }
  if (procestype == 0) return nullptr;
  return selectielijst.generic_resultaat_for(procestype, mapping.resultaattypeomschrijving);
}

// The afleidingswijze Open Zaak accepts for the klasse's procestermijn,
// preferring one that needs no further parameters. Without a besluittype
// none fits, and ander_datumkenmerk asks the analyst for the date's source.
std::string derived_afleidingswijze(const SelectielijstResultaat* klasse, bool has_besluittype) {
  if (klasse == nullptr) return "afgehandeld";
  const auto& termijn = klasse->procestermijn;
  if (termijn.empty() || termijn == "nihil") return "afgehandeld";
  if (termijn == "ingeschatte_bestaansduur_procesobject") return "termijn";
  // Open Zaak forbids afgehandeld (and, in some versions, termijn) here; the
  // besluit's expiry date is the natural end of a procesobject's life.
  return has_besluittype ? "vervaldatum_besluit" : "ander_datumkenmerk";
}

}  // namespace

std::vector<ParameterUse> brondatum_parameter_uses(std::string_view afleidingswijze) {
  // 'R' required, 'E' must be empty, '-' not checked; columns as kBrondatumParameters.
  static const std::map<std::string_view, std::string_view> table = {
      {"afgehandeld", "EEEEE"}, {"ander_datumkenmerk", "ER-RR"},
      {"eigenschap", "ER-EE"},  {"gerelateerde_zaak", "EE-EE"},
      {"hoofdzaak", "EE-EE"},   {"ingangsdatum_besluit", "EE-EE"},
      {"termijn", "REEEE"},     {"vervaldatum_besluit", "EE-EE"},
      {"zaakobject", "ER-RE"}};
  std::vector<ParameterUse> uses;
  const auto found = table.find(afleidingswijze);
  if (found == table.end()) return uses;
  for (const char use : found->second) {
    uses.push_back(use == 'R'   ? ParameterUse::required
                   : use == 'E' ? ParameterUse::forbidden
                                : ParameterUse::free);
  }
  return uses;
}

std::string afleidingswijze_constraint(const std::string& procestermijn) {
  if (procestermijn == "nihil") return "must:afgehandeld";
  if (procestermijn == "ingeschatte_bestaansduur_procesobject") return "must:termijn";
  if (!procestermijn.empty()) return "not:afgehandeld";
  return "";
}

ResultaatArchiving resolve_archiving(const ResultaattypeMapping& mapping, int procestype,
                                     bool has_besluittype, const Selectielijst& selectielijst) {
  ResultaatArchiving archiving;
  archiving.klasse = resolve_klasse(mapping, procestype, selectielijst);
  const auto* klasse = archiving.klasse;
  archiving.archiefnominatie = !mapping.archiefnominatie.empty() ? mapping.archiefnominatie
                               : klasse != nullptr               ? klasse->waardering
                                                                 : "";
  archiving.archiefactietermijn = mapping.archiefactietermijn;
  if (archiving.archiefactietermijn.empty() && klasse != nullptr && klasse->bewaartermijn) {
    archiving.archiefactietermijn = *klasse->bewaartermijn;
  }
  auto& brondatum = archiving.brondatum;
  brondatum.afleidingswijze = !mapping.afleidingswijze.empty()
                                  ? mapping.afleidingswijze
                                  : derived_afleidingswijze(klasse, has_besluittype);
  brondatum.procestermijn = mapping.procestermijn;
  if (brondatum.afleidingswijze == "termijn" && brondatum.procestermijn.empty() &&
      klasse != nullptr && klasse->bewaartermijn && mapping.afleidingswijze.empty()) {
    // The klasse's estimated lifetime is not in the list; its bewaartermijn is
    // the best default, and the analyst can override it.
    brondatum.procestermijn = *klasse->bewaartermijn;
  }
  brondatum.datumkenmerk = mapping.datumkenmerk;
  brondatum.objecttype = mapping.objecttype;
  brondatum.registratie = mapping.registratie;
  brondatum.einddatum_bekend = mapping.einddatum_bekend;
  return archiving;
}

}  // namespace blokjes
