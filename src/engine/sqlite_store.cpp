// The embedded store on libsqlite3 (sqlite_store.h): one file in WAL mode,
// foreign keys on, every statement prepared once and reused.
//
// [SECTIONS]
//   [TEXT]         dates and moments as the 'YYYY-MM-DD' / 'YYYY-MM-DDTHH:MM:SSZ' text the schema keeps
//   [STATEMENTS]   every SQL text the store runs, in one table indexed by an enum
//   [QUERY]        one use of a cached statement: bind, step, read columns, reset
//   [STORE]        the Store on one connection: open, migrate, transactions, rows
//   [OPEN]         open_sqlite_store
//
// Why it is written this way: the engine benchmark wants thousands of cases
// a second, each about nine committed transactions, so no call builds SQL
// text or prepares a statement; texts that outlive the step are bound
// without a copy (SQLITE_STATIC), and the bindings are cleared afterwards so
// no statement keeps a pointer into a record that is gone.

#include "sqlite_store.h"

#include <sqlite3.h>

#include <array>
#include <chrono>
#include <cstring>
#include <thread>
#include <utility>

#include "schema.h"

namespace blokjes::engine {
namespace {

// [TEXT]
// The schema's text forms hold four-digit years; a date outside them could
// not be read back, so it is refused on the way in.
bool put_date(char* out, const CalendarDate& date) {
  if (date.year < 0 || date.year > 9999 || date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > 31) {
    return false;
  }
  auto two = [](char* at, int value) {
    at[0] = static_cast<char>('0' + value / 10);
    at[1] = static_cast<char>('0' + value % 10);
  };
  two(out, date.year / 100);
  two(out + 2, date.year % 100);
  out[4] = '-';
  two(out + 5, date.month);
  out[7] = '-';
  two(out + 8, date.day);
  return true;
}

bool put_timestamp(char* out, const Timestamp& moment) {
  const CalendarDate day = moment.date();
  if (!put_date(out, day)) return false;
  const auto in_day = static_cast<int>(moment.seconds_since_epoch - day.days_since_epoch() * 86400);
  auto two = [](char* at, int value) {
    at[0] = static_cast<char>('0' + value / 10);
    at[1] = static_cast<char>('0' + value % 10);
  };
  out[10] = 'T';
  two(out + 11, in_day / 3600);
  out[13] = ':';
  two(out + 14, in_day / 60 % 60);
  out[16] = ':';
  two(out + 17, in_day % 60);
  out[19] = 'Z';
  return true;
}

constexpr int kDateLength = 10;
constexpr int kTimestampLength = 20;

// [STATEMENTS]
enum class Sql : int {
  begin_read,
  begin_write,
  commit,
  rollback,
  read_schema_version,
  insert_zaaktype,
  zaaktypen,
  zaaktype_by_id,
  next_sequence,
  insert_zaak,
  zaak_by_identificatie,
  zaak_by_id,
  update_zaak_fields,
  update_zaak,
  zaken,
  deelzaken,
  insert_status,
  statuses,
  all_statuses,
  all_statuses_of_zaaktype,
  insert_rol,
  rollen,
  upsert_eigenschap,
  eigenschappen,
  insert_document,
  documenten,
  insert_besluit,
  besluiten,
  insert_audit,
  audit,
  count_
};

struct Statement {
  Sql id;
  const char* what;  // for errors: "<path>: <what> (<sqlite message>)"
  const char* sql;
};

// The zaak's columns after id, in the order ?1..?23 binds them (bind_zaak)
// and columns 1..23 read them (read_zaak).
#define BLOKJES_ZAAK_COLUMNS                                                                 \
  "identificatie, zaaktype_id, hoofdzaak_id, startdatum, registratiedatum, "                 \
  "einddatum_gepland, uiterlijke_einddatum_afdoening, einddatum, "                           \
  "vertrouwelijkheidaanduiding, statustype_uuid, status_datum, resultaattype_uuid, "         \
  "archiefnominatie, archiefactiedatum, startdatum_bewaartermijn, brondatum, opgeschort, "   \
  "opschorting_reden, opgeschort_sinds, opgeschort_dagen, verlengd, verlenging_reden, "      \
  "verlenging_duur"
#define BLOKJES_SELECT_ZAAK "SELECT id, " BLOKJES_ZAAK_COLUMNS ", version FROM zaak "
#define BLOKJES_SELECT_STATUS                                                            \
  "SELECT status.id, status.zaak_id, status.statustype_uuid, status.datum_status_gezet, " \
  "status.toelichting, status.deviation, status.previous_statustype_uuid, "             \
  "status.gezet_door FROM status "

constexpr std::array<Statement, static_cast<std::size_t>(Sql::count_)> kStatements{{
    {Sql::begin_read, "cannot begin a read transaction", "BEGIN"},
    {Sql::begin_write, "cannot begin a write transaction", "BEGIN IMMEDIATE"},
    {Sql::commit, "cannot commit", "COMMIT"},
    {Sql::rollback, "cannot roll back", "ROLLBACK"},
    {Sql::read_schema_version, "cannot read the schema version", "SELECT version FROM schema_version"},
    {Sql::insert_zaaktype, "cannot insert a zaaktype",
     "INSERT INTO zaaktype (identificatie, version, definition_json, strict, deployed_at, "
     "deployed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
    {Sql::zaaktypen, "cannot read the zaaktypen",
     "SELECT id, identificatie, version, definition_json, strict, deployed_at, deployed_by "
     "FROM zaaktype ORDER BY id"},
    {Sql::zaaktype_by_id, "cannot read a zaaktype",
     "SELECT id, identificatie, version, definition_json, strict, deployed_at, deployed_by "
     "FROM zaaktype WHERE id = ?1"},
    {Sql::next_sequence, "cannot advance a sequence",
     "INSERT INTO sequence (name, value) VALUES (?1, 1) "
     "ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value"},
    {Sql::insert_zaak, "cannot insert a zaak",
     "INSERT INTO zaak (" BLOKJES_ZAAK_COLUMNS ", version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
     "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)"},
    {Sql::zaak_by_identificatie, "cannot read a zaak", BLOKJES_SELECT_ZAAK "WHERE identificatie = ?1"},
    {Sql::zaak_by_id, "cannot read a zaak", BLOKJES_SELECT_ZAAK "WHERE id = ?1"},
    // The usual change leaves identificatie, zaaktype and hoofdzaak alone.
    // Naming them in SET would make SQLite rewrite their three indexes (a
    // WAL page each, on every status change), so this form checks them in
    // WHERE instead; update_zaak falls back to the full form below when
    // one of them did change.
    {Sql::update_zaak_fields, "cannot update a zaak",
     "UPDATE zaak SET startdatum = ?4, "
     "registratiedatum = ?5, einddatum_gepland = ?6, uiterlijke_einddatum_afdoening = ?7, "
     "einddatum = ?8, vertrouwelijkheidaanduiding = ?9, statustype_uuid = ?10, "
     "status_datum = ?11, resultaattype_uuid = ?12, archiefnominatie = ?13, "
     "archiefactiedatum = ?14, startdatum_bewaartermijn = ?15, brondatum = ?16, "
     "opgeschort = ?17, opschorting_reden = ?18, opgeschort_sinds = ?19, "
     "opgeschort_dagen = ?20, verlengd = ?21, verlenging_reden = ?22, verlenging_duur = ?23, "
     "version = version + 1 WHERE id = ?24 AND version = ?25 AND identificatie = ?1 "
     "AND zaaktype_id = ?2 AND hoofdzaak_id IS ?3"},
    {Sql::update_zaak, "cannot update a zaak",
     "UPDATE zaak SET identificatie = ?1, zaaktype_id = ?2, hoofdzaak_id = ?3, startdatum = ?4, "
     "registratiedatum = ?5, einddatum_gepland = ?6, uiterlijke_einddatum_afdoening = ?7, "
     "einddatum = ?8, vertrouwelijkheidaanduiding = ?9, statustype_uuid = ?10, "
     "status_datum = ?11, resultaattype_uuid = ?12, archiefnominatie = ?13, "
     "archiefactiedatum = ?14, startdatum_bewaartermijn = ?15, brondatum = ?16, "
     "opgeschort = ?17, opschorting_reden = ?18, opgeschort_sinds = ?19, "
     "opgeschort_dagen = ?20, verlengd = ?21, verlenging_reden = ?22, verlenging_duur = ?23, "
     "version = version + 1 WHERE id = ?24 AND version = ?25"},
    {Sql::zaken, "cannot list zaken",
     BLOKJES_SELECT_ZAAK "WHERE (?1 IS NULL OR zaaktype_id = ?1) AND (?2 = '' OR statustype_uuid = ?2) "
                         "AND (?3 = 0 OR einddatum IS NULL) ORDER BY id"},
    {Sql::deelzaken, "cannot list deelzaken", BLOKJES_SELECT_ZAAK "WHERE hoofdzaak_id = ?1 ORDER BY id"},
    {Sql::insert_status, "cannot insert a status",
     "INSERT INTO status (zaak_id, statustype_uuid, datum_status_gezet, toelichting, deviation, "
     "previous_statustype_uuid, gezet_door) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
    {Sql::statuses, "cannot read statuses", BLOKJES_SELECT_STATUS "WHERE zaak_id = ?1 ORDER BY id"},
    {Sql::all_statuses, "cannot read the event log",
     BLOKJES_SELECT_STATUS "ORDER BY status.zaak_id, status.datum_status_gezet, status.id"},
    {Sql::all_statuses_of_zaaktype, "cannot read the event log",
     BLOKJES_SELECT_STATUS "JOIN zaak ON zaak.id = status.zaak_id WHERE zaak.zaaktype_id = ?1 "
                           "ORDER BY status.zaak_id, status.datum_status_gezet, status.id"},
    {Sql::insert_rol, "cannot insert a rol",
     "INSERT INTO rol (zaak_id, roltype_uuid, omschrijving_generiek, betrokkene) "
     "VALUES (?1, ?2, ?3, ?4)"},
    {Sql::rollen, "cannot read rollen",
     "SELECT id, zaak_id, roltype_uuid, omschrijving_generiek, betrokkene FROM rol "
     "WHERE zaak_id = ?1 ORDER BY id"},
    {Sql::upsert_eigenschap, "cannot write an eigenschap",
     "INSERT INTO eigenschap (zaak_id, naam, waarde) VALUES (?1, ?2, ?3) "
     "ON CONFLICT (zaak_id, naam) DO UPDATE SET waarde = excluded.waarde"},
    {Sql::eigenschappen, "cannot read eigenschappen",
     "SELECT id, zaak_id, naam, waarde FROM eigenschap WHERE zaak_id = ?1 ORDER BY id"},
    {Sql::insert_document, "cannot insert a document",
     "INSERT INTO document (zaak_id, informatieobjecttype_uuid, titel, registratiedatum) "
     "VALUES (?1, ?2, ?3, ?4)"},
    {Sql::documenten, "cannot read documenten",
     "SELECT id, zaak_id, informatieobjecttype_uuid, titel, registratiedatum FROM document "
     "WHERE zaak_id = ?1 ORDER BY id"},
    {Sql::insert_besluit, "cannot insert a besluit",
     "INSERT INTO besluit (zaak_id, besluittype_uuid, datum, ingangsdatum, vervaldatum) "
     "VALUES (?1, ?2, ?3, ?4, ?5)"},
    {Sql::besluiten, "cannot read besluiten",
     "SELECT id, zaak_id, besluittype_uuid, datum, ingangsdatum, vervaldatum FROM besluit "
     "WHERE zaak_id = ?1 ORDER BY id"},
    {Sql::insert_audit, "cannot insert an audit row",
     "INSERT INTO audit (zaak_id, at, user_name, action, old_value, new_value) "
     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
    {Sql::audit, "cannot read the audit trail",
     "SELECT id, zaak_id, at, user_name, action, old_value, new_value FROM audit "
     "WHERE zaak_id = ?1 ORDER BY id"},
}};

constexpr bool statements_in_enum_order() {
  for (std::size_t i = 0; i < kStatements.size(); ++i) {
    if (static_cast<std::size_t>(kStatements[i].id) != i) return false;
  }
  return true;
}
static_assert(statements_in_enum_order(), "kStatements must list every Sql in enum order");

#undef BLOKJES_SELECT_STATUS
#undef BLOKJES_SELECT_ZAAK
#undef BLOKJES_ZAAK_COLUMNS

// "<path>: <what> (<sqlite message>)", with the busy timeout named when the
// lock was the reason.
std::string sqlite_failure(const std::string& path, sqlite3* db, int rc, std::string_view what,
                           int busy_timeout_ms) {
  std::string message = path + ": " + std::string(what);
  const int primary = rc & 0xff;
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
    message += ": another connection held the database lock longer than the busy timeout of " +
               std::to_string(busy_timeout_ms) + " ms";
  } else if (primary == SQLITE_NOTADB) {
    message += ": the file is not a SQLite database, or a damaged one";
  }
  message += " (";
  message += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  message += ")";
  return message;
}

class SqliteStore;

// [QUERY]
// One use of a cached statement. The destructor resets it and clears its
// bindings, also when a step throws, so the next use starts clean.
class Query {
 public:
  Query(SqliteStore& store, Sql id);
  ~Query() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  // Binding; `index` is the ?N of the SQL text. Texts are not copied: they
  // must outlive the query (they are the caller's record fields).
  void bind(int index, std::string_view text) {
    check(sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC));
  }
  // A string literal would otherwise convert to bool, not to a text.
  void bind(int index, const char* text) = delete;
  void bind(int index, std::int64_t value) { check(sqlite3_bind_int64(stmt_, index, value)); }
  void bind(int index, int value) { check(sqlite3_bind_int(stmt_, index, value)); }
  void bind(int index, bool value) { check(sqlite3_bind_int(stmt_, index, value ? 1 : 0)); }
  void bind(int index, const CalendarDate& date);
  void bind(int index, const Timestamp& moment);
  template <typename T>
  void bind(int index, const std::optional<T>& value) {
    if (value) {
      bind(index, *value);
    } else {
      check(sqlite3_bind_null(stmt_, index));
    }
  }
  void bind_null(int index) { check(sqlite3_bind_null(stmt_, index)); }

  // True with a row to read, false when done; throws StoreError otherwise.
  bool step();
  // Runs a statement that returns no row.
  void run() {
    while (step()) {
    }
  }

  // Reading the current row; `column` names table.column for errors.
  std::string text(int index) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, index));
    return data ? std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index)))
                : std::string();
  }
  std::int64_t int64(int index) const { return sqlite3_column_int64(stmt_, index); }
  int integer(int index) const { return sqlite3_column_int(stmt_, index); }
  bool boolean(int index) const { return sqlite3_column_int(stmt_, index) != 0; }
  bool is_null(int index) const { return sqlite3_column_type(stmt_, index) == SQLITE_NULL; }
  std::optional<std::int64_t> optional_int64(int index) const {
    if (is_null(index)) return std::nullopt;
    return int64(index);
  }
  CalendarDate date(int index, std::string_view column) const;
  std::optional<CalendarDate> optional_date(int index, std::string_view column) const {
    if (is_null(index)) return std::nullopt;
    return date(index, column);
  }
  Timestamp timestamp(int index, std::string_view column) const;
  std::optional<Timestamp> optional_timestamp(int index, std::string_view column) const {
    if (is_null(index)) return std::nullopt;
    return timestamp(index, column);
  }

 private:
  void check(int rc) const;
  std::string_view column_view(int index) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, index));
    return data ? std::string_view(data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index)))
                : std::string_view();
  }

  SqliteStore& store_;
  Sql id_;
  sqlite3_stmt* stmt_;
};

// [STORE]
class SqliteStore final : public Store {
 public:
  SqliteStore(std::string path, SqliteOptions options) : path_(std::move(path)), options_(options) {
    open();
  }
  ~SqliteStore() override {
    for (auto* stmt : statements_) sqlite3_finalize(stmt);
    // An open transaction is rolled back by closing: nothing half-done stays.
    sqlite3_close_v2(db_);
  }

  const std::string& path() const { return path_; }
  sqlite3* db() const { return db_; }
  int busy_timeout_ms() const { return options_.busy_timeout_ms; }

  [[noreturn]] void fail(int rc, std::string_view what) const {
    throw StoreError(sqlite_failure(path_, db_, rc, what, options_.busy_timeout_ms));
  }

  sqlite3_stmt* statement(Sql id) {
    auto& slot = statements_[static_cast<std::size_t>(id)];
    if (!slot) {
      const auto& entry = kStatements[static_cast<std::size_t>(id)];
      const int rc = sqlite3_prepare_v3(db_, entry.sql, -1, SQLITE_PREPARE_PERSISTENT, &slot, nullptr);
      if (rc != SQLITE_OK) {
        sqlite3_finalize(slot);
        slot = nullptr;
        fail(rc, std::string(entry.what) + ": preparing the statement failed");
      }
    }
    return slot;
  }

  std::string_view backend() const override { return "sqlite"; }

  int schema_version() override {
    Query query(*this, Sql::read_schema_version);
    if (!query.step()) {
      throw StoreError(path_ + ": the schema_version table holds no row");
    }
    return query.integer(0);
  }

  void begin(bool write) override { Query(*this, write ? Sql::begin_write : Sql::begin_read).run(); }
  void commit() override { Query(*this, Sql::commit).run(); }
  void rollback() override {
    // After some errors SQLite has already rolled back; a second rollback
    // would only fail, and a caller's cleanup must not throw for that.
    if (sqlite3_get_autocommit(db_)) return;
    Query(*this, Sql::rollback).run();
  }

  RowId insert_zaaktype(const StoredZaaktype& zaaktype) override {
    Query query(*this, Sql::insert_zaaktype);
    query.bind(1, zaaktype.identificatie);
    query.bind(2, zaaktype.version);
    query.bind(3, zaaktype.definition_json);
    query.bind(4, zaaktype.strict);
    query.bind(5, zaaktype.deployed_at);
    query.bind(6, zaaktype.deployed_by);
    query.run();
    return sqlite3_last_insert_rowid(db_);
  }

  std::vector<StoredZaaktype> zaaktypen() override {
    Query query(*this, Sql::zaaktypen);
    std::vector<StoredZaaktype> rows;
    while (query.step()) rows.push_back(read_zaaktype(query));
    return rows;
  }

  std::optional<StoredZaaktype> zaaktype(RowId id) override {
    Query query(*this, Sql::zaaktype_by_id);
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    return read_zaaktype(query);
  }

  std::int64_t next_sequence(std::string_view name) override {
    Query query(*this, Sql::next_sequence);
    query.bind(1, name);
    if (!query.step()) {
      throw StoreError(path_ + ": the sequence '" + std::string(name) + "' returned no value");
    }
    const std::int64_t value = query.int64(0);
    query.run();
    return value;
  }

  RowId insert_zaak(const ZaakRow& zaak) override {
    Query query(*this, Sql::insert_zaak);
    bind_zaak(query, zaak);
    query.bind(24, zaak.version);
    query.run();
    return sqlite3_last_insert_rowid(db_);
  }

  std::optional<ZaakRow> find_zaak(std::string_view identificatie) override {
    Query query(*this, Sql::zaak_by_identificatie);
    query.bind(1, identificatie);
    if (!query.step()) return std::nullopt;
    return read_zaak(query);
  }

  std::optional<ZaakRow> zaak(RowId id) override {
    Query query(*this, Sql::zaak_by_id);
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    return read_zaak(query);
  }

  // BEGIN IMMEDIATE already holds the database's one write lock, so reading
  // the row is all the locking a zaak needs here.
  std::optional<ZaakRow> lock_zaak(std::string_view identificatie) override {
    return find_zaak(identificatie);
  }

  void update_zaak(const ZaakRow& zaak) override {
    for (const Sql form : {Sql::update_zaak_fields, Sql::update_zaak}) {
      Query query(*this, form);
      bind_zaak(query, zaak);
      query.bind(24, zaak.id);
      query.bind(25, zaak.version);
      query.run();
      if (sqlite3_changes(db_) > 0) return;
    }
    throw ConcurrentChange(path_ + ": zaak " + zaak.identificatie + " (id " +
                           std::to_string(zaak.id) + ") is no longer at version " +
                           std::to_string(zaak.version) +
                           ": another process changed it since it was read");
  }

  std::vector<ZaakRow> zaken(const ZaakFilter& filter) override {
    Query query(*this, Sql::zaken);
    query.bind(1, filter.zaaktype_id);
    query.bind(2, filter.statustype_uuid);
    query.bind(3, filter.open_only);
    std::vector<ZaakRow> rows;
    while (query.step()) rows.push_back(read_zaak(query));
    return rows;
  }

  std::vector<ZaakRow> deelzaken(RowId hoofdzaak_id) override {
    Query query(*this, Sql::deelzaken);
    query.bind(1, hoofdzaak_id);
    std::vector<ZaakRow> rows;
    while (query.step()) rows.push_back(read_zaak(query));
    return rows;
  }

  RowId insert_status(const StatusRow& status) override {
    Query query(*this, Sql::insert_status);
    query.bind(1, status.zaak_id);
    query.bind(2, status.statustype_uuid);
    query.bind(3, status.datum_status_gezet);
    query.bind(4, status.toelichting);
    query.bind(5, status.deviation);
    query.bind(6, status.previous_statustype_uuid);
    query.bind(7, status.gezet_door);
    query.run();
    return sqlite3_last_insert_rowid(db_);
  }

  std::vector<StatusRow> statuses(RowId zaak_id) override {
    Query query(*this, Sql::statuses);
    query.bind(1, zaak_id);
    return read_statuses(query);
  }

  std::vector<StatusRow> all_statuses(std::optional<RowId> zaaktype_id) override {
    if (zaaktype_id) {
      Query query(*this, Sql::all_statuses_of_zaaktype);
      query.bind(1, *zaaktype_id);
      return read_statuses(query);
    }
    Query query(*this, Sql::all_statuses);
    return read_statuses(query);
  }

  RowId insert_rol(const RolRow& rol) override {
    Query query(*this, Sql::insert_rol);
    query.bind(1, rol.zaak_id);
    query.bind(2, rol.roltype_uuid);
    query.bind(3, rol.omschrijving_generiek);
    query.bind(4, rol.betrokkene);
    query.run();
    return sqlite3_last_insert_rowid(db_);
  }

  std::vector<RolRow> rollen(RowId zaak_id) override {
    Query query(*this, Sql::rollen);
    query.bind(1, zaak_id);
    std::vector<RolRow> rows;
    while (query.step()) {
      RolRow& row = rows.emplace_back();
      row.id = query.int64(0);
      row.zaak_id = query.int64(1);
      row.roltype_uuid = query.text(2);
      row.omschrijving_generiek = query.text(3);
      row.betrokkene = query.text(4);
    }
    return rows;
  }

  void upsert_eigenschap(const EigenschapRow& eigenschap) override {
    Query query(*this, Sql::upsert_eigenschap);
    query.bind(1, eigenschap.zaak_id);
    query.bind(2, eigenschap.naam);
    query.bind(3, eigenschap.waarde);
    query.run();
  }

  std::vector<EigenschapRow> eigenschappen(RowId zaak_id) override {
    Query query(*this, Sql::eigenschappen);
    query.bind(1, zaak_id);
    std::vector<EigenschapRow> rows;
    while (query.step()) {
      EigenschapRow& row = rows.emplace_back();
      row.id = query.int64(0);
      row.zaak_id = query.int64(1);
      row.naam = query.text(2);
      row.waarde = query.text(3);
    }
    return rows;
  }

  RowId insert_document(const DocumentRow& document) override {
    Query query(*this, Sql::insert_document);
    query.bind(1, document.zaak_id);
    query.bind(2, document.informatieobjecttype_uuid);
    query.bind(3, document.titel);
    query.bind(4, document.registratiedatum);
    query.run();
    return sqlite3_last_insert_rowid(db_);
  }

  std::vector<DocumentRow> documenten(RowId zaak_id) override {
    Query query(*this, Sql::documenten);
    query.bind(1, zaak_id);
    std::vector<DocumentRow> rows;
    while (query.step()) {
      DocumentRow& row = rows.emplace_back();
      row.id = query.int64(0);
      row.zaak_id = query.int64(1);
      row.informatieobjecttype_uuid = query.text(2);
      row.titel = query.text(3);
      row.registratiedatum = query.timestamp(4, "document.registratiedatum");
    }
    return rows;
  }

  RowId insert_besluit(const BesluitRow& besluit) override {
    Query query(*this, Sql::insert_besluit);
    query.bind(1, besluit.zaak_id);
    query.bind(2, besluit.besluittype_uuid);
    query.bind(3, besluit.datum);
    query.bind(4, besluit.ingangsdatum);
    query.bind(5, besluit.vervaldatum);
    query.run();
    return sqlite3_last_insert_rowid(db_);
  }

  std::vector<BesluitRow> besluiten(RowId zaak_id) override {
    Query query(*this, Sql::besluiten);
    query.bind(1, zaak_id);
    std::vector<BesluitRow> rows;
    while (query.step()) {
      BesluitRow& row = rows.emplace_back();
      row.id = query.int64(0);
      row.zaak_id = query.int64(1);
      row.besluittype_uuid = query.text(2);
      row.datum = query.date(3, "besluit.datum");
      row.ingangsdatum = query.date(4, "besluit.ingangsdatum");
      row.vervaldatum = query.optional_date(5, "besluit.vervaldatum");
    }
    return rows;
  }

  RowId insert_audit(const AuditRow& audit) override {
    Query query(*this, Sql::insert_audit);
    query.bind(1, audit.zaak_id);
    query.bind(2, audit.at);
    query.bind(3, audit.user);
    query.bind(4, audit.action);
    query.bind(5, audit.old_value);
    query.bind(6, audit.new_value);
    query.run();
    return sqlite3_last_insert_rowid(db_);
  }

  std::vector<AuditRow> audit(RowId zaak_id) override {
    Query query(*this, Sql::audit);
    query.bind(1, zaak_id);
    std::vector<AuditRow> rows;
    while (query.step()) {
      AuditRow& row = rows.emplace_back();
      row.id = query.int64(0);
      row.zaak_id = query.optional_int64(1);
      row.at = query.timestamp(2, "audit.at");
      row.user = query.text(3);
      row.action = query.text(4);
      row.old_value = query.text(5);
      row.new_value = query.text(6);
    }
    return rows;
  }

 private:
  void open();
  void configure();
  void migrate();
  // Runs SQL text without a cached statement: only while opening.
  void exec(const std::string& sql, std::string_view what) {
    char* error = nullptr;
    const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
    sqlite3_free(error);
    if (rc != SQLITE_OK) fail(rc, what);
  }

  static StoredZaaktype read_zaaktype(const Query& query) {
    StoredZaaktype row;
    row.id = query.int64(0);
    row.identificatie = query.text(1);
    row.version = query.integer(2);
    row.definition_json = query.text(3);
    row.strict = query.boolean(4);
    row.deployed_at = query.timestamp(5, "zaaktype.deployed_at");
    row.deployed_by = query.text(6);
    return row;
  }

  // ?1..?23 in BLOKJES_ZAAK_COLUMNS order; insert and update share it.
  static void bind_zaak(Query& query, const ZaakRow& zaak) {
    query.bind(1, zaak.identificatie);
    query.bind(2, zaak.zaaktype_id);
    query.bind(3, zaak.hoofdzaak_id);
    query.bind(4, zaak.startdatum);
    query.bind(5, zaak.registratiedatum);
    query.bind(6, zaak.einddatum_gepland);
    query.bind(7, zaak.uiterlijke_einddatum_afdoening);
    query.bind(8, zaak.einddatum);
    query.bind(9, zaak.vertrouwelijkheidaanduiding);
    query.bind(10, zaak.statustype_uuid);
    query.bind(11, zaak.status_datum);
    query.bind(12, zaak.resultaattype_uuid);
    query.bind(13, zaak.archiefnominatie);
    query.bind(14, zaak.archiefactiedatum);
    query.bind(15, zaak.startdatum_bewaartermijn);
    query.bind(16, zaak.brondatum);
    query.bind(17, zaak.opgeschort);
    query.bind(18, zaak.opschorting_reden);
    query.bind(19, zaak.opgeschort_sinds);
    query.bind(20, zaak.opgeschort_dagen);
    query.bind(21, zaak.verlengd);
    query.bind(22, zaak.verlenging_reden);
    query.bind(23, zaak.verlenging_duur);
  }

  // Column 0 is id, 1..23 as bind_zaak, 24 the version.
  static ZaakRow read_zaak(const Query& query) {
    ZaakRow row;
    row.id = query.int64(0);
    row.identificatie = query.text(1);
    row.zaaktype_id = query.int64(2);
    row.hoofdzaak_id = query.optional_int64(3);
    row.startdatum = query.date(4, "zaak.startdatum");
    row.registratiedatum = query.date(5, "zaak.registratiedatum");
    row.einddatum_gepland = query.optional_date(6, "zaak.einddatum_gepland");
    row.uiterlijke_einddatum_afdoening = query.optional_date(7, "zaak.uiterlijke_einddatum_afdoening");
    row.einddatum = query.optional_date(8, "zaak.einddatum");
    row.vertrouwelijkheidaanduiding = query.text(9);
    row.statustype_uuid = query.text(10);
    row.status_datum = query.optional_timestamp(11, "zaak.status_datum");
    row.resultaattype_uuid = query.text(12);
    row.archiefnominatie = query.text(13);
    row.archiefactiedatum = query.optional_date(14, "zaak.archiefactiedatum");
    row.startdatum_bewaartermijn = query.optional_date(15, "zaak.startdatum_bewaartermijn");
    row.brondatum = query.optional_date(16, "zaak.brondatum");
    row.opgeschort = query.boolean(17);
    row.opschorting_reden = query.text(18);
    row.opgeschort_sinds = query.optional_date(19, "zaak.opgeschort_sinds");
    row.opgeschort_dagen = query.integer(20);
    row.verlengd = query.boolean(21);
    row.verlenging_reden = query.text(22);
    row.verlenging_duur = query.text(23);
    row.version = query.int64(24);
    return row;
  }

  static std::vector<StatusRow> read_statuses(Query& query) {
    std::vector<StatusRow> rows;
    while (query.step()) {
      StatusRow& row = rows.emplace_back();
      row.id = query.int64(0);
      row.zaak_id = query.int64(1);
      row.statustype_uuid = query.text(2);
      row.datum_status_gezet = query.timestamp(3, "status.datum_status_gezet");
      row.toelichting = query.text(4);
      row.deviation = query.boolean(5);
      row.previous_statustype_uuid = query.text(6);
      row.gezet_door = query.text(7);
    }
    return rows;
  }

  std::string path_;
  SqliteOptions options_;
  sqlite3* db_ = nullptr;
  std::array<sqlite3_stmt*, static_cast<std::size_t>(Sql::count_)> statements_{};
};

Query::Query(SqliteStore& store, Sql id) : store_(store), id_(id), stmt_(store.statement(id)) {}

void Query::check(int rc) const {
  if (rc != SQLITE_OK) store_.fail(rc, kStatements[static_cast<std::size_t>(id_)].what);
}

bool Query::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  store_.fail(rc, kStatements[static_cast<std::size_t>(id_)].what);
}

void Query::bind(int index, const CalendarDate& date) {
  char text[kDateLength];
  if (!put_date(text, date)) {
    throw StoreError(store_.path() + ": " + kStatements[static_cast<std::size_t>(id_)].what +
                     ": the date " + std::to_string(date.year) + "-" + std::to_string(date.month) +
                     "-" + std::to_string(date.day) +
                     " does not fit the store's 'YYYY-MM-DD' text (years 0000 to 9999)");
  }
  check(sqlite3_bind_text(stmt_, index, text, kDateLength, SQLITE_TRANSIENT));
}

void Query::bind(int index, const Timestamp& moment) {
  char text[kTimestampLength];
  if (!put_timestamp(text, moment)) {
    throw StoreError(store_.path() + ": " + kStatements[static_cast<std::size_t>(id_)].what +
                     ": the moment " + std::to_string(moment.seconds_since_epoch) +
                     " s after 1970 does not fit the store's 'YYYY-MM-DDTHH:MM:SSZ' text "
                     "(years 0000 to 9999)");
  }
  check(sqlite3_bind_text(stmt_, index, text, kTimestampLength, SQLITE_TRANSIENT));
}

CalendarDate Query::date(int index, std::string_view column) const {
  const std::string_view text = column_view(index);
  const auto parsed = parse_calendar_date(text);
  if (!parsed) {
    throw StoreError(store_.path() + ": " + std::string(column) + " holds '" + std::string(text) +
                     "' where a date 'YYYY-MM-DD' was expected");
  }
  return *parsed;
}

Timestamp Query::timestamp(int index, std::string_view column) const {
  const std::string_view text = column_view(index);
  const auto parsed = parse_timestamp(text);
  if (!parsed) {
    throw StoreError(store_.path() + ": " + std::string(column) + " holds '" + std::string(text) +
                     "' where a moment 'YYYY-MM-DDTHH:MM:SSZ' was expected");
  }
  return *parsed;
}

void SqliteStore::open() {
  if (path_.empty()) {
    throw StoreError("SQLite store: an empty path names no database file");
  }
  const int rc = sqlite3_open_v2(path_.c_str(), &db_,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                 nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = sqlite_failure(path_, db_, rc, "cannot open the SQLite database",
                                               options_.busy_timeout_ms);
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw StoreError(message);
  }
  try {
    configure();
    migrate();
  } catch (...) {
    for (auto*& stmt : statements_) {
      sqlite3_finalize(stmt);
      stmt = nullptr;
    }
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw;
  }
}

void SqliteStore::configure() {
  sqlite3_busy_timeout(db_, options_.busy_timeout_ms);
  // The first statement that reads the file: a file that is not a database
  // fails here with SQLITE_NOTADB, which sqlite_failure names as such.
  std::string mode;
  {
    // Switching a new file to WAL needs an exclusive lock, and SQLite answers
    // SQLITE_BUSY at once instead of calling the busy handler when another
    // process is opening the same new file: wait here, up to the busy timeout.
    const auto give_up = std::chrono::steady_clock::now() +
                         std::chrono::milliseconds(options_.busy_timeout_ms);
    int rc = SQLITE_OK;
    for (;;) {
      sqlite3_stmt* stmt = nullptr;
      rc = sqlite3_prepare_v2(db_, "PRAGMA journal_mode=WAL", -1, &stmt, nullptr);
      if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
          mode = text ? text : "";
          rc = SQLITE_OK;
        }
      }
      sqlite3_finalize(stmt);
      const bool busy = rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
      if (!busy || std::chrono::steady_clock::now() >= give_up) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (rc != SQLITE_OK) fail(rc, "cannot switch to write-ahead logging (PRAGMA journal_mode=WAL)");
  }
  // In-memory databases (":memory:") report "memory" and have no second process to serve.
  if (mode != "wal" && mode != "memory") {
    throw StoreError(path_ + ": SQLite kept journal_mode '" + mode +
                     "' where 'wal' was asked; the store needs write-ahead logging so a reader "
                     "never waits for a writer (is the file on a file system without shared memory?)");
  }
  exec("PRAGMA foreign_keys=ON", "cannot turn on foreign keys");
  // A transaction here writes about five pages. At SQLite's default of a
  // checkpoint every 1000 WAL pages, every ~200th commit would pay the
  // checkpoint's fsyncs; every 10000 pages (about 40 MB of WAL) makes that
  // ten times rarer. A checkpoint only moves committed pages into the main
  // file, so this changes no commit's durability.
  exec("PRAGMA wal_autocheckpoint=10000", "cannot set PRAGMA wal_autocheckpoint");
  exec(options_.synchronous_full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL",
       "cannot set PRAGMA synchronous");
}

// Brings the file to kSchemaVersion in one write transaction, so two
// processes opening a new file at once migrate it once.
void SqliteStore::migrate() {
  exec("BEGIN IMMEDIATE", "cannot begin the schema migration");
  try {
    auto count = [&](const char* sql, std::string_view what) {
      sqlite3_stmt* stmt = nullptr;
      int rc = sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr);
      std::int64_t value = 0;
      if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
          value = sqlite3_column_int64(stmt, 0);
          rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
          value = -1;  // no row
          rc = SQLITE_OK;
        }
      }
      sqlite3_finalize(stmt);
      if (rc != SQLITE_OK) fail(rc, what);
      return value;
    };
    int version = 0;
    if (count("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
              "cannot read the schema") > 0) {
      const std::int64_t stored = count("SELECT version FROM schema_version", "cannot read the schema version");
      if (stored < 0) {
        throw StoreError(path_ + ": the schema_version table holds no row, so the schema's version "
                                 "is unknown");
      }
      version = static_cast<int>(stored);
    } else {
      const std::int64_t tables =
          count("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
                "cannot read the schema");
      if (tables > 0) {
        throw StoreError(path_ + ": a SQLite database, but not a Blokjessessie zaken store: it has " +
                         std::to_string(tables) + " table(s) and no schema_version table");
      }
    }
    if (version > kSchemaVersion) {
      throw StoreError(path_ + ": the database has schema version " + std::to_string(version) +
                       ", newer than version " + std::to_string(kSchemaVersion) +
                       " that this program knows; open it with a newer blokjes");
    }
    for (const auto& migration : schema_migrations()) {
      if (migration.version <= version) continue;
      exec(migration_sql(migration, SchemaDialect::sqlite),
           "cannot migrate the schema to version " + std::to_string(migration.version) + " (" +
               std::string(migration.summary) + ")");
      exec(schema_version_sql(migration.version), "cannot record the schema version");
    }
    exec("COMMIT", "cannot commit the schema migration");
  } catch (...) {
    if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

}  // namespace

// [OPEN]
std::unique_ptr<Store> open_sqlite_store(const std::string& path, SqliteOptions options) {
  return std::make_unique<SqliteStore>(path, options);
}

}  // namespace blokjes::engine
