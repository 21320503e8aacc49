#include "zaak_invariants.h"

namespace blokjes::engine::testing {

ZaakFacts read_facts(Store& store, const ZaakRow& zaak) {
  ZaakFacts facts;
  store.begin(false);
  try {
    facts.statuses = store.statuses(zaak.id);
    facts.rollen = store.rollen(zaak.id);
    facts.audit = store.audit(zaak.id);
  } catch (...) {
    store.rollback();
    throw;
  }
  store.commit();
  return facts;
}

std::vector<std::string> invariant_problems(const ZaakRow& zaak, const ZaakFacts& facts,
                                            const ZaaktypeDefinition& zaaktype) {
  std::vector<std::string> problems;
  const auto problem = [&](const std::string& text) {
    problems.push_back("zaak " + zaak.identificatie + ": " + text);
  };
  // Statuses and the resultaat change the zaak row (and bump its version);
  // a rol is a row of its own, taken under the same lock. Every change,
  // rol included, has its audit row, and the create one more.
  const std::int64_t row_changes = static_cast<std::int64_t>(facts.statuses.size()) +
                                   (zaak.resultaattype_uuid.empty() ? 0 : 1);
  const std::int64_t changes = row_changes + static_cast<std::int64_t>(facts.rollen.size());
  if (zaak.version != 1 + row_changes) {
    problem("version " + std::to_string(zaak.version) + ", expected 1 + " +
            std::to_string(row_changes) + " changes of the zaak row (statuses, resultaat)");
  }
  if (static_cast<std::int64_t>(facts.audit.size()) != 1 + changes) {
    problem(std::to_string(facts.audit.size()) +
            " audit rows, expected one for the create and one for each of " +
            std::to_string(changes) + " changes (statuses, rollen, resultaat)");
  }
  std::size_t status_audits = 0;
  for (const auto& row : facts.audit) status_audits += row.action == "status" ? 1 : 0;
  if (status_audits != facts.statuses.size()) {
    problem(std::to_string(facts.statuses.size()) + " status rows but " +
            std::to_string(status_audits) + " status audit rows");
  }

  // The latest status: the latest datum, and of equal ones the last added.
  const StatusRow* latest = nullptr;
  for (const auto& status : facts.statuses) {
    if (!latest || status.datum_status_gezet >= latest->datum_status_gezet) latest = &status;
  }
  if (!latest) {
    if (!zaak.statustype_uuid.empty()) problem("a current status without any status row");
  } else {
    if (zaak.statustype_uuid != latest->statustype_uuid) {
      problem("current status " + zaak.statustype_uuid + " is not the latest status row's " +
              latest->statustype_uuid);
    }
    if (zaak.status_datum != latest->datum_status_gezet) {
      problem("status_datum differs from the latest status row's datum " +
              latest->datum_status_gezet.iso());
    }
  }

  const auto* eind = zaaktype.eindstatus();
  const bool closed_by_latest = latest && eind && latest->statustype_uuid == eind->uuid;
  if (closed_by_latest != zaak.einddatum.has_value()) {
    problem(closed_by_latest ? "the latest status is the eindstatus but there is no einddatum"
                             : "an einddatum while the latest status is not the eindstatus");
  } else if (closed_by_latest && *zaak.einddatum != latest->datum_status_gezet.date()) {
    problem("einddatum " + zaak.einddatum->iso() + " is not the eindstatus date " +
            latest->datum_status_gezet.date().iso());
  }

  // Never two eindstatussen in a row: a second needs a reopening between.
  bool last_was_eind = false;
  for (const auto& status : facts.statuses) {
    const bool is_eind = eind && status.statustype_uuid == eind->uuid;
    if (is_eind && last_was_eind) problem("two eindstatussen without a reopening between them");
    last_was_eind = is_eind;
  }
  return problems;
}

int highest_volgnummer(const ZaakFacts& facts, const ZaaktypeDefinition& zaaktype) {
  int highest = 0;
  for (const auto& status : facts.statuses) {
    if (const auto* statustype = zaaktype.statustype_by_uuid(status.statustype_uuid)) {
      highest = std::max(highest, statustype->volgnummer);
    }
  }
  return highest;
}

}  // namespace blokjes::engine::testing
