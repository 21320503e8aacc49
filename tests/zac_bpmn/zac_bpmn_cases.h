#pragma once
// The options every ZAC BPMN check exports with, one copy for the Catch2
// tests and for write_zac_bpmn_files (the outside tools' input). The fit of
// a process onto ZAC's generic model (src/zac/fit.h) decides each block's
// status in the real export; here a small table by block kind stands in for
// it, so these tests do not depend on the fit: Intake -> "Intake",
// Aanvullende informatie -> "Wacht op aanvullende informatie", Heropenen ->
// "Heropend", Archiveren -> "Afgerond", everything else -> "In behandeling".

#include <string>

#include "core/process.h"
#include "exporters/zac/zac_bpmn.h"

namespace blokjes::test {

inline std::string zac_status_of_kind(const std::string& kind) {
  if (kind == "intake") return "Intake";
  if (kind == "aanvullende-informatie") return "Wacht op aanvullende informatie";
  if (kind == "heropenen") return "Heropend";
  if (kind == "archiveren") return "Afgerond";
  return "In behandeling";
}

// Every block with its kind's status; the resultaat has a quote and a
// backslash in the Unicode process, which the expression must escape.
inline zac::ZacBpmnOptions zac_options_for(const Process& process) {
  zac::ZacBpmnOptions options;
  for (const Block& block : process.blocks) options.status_by_block[block.id] = zac_status_of_kind(block.kind);
  options.resultaat_omschrijving =
      process.id == "unicode" ? "Toegekend — 'ja' \\ ëindelijk ✅" : "Verleend";
  return options;
}

}  // namespace blokjes::test
