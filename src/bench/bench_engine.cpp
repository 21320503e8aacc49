// blokjes-bench engine: completed zaken per second through the engine's
// public API, each step its own committed transaction with its audit row,
// beside a raw SQLite loop doing the same commits on the same schema (the
// floor), so the cost of the rules and the store layer is visible.
//
// [SECTION] The zaaktype: 6 statustypen, one initiator, one resultaat
// [SECTION] Timing per step
// [SECTION] Through the engine
// [SECTION] The raw SQLite floor: the store's schema, read back
// [SECTION] The raw SQLite floor: the loop
// [SECTION] The subcommand

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "bench_commands.h"
#include "engine/engine.h"
#include "engine/postgresql_store.h"
#include "engine/sqlite_store.h"

namespace blokjes::bench {
namespace {

using namespace blokjes::engine;

// [SECTION] The zaaktype: 6 statustypen, one initiator, one resultaat
constexpr const char* kZaaktype = "BENCH-6";
constexpr int kStatustypen = 6;
// create + 5 statuses + rol + resultaat + eindstatus
constexpr int kCommitsPerCase = 9;

std::string bench_uuid(int group, int number) {
  char text[40];
  std::snprintf(text, sizeof text, "b0000000-0000-4000-8000-%04d%08d", group, number);
  return text;
}

ZaaktypeDefinition bench_zaaktype() {
  ZaaktypeDefinition d;
  d.uuid = bench_uuid(1, 1);
  d.url = "http://localhost/catalogi/api/v1/zaaktypen/" + d.uuid;
  d.identificatie = kZaaktype;
  d.omschrijving = "Benchmark: zes statussen";
  d.versiedatum = "2026-01-01";
  d.doorlooptijd = "P8W";
  d.servicenorm = "P6W";
  d.vertrouwelijkheidaanduiding = "openbaar";
  const std::array<const char*, kStatustypen> names = {
      "Ontvangen", "In behandeling", "Advies gevraagd", "Besluit voorbereid", "Besluit genomen",
      "Afgehandeld"};
  for (int i = 0; i < kStatustypen; ++i) {
    d.statustypen.push_back({bench_uuid(2, i + 1), names[static_cast<std::size_t>(i)], i + 1,
                             "s" + std::to_string(i + 1)});
  }
  d.roltypen.push_back({bench_uuid(3, 1), "Aanvrager", "initiator"});
  ResultaattypeDefinition resultaat;
  resultaat.uuid = bench_uuid(4, 1);
  resultaat.omschrijving = "Verleend";
  resultaat.archiefnominatie = "vernietigen";
  resultaat.archiefactietermijn = "P5Y";
  resultaat.brondatum.afleidingswijze = "afgehandeld";
  d.resultaattypen.push_back(resultaat);
  // A linear process, as `blokjes import` draws Catalogi objects.
  d.graph = linear_graph(d.statustypen);
  return d;
}

// [SECTION] Timing per step
// Where a case's time goes, per kind of commit, so the table shows which
// step the engine spends its margin on.
enum Step { step_create, step_status, step_rol, step_resultaat, step_close, step_count };
constexpr std::array<const char*, step_count> kStepNames = {"create", "status (x5)", "rol",
                                                            "resultaat", "eindstatus"};

struct RunResult {
  std::string label;
  int cases = 0;
  double ms = 0;
  // CPU time of the run: on a shared machine the wall time also holds the
  // waits for a core, this only the work (ours and the kernel's writes).
  double cpu_ms = 0;
  std::array<double, step_count> step_ms{};
  double cases_per_s() const { return ms > 0 ? cases * 1000.0 / ms : 0; }
  double cases_per_cpu_s() const { return cpu_ms > 0 ? cases * 1000.0 / cpu_ms : 0; }
};

class StepTimer {
 public:
  explicit StepTimer(RunResult& result) : result_(result) {}
  template <typename F>
  void time(Step step, F&& work) {
    const double start = wall_ms();
    work();
    result_.step_ms[step] += wall_ms() - start;
  }

 private:
  RunResult& result_;
};

// [SECTION] Through the engine
// Deploys the zaaktype (outside the timing) and walks `cases` zaken to
// closure. The clock moves a minute per step, so every status has its own
// moment and none is in the future.
// By default each step returns the zaak's own fields only
// (EngineOptions::full_results false, what bulk loads use); `full_results`
// measures the whole zaak as show() gives it, with its extra queries.
RunResult run_engine(Store& store, const std::string& label, int cases, bool full_results = false) {
  FixedClock clock(Timestamp::at_start_of(CalendarDate{2026, 1, 5}));
  EngineOptions options;
  options.full_results = full_results;
  Engine engine(store, clock, options);
  const Actor actor{"bench", Vertrouwelijkheid::zeer_geheim};
  const auto definition = bench_zaaktype();
  engine.deploy({definition}, DeployOptions{}, actor);
  std::vector<std::string> statustypen;
  for (const auto& statustype : definition.statustypen) statustypen.push_back(statustype.omschrijving);

  RunResult result;
  result.label = label;
  result.cases = cases;
  StepTimer timer(result);
  CreateZaak request;
  request.zaaktype = kZaaktype;
  const double start_cpu = process_cpu_ms();
  const double start = wall_ms();
  for (int c = 0; c < cases; ++c) {
    std::string zaak;
    timer.time(step_create, [&] { zaak = engine.create(request, actor).identificatie; });
    for (int s = 0; s < kStatustypen - 1; ++s) {
      clock.advance_seconds(60);
      timer.time(step_status, [&] { engine.set_status(zaak, statustypen[s], std::nullopt, actor); });
    }
    timer.time(step_rol, [&] { engine.add_rol(zaak, "Aanvrager", "burger-" + zaak, actor); });
    timer.time(step_resultaat, [&] { engine.set_resultaat(zaak, "Verleend", actor); });
    clock.advance_seconds(60);
    timer.time(step_close, [&] {
      const auto closed = engine.set_status(zaak, statustypen.back(), std::nullopt, actor);
      if (!closed.closed()) {
        throw std::runtime_error("engine bench: zaak " + zaak + " is not closed after its eindstatus");
      }
    });
  }
  result.ms = wall_ms() - start;
  result.cpu_ms = process_cpu_ms() - start_cpu;
  return result;
}

RunResult run_engine_sqlite(const std::filesystem::path& file, bool synchronous_full, int cases,
                            bool full_results = false) {
  SqliteOptions options;
  options.synchronous_full = synchronous_full;
  auto store = open_sqlite_store(file.string(), options);
  std::string label = synchronous_full ? "engine, SQLite FULL" : "engine, SQLite NORMAL";
  if (full_results) label += ", full";
  return run_engine(*store, label, cases, full_results);
}

// [SECTION] The raw SQLite floor: the store's schema, read back
// The raw loop writes into the very tables the store created, so it finds
// them by what they hold (a zaak table has identificatie and zaaktype_id, a
// status table datum_status_gezet, ...) and binds each column from the row
// struct's member of the same name, in the column's declared type.

class RawError : public std::runtime_error {
 public:
  RawError(sqlite3* db, const std::string& what)
      : std::runtime_error("engine bench, raw SQLite: " + what + ": " + sqlite3_errmsg(db)) {}
};

struct Column {
  std::string name;
  std::string type;  // declared, upper case
  bool not_null = false;
  bool has_default = false;
  bool primary_key = false;
};

struct Table {
  std::string name;
  std::vector<Column> columns;
  bool has(std::string_view column) const {
    for (const auto& c : columns) {
      if (c.name == column) return true;
    }
    return false;
  }
};

using Value = std::variant<std::monostate, std::int64_t, std::string, CalendarDate, Timestamp, bool>;

class RawStatement {
 public:
  RawStatement(sqlite3* db, const std::string& sql) : db_(db) {
    if (sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &statement_, nullptr) !=
        SQLITE_OK) {
      throw RawError(db, "cannot prepare `" + sql + "`");
    }
  }
  RawStatement(const RawStatement&) = delete;
  RawStatement& operator=(const RawStatement&) = delete;
  ~RawStatement() { sqlite3_finalize(statement_); }

  sqlite3_stmt* get() const { return statement_; }
  // Steps to the end; returns the first row's first column when there is one.
  std::optional<std::int64_t> run() {
    std::optional<std::int64_t> first;
    for (;;) {
      const int rc = sqlite3_step(statement_);
      if (rc == SQLITE_ROW) {
        if (!first) first = sqlite3_column_int64(statement_, 0);
        continue;
      }
      sqlite3_reset(statement_);
      sqlite3_clear_bindings(statement_);
      if (rc != SQLITE_DONE) throw RawError(db_, "step failed");
      return first;
    }
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* statement_ = nullptr;
};

void bind_value(sqlite3_stmt* statement, int index, const Column& column, const Value& value) {
  const bool integer_column = column.type.find("INT") != std::string::npos;
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          if (column.not_null) {
            if (integer_column) {
              sqlite3_bind_int64(statement, index, 0);
            } else {
              sqlite3_bind_text(statement, index, "", 0, SQLITE_STATIC);
            }
          } else {
            sqlite3_bind_null(statement, index);
          }
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          sqlite3_bind_int64(statement, index, v);
        } else if constexpr (std::is_same_v<T, bool>) {
          sqlite3_bind_int(statement, index, v ? 1 : 0);
        } else if constexpr (std::is_same_v<T, std::string>) {
          sqlite3_bind_text(statement, index, v.c_str(), static_cast<int>(v.size()),
                            SQLITE_TRANSIENT);
        } else if constexpr (std::is_same_v<T, CalendarDate>) {
          if (integer_column) {
            sqlite3_bind_int64(statement, index, v.days_since_epoch());
          } else {
            const auto text = v.iso();
            sqlite3_bind_text(statement, index, text.c_str(), -1, SQLITE_TRANSIENT);
          }
        } else if constexpr (std::is_same_v<T, Timestamp>) {
          if (integer_column) {
            sqlite3_bind_int64(statement, index, v.seconds_since_epoch);
          } else {
            const auto text = v.iso();
            sqlite3_bind_text(statement, index, text.c_str(), -1, SQLITE_TRANSIENT);
          }
        }
      },
      value);
}

template <typename T>
Value optional_value(const std::optional<T>& value) {
  if (!value) return std::monostate{};
  return *value;
}

// A record member by its column name, read without building anything per
// row but the one value: the floor should cost no more than it must.
template <typename Row>
struct Member {
  const char* column;
  Value (*get)(const Row&);
};

const std::vector<Member<ZaakRow>>& zaak_members() {
  using R = ZaakRow;
  static const std::vector<Member<R>> members = {
      {"identificatie", [](const R& z) -> Value { return z.identificatie; }},
      {"zaaktype_id", [](const R& z) -> Value { return z.zaaktype_id; }},
      {"hoofdzaak_id", [](const R& z) { return optional_value(z.hoofdzaak_id); }},
      {"startdatum", [](const R& z) -> Value { return z.startdatum; }},
      {"registratiedatum", [](const R& z) -> Value { return z.registratiedatum; }},
      {"einddatum_gepland", [](const R& z) { return optional_value(z.einddatum_gepland); }},
      {"uiterlijke_einddatum_afdoening",
       [](const R& z) { return optional_value(z.uiterlijke_einddatum_afdoening); }},
      {"einddatum", [](const R& z) { return optional_value(z.einddatum); }},
      {"vertrouwelijkheidaanduiding", [](const R& z) -> Value { return z.vertrouwelijkheidaanduiding; }},
      {"statustype_uuid", [](const R& z) -> Value { return z.statustype_uuid; }},
      {"status_datum", [](const R& z) { return optional_value(z.status_datum); }},
      {"resultaattype_uuid", [](const R& z) -> Value { return z.resultaattype_uuid; }},
      {"archiefnominatie", [](const R& z) -> Value { return z.archiefnominatie; }},
      {"archiefactiedatum", [](const R& z) { return optional_value(z.archiefactiedatum); }},
      {"startdatum_bewaartermijn", [](const R& z) { return optional_value(z.startdatum_bewaartermijn); }},
      {"brondatum", [](const R& z) { return optional_value(z.brondatum); }},
      {"opgeschort", [](const R& z) -> Value { return z.opgeschort; }},
      {"opschorting_reden", [](const R& z) -> Value { return z.opschorting_reden; }},
      {"opgeschort_sinds", [](const R& z) { return optional_value(z.opgeschort_sinds); }},
      {"opgeschort_dagen", [](const R& z) -> Value { return std::int64_t{z.opgeschort_dagen}; }},
      {"verlengd", [](const R& z) -> Value { return z.verlengd; }},
      {"verlenging_reden", [](const R& z) -> Value { return z.verlenging_reden; }},
      {"verlenging_duur", [](const R& z) -> Value { return z.verlenging_duur; }},
      {"version", [](const R& z) -> Value { return z.version; }}};
  return members;
}

const std::vector<Member<StatusRow>>& status_members() {
  using R = StatusRow;
  static const std::vector<Member<R>> members = {
      {"zaak_id", [](const R& s) -> Value { return s.zaak_id; }},
      {"statustype_uuid", [](const R& s) -> Value { return s.statustype_uuid; }},
      {"datum_status_gezet", [](const R& s) -> Value { return s.datum_status_gezet; }},
      {"toelichting", [](const R& s) -> Value { return s.toelichting; }},
      {"deviation", [](const R& s) -> Value { return s.deviation; }},
      {"previous_statustype_uuid", [](const R& s) -> Value { return s.previous_statustype_uuid; }},
      {"gezet_door", [](const R& s) -> Value { return s.gezet_door; }}};
  return members;
}

const std::vector<Member<RolRow>>& rol_members() {
  using R = RolRow;
  static const std::vector<Member<R>> members = {
      {"zaak_id", [](const R& r) -> Value { return r.zaak_id; }},
      {"roltype_uuid", [](const R& r) -> Value { return r.roltype_uuid; }},
      {"omschrijving_generiek", [](const R& r) -> Value { return r.omschrijving_generiek; }},
      {"betrokkene", [](const R& r) -> Value { return r.betrokkene; }}};
  return members;
}

const std::vector<Member<AuditRow>>& audit_members() {
  using R = AuditRow;
  // The user column may be spelled otherwise where "user" is a keyword.
  static const std::vector<Member<R>> members = {
      {"zaak_id", [](const R& a) { return optional_value(a.zaak_id); }},
      {"at", [](const R& a) -> Value { return a.at; }},
      {"user", [](const R& a) -> Value { return a.user; }},
      {"user_name", [](const R& a) -> Value { return a.user; }},
      {"action", [](const R& a) -> Value { return a.action; }},
      {"old_value", [](const R& a) -> Value { return a.old_value; }},
      {"new_value", [](const R& a) -> Value { return a.new_value; }}};
  return members;
}

template <typename Row>
const Member<Row>* member_for(const std::vector<Member<Row>>& members, std::string_view column) {
  for (const auto& member : members) {
    if (member.column == column) return &member;
  }
  return nullptr;
}

std::string upper(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

std::vector<Table> read_schema(sqlite3* db) {
  std::vector<Table> tables;
  RawStatement names(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  while (sqlite3_step(names.get()) == SQLITE_ROW) {
    tables.push_back({reinterpret_cast<const char*>(sqlite3_column_text(names.get(), 0)), {}});
  }
  sqlite3_reset(names.get());
  for (auto& table : tables) {
    RawStatement info(db, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)");
    sqlite3_bind_text(info.get(), 1, table.name.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(info.get()) == SQLITE_ROW) {
      Column column;
      column.name = reinterpret_cast<const char*>(sqlite3_column_text(info.get(), 0));
      column.type = upper(reinterpret_cast<const char*>(sqlite3_column_text(info.get(), 1)));
      column.not_null = sqlite3_column_int(info.get(), 2) != 0;
      column.has_default = sqlite3_column_type(info.get(), 3) != SQLITE_NULL;
      column.primary_key = sqlite3_column_int(info.get(), 4) != 0;
      table.columns.push_back(column);
    }
  }
  return tables;
}

const Table& table_with(const std::vector<Table>& tables, std::initializer_list<const char*> columns,
                        const char* what) {
  for (const auto& table : tables) {
    bool all = true;
    for (const char* column : columns) all = all && table.has(column);
    if (all) return table;
  }
  std::string list;
  for (const auto& table : tables) list += " " + table.name;
  throw std::runtime_error(std::string("engine bench: no table of the store holds ") + what +
                           " (tables:" + list + ")");
}

// An INSERT of every column but the row id, each bound from the row member
// of the same name; a column no member names gets its default (or an empty
// value when it has none), and is reported once so a schema change is noticed.
template <typename Row>
class RawInsert {
 public:
  RawInsert(sqlite3* db, const Table& table, const std::vector<Member<Row>>& members) : db_(db) {
    std::string names, marks;
    for (const auto& column : table.columns) {
      if (column.primary_key && column.type.find("INT") != std::string::npos) continue;
      const auto* member = member_for(members, column.name);
      if (!member) {
        std::cerr << "engine bench: raw " << table.name << "." << column.name
                  << " has no matching row member; it gets "
                  << (column.has_default ? "its default" : "an empty value") << '\n';
        if (column.has_default) continue;
      }
      columns_.push_back({column, member});
      names += (names.empty() ? "" : ", ") + ("\"" + column.name + "\"");
      marks += marks.empty() ? "?" : ", ?";
    }
    statement_ = std::make_unique<RawStatement>(
        db, "INSERT INTO \"" + table.name + "\" (" + names + ") VALUES (" + marks + ")");
  }
  std::int64_t run(const Row& row) {
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      const auto& [column, member] = columns_[i];
      bind_value(statement_->get(), static_cast<int>(i) + 1, column,
                 member ? member->get(row) : Value{});
    }
    statement_->run();
    return sqlite3_last_insert_rowid(db_);
  }

 private:
  sqlite3* db_;
  std::vector<std::pair<Column, const Member<Row>*>> columns_;
  std::unique_ptr<RawStatement> statement_;
};

// update_zaak's usual statement, as the SQLite store has it: every column
// but the three that rarely change (identificatie, zaaktype_id, hoofdzaak_id),
// which it checks in WHERE instead, since naming them in SET makes SQLite
// rewrite their indexes; the version bumped where the stored one is still
// the one read.
class RawZaakUpdate {
 public:
  RawZaakUpdate(sqlite3* db, const Table& table) : db_(db) {
    std::string sets, checks;
    for (const auto& column : table.columns) {
      const auto* member = member_for(zaak_members(), column.name);
      if (column.primary_key || column.name == "version" || !member) continue;
      const bool rarely_changed = column.name == "identificatie" || column.name == "zaaktype_id" ||
                                  column.name == "hoofdzaak_id";
      if (rarely_changed) {
        check_columns_.push_back({column, member});
        checks += " AND \"" + column.name + "\" IS ?";
      } else {
        set_columns_.push_back({column, member});
        sets += (sets.empty() ? "\"" : ", \"") + column.name + "\" = ?";
      }
    }
    statement_ = std::make_unique<RawStatement>(
        db, "UPDATE \"" + table.name + "\" SET " + sets +
                ", version = version + 1 WHERE id = ? AND version = ?" + checks);
  }
  void run(ZaakRow& zaak) {
    int index = 1;
    for (const auto& [column, member] : set_columns_) {
      bind_value(statement_->get(), index++, column, member->get(zaak));
    }
    sqlite3_bind_int64(statement_->get(), index++, zaak.id);
    sqlite3_bind_int64(statement_->get(), index++, zaak.version);
    for (const auto& [column, member] : check_columns_) {
      bind_value(statement_->get(), index++, column, member->get(zaak));
    }
    statement_->run();
    if (sqlite3_changes(db_) != 1) throw RawError(db_, "zaak " + zaak.identificatie + " changed");
    ++zaak.version;
  }

 private:
  sqlite3* db_;
  std::vector<std::pair<Column, const Member<ZaakRow>*>> set_columns_;
  std::vector<std::pair<Column, const Member<ZaakRow>*>> check_columns_;
  std::unique_ptr<RawStatement> statement_;
};

// next_sequence: a table of named counters, when the store keeps one.
class RawSequence {
 public:
  RawSequence(sqlite3* db, const std::vector<Table>& tables) {
    for (const auto& table : tables) {
      if (table.name.find("seq") == std::string::npos) continue;
      std::string name, value;
      for (const auto& column : table.columns) {
        const bool integer = column.type.find("INT") != std::string::npos;
        if (!integer && name.empty()) name = column.name;
        if (integer && !column.primary_key && value.empty()) value = column.name;
      }
      if (name.empty() || value.empty()) continue;
      bump_ = std::make_unique<RawStatement>(db, "UPDATE \"" + table.name + "\" SET \"" + value +
                                                     "\" = \"" + value + "\" + 1 WHERE \"" + name +
                                                     "\" = ? RETURNING \"" + value + "\"");
      first_ = std::make_unique<RawStatement>(
          db, "INSERT INTO \"" + table.name + "\" (\"" + name + "\", \"" + value + "\") VALUES (?, 1)");
      return;
    }
    std::cerr << "engine bench: the store has no sequence table; the raw loop numbers zaken in memory\n";
  }
  std::int64_t next(const std::string& name, std::int64_t& fallback) {
    if (!bump_) return ++fallback;
    sqlite3_bind_text(bump_->get(), 1, name.c_str(), -1, SQLITE_TRANSIENT);
    if (const auto value = bump_->run()) return *value;
    sqlite3_bind_text(first_->get(), 1, name.c_str(), -1, SQLITE_TRANSIENT);
    first_->run();
    return 1;
  }

 private:
  std::unique_ptr<RawStatement> bump_;
  std::unique_ptr<RawStatement> first_;
};

// [SECTION] The raw SQLite floor: the loop
// The same commits as run_engine: BEGIN IMMEDIATE, the same rows inserted,
// the zaak row updated in full where the engine updates it (a status, the
// resultaat; not for a rol), one audit row each with JSON of the same shape,
// COMMIT; with prepared statements and no rules, no reads and no answer built.
RunResult run_raw_sqlite(const std::filesystem::path& file, int cases) {
  {
    // The store creates the schema; the zaaktype row the zaken point to
    // goes in through the store as a deploy would write it.
    auto store = open_sqlite_store(file.string());
    StoredZaaktype zaaktype;
    zaaktype.identificatie = kZaaktype;
    zaaktype.definition_json = to_json(bench_zaaktype()).dump();
    zaaktype.deployed_at = Timestamp::at_start_of(CalendarDate{2026, 1, 5});
    zaaktype.deployed_by = "bench";
    store->begin(true);
    store->insert_zaaktype(zaaktype);
    store->commit();
  }
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    throw std::runtime_error("engine bench: cannot open " + file.string());
  }
  std::unique_ptr<sqlite3, int (*)(sqlite3*)> closer(db, sqlite3_close_v2);
  const auto exec = [db](const std::string& sql) {
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
      throw RawError(db, "`" + sql + "` failed");
    }
  };
  exec("PRAGMA journal_mode = WAL");
  exec("PRAGMA synchronous = NORMAL");
  exec("PRAGMA foreign_keys = ON");
  exec("PRAGMA busy_timeout = 10000");
  // As the store sets it: a checkpoint every 10000 WAL pages, not 1000.
  exec("PRAGMA wal_autocheckpoint = 10000");

  const auto tables = read_schema(db);
  const auto& zaaktypen = table_with(tables, {"definition_json"}, "zaaktypen (definition_json)");
  const auto& zaken = table_with(tables, {"identificatie", "zaaktype_id", "startdatum"},
                                 "zaken (identificatie, zaaktype_id, startdatum)");
  const auto& statussen = table_with(tables, {"zaak_id", "datum_status_gezet"},
                                     "statuses (zaak_id, datum_status_gezet)");
  const auto& rollen = table_with(tables, {"zaak_id", "roltype_uuid"}, "rollen (zaak_id, roltype_uuid)");
  const auto& audit = table_with(tables, {"action", "old_value", "new_value"},
                                 "audit rows (action, old_value, new_value)");

  RawStatement zaaktype_id(db, "SELECT id FROM \"" + zaaktypen.name + "\" ORDER BY id DESC LIMIT 1");
  RawInsert<ZaakRow> insert_zaak(db, zaken, zaak_members());
  RawZaakUpdate update_zaak(db, zaken);
  RawInsert<StatusRow> insert_status(db, statussen, status_members());
  RawInsert<RolRow> insert_rol(db, rollen, rol_members());
  RawInsert<AuditRow> insert_audit(db, audit, audit_members());
  RawSequence sequence(db, tables);
  RawStatement begin(db, "BEGIN IMMEDIATE");
  RawStatement commit(db, "COMMIT");

  const auto definition = bench_zaaktype();
  const auto& resultaattype = definition.resultaattypen.front();
  const auto& roltype = definition.roltypen.front();
  const std::int64_t zaaktype_row = zaaktype_id.run().value_or(1);
  Timestamp now = Timestamp::at_start_of(CalendarDate{2026, 1, 5});
  const auto today = now.date();
  const auto start_plus = [&](const std::string& duration) {
    return add_duration(today, *parse_iso_duration(duration));
  };
  std::int64_t memory_sequence = 0;

  RunResult result;
  result.label = "raw SQLite NORMAL (floor)";
  result.cases = cases;
  StepTimer timer(result);
  const auto audit_row = [&](const ZaakRow& zaak, const char* action, std::string old_value,
                             std::string new_value) {
    AuditRow row;
    row.zaak_id = zaak.id;
    row.at = now;
    row.user = "bench";
    row.action = action;
    row.old_value = std::move(old_value);
    row.new_value = std::move(new_value);
    insert_audit.run(row);
  };
  const double start_cpu = process_cpu_ms();
  const double start = wall_ms();
  for (int c = 0; c < cases; ++c) {
    ZaakRow zaak;
    std::string previous_omschrijving;
    timer.time(step_create, [&] {
      begin.run();
      char identificatie[32];
      std::snprintf(identificatie, sizeof identificatie, "ZAAK-2026-%07lld",
                    static_cast<long long>(sequence.next("ZAAK-2026", memory_sequence)));
      zaak.identificatie = identificatie;
      zaak.zaaktype_id = zaaktype_row;
      zaak.startdatum = today;
      zaak.registratiedatum = today;
      zaak.einddatum_gepland = start_plus(*definition.servicenorm);
      zaak.uiterlijke_einddatum_afdoening = start_plus(definition.doorlooptijd);
      zaak.vertrouwelijkheidaanduiding = definition.vertrouwelijkheidaanduiding;
      zaak.id = insert_zaak.run(zaak);
      audit_row(zaak, "create", "",
                "{\"identificatie\":\"" + zaak.identificatie + "\",\"startdatum\":\"" + today.iso() +
                    "\",\"version\":1,\"zaaktype\":\"" + kZaaktype + "\"}");
      commit.run();
    });
    const auto set_status = [&](const StatustypeDefinition& statustype) {
      begin.run();
      StatusRow status;
      status.zaak_id = zaak.id;
      status.statustype_uuid = statustype.uuid;
      status.datum_status_gezet = now;
      status.previous_statustype_uuid = zaak.statustype_uuid;
      status.gezet_door = "bench";
      insert_status.run(status);
      const std::string old_value = "{\"status\":\"" + previous_omschrijving + "\"}";
      previous_omschrijving = statustype.omschrijving;
      zaak.statustype_uuid = statustype.uuid;
      zaak.status_datum = now;
      if (statustype.volgnummer == kStatustypen) {
        zaak.einddatum = now.date();
        zaak.archiefnominatie = resultaattype.archiefnominatie;
        zaak.brondatum = now.date();
        zaak.startdatum_bewaartermijn = now.date();
        zaak.archiefactiedatum = add_duration(now.date(), *parse_iso_duration(*resultaattype.archiefactietermijn));
      }
      update_zaak.run(zaak);
      std::string new_value = "{\"datum\":\"" + now.iso() + "\",\"status\":\"" + statustype.omschrijving + "\"";
      if (zaak.einddatum) {
        new_value += ",\"archiefactiedatum\":\"" + zaak.archiefactiedatum->iso() +
                     "\",\"archiefnominatie\":\"" + zaak.archiefnominatie + "\",\"einddatum\":\"" +
                     zaak.einddatum->iso() + "\"";
      }
      audit_row(zaak, "status", old_value, new_value + "}");
      commit.run();
    };
    for (int s = 0; s < kStatustypen - 1; ++s) {
      now.seconds_since_epoch += 60;
      timer.time(step_status, [&] { set_status(definition.statustypen[static_cast<std::size_t>(s)]); });
    }
    timer.time(step_rol, [&] {
      begin.run();
      RolRow rol;
      rol.zaak_id = zaak.id;
      rol.roltype_uuid = roltype.uuid;
      rol.omschrijving_generiek = roltype.omschrijving_generiek;
      rol.betrokkene = "burger-" + zaak.identificatie;
      insert_rol.run(rol);
      // As the engine does: a rol is a row of its own, the zaak row stays.
      audit_row(zaak, "rol", "", "{\"roltype\":\"Aanvrager\",\"betrokkene\":\"" + rol.betrokkene + "\"}");
      commit.run();
    });
    timer.time(step_resultaat, [&] {
      begin.run();
      zaak.resultaattype_uuid = resultaattype.uuid;
      update_zaak.run(zaak);
      audit_row(zaak, "resultaat", "", "{\"resultaat\":\"Verleend\"}");
      commit.run();
    });
    now.seconds_since_epoch += 60;
    timer.time(step_close, [&] { set_status(definition.statustypen.back()); });
  }
  result.ms = wall_ms() - start;
  result.cpu_ms = process_cpu_ms() - start_cpu;
  return result;
}

// [SECTION] The subcommand
struct EngineBenchOptions {
  int cases = 20000;
  // FULL waits for the disk at every commit (about 4 ms each here), so 20,000
  // zaken would take a quarter of an hour; the rate does not depend on N.
  int full_cases = 2000;
  std::string postgresql;  // URL; default: $BLOKJES_BENCH_POSTGRESQL
  int postgresql_cases = 2000;
};

void print_table(const std::vector<RunResult>& runs) {
  std::cerr << std::fixed << std::setprecision(1);
  std::cerr << "\n" << std::left << std::setw(28) << "run" << std::right << std::setw(9) << "cases"
            << std::setw(11) << "ms" << std::setw(11) << "cases/s" << std::setw(11) << "us/commit"
            << std::setw(11) << "cpu ms" << std::setw(13) << "cases/cpu-s";
  for (const char* step : kStepNames) std::cerr << std::setw(13) << step;
  std::cerr << "\n";
  for (const auto& run : runs) {
    std::cerr << std::left << std::setw(28) << run.label << std::right << std::setw(9) << run.cases
              << std::setw(11) << run.ms << std::setw(11) << run.cases_per_s() << std::setw(11)
              << run.ms * 1000.0 / (run.cases * kCommitsPerCase) << std::setw(11) << run.cpu_ms
              << std::setw(13) << run.cases_per_cpu_s();
    for (int step = 0; step < step_count; ++step) {
      // Microseconds per commit of that kind.
      const int per_case = step == step_status ? kStatustypen - 1 : 1;
      std::cerr << std::setw(13) << run.step_ms[step] * 1000.0 / (run.cases * per_case);
    }
    std::cerr << "\n";
  }
  std::cerr << "(step columns: wall microseconds per commit of that kind; \"full\": each step\n"
               " answers with the whole zaak, EngineOptions::full_results, not in the JSON)\n";
}

int run_engine_bench(const EngineBenchOptions& options) {
  if (options.cases < 1 || options.full_cases < 1 || options.postgresql_cases < 1) {
    throw std::runtime_error("engine bench: --cases, --full-cases and --postgresql-cases must be at least 1");
  }
  ScratchDirectory scratch;
  std::vector<RunResult> runs;
  std::cerr << "engine: " << options.cases << " zaken of " << kCommitsPerCase
            << " commits each, in " << scratch.path().string() << "\n";
  runs.push_back(run_raw_sqlite(scratch.path() / "raw-normal.db", options.cases));
  runs.push_back(run_engine_sqlite(scratch.path() / "engine-normal.db", false, options.cases));
  runs.push_back(run_engine_sqlite(scratch.path() / "engine-full.db", true,
                                   std::min(options.cases, options.full_cases)));
  // For comparison only: every step answering with the whole zaak.
  runs.push_back(run_engine_sqlite(scratch.path() / "engine-normal-full-results.db", false,
                                   options.cases, true));

  std::optional<double> postgresql;
  std::string url = options.postgresql;
  if (url.empty()) {
    if (const char* env = std::getenv("BLOKJES_BENCH_POSTGRESQL"); env && *env) url = env;
  }
  if (url.empty()) {
    std::cerr << "engine: no PostgreSQL measured (pass --postgresql URL or set "
                 "BLOKJES_BENCH_POSTGRESQL); cases_per_s_postgresql is null\n";
  } else {
    auto store = open_postgresql_store(url);
    runs.push_back(run_engine(*store, "engine, PostgreSQL", options.postgresql_cases));
    postgresql = runs.back().cases_per_s();
  }
  print_table(runs);

  const double floor = runs[0].cases_per_s();
  const double normal = runs[1].cases_per_s();
  const double full = runs[2].cases_per_s();
  std::cerr << "engine: NORMAL " << normal << " cases/s (goal >= 5000), " << normal / floor
            << " of the raw floor (goal >= 0.8); in CPU time "
            << runs[1].cases_per_cpu_s() / runs[0].cases_per_cpu_s() << " of the floor\n";
  nlohmann::ordered_json json;
  json["cases_per_s_normal"] = figure(normal);
  json["cases_per_s_full"] = figure(full);
  json["floor_cases_per_s_normal"] = figure(floor);
  json["ratio_normal_to_floor"] = figure(normal / floor);
  json["cases_per_s_postgresql"] = figure(postgresql);
  std::cout << json.dump() << std::endl;
  return kExitOk;
}

}  // namespace

Subcommand add_engine_command(CLI::App& root) {
  auto options = std::make_shared<EngineBenchOptions>();
  auto* app = root.add_subcommand(
      "engine", "Completed zaken per second through the case engine, SQLite NORMAL and FULL, "
                "beside a raw SQLite loop doing the same commits (and PostgreSQL when given)");
  app->add_option("--cases", options->cases, "Zaken to walk to closure per run")
      ->capture_default_str();
  app->add_option("--full-cases", options->full_cases,
                  "At most this many zaken for the synchronous=FULL run, which waits for the disk")
      ->capture_default_str();
  app->add_option("--postgresql", options->postgresql,
                  "PostgreSQL URL to measure too (default: $BLOKJES_BENCH_POSTGRESQL)");
  app->add_option("--postgresql-cases", options->postgresql_cases,
                  "Zaken for the PostgreSQL run, whose commits wait for the disk")
      ->capture_default_str();
  return {app, [options] { return run_engine_bench(*options); }};
}

}  // namespace blokjes::bench
