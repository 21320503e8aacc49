#pragma once
// How a resultaattype is archived: its Selectielijst klasse, archiefnominatie,
// archiefactietermijn and brondatumArchiefprocedure. What the mapping leaves
// empty is derived from the klasse, so that the result is what Open Zaak
// accepts (docs/catalogi-reference.md section 2.10).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/zaaktype_mapping.h"
#include "selectielijst.h"

namespace blokjes {

struct BrondatumArchiefprocedure {
  std::string afleidingswijze;
  std::string datumkenmerk;
  bool einddatum_bekend = false;
  std::string objecttype;
  std::string registratie;
  std::string procestermijn;  // empty = null
};

struct ResultaatArchiving {
  const SelectielijstResultaat* klasse = nullptr;  // null when none fits
  std::string archiefnominatie;
  std::string archiefactietermijn;  // empty = null
  BrondatumArchiefprocedure brondatum;
};

// `procestype` is the zaaktype's Selectielijst procestype nummer (0 = none);
// `has_besluittype` says whether the zaaktype has a besluittype to date from.
ResultaatArchiving resolve_archiving(const ResultaattypeMapping& mapping, int procestype,
                                     bool has_besluittype, const Selectielijst& selectielijst);

// The brondatumArchiefprocedure parameters besides afleidingswijze.
inline constexpr std::string_view kBrondatumParameters[] = {
    "procestermijn", "datumkenmerk", "einddatumBekend", "objecttype", "registratie"};

enum class ParameterUse { required, forbidden, free };

// Open Zaak's rule for each of kBrondatumParameters under an afleidingswijze,
// in that order (docs/catalogi-reference.md section 2.10); empty when the
// afleidingswijze is unknown. The validation enforces it, the inspector shows
// the parameters that are not forbidden.
std::vector<ParameterUse> brondatum_parameter_uses(std::string_view afleidingswijze);

// The afleidingswijze Open Zaak requires or forbids for a klasse's
// procestermijn: "must:<value>", "not:<value>" or "" when free.
std::string afleidingswijze_constraint(const std::string& procestermijn);

}  // namespace blokjes
