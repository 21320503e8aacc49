#pragma once
// Where zaken live: one interface, two implementations (sqlite_store.h, the
// embedded default, and postgresql_store.h), one test suite run against both.
// A store persists rows; it checks no rule. The engine calls it only inside
// a transaction it opened with begin(): SQLite takes the write lock at once
// (BEGIN IMMEDIATE) and PostgreSQL locks the zaak row (lock_zaak), so two
// processes never interleave changes to one zaak; update_zaak's version check
// is a second guard.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "records.h"

namespace blokjes::engine {

// A store that cannot do what was asked: cannot open, wrong schema version,
// the database went away. Not a rule refusal (that is EngineError).
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Another process changed the zaak since it was read: the engine retries.
class ConcurrentChange : public StoreError {
 public:
  using StoreError::StoreError;
};

class Store {
 public:
  virtual ~Store() = default;

  virtual std::string_view backend() const = 0;  // "sqlite" or "postgresql"
  virtual int schema_version() = 0;               // after migration, kSchemaVersion

  // Transactions. begin() for a write takes the lock that serialises writers;
  // a read-only transaction sees one consistent state.
  virtual void begin(bool write) = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;

  // Zaaktypen, every version.
  virtual RowId insert_zaaktype(const StoredZaaktype& zaaktype) = 0;
  virtual std::vector<StoredZaaktype> zaaktypen() = 0;
  virtual std::optional<StoredZaaktype> zaaktype(RowId id) = 0;

  // The next number of a named sequence ("ZAAK-2026"), starting at 1.
  virtual std::int64_t next_sequence(std::string_view name) = 0;

  // Zaken. lock_zaak reads the row and, inside a write transaction, locks it
  // until commit (SELECT ... FOR UPDATE on PostgreSQL).
  virtual RowId insert_zaak(const ZaakRow& zaak) = 0;
  virtual std::optional<ZaakRow> find_zaak(std::string_view identificatie) = 0;
  virtual std::optional<ZaakRow> zaak(RowId id) = 0;
  virtual std::optional<ZaakRow> lock_zaak(std::string_view identificatie) = 0;
  // Writes every column of `zaak` and sets its version to
  // `zaak.version + 1` where the stored version is still `zaak.version`;
  // throws ConcurrentChange when it is not.
  virtual void update_zaak(const ZaakRow& zaak) = 0;
  virtual std::vector<ZaakRow> zaken(const ZaakFilter& filter) = 0;
  virtual std::vector<ZaakRow> deelzaken(RowId hoofdzaak_id) = 0;

  // The zaak's details, in the order they were added.
  virtual RowId insert_status(const StatusRow& status) = 0;
  virtual std::vector<StatusRow> statuses(RowId zaak_id) = 0;
  // Every status of every zaak (of one zaaktype version when given), by zaak
  // then date: the event log.
  virtual std::vector<StatusRow> all_statuses(std::optional<RowId> zaaktype_id) = 0;
  virtual RowId insert_rol(const RolRow& rol) = 0;
  virtual std::vector<RolRow> rollen(RowId zaak_id) = 0;
  // One value per naam: inserts or replaces.
  virtual void upsert_eigenschap(const EigenschapRow& eigenschap) = 0;
  virtual std::vector<EigenschapRow> eigenschappen(RowId zaak_id) = 0;
  virtual RowId insert_document(const DocumentRow& document) = 0;
  virtual std::vector<DocumentRow> documenten(RowId zaak_id) = 0;
  virtual RowId insert_besluit(const BesluitRow& besluit) = 0;
  virtual std::vector<BesluitRow> besluiten(RowId zaak_id) = 0;

  virtual RowId insert_audit(const AuditRow& audit) = 0;
  virtual std::vector<AuditRow> audit(RowId zaak_id) = 0;
};

inline constexpr int kSchemaVersion = 1;

// Opens the store a --db value names: "postgresql://..." or "postgres://..."
// is PostgreSQL, anything else a SQLite file (created and migrated when
// new). Throws StoreError naming the database and what went wrong.
std::unique_ptr<Store> open_store(const std::string& db);

}  // namespace blokjes::engine
