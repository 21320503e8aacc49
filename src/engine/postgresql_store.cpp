// The PostgreSQL store on libpqxx 6.4 (Debian 12's): the same tables and
// columns as the SQLite store, every per-operation statement prepared once
// per connection, writers serialised per zaak by a row lock.
//
// [SECTIONS]
//   [SCHEMA]       the migrations: schema.cpp's PostgreSQL dialect, shared with SQLite
//   [STATEMENTS]   every prepared statement, by name
//   [CONVERSION]   dates, moments and optionals to and from TEXT columns
//   [ERRORS]       libpqxx's exceptions to StoreError / ConcurrentChange; the URL without password
//   [STORE]        the Store implementation
//   [OPEN]         open_postgresql_store: connect, migrate, prepare
//
// Transactions. begin(true) is READ COMMITTED: the engine locks the zaak row
// first (lock_zaak, SELECT ... FOR UPDATE), so a second writer waits for the
// first to commit and then reads what it wrote, and update_zaak's version
// check catches anyone who changed the row without that lock. begin(false)
// is REPEATABLE READ READ ONLY, one snapshot for everything read. A call
// outside begin()/commit() runs as its own statement in autocommit, which is
// its own short transaction (every Store call is a single statement).

#include "postgresql_store.h"

#include <unistd.h>
#include <array>
#include <pqxx/pqxx>
#include <string_view>
#include <utility>

#include "schema.h"

namespace blokjes::engine {
namespace {

// [SCHEMA]
// Column conventions shared with the SQLite store: a column per field of
// records.h with the field's name (AuditRow::user is `user_name`, USER being
// reserved in PostgreSQL); dates TEXT 'YYYY-MM-DD', moments TEXT
// 'YYYY-MM-DDTHH:MM:SSZ'; an empty optional is NULL; booleans are BOOLEAN.
// Names are unqualified, so the tables land in the connection's current
// schema (the tests give each store a schema of its own through search_path).
// The DDL itself is schema.cpp's, shared with the SQLite store.


// [STATEMENTS]
// Names are the Store member that runs them. The zaak's columns in the order
// read_zaak expects them.
#define BLOKJES_ZAAK_COLUMNS                                                                    \
  "id, identificatie, zaaktype_id, hoofdzaak_id, startdatum, registratiedatum, "                \
  "einddatum_gepland, uiterlijke_einddatum_afdoening, einddatum, vertrouwelijkheidaanduiding, " \
  "statustype_uuid, status_datum, resultaattype_uuid, archiefnominatie, archiefactiedatum, "    \
  "startdatum_bewaartermijn, brondatum, opgeschort, opschorting_reden, opgeschort_sinds, "      \
  "opgeschort_dagen, verlengd, verlenging_reden, verlenging_duur, version"

struct Statement {
  const char* name;
  const char* sql;
};

constexpr Statement kStatements[] = {
    {"schema_version", "SELECT version FROM schema_version"},
    {"insert_zaaktype",
     "INSERT INTO zaaktype (identificatie, version, definition_json, strict, deployed_at, "
     "deployed_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"},
    {"zaaktypen",
     "SELECT id, identificatie, version, definition_json, strict, deployed_at, deployed_by "
     "FROM zaaktype ORDER BY id"},
    {"zaaktype",
     "SELECT id, identificatie, version, definition_json, strict, deployed_at, deployed_by "
     "FROM zaaktype WHERE id = $1"},
    // Atomic across processes: a second inserter of a new name waits for the
    // first and then takes the update branch. The row stays locked until
    // commit, so numbers are handed out in commit order without gaps.
    {"next_sequence",
     "INSERT INTO sequence (name, value) VALUES ($1, 1) "
     "ON CONFLICT (name) DO UPDATE SET value = sequence.value + 1 RETURNING value"},
    {"insert_zaak",
     "INSERT INTO zaak (identificatie, zaaktype_id, hoofdzaak_id, startdatum, registratiedatum, "
     "einddatum_gepland, uiterlijke_einddatum_afdoening, einddatum, vertrouwelijkheidaanduiding, "
     "statustype_uuid, status_datum, resultaattype_uuid, archiefnominatie, archiefactiedatum, "
     "startdatum_bewaartermijn, brondatum, opgeschort, opschorting_reden, opgeschort_sinds, "
     "opgeschort_dagen, verlengd, verlenging_reden, verlenging_duur, version) VALUES ($1, $2, $3, "
     "$4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, "
     "$23, $24) RETURNING id"},
    {"find_zaak", "SELECT " BLOKJES_ZAAK_COLUMNS " FROM zaak WHERE identificatie = $1"},
    {"zaak", "SELECT " BLOKJES_ZAAK_COLUMNS " FROM zaak WHERE id = $1"},
    {"lock_zaak", "SELECT " BLOKJES_ZAAK_COLUMNS " FROM zaak WHERE identificatie = $1 FOR UPDATE"},
    {"update_zaak",
     "UPDATE zaak SET identificatie = $3, zaaktype_id = $4, hoofdzaak_id = $5, startdatum = $6, "
     "registratiedatum = $7, einddatum_gepland = $8, uiterlijke_einddatum_afdoening = $9, "
     "einddatum = $10, vertrouwelijkheidaanduiding = $11, statustype_uuid = $12, "
     "status_datum = $13, resultaattype_uuid = $14, archiefnominatie = $15, "
     "archiefactiedatum = $16, startdatum_bewaartermijn = $17, brondatum = $18, "
     "opgeschort = $19, opschorting_reden = $20, opgeschort_sinds = $21, "
     "opgeschort_dagen = $22, verlengd = $23, verlenging_reden = $24, verlenging_duur = $25, "
     "version = version + 1 WHERE id = $1 AND version = $2"},
    // One statement for every filter: an absent member compares as "any".
    {"zaken",
     "SELECT " BLOKJES_ZAAK_COLUMNS " FROM zaak WHERE ($1::BIGINT IS NULL OR zaaktype_id = $1) "
     "AND ($2::TEXT = '' OR statustype_uuid = $2) AND (NOT $3::BOOLEAN OR einddatum IS NULL) "
     "ORDER BY id"},
    {"deelzaken", "SELECT " BLOKJES_ZAAK_COLUMNS " FROM zaak WHERE hoofdzaak_id = $1 ORDER BY id"},
    {"insert_status",
     "INSERT INTO status (zaak_id, statustype_uuid, datum_status_gezet, toelichting, deviation, "
     "previous_statustype_uuid, gezet_door) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"},
    {"statuses",
     "SELECT id, zaak_id, statustype_uuid, datum_status_gezet, toelichting, deviation, "
     "previous_statustype_uuid, gezet_door FROM status WHERE zaak_id = $1 ORDER BY id"},
    {"all_statuses",
     "SELECT s.id, s.zaak_id, s.statustype_uuid, s.datum_status_gezet, s.toelichting, "
     "s.deviation, s.previous_statustype_uuid, s.gezet_door FROM status s JOIN zaak z ON "
     "z.id = s.zaak_id WHERE ($1::BIGINT IS NULL OR z.zaaktype_id = $1) "
     "ORDER BY s.zaak_id, s.datum_status_gezet, s.id"},
    {"insert_rol",
     "INSERT INTO rol (zaak_id, roltype_uuid, omschrijving_generiek, betrokkene) "
     "VALUES ($1, $2, $3, $4) RETURNING id"},
    {"rollen",
     "SELECT id, zaak_id, roltype_uuid, omschrijving_generiek, betrokkene FROM rol "
     "WHERE zaak_id = $1 ORDER BY id"},
    // Replacing keeps the row (and its id), so the order stays that of the
    // first value.
    {"upsert_eigenschap",
     "INSERT INTO eigenschap (zaak_id, naam, waarde) VALUES ($1, $2, $3) "
     "ON CONFLICT (zaak_id, naam) DO UPDATE SET waarde = excluded.waarde"},
    {"eigenschappen",
     "SELECT id, zaak_id, naam, waarde FROM eigenschap WHERE zaak_id = $1 ORDER BY id"},
    {"insert_document",
     "INSERT INTO document (zaak_id, informatieobjecttype_uuid, titel, registratiedatum) "
     "VALUES ($1, $2, $3, $4) RETURNING id"},
    {"documenten",
     "SELECT id, zaak_id, informatieobjecttype_uuid, titel, registratiedatum FROM document "
     "WHERE zaak_id = $1 ORDER BY id"},
    {"insert_besluit",
     "INSERT INTO besluit (zaak_id, besluittype_uuid, datum, ingangsdatum, vervaldatum) "
     "VALUES ($1, $2, $3, $4, $5) RETURNING id"},
    {"besluiten",
     "SELECT id, zaak_id, besluittype_uuid, datum, ingangsdatum, vervaldatum FROM besluit "
     "WHERE zaak_id = $1 ORDER BY id"},
    {"insert_audit",
     "INSERT INTO audit (zaak_id, at, user_name, action, old_value, new_value) "
     "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"},
    {"audit",
     "SELECT id, zaak_id, at, user_name, action, old_value, new_value FROM audit "
     "WHERE zaak_id = $1 ORDER BY id"},
};

#undef BLOKJES_ZAAK_COLUMNS

// [CONVERSION]
std::optional<std::string> text_of(const std::optional<CalendarDate>& date) {
  if (!date) return std::nullopt;
  return date->iso();
}

std::optional<std::string> text_of(const std::optional<Timestamp>& moment) {
  if (!moment) return std::nullopt;
  return moment->iso();
}

// Reads a result row column by column, naming the table and column when a
// stored value is not what the schema promises.
class RowReader {
 public:
  RowReader(const pqxx::row& row, const std::string& database, const char* table)
      : row_(row), database_(database), table_(table) {}

  std::string text(int column) const {
    const auto field = row_[column];
    return field.is_null() ? std::string() : std::string(field.c_str(), field.size());
  }
  std::int64_t integer(int column) const { return row_[column].as<std::int64_t>(); }
  bool boolean(int column) const { return row_[column].as<bool>(); }
  std::optional<RowId> optional_id(int column) const {
    if (row_[column].is_null()) return std::nullopt;
    return row_[column].as<RowId>();
  }

  CalendarDate date(int column) const {
    auto parsed = parse_calendar_date(row_[column].c_str());
    if (!parsed) bad(column, "a date YYYY-MM-DD");
    return *parsed;
  }
  std::optional<CalendarDate> optional_date(int column) const {
    if (row_[column].is_null()) return std::nullopt;
    return date(column);
  }
  Timestamp moment(int column) const {
    auto parsed = parse_timestamp(row_[column].c_str());
    if (!parsed) bad(column, "a moment YYYY-MM-DDTHH:MM:SSZ");
    return *parsed;
  }
  std::optional<Timestamp> optional_moment(int column) const {
    if (row_[column].is_null()) return std::nullopt;
    return moment(column);
  }

 private:
  [[noreturn]] void bad(int column, const char* expected) const {
    throw StoreError(database_ + ": table " + table_ + ", column " + row_[column].name() +
                     ": expected " + expected + ", found '" + row_[column].c_str() + "'");
  }

  const pqxx::row& row_;
  const std::string& database_;
  const char* table_;
};

StoredZaaktype read_zaaktype(const RowReader& r) {
  StoredZaaktype z;
  z.id = r.integer(0);
  z.identificatie = r.text(1);
  z.version = static_cast<int>(r.integer(2));
  z.definition_json = r.text(3);
  z.strict = r.boolean(4);
  z.deployed_at = r.moment(5);
  z.deployed_by = r.text(6);
  return z;
}

ZaakRow read_zaak(const RowReader& r) {
  ZaakRow z;
  z.id = r.integer(0);
  z.identificatie = r.text(1);
  z.zaaktype_id = r.integer(2);
  z.hoofdzaak_id = r.optional_id(3);
  z.startdatum = r.date(4);
  z.registratiedatum = r.date(5);
  z.einddatum_gepland = r.optional_date(6);
  z.uiterlijke_einddatum_afdoening = r.optional_date(7);
  z.einddatum = r.optional_date(8);
  z.vertrouwelijkheidaanduiding = r.text(9);
  z.statustype_uuid = r.text(10);
  z.status_datum = r.optional_moment(11);
  z.resultaattype_uuid = r.text(12);
  z.archiefnominatie = r.text(13);
  z.archiefactiedatum = r.optional_date(14);
  z.startdatum_bewaartermijn = r.optional_date(15);
  z.brondatum = r.optional_date(16);
  z.opgeschort = r.boolean(17);
  z.opschorting_reden = r.text(18);
  z.opgeschort_sinds = r.optional_date(19);
  z.opgeschort_dagen = static_cast<int>(r.integer(20));
  z.verlengd = r.boolean(21);
  z.verlenging_reden = r.text(22);
  z.verlenging_duur = r.text(23);
  z.version = r.integer(24);
  return z;
}

StatusRow read_status(const RowReader& r) {
  StatusRow s;
  s.id = r.integer(0);
  s.zaak_id = r.integer(1);
  s.statustype_uuid = r.text(2);
  s.datum_status_gezet = r.moment(3);
  s.toelichting = r.text(4);
  s.deviation = r.boolean(5);
  s.previous_statustype_uuid = r.text(6);
  s.gezet_door = r.text(7);
  return s;
}

// [ERRORS]
// What the URL says, minus any password: the user:password@ part of a URI
// and a password= parameter (URI query or key=value form).
std::string without_password(const std::string& url) {
  std::string out = url;
  if (const auto scheme = out.find("://"); scheme != std::string::npos) {
    const auto authority = scheme + 3;
    const auto end = out.find_first_of("/?", authority);
    const auto at = out.rfind('@', end == std::string::npos ? out.size() : end);
    if (at != std::string::npos && at >= authority) {
      const auto colon = out.find(':', authority);
      if (colon != std::string::npos && colon < at) out.erase(colon, at - colon);
    }
  }
  for (std::size_t from = 0;;) {
    const auto key = out.find("password=", from);
    if (key == std::string::npos) break;
    const bool starts_parameter =
        key == 0 || out[key - 1] == '?' || out[key - 1] == '&' || out[key - 1] == ' ';
    const auto value = key + 9;
    if (!starts_parameter) {
      from = value;
      continue;
    }
    const auto end = out.find_first_of("& ", value);
    out.replace(value, (end == std::string::npos ? out.size() : end) - value, "***");
    from = value + 3;
  }
  return out;
}

// libpq ends its messages with a newline (and sometimes a hint line); one
// line reads better inside ours.
std::string one_line(const char* what) {
  std::string text = what;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  for (auto& c : text) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return text;
}

// Runs `body`, turning libpqxx's exceptions into the store's: a failed
// serialisation or a deadlock is the engine's to retry (ConcurrentChange);
// everything else says which database and which operation.
template <typename Body>
auto guarded(const std::string& database, const char* operation, Body&& body) {
  try {
    return body();
  } catch (const StoreError&) {
    throw;
  } catch (const pqxx::transaction_rollback& error) {
    // serialization_failure, deadlock_detected and their kin (SQLSTATE class 40)
    throw ConcurrentChange(database + ": " + operation +
                           ": another transaction got in the way, try again (" +
                           one_line(error.what()) + ")");
  } catch (const pqxx::in_doubt_error& error) {
    throw StoreError(database + ": " + operation +
                     ": the connection broke while committing; whether the commit took effect "
                     "is unknown (" +
                     one_line(error.what()) + ")");
  } catch (const pqxx::broken_connection& error) {
    throw StoreError(database + ": " + operation + ": no connection to the database (" +
                     one_line(error.what()) + ")");
  } catch (const pqxx::sql_error& error) {
    throw StoreError(database + ": " + operation + " failed (SQLSTATE " + error.sqlstate() +
                     "): " + one_line(error.what()));
  } catch (const pqxx::failure& error) {
    throw StoreError(database + ": " + operation + " failed: " + one_line(error.what()));
  } catch (const pqxx::usage_error& error) {
    throw StoreError(database + ": " + operation + ": " + one_line(error.what()));
  } catch (const pqxx::conversion_error& error) {
    throw StoreError(database + ": " + operation +
                     ": a stored value did not convert: " + error.what());
  }
}

// [STORE]
class PostgresqlStore final : public Store {
 public:
  PostgresqlStore(std::string url, std::string name)
      : url_(std::move(url)), name_(std::move(name)) {
    guarded(name_, "connecting", [&] {
      // libpqxx reconnects a broken connection only when no transaction is
      // open (the one that broke fails with StoreError), with the same URL,
      // so the search_path comes back, and it prepares the statements again.
      connection_ = std::make_unique<pqxx::connection>(url_);
      // libpqxx begins a READ COMMITTED transaction with a plain BEGIN, which
      // takes the server's default: make that READ COMMITTED whatever a DBA
      // configured (set_variable also restores it on a reconnect).
      connection_->set_variable("default_transaction_isolation", "'read committed'");
    });
    guarded(name_, "migrating the schema", [&] { migrate(); });
    guarded(name_, "preparing statements", [&] {
      for (const auto& statement : kStatements) connection_->prepare(statement.name, statement.sql);
    });
  }

  ~PostgresqlStore() override {
    if (::getpid() != creator_) {
      // A forked child holding a copy: the socket is the parent's, and
      // closing it here would end the parent's session. Leave it be.
      (void)transaction_.release();
      (void)connection_.release();
      return;
    }
    rollback();
  }

  std::string_view backend() const override { return "postgresql"; }

  int schema_version() override {
    return guarded(name_, "reading the schema version", [&] {
      const auto result = run("schema_version");
      if (result.size() != 1) {
        throw StoreError(name_ + ": table schema_version holds " + std::to_string(result.size()) +
                         " rows, expected one");
      }
      return result[0][0].as<int>();
    });
  }

  void begin(bool write) override {
    if (transaction_) {
      throw StoreError(name_ +
                       ": begin: a transaction is already open (commit or roll back first)");
    }
    guarded(name_, "beginning a transaction", [&] {
      if (write) {
        transaction_ = std::make_unique<pqxx::transaction<pqxx::read_committed, pqxx::read_write>>(
            *connection_);
      } else {
        transaction_ = std::make_unique<pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>>(
            *connection_);
      }
    });
    write_ = write;
  }

  void commit() override {
    if (!transaction_) throw StoreError(name_ + ": commit without an open transaction");
    // Whatever happens, the transaction is over: a failed commit rolled back.
    auto transaction = std::move(transaction_);
    guarded(name_, "commit", [&] { transaction->commit(); });
  }

  void rollback() override {
    if (!transaction_) return;
    auto transaction = std::move(transaction_);
    // Rolling back is what callers do on their way out of an error: it must
    // not throw a second one. A broken connection rolls back by itself.
    try {
      transaction->abort();
    } catch (...) {
    }
  }

  RowId insert_zaaktype(const StoredZaaktype& z) override {
    return guarded(name_, "inserting a zaaktype", [&] {
      try {
        return run("insert_zaaktype", z.identificatie, z.version, z.definition_json, z.strict,
                   z.deployed_at.iso(), z.deployed_by)[0][0]
            .as<RowId>();
      } catch (const pqxx::unique_violation&) {
        // Under READ COMMITTED two deploys can both read version N and both
        // insert N + 1 (SQLite's BEGIN IMMEDIATE rules that out). The loser
        // retries, reads the winner's version and numbers after it.
        throw ConcurrentChange(name_ + ": zaaktype " + z.identificatie + " version " +
                               std::to_string(z.version) +
                               " was deployed by another process at the same time");
      }
    });
  }

  std::vector<StoredZaaktype> zaaktypen() override {
    return guarded(name_, "reading the zaaktypen", [&] {
      std::vector<StoredZaaktype> out;
      for (const auto& row : run("zaaktypen"))
        out.push_back(read_zaaktype({row, name_, "zaaktype"}));
      return out;
    });
  }

  std::optional<StoredZaaktype> zaaktype(RowId id) override {
    return guarded(name_, "reading a zaaktype", [&]() -> std::optional<StoredZaaktype> {
      const auto result = run("zaaktype", id);
      if (result.empty()) return std::nullopt;
      return read_zaaktype({result[0], name_, "zaaktype"});
    });
  }

  std::int64_t next_sequence(std::string_view name) override {
    return guarded(name_, "taking the next sequence number", [&] {
      return run("next_sequence", std::string(name))[0][0].as<std::int64_t>();
    });
  }

  RowId insert_zaak(const ZaakRow& z) override {
    return guarded(name_, "inserting a zaak", [&] {
      return run("insert_zaak", z.identificatie, z.zaaktype_id, z.hoofdzaak_id, z.startdatum.iso(),
                 z.registratiedatum.iso(), text_of(z.einddatum_gepland),
                 text_of(z.uiterlijke_einddatum_afdoening), text_of(z.einddatum),
                 z.vertrouwelijkheidaanduiding, z.statustype_uuid, text_of(z.status_datum),
                 z.resultaattype_uuid, z.archiefnominatie, text_of(z.archiefactiedatum),
                 text_of(z.startdatum_bewaartermijn), text_of(z.brondatum), z.opgeschort,
                 z.opschorting_reden, text_of(z.opgeschort_sinds), z.opgeschort_dagen, z.verlengd,
                 z.verlenging_reden, z.verlenging_duur, z.version)[0][0]
          .as<RowId>();
    });
  }

  std::optional<ZaakRow> find_zaak(std::string_view identificatie) override {
    return guarded(name_, "reading a zaak",
                   [&] { return first_zaak(run("find_zaak", std::string(identificatie))); });
  }

  std::optional<ZaakRow> zaak(RowId id) override {
    return guarded(name_, "reading a zaak", [&] { return first_zaak(run("zaak", id)); });
  }

  std::optional<ZaakRow> lock_zaak(std::string_view identificatie) override {
    // FOR UPDATE is refused in a read-only transaction and means nothing in
    // autocommit (the lock would end with the statement): there, a read.
    const bool locking = transaction_ && write_;
    return guarded(name_, "locking a zaak", [&] {
      return first_zaak(run(locking ? "lock_zaak" : "find_zaak", std::string(identificatie)));
    });
  }

  void update_zaak(const ZaakRow& z) override {
    const auto changed = guarded(name_, "updating a zaak", [&] {
      return run("update_zaak", z.id, z.version, z.identificatie, z.zaaktype_id, z.hoofdzaak_id,
                 z.startdatum.iso(), z.registratiedatum.iso(), text_of(z.einddatum_gepland),
                 text_of(z.uiterlijke_einddatum_afdoening), text_of(z.einddatum),
                 z.vertrouwelijkheidaanduiding, z.statustype_uuid, text_of(z.status_datum),
                 z.resultaattype_uuid, z.archiefnominatie, text_of(z.archiefactiedatum),
                 text_of(z.startdatum_bewaartermijn), text_of(z.brondatum), z.opgeschort,
                 z.opschorting_reden, text_of(z.opgeschort_sinds), z.opgeschort_dagen, z.verlengd,
                 z.verlenging_reden, z.verlenging_duur)
          .affected_rows();
    });
    if (changed == 0) {
      throw ConcurrentChange(name_ + ": zaak " + z.identificatie + " (id " + std::to_string(z.id) +
                             ") is no longer at version " + std::to_string(z.version) +
                             ": another process changed it");
    }
  }

  std::vector<ZaakRow> zaken(const ZaakFilter& filter) override {
    return guarded(name_, "listing zaken", [&] {
      return all_zaken(run("zaken", filter.zaaktype_id, filter.statustype_uuid, filter.open_only));
    });
  }

  std::vector<ZaakRow> deelzaken(RowId hoofdzaak_id) override {
    return guarded(name_, "listing deelzaken",
                   [&] { return all_zaken(run("deelzaken", hoofdzaak_id)); });
  }

  RowId insert_status(const StatusRow& s) override {
    return guarded(name_, "inserting a status", [&] {
      return run("insert_status", s.zaak_id, s.statustype_uuid, s.datum_status_gezet.iso(),
                 s.toelichting, s.deviation, s.previous_statustype_uuid, s.gezet_door)[0][0]
          .as<RowId>();
    });
  }

  std::vector<StatusRow> statuses(RowId zaak_id) override {
    return guarded(name_, "reading statuses", [&] {
      std::vector<StatusRow> out;
      for (const auto& row : run("statuses", zaak_id))
        out.push_back(read_status({row, name_, "status"}));
      return out;
    });
  }

  std::vector<StatusRow> all_statuses(std::optional<RowId> zaaktype_id) override {
    return guarded(name_, "reading every status", [&] {
      std::vector<StatusRow> out;
      for (const auto& row : run("all_statuses", zaaktype_id)) {
        out.push_back(read_status({row, name_, "status"}));
      }
      return out;
    });
  }

  RowId insert_rol(const RolRow& r) override {
    return guarded(name_, "inserting a rol", [&] {
      return run("insert_rol", r.zaak_id, r.roltype_uuid, r.omschrijving_generiek,
                 r.betrokkene)[0][0]
          .as<RowId>();
    });
  }

  std::vector<RolRow> rollen(RowId zaak_id) override {
    return guarded(name_, "reading rollen", [&] {
      std::vector<RolRow> out;
      for (const auto& row : run("rollen", zaak_id)) {
        const RowReader r(row, name_, "rol");
        out.push_back({r.integer(0), r.integer(1), r.text(2), r.text(3), r.text(4)});
      }
      return out;
    });
  }

  void upsert_eigenschap(const EigenschapRow& e) override {
    guarded(name_, "writing an eigenschap",
            [&] { run("upsert_eigenschap", e.zaak_id, e.naam, e.waarde); });
  }

  std::vector<EigenschapRow> eigenschappen(RowId zaak_id) override {
    return guarded(name_, "reading eigenschappen", [&] {
      std::vector<EigenschapRow> out;
      for (const auto& row : run("eigenschappen", zaak_id)) {
        const RowReader r(row, name_, "eigenschap");
        out.push_back({r.integer(0), r.integer(1), r.text(2), r.text(3)});
      }
      return out;
    });
  }

  RowId insert_document(const DocumentRow& d) override {
    return guarded(name_, "inserting a document", [&] {
      return run("insert_document", d.zaak_id, d.informatieobjecttype_uuid, d.titel,
                 d.registratiedatum.iso())[0][0]
          .as<RowId>();
    });
  }

  std::vector<DocumentRow> documenten(RowId zaak_id) override {
    return guarded(name_, "reading documenten", [&] {
      std::vector<DocumentRow> out;
      for (const auto& row : run("documenten", zaak_id)) {
        const RowReader r(row, name_, "document");
        out.push_back({r.integer(0), r.integer(1), r.text(2), r.text(3), r.moment(4)});
      }
      return out;
    });
  }

  RowId insert_besluit(const BesluitRow& b) override {
    return guarded(name_, "inserting a besluit", [&] {
      return run("insert_besluit", b.zaak_id, b.besluittype_uuid, b.datum.iso(),
                 b.ingangsdatum.iso(), text_of(b.vervaldatum))[0][0]
          .as<RowId>();
    });
  }

  std::vector<BesluitRow> besluiten(RowId zaak_id) override {
    return guarded(name_, "reading besluiten", [&] {
      std::vector<BesluitRow> out;
      for (const auto& row : run("besluiten", zaak_id)) {
        const RowReader r(row, name_, "besluit");
        out.push_back(
            {r.integer(0), r.integer(1), r.text(2), r.date(3), r.date(4), r.optional_date(5)});
      }
      return out;
    });
  }

  RowId insert_audit(const AuditRow& a) override {
    return guarded(name_, "inserting an audit row", [&] {
      return run("insert_audit", a.zaak_id, a.at.iso(), a.user, a.action, a.old_value,
                 a.new_value)[0][0]
          .as<RowId>();
    });
  }

  std::vector<AuditRow> audit(RowId zaak_id) override {
    return guarded(name_, "reading the audit trail", [&] {
      std::vector<AuditRow> out;
      for (const auto& row : run("audit", zaak_id)) {
        const RowReader r(row, name_, "audit");
        out.push_back({r.integer(0), r.optional_id(1), r.moment(2), r.text(3), r.text(4), r.text(5),
                       r.text(6)});
      }
      return out;
    });
  }

 private:
  // A prepared statement in the open transaction, or on its own in
  // autocommit when none is open.
  template <typename... Args>
  pqxx::result run(const char* statement, Args&&... args) {
    if (transaction_) return transaction_->exec_prepared(statement, std::forward<Args>(args)...);
    pqxx::nontransaction once(*connection_);
    return once.exec_prepared(statement, std::forward<Args>(args)...);
  }

  std::optional<ZaakRow> first_zaak(const pqxx::result& result) const {
    if (result.empty()) return std::nullopt;
    return read_zaak({result[0], name_, "zaak"});
  }

  std::vector<ZaakRow> all_zaken(const pqxx::result& result) const {
    std::vector<ZaakRow> out;
    out.reserve(result.size());
    for (const auto& row : result) out.push_back(read_zaak({row, name_, "zaak"}));
    return out;
  }

  // Brings the current schema to kSchemaVersion in one transaction. The
  // advisory lock (keyed on the schema's name, released at commit) makes a
  // second process that opens the same new database wait and then find the
  // tables made, instead of racing to create them.
  void migrate() {
    pqxx::work transaction(*connection_);
    const auto schema = transaction.exec1("SELECT current_schema()")[0];
    if (schema.is_null()) {
      throw StoreError(name_ +
                       ": no schema to create the tables in: the search_path names "
                       "none that exists");
    }
    const std::string schema_name = schema.as<std::string>();
    transaction.exec_params("SELECT pg_advisory_xact_lock(hashtext('blokjes-schema:' || $1))",
                            schema_name);
    const bool has_version_table =
        !transaction
             .exec_params(
                 "SELECT 1 FROM information_schema.tables WHERE table_schema = $1 "
                 "AND table_name = 'schema_version'",
                 schema_name)
             .empty();
    int version = 0;
    if (has_version_table) {
      const auto rows = transaction.exec("SELECT version FROM schema_version");
      if (rows.size() != 1) {
        throw StoreError(name_ + ": table " + schema_name + ".schema_version holds " +
                         std::to_string(rows.size()) + " rows, expected one");
      }
      version = rows[0][0].as<int>();
      if (version > kSchemaVersion) {
        throw StoreError(name_ + ": schema " + schema_name + " is at version " +
                         std::to_string(version) + ", newer than the " +
                         std::to_string(kSchemaVersion) +
                         " this program knows; use a newer blokjes");
      }
    } else {
      const auto tables = transaction.exec_params(
          "SELECT count(*) FROM information_schema.tables WHERE table_schema = $1", schema_name);
      if (tables[0][0].as<long>() != 0) {
        throw StoreError(name_ + ": schema " + schema_name +
                         " holds tables but no schema_version: not a blokjes database");
      }
    }
    if (version == kSchemaVersion) return;  // the work rolls back: nothing was changed
    for (const auto& migration : schema_migrations()) {
      if (migration.version <= version) continue;
      transaction.exec(migration_sql(migration, SchemaDialect::postgresql));
    }
    transaction.exec(schema_version_sql(kSchemaVersion));
    transaction.commit();
  }

  std::string url_;
  std::string name_;  // the URL without password, for every message
  std::unique_ptr<pqxx::connection> connection_;
  std::unique_ptr<pqxx::transaction_base> transaction_;
  bool write_ = false;
  pid_t creator_ = ::getpid();
};

}  // namespace

// [OPEN]
std::unique_ptr<Store> open_postgresql_store(const std::string& url) {
  const std::string name = "PostgreSQL database " + without_password(url);
  return std::make_unique<PostgresqlStore>(url, name);
}

}  // namespace blokjes::engine
