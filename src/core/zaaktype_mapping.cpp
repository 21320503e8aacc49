#include "zaaktype_mapping.h"

namespace blokjes {
namespace {

StatustypeMapping apply_statustype_override(StatustypeMapping statustype,
                                            const StatustypeOverride& override) {
  if (override.omschrijving) statustype.omschrijving = *override.omschrijving;
  // A Dutch override makes the library's English translation stale.
  if (override.statustekst) statustype.statustekst = {*override.statustekst, ""};
  if (override.informeren) statustype.informeren = *override.informeren;
  if (override.doorlooptijd) statustype.doorlooptijd = *override.doorlooptijd;
  return statustype;
}

}  // namespace

ZaaktypeMapping apply_overrides(const ZaaktypeMapping& defaults,
                                const MappingOverrides& overrides) {
  ZaaktypeMapping mapping = defaults;
  if (mapping.statustype) {
    mapping.statustype = apply_statustype_override(*mapping.statustype, overrides.statustype);
  } else if (!overrides.statustype.empty()) {
    mapping.statustype = apply_statustype_override({}, overrides.statustype);
  }
  if (overrides.roltypen) mapping.roltypen = *overrides.roltypen;
  if (overrides.informatieobjecttypen) {
    mapping.informatieobjecttypen = *overrides.informatieobjecttypen;
  }
  if (overrides.besluittype) mapping.besluittype = *overrides.besluittype;
  if (overrides.resultaattypen) mapping.resultaattypen = *overrides.resultaattypen;
  return mapping;
}

}  // namespace blokjes
