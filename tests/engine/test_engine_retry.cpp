// The engine retries a whole operation when the store reports that another
// process changed the zaak in between (ConcurrentChange), and gives up after
// a few attempts; a refusal is never retried. A forwarding store injects the
// conflicts in front of a real one.
//
// [SECTION] A store that conflicts on demand
// [SECTION] Retrying

#include "engine_test_support.h"

using namespace blokjes::engine;
using namespace blokjes::engine::testing;

// -----------------------------------------------------------------------------
// [SECTION] A store that conflicts on demand
// -----------------------------------------------------------------------------

namespace {

class ConflictingStore final : public Store {
 public:
  explicit ConflictingStore(std::unique_ptr<Store> inner) : inner_(std::move(inner)) {}

  int conflicts_left = 0;  // update_zaak throws ConcurrentChange this many times
  int begins = 0;

  std::string_view backend() const override { return inner_->backend(); }
  int schema_version() override { return inner_->schema_version(); }
  void begin(bool write) override {
    ++begins;
    inner_->begin(write);
  }
  void commit() override { inner_->commit(); }
  void rollback() override { inner_->rollback(); }
  RowId insert_zaaktype(const StoredZaaktype& z) override { return inner_->insert_zaaktype(z); }
  std::vector<StoredZaaktype> zaaktypen() override { return inner_->zaaktypen(); }
  std::optional<StoredZaaktype> zaaktype(RowId id) override { return inner_->zaaktype(id); }
  std::int64_t next_sequence(std::string_view name) override { return inner_->next_sequence(name); }
  RowId insert_zaak(const ZaakRow& zaak) override { return inner_->insert_zaak(zaak); }
  std::optional<ZaakRow> find_zaak(std::string_view id) override { return inner_->find_zaak(id); }
  std::optional<ZaakRow> zaak(RowId id) override { return inner_->zaak(id); }
  std::optional<ZaakRow> lock_zaak(std::string_view id) override { return inner_->lock_zaak(id); }
  void update_zaak(const ZaakRow& zaak) override {
    if (conflicts_left > 0) {
      --conflicts_left;
      throw ConcurrentChange("zaak " + zaak.identificatie + " changed by another process (injected)");
    }
    inner_->update_zaak(zaak);
  }
  std::vector<ZaakRow> zaken(const ZaakFilter& filter) override { return inner_->zaken(filter); }
  std::vector<ZaakRow> deelzaken(RowId id) override { return inner_->deelzaken(id); }
  RowId insert_status(const StatusRow& s) override { return inner_->insert_status(s); }
  std::vector<StatusRow> statuses(RowId id) override { return inner_->statuses(id); }
  std::vector<StatusRow> all_statuses(std::optional<RowId> id) override { return inner_->all_statuses(id); }
  RowId insert_rol(const RolRow& r) override { return inner_->insert_rol(r); }
  std::vector<RolRow> rollen(RowId id) override { return inner_->rollen(id); }
  void upsert_eigenschap(const EigenschapRow& e) override { inner_->upsert_eigenschap(e); }
  std::vector<EigenschapRow> eigenschappen(RowId id) override { return inner_->eigenschappen(id); }
  RowId insert_document(const DocumentRow& d) override { return inner_->insert_document(d); }
  std::vector<DocumentRow> documenten(RowId id) override { return inner_->documenten(id); }
  RowId insert_besluit(const BesluitRow& b) override { return inner_->insert_besluit(b); }
  std::vector<BesluitRow> besluiten(RowId id) override { return inner_->besluiten(id); }
  RowId insert_audit(const AuditRow& a) override { return inner_->insert_audit(a); }
  std::vector<AuditRow> audit(RowId id) override { return inner_->audit(id); }

 private:
  std::unique_ptr<Store> inner_;
};

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Retrying
// -----------------------------------------------------------------------------

TEST_CASE("retry: a ConcurrentChange repeats the whole operation", "[engine]") {
  const auto backend = GENERATE(from_range(test_backends()));
  INFO(backend);
  ConflictingStore store(make_test_store(backend));
  FixedClock clock(at(2026, 6, 15));
  Engine engine(store, clock);
  engine.deploy({test_zaaktype()}, {}, admin());
  const auto zaak = engine.create({"HUW-001", date(2026, 6, 1)}, admin()).identificatie;

  // Two conflicts, then it goes through: one status row, one audit row.
  store.conflicts_left = 2;
  store.begins = 0;
  const auto view = engine.set_status(zaak, "Intake", at(2026, 6, 2), admin());
  CHECK(store.begins == 3);
  CHECK(view.statussen.size() == 1);
  CHECK(engine.audit(zaak, admin()).size() == 2);

  // Conflicting every time: it gives up with the store's error and nothing stuck.
  store.conflicts_left = 100;
  store.begins = 0;
  CHECK_THROWS_AS(engine.set_status(zaak, "Beoordelen", at(2026, 6, 3), admin()), ConcurrentChange);
  CHECK(store.begins == 5);
  store.conflicts_left = 0;
  CHECK(engine.show(zaak, admin()).statussen.size() == 1);
  CHECK(engine.audit(zaak, admin()).size() == 2);

  // A refusal is not retried.
  store.begins = 0;
  REQUIRE_REFUSED(engine.set_status(zaak, "Onbekend", std::nullopt, admin()), ErrorCode::zaaktype_mismatch);
  CHECK(store.begins == 1);
}
