#pragma once
// What must hold for every zaak in a store after crashes and concurrent
// writers, whatever was committed: every change of the zaak row counted once
// in its version, every change once in the audit trail (a status with a
// status audit row), the zaak row's status equal to its latest
// status row, never two eindstatussen without a reopening between them, and
// an einddatum exactly when the latest status is the eindstatus.

#include <string>
#include <vector>

#include "engine/store.h"
#include "engine/zaaktype_definition.h"

namespace blokjes::engine::testing {

struct ZaakFacts {
  std::vector<StatusRow> statuses;
  std::vector<RolRow> rollen;
  std::vector<AuditRow> audit;
};

// Reads the zaak's rows in one read transaction.
ZaakFacts read_facts(Store& store, const ZaakRow& zaak);

// Each broken rule as a sentence naming the zaak; empty when all hold.
std::vector<std::string> invariant_problems(const ZaakRow& zaak, const ZaakFacts& facts,
                                            const ZaaktypeDefinition& zaaktype);

// The highest volgnummer among the zaak's status rows; 0 without any.
int highest_volgnummer(const ZaakFacts& facts, const ZaaktypeDefinition& zaaktype);

}  // namespace blokjes::engine::testing
