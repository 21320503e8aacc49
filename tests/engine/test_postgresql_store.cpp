// What only the PostgreSQL store has to get right: the schema in a schema of
// its own, migration and refusal of a newer version, every row type through
// real TEXT/BOOLEAN columns, and concurrency between separate connections
// (the version check, sequences, the row lock). The shared store tests
// (test_store.cpp) run on PostgreSQL too; these add the server's side.
// Without BLOKJES_TEST_POSTGRESQL the server tests return early; the URL
// tests need no server.
//
// [SECTIONS]
//   [HELPERS]
//   [OPENING]       bad URLs, the password never in a message
//   [SCHEMA]        tables in the fresh schema, version, newer refused
//   [ROUND TRIP]    each row type, optional fields set and empty
//   [CONCURRENCY]   stale update, sequences from two connections, lock_zaak blocks

#include <catch2/catch.hpp>

#include <unistd.h>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <pqxx/pqxx>
#include <set>
#include <thread>

#include "engine/postgresql_store.h"
#include "store_fixture.h"

using namespace blokjes::engine;
using namespace blokjes::engine::testing;

namespace {

// [HELPERS]
bool have_server() {
  const char* url = std::getenv("BLOKJES_TEST_POSTGRESQL");
  return url && *url;
}

CalendarDate date(const char* text) {
  return *parse_calendar_date(text);
}
Timestamp moment(const char* text) {
  return *parse_timestamp(text);
}

// The schema name the fixture put in the URL's search_path option.
std::string schema_of(const std::string& url) {
  const auto at = url.rfind("search_path%3D");
  REQUIRE(at != std::string::npos);
  return url.substr(at + 14);
}

RowId add_zaaktype(Store& store, const std::string& identificatie = "ZT-1", int version = 1) {
  StoredZaaktype z;
  z.identificatie = identificatie;
  z.version = version;
  z.definition_json = R"({"omschrijving":"Klacht","statustypen":[]})";
  z.strict = true;
  z.deployed_at = moment("2026-03-01T09:15:30Z");
  z.deployed_by = "beheerder";
  return store.insert_zaaktype(z);
}

ZaakRow full_zaak(RowId zaaktype_id, const std::string& identificatie) {
  ZaakRow z;
  z.identificatie = identificatie;
  z.zaaktype_id = zaaktype_id;
  z.startdatum = date("2024-02-29");
  z.registratiedatum = date("2024-03-01");
  z.einddatum_gepland = date("2024-04-11");
  z.uiterlijke_einddatum_afdoening = date("2024-04-25");
  z.einddatum = date("2024-04-20");
  z.vertrouwelijkheidaanduiding = "zaakvertrouwelijk";
  z.statustype_uuid = "9c1b0d6e-0000-4000-8000-000000000001";
  z.status_datum = moment("2024-04-20T13:45:07Z");
  z.resultaattype_uuid = "9c1b0d6e-0000-4000-8000-0000000000aa";
  z.archiefnominatie = "vernietigen";
  z.archiefactiedatum = date("2029-04-20");
  z.startdatum_bewaartermijn = date("2024-04-20");
  z.brondatum = date("2024-04-20");
  z.opgeschort = true;
  z.opschorting_reden = "wacht op aanvullende informatie — 'quotes' \"too\"";
  z.opgeschort_sinds = date("2024-03-15");
  z.opgeschort_dagen = 12;
  z.verlengd = true;
  z.verlenging_reden = "advies nodig";
  z.verlenging_duur = "P6W";
  z.version = 1;
  return z;
}

ZaakRow bare_zaak(RowId zaaktype_id, const std::string& identificatie) {
  ZaakRow z;
  z.identificatie = identificatie;
  z.zaaktype_id = zaaktype_id;
  z.startdatum = date("2026-01-31");
  z.registratiedatum = date("2026-01-31");
  z.vertrouwelijkheidaanduiding = "openbaar";
  return z;
}

void require_same(const ZaakRow& a, const ZaakRow& b) {
  CHECK(a.id == b.id);
  CHECK(a.identificatie == b.identificatie);
  CHECK(a.zaaktype_id == b.zaaktype_id);
  CHECK(a.hoofdzaak_id == b.hoofdzaak_id);
  CHECK(a.startdatum == b.startdatum);
  CHECK(a.registratiedatum == b.registratiedatum);
  CHECK(a.einddatum_gepland == b.einddatum_gepland);
  CHECK(a.uiterlijke_einddatum_afdoening == b.uiterlijke_einddatum_afdoening);
  CHECK(a.einddatum == b.einddatum);
  CHECK(a.vertrouwelijkheidaanduiding == b.vertrouwelijkheidaanduiding);
  CHECK(a.statustype_uuid == b.statustype_uuid);
  CHECK(a.status_datum == b.status_datum);
  CHECK(a.resultaattype_uuid == b.resultaattype_uuid);
  CHECK(a.archiefnominatie == b.archiefnominatie);
  CHECK(a.archiefactiedatum == b.archiefactiedatum);
  CHECK(a.startdatum_bewaartermijn == b.startdatum_bewaartermijn);
  CHECK(a.brondatum == b.brondatum);
  CHECK(a.opgeschort == b.opgeschort);
  CHECK(a.opschorting_reden == b.opschorting_reden);
  CHECK(a.opgeschort_sinds == b.opgeschort_sinds);
  CHECK(a.opgeschort_dagen == b.opgeschort_dagen);
  CHECK(a.verlengd == b.verlengd);
  CHECK(a.verlenging_reden == b.verlenging_reden);
  CHECK(a.verlenging_duur == b.verlenging_duur);
  CHECK(a.version == b.version);
}

ZaakFilter filter(std::optional<RowId> zaaktype_id, std::string statustype_uuid = "",
                  bool open_only = false) {
  ZaakFilter f;
  f.zaaktype_id = zaaktype_id;
  f.statustype_uuid = std::move(statustype_uuid);
  f.open_only = open_only;
  return f;
}

std::string message_of_opening(const std::string& url) {
  try {
    open_postgresql_store(url);
  } catch (const StoreError& error) {
    return error.what();
  }
  FAIL("opening " << url << " did not throw StoreError");
  return {};
}

}  // namespace

// [OPENING]
TEST_CASE("postgresql store: an unreachable server names the database, never the password",
          "[engine][postgresql]") {
  const auto message = message_of_opening(
      "postgresql://clerk:s3cr3t-word@/zaken_nowhere?host=/nonexistent-blokjes-dir&port=5999");
  CHECK(message.find("zaken_nowhere") != std::string::npos);
  CHECK(message.find("clerk") != std::string::npos);
  CHECK(message.find("s3cr3t-word") == std::string::npos);

  const auto in_query = message_of_opening(
      "postgresql:///zaken_nowhere?host=/nonexistent-blokjes-dir&password=hunter2&port=5999");
  CHECK(in_query.find("zaken_nowhere") != std::string::npos);
  CHECK(in_query.find("hunter2") == std::string::npos);

  // open_store routes both spellings of the scheme here, not to SQLite.
  const auto routed = message_of_opening("postgres://u:pw123@/zaken_nowhere?host=/nonexistent-x");
  CHECK(routed.find("PostgreSQL") != std::string::npos);
  CHECK(routed.find("pw123") == std::string::npos);
}

TEST_CASE(
    "postgresql store: a lost connection is a StoreError naming the database, then reconnects",
    "[engine][postgresql]") {
  if (!have_server()) return;
  // A name of its own, so only this store's session is ended, not those of
  // tests running beside it.
  const std::string name = "blokjes_lost_" + std::to_string(::getpid());
  const std::string url = fresh_postgresql_url() + "&application_name=" + name;
  auto store = open_postgresql_store(url);
  const auto zaaktype_id = add_zaaktype(*store);
  store->begin(true);
  store->insert_zaak(bare_zaak(zaaktype_id, "ZAAK-IN-FLIGHT"));
  {
    pqxx::connection admin(std::getenv("BLOKJES_TEST_POSTGRESQL"));
    pqxx::nontransaction work(admin);
    const auto ended = work.exec_params(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", name);
    REQUIRE(ended.size() == 1);
  }
  try {
    store->find_zaak("ZAAK-IN-FLIGHT");
    FAIL("a call on a terminated session succeeded");
  } catch (const ConcurrentChange&) {
    FAIL("a lost connection is not a concurrent change");
  } catch (const StoreError& error) {
    CHECK(std::string(error.what()).find("blokjes_test") != std::string::npos);
  }
  store->rollback();
  // The next call gets a new session (same URL, so the same schema); the
  // transaction that was open when the session ended left nothing.
  CHECK_FALSE(store->find_zaak("ZAAK-IN-FLIGHT"));
  CHECK(store->zaaktype(zaaktype_id));
  store->begin(true);
  store->insert_zaak(bare_zaak(zaaktype_id, "ZAAK-AFTER"));
  store->commit();
  CHECK(store->find_zaak("ZAAK-AFTER"));
}

// [SCHEMA]
TEST_CASE("postgresql store: a fresh schema gets every table, at the current version",
          "[engine][postgresql]") {
  if (!have_server()) return;
  const std::string url = fresh_postgresql_url();
  const std::string schema = schema_of(url);
  pqxx::connection admin(std::getenv("BLOKJES_TEST_POSTGRESQL"));
  pqxx::nontransaction work(admin);
  // Tables called zaak outside this test's schema (public, other tests'):
  // opening the store must add none there.
  const auto zaak_tables_elsewhere = [&] {
    return work
        .exec_params1(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema <> $1 "
            "AND table_name = 'zaak' AND table_schema NOT LIKE 't\\_%'",
            schema)[0]
        .as<int>();
  };
  const int elsewhere_before = zaak_tables_elsewhere();

  auto store = open_postgresql_store(url);
  CHECK(store->backend() == "postgresql");
  CHECK(store->schema_version() == kSchemaVersion);

  std::set<std::string> tables;
  for (const auto& row : work.exec_params(
           "SELECT table_name FROM information_schema.tables WHERE table_schema = $1", schema)) {
    tables.insert(row[0].as<std::string>());
  }
  const std::set<std::string> expected{"zaaktype",   "zaak",          "status",  "rol",
                                       "eigenschap", "document",      "besluit", "audit",
                                       "sequence",   "schema_version"};
  CHECK(tables == expected);
  // Nothing landed in public or elsewhere: the tables follow the search_path.
  CHECK(zaak_tables_elsewhere() == elsewhere_before);

  // Opening again migrates nothing and keeps the data.
  const auto zaaktype_id = add_zaaktype(*store);
  store.reset();
  auto again = open_postgresql_store(url);
  CHECK(again->schema_version() == kSchemaVersion);
  REQUIRE(again->zaaktype(zaaktype_id));
  CHECK(work.exec_params1("SELECT count(*) FROM " + schema + ".schema_version")[0].as<int>() == 1);
}

TEST_CASE("postgresql store: two stores opening one new schema at once both succeed",
          "[engine][postgresql]") {
  if (!have_server()) return;
  const std::string url = fresh_postgresql_url();
  std::atomic<int> opened{0};
  std::vector<std::string> errors(4);
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] {
      try {
        auto store = open_postgresql_store(url);
        if (store->schema_version() == kSchemaVersion) ++opened;
      } catch (const std::exception& error) {
        errors[i] = error.what();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (const auto& error : errors) CHECK(error == "");
  CHECK(opened == 4);
}

TEST_CASE("postgresql store: a schema at a newer version is refused", "[engine][postgresql]") {
  if (!have_server()) return;
  const std::string url = fresh_postgresql_url();
  open_postgresql_store(url);  // creates version kSchemaVersion
  {
    pqxx::connection admin(std::getenv("BLOKJES_TEST_POSTGRESQL"));
    pqxx::work work(admin);
    work.exec("UPDATE " + schema_of(url) +
              ".schema_version SET version = " + std::to_string(kSchemaVersion + 1));
    work.commit();
  }
  try {
    open_postgresql_store(url);
    FAIL("a newer schema version was accepted");
  } catch (const StoreError& error) {
    const std::string message = error.what();
    CHECK(message.find("version " + std::to_string(kSchemaVersion + 1)) != std::string::npos);
    CHECK(message.find(schema_of(url)) != std::string::npos);
  }
}

TEST_CASE("postgresql store: a schema with other tables and no version is not taken over",
          "[engine][postgresql]") {
  if (!have_server()) return;
  const std::string url = fresh_postgresql_url();
  {
    pqxx::connection admin(std::getenv("BLOKJES_TEST_POSTGRESQL"));
    pqxx::work work(admin);
    work.exec("CREATE TABLE " + schema_of(url) + ".zaak (id INTEGER)");
    work.commit();
  }
  REQUIRE_THROWS_WITH(open_postgresql_store(url), Catch::Contains("not a blokjes database"));
}

// [ROUND TRIP]
TEST_CASE("postgresql store: every row type comes back as written", "[engine][postgresql]") {
  if (!have_server()) return;
  auto store = open_postgresql_store(fresh_postgresql_url());

  SECTION("zaaktype") {
    const auto id = add_zaaktype(*store, "ZT-KLACHT", 3);
    const auto read = store->zaaktype(id);
    REQUIRE(read);
    CHECK(read->id == id);
    CHECK(read->identificatie == "ZT-KLACHT");
    CHECK(read->version == 3);
    CHECK(read->definition_json == R"({"omschrijving":"Klacht","statustypen":[]})");
    CHECK(read->strict);
    CHECK(read->deployed_at == moment("2026-03-01T09:15:30Z"));
    CHECK(read->deployed_by == "beheerder");
    CHECK_FALSE(store->zaaktype(id + 1000));
    add_zaaktype(*store, "ZT-KLACHT", 4);
    const auto all = store->zaaktypen();
    REQUIRE(all.size() == 2);
    CHECK(all[1].version == 4);
    // (identificatie, version) is unique; a second deploy of the same
    // version is what a concurrent deploy looks like, for the engine to retry.
    CHECK_THROWS_AS(add_zaaktype(*store, "ZT-KLACHT", 4), ConcurrentChange);
  }

  SECTION("zaak, with every optional field set and with none") {
    const auto zaaktype_id = add_zaaktype(*store);
    auto full = full_zaak(zaaktype_id, "ZAAK-2024-0000001");
    full.id = store->insert_zaak(full);
    auto bare = bare_zaak(zaaktype_id, "ZAAK-2026-0000002");
    bare.hoofdzaak_id = full.id;
    bare.id = store->insert_zaak(bare);

    auto read_full = store->find_zaak("ZAAK-2024-0000001");
    REQUIRE(read_full);
    require_same(*read_full, full);
    auto read_bare = store->zaak(bare.id);
    REQUIRE(read_bare);
    require_same(*read_bare, bare);
    CHECK_FALSE(read_bare->einddatum);
    CHECK_FALSE(read_bare->status_datum);
    CHECK_FALSE(store->find_zaak("ZAAK-0000-nope"));

    const auto deel = store->deelzaken(full.id);
    REQUIRE(deel.size() == 1);
    CHECK(deel[0].identificatie == "ZAAK-2026-0000002");

    // Filters: zaaktype, statustype, open only.
    CHECK(store->zaken({}).size() == 2);
    CHECK(store->zaken(filter(zaaktype_id)).size() == 2);
    CHECK(store->zaken(filter(zaaktype_id + 99)).empty());
    const auto by_status = store->zaken(filter(std::nullopt, full.statustype_uuid));
    REQUIRE(by_status.size() == 1);
    CHECK(by_status[0].id == full.id);
    const auto open = store->zaken(filter(std::nullopt, "", true));
    REQUIRE(open.size() == 1);
    CHECK(open[0].id == bare.id);

    // update_zaak writes every column and bumps the version.
    auto changed = *read_bare;
    changed.einddatum = date("2026-12-31");
    changed.status_datum = moment("2026-12-31T23:59:59Z");
    changed.opgeschort = true;
    changed.verlenging_duur = "P2M";
    store->update_zaak(changed);
    auto after = store->zaak(bare.id);
    REQUIRE(after);
    changed.version += 1;
    require_same(*after, changed);

    // A lone identificatie is unique.
    CHECK_THROWS_AS(store->insert_zaak(bare_zaak(zaaktype_id, "ZAAK-2024-0000001")), StoreError);
  }

  SECTION("status, rol, eigenschap, document, besluit, audit") {
    const auto zaaktype_id = add_zaaktype(*store);
    const auto zaak_id = store->insert_zaak(bare_zaak(zaaktype_id, "ZAAK-1"));
    const auto other_id = store->insert_zaak(bare_zaak(zaaktype_id, "ZAAK-2"));

    StatusRow s1{0,           zaak_id, "st-1", moment("2026-02-01T08:00:00Z"),
                 "ontvangen", false,   "",     "anna"};
    StatusRow s2{0, zaak_id, "st-3", moment("2026-02-03T10:30:00Z"), "", true, "st-1", "bert"};
    s1.id = store->insert_status(s1);
    s2.id = store->insert_status(s2);
    store->insert_status({0, other_id, "st-1", moment("2026-01-15T08:00:00Z"), "", false, "", "c"});
    const auto statuses = store->statuses(zaak_id);
    REQUIRE(statuses.size() == 2);
    CHECK(statuses[0].id == s1.id);
    CHECK(statuses[0].statustype_uuid == "st-1");
    CHECK(statuses[0].datum_status_gezet == s1.datum_status_gezet);
    CHECK(statuses[0].toelichting == "ontvangen");
    CHECK_FALSE(statuses[0].deviation);
    CHECK(statuses[0].gezet_door == "anna");
    CHECK(statuses[1].deviation);
    CHECK(statuses[1].previous_statustype_uuid == "st-1");
    // The event log: by zaak, then date.
    const auto every = store->all_statuses(std::nullopt);
    REQUIRE(every.size() == 3);
    CHECK(every[0].zaak_id == zaak_id);
    CHECK(every[2].zaak_id == other_id);
    CHECK(store->all_statuses(zaaktype_id).size() == 3);
    CHECK(store->all_statuses(zaaktype_id + 99).empty());

    const auto rol_id = store->insert_rol({0, zaak_id, "rt-1", "initiator", "J. Jansen"});
    const auto rollen = store->rollen(zaak_id);
    REQUIRE(rollen.size() == 1);
    CHECK(rollen[0].id == rol_id);
    CHECK(rollen[0].roltype_uuid == "rt-1");
    CHECK(rollen[0].omschrijving_generiek == "initiator");
    CHECK(rollen[0].betrokkene == "J. Jansen");

    store->upsert_eigenschap({0, zaak_id, "kenteken", "AB-12-CD"});
    store->upsert_eigenschap({0, zaak_id, "datum", "2026-05-01"});
    store->upsert_eigenschap({0, zaak_id, "kenteken", "XY-99-ZZ"});
    const auto eigenschappen = store->eigenschappen(zaak_id);
    REQUIRE(eigenschappen.size() == 2);
    CHECK(eigenschappen[0].naam == "kenteken");  // replaced in place, order kept
    CHECK(eigenschappen[0].waarde == "XY-99-ZZ");
    CHECK(eigenschappen[1].naam == "datum");
    CHECK(eigenschappen[1].zaak_id == zaak_id);

    store->insert_document({0, zaak_id, "iot-1", "Aanvraag.pdf", moment("2026-02-01T08:01:02Z")});
    const auto documenten = store->documenten(zaak_id);
    REQUIRE(documenten.size() == 1);
    CHECK(documenten[0].informatieobjecttype_uuid == "iot-1");
    CHECK(documenten[0].titel == "Aanvraag.pdf");
    CHECK(documenten[0].registratiedatum == moment("2026-02-01T08:01:02Z"));

    store->insert_besluit(
        {0, zaak_id, "bt-1", date("2026-03-01"), date("2026-03-02"), date("2028-02-29")});
    store->insert_besluit(
        {0, zaak_id, "bt-2", date("2026-03-05"), date("2026-03-05"), std::nullopt});
    const auto besluiten = store->besluiten(zaak_id);
    REQUIRE(besluiten.size() == 2);
    CHECK(besluiten[0].besluittype_uuid == "bt-1");
    CHECK(besluiten[0].datum == date("2026-03-01"));
    CHECK(besluiten[0].ingangsdatum == date("2026-03-02"));
    CHECK(besluiten[0].vervaldatum == date("2028-02-29"));
    CHECK_FALSE(besluiten[1].vervaldatum);

    store->insert_audit({0, std::nullopt, moment("2026-01-01T00:00:00Z"), "beheerder", "deploy", "",
                         R"({"zaaktype":"ZT-1"})"});
    const auto audit_id =
        store->insert_audit({0, zaak_id, moment("2026-02-01T08:00:00Z"), "anna", "status",
                             R"({"status":""})", R"({"status":"st-1"})"});
    const auto audit = store->audit(zaak_id);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].id == audit_id);
    CHECK(audit[0].zaak_id == zaak_id);
    CHECK(audit[0].at == moment("2026-02-01T08:00:00Z"));
    CHECK(audit[0].user == "anna");
    CHECK(audit[0].action == "status");
    CHECK(audit[0].old_value == R"({"status":""})");
    CHECK(audit[0].new_value == R"({"status":"st-1"})");

    // Children need their zaak.
    CHECK_THROWS_AS(store->insert_rol({0, zaak_id + 999, "rt-1", "initiator", "x"}), StoreError);
  }
}

TEST_CASE("postgresql store: a rolled back transaction leaves nothing; a read one sees a snapshot",
          "[engine][postgresql]") {
  if (!have_server()) return;
  const auto url = fresh_postgresql_url();
  auto store = open_postgresql_store(url);
  const auto zaaktype_id = add_zaaktype(*store);
  store->begin(true);
  store->insert_zaak(bare_zaak(zaaktype_id, "ZAAK-GONE"));
  CHECK(store->next_sequence("ZAAK-2026") == 1);
  store->rollback();
  CHECK_FALSE(store->find_zaak("ZAAK-GONE"));
  CHECK(store->next_sequence("ZAAK-2026") == 1);

  auto other = open_postgresql_store(url);
  store->begin(false);
  CHECK(store->zaken({}).empty());
  other->insert_zaak(bare_zaak(zaaktype_id, "ZAAK-LATER"));
  CHECK(store->zaken({}).empty());  // the snapshot of the read transaction
  store->commit();
  CHECK(store->zaken({}).size() == 1);

  CHECK_THROWS_AS(store->commit(), StoreError);  // nothing open
  store->begin(true);
  CHECK_THROWS_AS(store->begin(true), StoreError);  // already open
  store->rollback();
}

TEST_CASE("postgresql store: a write transaction is READ COMMITTED whatever the server's default",
          "[engine][postgresql]") {
  if (!have_server()) return;
  const auto url = fresh_postgresql_url();
  // The session default a DBA might set: each transaction one snapshot.
  auto writer = open_postgresql_store(url + "%20-cdefault_transaction_isolation%3Dserializable");
  auto other = open_postgresql_store(url);
  const auto zaaktype_id = add_zaaktype(*other);
  writer->begin(true);
  CHECK_FALSE(writer->find_zaak("ZAAK-MEANWHILE"));
  other->insert_zaak(bare_zaak(zaaktype_id, "ZAAK-MEANWHILE"));
  // READ COMMITTED: each statement sees what was committed before it.
  CHECK(writer->find_zaak("ZAAK-MEANWHILE"));
  writer->commit();
}

// [CONCURRENCY]
TEST_CASE("postgresql store: a stale update_zaak throws ConcurrentChange and changes nothing",
          "[engine][postgresql]") {
  if (!have_server()) return;
  const auto url = fresh_postgresql_url();
  auto first = open_postgresql_store(url);
  auto second = open_postgresql_store(url);
  const auto zaaktype_id = add_zaaktype(*first);
  first->insert_zaak(bare_zaak(zaaktype_id, "ZAAK-1"));

  auto mine = *first->find_zaak("ZAAK-1");
  auto theirs = *second->find_zaak("ZAAK-1");
  theirs.statustype_uuid = "theirs";
  second->update_zaak(theirs);
  mine.statustype_uuid = "mine";
  CHECK_THROWS_AS(first->update_zaak(mine), ConcurrentChange);
  const auto now = first->find_zaak("ZAAK-1");
  CHECK(now->statustype_uuid == "theirs");
  CHECK(now->version == 2);

  // Inside a transaction the same, and the transaction stays usable to roll back.
  first->begin(true);
  CHECK_THROWS_AS(first->update_zaak(mine), ConcurrentChange);
  first->rollback();
  auto fresh = *first->find_zaak("ZAAK-1");
  fresh.statustype_uuid = "mine";
  first->update_zaak(fresh);
  CHECK(first->find_zaak("ZAAK-1")->version == 3);
}

TEST_CASE("postgresql store: next_sequence from two connections never repeats a number",
          "[engine][postgresql]") {
  if (!have_server()) return;
  const auto url = fresh_postgresql_url();
  constexpr int kEach = 150;
  std::vector<std::int64_t> numbers[2];
  std::string errors[2];
  {
    std::vector<std::thread> threads;
    for (int t = 0; t < 2; ++t) {
      threads.emplace_back([&, t] {
        try {
          auto store = open_postgresql_store(url);
          for (int i = 0; i < kEach; ++i) {
            // Half in explicit transactions, half in autocommit.
            if (i % 2) store->begin(true);
            numbers[t].push_back(store->next_sequence("ZAAK-2026"));
            if (i % 2) store->commit();
          }
        } catch (const std::exception& error) {
          errors[t] = error.what();
        }
      });
    }
    for (auto& thread : threads) thread.join();
  }
  CHECK(errors[0] == "");
  CHECK(errors[1] == "");
  std::vector<std::int64_t> all(numbers[0]);
  all.insert(all.end(), numbers[1].begin(), numbers[1].end());
  std::sort(all.begin(), all.end());
  REQUIRE(all.size() == 2 * kEach);
  CHECK(std::adjacent_find(all.begin(), all.end()) == all.end());
  CHECK(all.front() == 1);
  CHECK(all.back() == 2 * kEach);
  // Each connection's own numbers rise.
  for (const auto& own : numbers) CHECK(std::is_sorted(own.begin(), own.end()));
  // Another name counts from 1.
  CHECK(open_postgresql_store(url)->next_sequence("ZAAK-2027") == 1);
}

TEST_CASE("postgresql store: lock_zaak in one connection blocks another's until commit",
          "[engine][postgresql]") {
  if (!have_server()) return;
  const auto url = fresh_postgresql_url();
  auto first = open_postgresql_store(url);
  auto second = open_postgresql_store(url);
  const auto zaaktype_id = add_zaaktype(*first);
  first->insert_zaak(bare_zaak(zaaktype_id, "ZAAK-1"));

  first->begin(true);
  auto locked = first->lock_zaak("ZAAK-1");
  REQUIRE(locked);

  std::atomic<bool> second_has_lock{false};
  std::optional<ZaakRow> seen_by_second;
  std::string error;
  std::thread waiter([&] {
    try {
      second->begin(true);
      seen_by_second = second->lock_zaak("ZAAK-1");
      second_has_lock = true;
      second->commit();
    } catch (const std::exception& e) {
      error = e.what();
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  CHECK_FALSE(second_has_lock);

  // The first writer changes the zaak and commits: the waiter then reads
  // that change, not the row as it was when it started waiting.
  locked->statustype_uuid = "after-first";
  first->update_zaak(*locked);
  first->commit();
  waiter.join();
  CHECK(error == "");
  CHECK(second_has_lock);
  REQUIRE(seen_by_second);
  CHECK(seen_by_second->statustype_uuid == "after-first");
  CHECK(seen_by_second->version == 2);

  // Outside a write transaction lock_zaak is a plain read and never waits.
  first->begin(true);
  first->lock_zaak("ZAAK-1");
  CHECK(second->lock_zaak("ZAAK-1"));
  second->begin(false);
  CHECK(second->lock_zaak("ZAAK-1"));
  second->commit();
  first->rollback();
}
