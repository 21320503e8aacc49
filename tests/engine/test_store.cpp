// The store on its own, against every backend test_backends() names: each
// row type goes in and comes back unchanged (optional fields set and empty),
// sequences count, update_zaak's version check, transactions, the schema
// version, and what a second connection sees. The SQLite-only part checks
// the file: a newer schema, a file that is not a database or not ours, the
// write lock's busy timeout.
//
// [SECTIONS]
//   [ROWS]          full and sparse rows to round-trip
//   [ROUND TRIP]    every row type, every backend
//   [RULES]         sequences, version check, rollback, uniqueness, foreign keys
//   [CONNECTIONS]   reopening, a second Store on the same database, snapshots
//   [SQLITE FILE]   schema version from the future, garbage, foreign databases, busy
//   [CRASH AND CONCURRENCY]  SIGKILL mid-write, two writers on one new file

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <atomic>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "engine/sqlite_store.h"
#include "engine/store.h"
#include "store_fixture.h"

using namespace blokjes::engine;
using blokjes::engine::testing::make_test_store;
using blokjes::engine::testing::test_backends;

namespace {

// [ROWS]
CalendarDate day(const char* text) {
  const auto parsed = parse_calendar_date(text);
  REQUIRE(parsed);
  return *parsed;
}

Timestamp moment(const char* text) {
  const auto parsed = parse_timestamp(text);
  REQUIRE(parsed);
  return *parsed;
}

StoredZaaktype a_zaaktype(const std::string& identificatie = "ZT-BEZWAAR", int version = 1) {
  StoredZaaktype zaaktype;
  zaaktype.identificatie = identificatie;
  zaaktype.version = version;
  zaaktype.definition_json = R"({"omschrijving":"Bezwaar","statustypen":[1,2,3]})";
  zaaktype.strict = true;
  zaaktype.deployed_at = moment("2026-03-02T09:15:30Z");
  zaaktype.deployed_by = "beheerder";
  return zaaktype;
}

// Every optional field empty, every text empty where a text may be.
ZaakRow a_sparse_zaak(RowId zaaktype_id, const std::string& identificatie) {
  ZaakRow zaak;
  zaak.identificatie = identificatie;
  zaak.zaaktype_id = zaaktype_id;
  zaak.startdatum = day("2026-03-02");
  zaak.registratiedatum = day("2026-03-03");
  zaak.vertrouwelijkheidaanduiding = "openbaar";
  return zaak;
}

// Every optional field set, every text non-empty, every flag true.
ZaakRow a_full_zaak(RowId zaaktype_id, RowId hoofdzaak_id, const std::string& identificatie) {
  ZaakRow zaak = a_sparse_zaak(zaaktype_id, identificatie);
  zaak.hoofdzaak_id = hoofdzaak_id;
  zaak.einddatum_gepland = day("2026-04-13");
  zaak.uiterlijke_einddatum_afdoening = day("2026-04-27");
  zaak.einddatum = day("2026-04-20");
  zaak.vertrouwelijkheidaanduiding = "zaakvertrouwelijk";
  zaak.statustype_uuid = "6b1e4c9a-0d52-4bd5-9e6c-1f2a3b4c5d6e";
  zaak.status_datum = moment("2026-04-20T16:45:59Z");
  zaak.resultaattype_uuid = "0c8a7f3e-11aa-4c2b-8d9e-aabbccddeeff";
  zaak.archiefnominatie = "vernietigen";
  zaak.archiefactiedatum = day("2036-04-20");
  zaak.startdatum_bewaartermijn = day("2026-04-20");
  zaak.brondatum = day("2026-04-20");
  zaak.opgeschort = true;
  zaak.opschorting_reden = "wacht op aanvulling van de burger";
  zaak.opgeschort_sinds = day("2026-03-10");
  zaak.opgeschort_dagen = 12;
  zaak.verlengd = true;
  zaak.verlenging_reden = "advies van de commissie";
  zaak.verlenging_duur = "P6W";
  zaak.version = 7;
  return zaak;
}

void check_same_zaak(const ZaakRow& got, const ZaakRow& want) {
  CHECK(got.identificatie == want.identificatie);
  CHECK(got.zaaktype_id == want.zaaktype_id);
  CHECK(got.hoofdzaak_id == want.hoofdzaak_id);
  CHECK(got.startdatum == want.startdatum);
  CHECK(got.registratiedatum == want.registratiedatum);
  CHECK(got.einddatum_gepland == want.einddatum_gepland);
  CHECK(got.uiterlijke_einddatum_afdoening == want.uiterlijke_einddatum_afdoening);
  CHECK(got.einddatum == want.einddatum);
  CHECK(got.vertrouwelijkheidaanduiding == want.vertrouwelijkheidaanduiding);
  CHECK(got.statustype_uuid == want.statustype_uuid);
  CHECK(got.status_datum == want.status_datum);
  CHECK(got.resultaattype_uuid == want.resultaattype_uuid);
  CHECK(got.archiefnominatie == want.archiefnominatie);
  CHECK(got.archiefactiedatum == want.archiefactiedatum);
  CHECK(got.startdatum_bewaartermijn == want.startdatum_bewaartermijn);
  CHECK(got.brondatum == want.brondatum);
  CHECK(got.opgeschort == want.opgeschort);
  CHECK(got.opschorting_reden == want.opschorting_reden);
  CHECK(got.opgeschort_sinds == want.opgeschort_sinds);
  CHECK(got.opgeschort_dagen == want.opgeschort_dagen);
  CHECK(got.verlengd == want.verlengd);
  CHECK(got.verlenging_reden == want.verlenging_reden);
  CHECK(got.verlenging_duur == want.verlenging_duur);
  CHECK(got.version == want.version);
}

// A zaaktype and one zaak in a committed transaction: what most tests start from.
struct Seeded {
  RowId zaaktype_id = 0;
  RowId zaak_id = 0;
};

Seeded seed(Store& store, const std::string& identificatie = "ZAAK-2026-0000001") {
  Seeded seeded;
  store.begin(true);
  seeded.zaaktype_id = store.insert_zaaktype(a_zaaktype());
  seeded.zaak_id = store.insert_zaak(a_sparse_zaak(seeded.zaaktype_id, identificatie));
  store.commit();
  return seeded;
}

// This process's own directory for SQLite files, removed when the tests end.
const std::filesystem::path& sqlite_test_dir() {
  struct Dir {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("blokjes-store-test-" + std::to_string(::getpid()));
    pid_t owner = ::getpid();
    ~Dir() {
      std::error_code ignored;
      if (::getpid() == owner) std::filesystem::remove_all(path, ignored);
    }
  };
  static const Dir dir;
  return dir.path;
}

std::string fresh_sqlite_path(const std::string& name) {
  const auto& dir = sqlite_test_dir();
  std::filesystem::create_directories(dir);
  const auto path = (dir / name).string();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return path;
}

// Raw sqlite3 on the file, as another program would touch it.
void raw_sql(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* error = nullptr;
  const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
  const std::string message = error ? error : "";
  sqlite3_free(error);
  sqlite3_close(db);
  INFO(message);
  REQUIRE(rc == SQLITE_OK);
}

}  // namespace

// [ROUND TRIP]
TEST_CASE("a new store is migrated to the schema version this program knows") {
  const auto backend = GENERATE(from_range(test_backends()));
  auto store = make_test_store(backend);
  CHECK(store->backend() == backend);
  CHECK(store->schema_version() == kSchemaVersion);
  store->begin(false);
  CHECK(store->zaaktypen().empty());
  CHECK(store->zaken({}).empty());
  store->commit();
}

TEST_CASE("zaaktypen come back as they were stored, every version") {
  const auto backend = GENERATE(from_range(test_backends()));
  auto store = make_test_store(backend);
  store->begin(true);
  auto first = a_zaaktype("ZT-BEZWAAR", 1);
  auto second = a_zaaktype("ZT-BEZWAAR", 2);
  second.strict = false;
  second.deployed_by = "";
  second.definition_json = "{}";
  first.id = store->insert_zaaktype(first);
  second.id = store->insert_zaaktype(second);
  store->commit();
  CHECK(first.id != second.id);

  store->begin(false);
  const auto all = store->zaaktypen();
  REQUIRE(all.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    const auto& want = i == 0 ? first : second;
    CHECK(all[i].id == want.id);
    CHECK(all[i].identificatie == want.identificatie);
    CHECK(all[i].version == want.version);
    CHECK(all[i].definition_json == want.definition_json);
    CHECK(all[i].strict == want.strict);
    CHECK(all[i].deployed_at == want.deployed_at);
    CHECK(all[i].deployed_by == want.deployed_by);
  }
  const auto one = store->zaaktype(second.id);
  REQUIRE(one);
  CHECK(one->version == 2);
  CHECK_FALSE(store->zaaktype(second.id + 1000));
  store->commit();
}

TEST_CASE("a zaak comes back with every field, optional ones set and empty") {
  const auto backend = GENERATE(from_range(test_backends()));
  auto store = make_test_store(backend);
  store->begin(true);
  const RowId zaaktype_id = store->insert_zaaktype(a_zaaktype());
  const ZaakRow sparse = a_sparse_zaak(zaaktype_id, "ZAAK-2026-0000001");
  const RowId sparse_id = store->insert_zaak(sparse);
  const ZaakRow full = a_full_zaak(zaaktype_id, sparse_id, "ZAAK-2026-0000002");
  const RowId full_id = store->insert_zaak(full);
  store->commit();

  store->begin(false);
  const auto got_sparse = store->zaak(sparse_id);
  REQUIRE(got_sparse);
  CHECK(got_sparse->id == sparse_id);
  check_same_zaak(*got_sparse, sparse);
  CHECK_FALSE(got_sparse->hoofdzaak_id);
  CHECK_FALSE(got_sparse->einddatum);
  CHECK_FALSE(got_sparse->status_datum);

  const auto got_full = store->find_zaak("ZAAK-2026-0000002");
  REQUIRE(got_full);
  CHECK(got_full->id == full_id);
  check_same_zaak(*got_full, full);
  CHECK_FALSE(store->find_zaak("ZAAK-2026-9999999"));
  CHECK_FALSE(store->zaak(full_id + 1000));
  store->commit();
}

TEST_CASE("statuses, rollen, eigenschappen, documenten, besluiten and audit rows round-trip") {
  const auto backend = GENERATE(from_range(test_backends()));
  auto store = make_test_store(backend);
  const auto seeded = seed(*store);

  store->begin(true);
  StatusRow first_status;
  first_status.zaak_id = seeded.zaak_id;
  first_status.statustype_uuid = "st-ontvangen";
  first_status.datum_status_gezet = moment("2026-03-02T08:00:00Z");
  first_status.gezet_door = "balie";
  StatusRow deviating = first_status;
  deviating.statustype_uuid = "st-besluit";
  deviating.datum_status_gezet = moment("2026-03-05T23:59:59Z");
  deviating.toelichting = "advies overgeslagen";
  deviating.deviation = true;
  deviating.previous_statustype_uuid = "st-ontvangen";
  deviating.gezet_door = "behandelaar";
  first_status.id = store->insert_status(first_status);
  deviating.id = store->insert_status(deviating);

  RolRow rol{0, seeded.zaak_id, "rt-initiator", "initiator", "burger:123456782"};
  rol.id = store->insert_rol(rol);
  RolRow empty_rol{0, seeded.zaak_id, "rt-adviseur", "", ""};
  empty_rol.id = store->insert_rol(empty_rol);

  store->upsert_eigenschap({0, seeded.zaak_id, "kenmerk", "A-17"});
  store->upsert_eigenschap({0, seeded.zaak_id, "leeg", ""});

  DocumentRow document{0, seeded.zaak_id, "iot-bezwaarschrift", "Bezwaarschrift.pdf",
                       moment("2026-03-02T10:11:12Z")};
  document.id = store->insert_document(document);

  BesluitRow with_end{0, seeded.zaak_id, "bt-beslissing", day("2026-04-01"), day("2026-04-02"),
                      day("2026-05-14")};
  with_end.id = store->insert_besluit(with_end);
  BesluitRow open_ended{0, seeded.zaak_id, "bt-beslissing", day("2026-04-03"), day("2026-04-03"),
                        std::nullopt};
  open_ended.id = store->insert_besluit(open_ended);

  AuditRow on_zaak{0, seeded.zaak_id, moment("2026-03-02T08:00:01Z"), "balie", "status", "",
                   R"({"statustype":"st-ontvangen"})"};
  on_zaak.id = store->insert_audit(on_zaak);
  AuditRow deploy{0, std::nullopt, moment("2026-03-01T07:00:00Z"), "beheerder", "deploy",
                  R"({"old":1})", R"({"new":2})"};
  deploy.id = store->insert_audit(deploy);
  store->commit();

  store->begin(false);
  const auto statuses = store->statuses(seeded.zaak_id);
  REQUIRE(statuses.size() == 2);
  CHECK(statuses[0].id == first_status.id);
  CHECK(statuses[0].zaak_id == seeded.zaak_id);
  CHECK(statuses[0].statustype_uuid == "st-ontvangen");
  CHECK(statuses[0].datum_status_gezet == first_status.datum_status_gezet);
  CHECK(statuses[0].toelichting.empty());
  CHECK_FALSE(statuses[0].deviation);
  CHECK(statuses[0].previous_statustype_uuid.empty());
  CHECK(statuses[0].gezet_door == "balie");
  CHECK(statuses[1].id == deviating.id);
  CHECK(statuses[1].datum_status_gezet.iso() == "2026-03-05T23:59:59Z");
  CHECK(statuses[1].toelichting == "advies overgeslagen");
  CHECK(statuses[1].deviation);
  CHECK(statuses[1].previous_statustype_uuid == "st-ontvangen");
  CHECK(statuses[1].gezet_door == "behandelaar");

  const auto rollen = store->rollen(seeded.zaak_id);
  REQUIRE(rollen.size() == 2);
  CHECK(rollen[0].id == rol.id);
  CHECK(rollen[0].roltype_uuid == "rt-initiator");
  CHECK(rollen[0].omschrijving_generiek == "initiator");
  CHECK(rollen[0].betrokkene == "burger:123456782");
  CHECK(rollen[1].roltype_uuid == "rt-adviseur");
  CHECK(rollen[1].omschrijving_generiek.empty());
  CHECK(rollen[1].betrokkene.empty());

  const auto eigenschappen = store->eigenschappen(seeded.zaak_id);
  REQUIRE(eigenschappen.size() == 2);
  CHECK(eigenschappen[0].naam == "kenmerk");
  CHECK(eigenschappen[0].waarde == "A-17");
  CHECK(eigenschappen[0].zaak_id == seeded.zaak_id);
  CHECK(eigenschappen[1].naam == "leeg");
  CHECK(eigenschappen[1].waarde.empty());

  const auto documenten = store->documenten(seeded.zaak_id);
  REQUIRE(documenten.size() == 1);
  CHECK(documenten[0].id == document.id);
  CHECK(documenten[0].informatieobjecttype_uuid == "iot-bezwaarschrift");
  CHECK(documenten[0].titel == "Bezwaarschrift.pdf");
  CHECK(documenten[0].registratiedatum == document.registratiedatum);

  const auto besluiten = store->besluiten(seeded.zaak_id);
  REQUIRE(besluiten.size() == 2);
  CHECK(besluiten[0].id == with_end.id);
  CHECK(besluiten[0].besluittype_uuid == "bt-beslissing");
  CHECK(besluiten[0].datum == day("2026-04-01"));
  CHECK(besluiten[0].ingangsdatum == day("2026-04-02"));
  CHECK(besluiten[0].vervaldatum == day("2026-05-14"));
  CHECK(besluiten[1].id == open_ended.id);
  CHECK_FALSE(besluiten[1].vervaldatum);

  const auto audit = store->audit(seeded.zaak_id);
  REQUIRE(audit.size() == 1);  // the deploy row belongs to no zaak
  CHECK(audit[0].id == on_zaak.id);
  CHECK(audit[0].zaak_id == seeded.zaak_id);
  CHECK(audit[0].at == on_zaak.at);
  CHECK(audit[0].user == "balie");
  CHECK(audit[0].action == "status");
  CHECK(audit[0].old_value.empty());
  CHECK(audit[0].new_value == on_zaak.new_value);
  CHECK(deploy.id != on_zaak.id);

  CHECK(store->statuses(seeded.zaak_id + 1000).empty());
  CHECK(store->audit(seeded.zaak_id + 1000).empty());
  store->commit();
}

TEST_CASE("text with quotes, newlines and non-ASCII letters is kept byte for byte") {
  const auto backend = GENERATE(from_range(test_backends()));
  auto store = make_test_store(backend);
  const auto seeded = seed(*store);
  const std::string awkward = "d'Ancona; DROP TABLE zaak; --\n\"Ĳsselmeer\" \t café ✓";
  store->begin(true);
  store->upsert_eigenschap({0, seeded.zaak_id, awkward, awkward});
  store->commit();
  store->begin(false);
  const auto eigenschappen = store->eigenschappen(seeded.zaak_id);
  REQUIRE(eigenschappen.size() == 1);
  CHECK(eigenschappen[0].naam == awkward);
  CHECK(eigenschappen[0].waarde == awkward);
  CHECK(store->zaken({}).size() == 1);
  store->commit();
}

TEST_CASE("an eigenschap has one value per naam: a second write replaces it") {
  const auto backend = GENERATE(from_range(test_backends()));
  auto store = make_test_store(backend);
  const auto seeded = seed(*store);
  store->begin(true);
  store->upsert_eigenschap({0, seeded.zaak_id, "bedrag", "100"});
  store->upsert_eigenschap({0, seeded.zaak_id, "datum", "2026-03-02"});
  store->upsert_eigenschap({0, seeded.zaak_id, "bedrag", "250"});
  store->commit();
  store->begin(false);
  const auto eigenschappen = store->eigenschappen(seeded.zaak_id);
  REQUIRE(eigenschappen.size() == 2);
  CHECK(eigenschappen[0].naam == "bedrag");  // keeps its place: the order it was first added
  CHECK(eigenschappen[0].waarde == "250");
  CHECK(eigenschappen[1].naam == "datum");
  store->commit();
}

TEST_CASE("zaken filter on zaaktype, current status and open; deelzaken by hoofdzaak") {
  const auto backend = GENERATE(from_range(test_backends()));
  auto store = make_test_store(backend);
  store->begin(true);
  const RowId bezwaar = store->insert_zaaktype(a_zaaktype("ZT-BEZWAAR", 1));
  const RowId klacht = store->insert_zaaktype(a_zaaktype("ZT-KLACHT", 1));
  auto hoofdzaak = a_sparse_zaak(bezwaar, "Z-1");
  hoofdzaak.statustype_uuid = "st-ontvangen";
  const RowId hoofdzaak_id = store->insert_zaak(hoofdzaak);
  auto closed = a_full_zaak(bezwaar, hoofdzaak_id, "Z-2");  // has an einddatum
  closed.statustype_uuid = "st-afgehandeld";
  const RowId closed_id = store->insert_zaak(closed);
  auto other = a_sparse_zaak(klacht, "Z-3");
  other.statustype_uuid = "st-ontvangen";
  other.hoofdzaak_id = hoofdzaak_id;
  const RowId other_id = store->insert_zaak(other);
  store->commit();

  auto ids = [](const std::vector<ZaakRow>& rows) {
    std::vector<RowId> out;
    for (const auto& row : rows) out.push_back(row.id);
    return out;
  };
  store->begin(false);
  CHECK(ids(store->zaken({})) == std::vector<RowId>{hoofdzaak_id, closed_id, other_id});
  ZaakFilter by_type;
  by_type.zaaktype_id = bezwaar;
  CHECK(ids(store->zaken(by_type)) == std::vector<RowId>{hoofdzaak_id, closed_id});
  ZaakFilter by_status;
  by_status.statustype_uuid = "st-ontvangen";
  CHECK(ids(store->zaken(by_status)) == std::vector<RowId>{hoofdzaak_id, other_id});
  ZaakFilter open;
  open.open_only = true;
  CHECK(ids(store->zaken(open)) == std::vector<RowId>{hoofdzaak_id, other_id});
  ZaakFilter all_three;
  all_three.zaaktype_id = klacht;
  all_three.statustype_uuid = "st-ontvangen";
  all_three.open_only = true;
  CHECK(ids(store->zaken(all_three)) == std::vector<RowId>{other_id});
  CHECK(ids(store->deelzaken(hoofdzaak_id)) == std::vector<RowId>{closed_id, other_id});
  CHECK(store->deelzaken(other_id).empty());
  store->commit();
}

TEST_CASE("all_statuses is the event log: by zaak, then by date, optionally of one zaaktype") {
  const auto backend = GENERATE(from_range(test_backends()));
  auto store = make_test_store(backend);
  store->begin(true);
  const RowId bezwaar = store->insert_zaaktype(a_zaaktype("ZT-BEZWAAR", 1));
  const RowId klacht = store->insert_zaaktype(a_zaaktype("ZT-KLACHT", 1));
  const RowId z1 = store->insert_zaak(a_sparse_zaak(bezwaar, "Z-1"));
  const RowId z2 = store->insert_zaak(a_sparse_zaak(klacht, "Z-2"));
  auto status = [&](RowId zaak_id, const char* uuid, const char* at) {
    StatusRow row;
    row.zaak_id = zaak_id;
    row.statustype_uuid = uuid;
    row.datum_status_gezet = moment(at);
    return store->insert_status(row);
  };
  // Inserted out of order: an import may set an earlier date after a later one.
  status(z2, "k-1", "2026-03-01T09:00:00Z");
  status(z1, "b-2", "2026-03-04T09:00:00Z");
  status(z1, "b-1", "2026-03-02T09:00:00Z");
  store->commit();

  store->begin(false);
  std::vector<std::string> order;
  for (const auto& row : store->all_statuses(std::nullopt)) order.push_back(row.statustype_uuid);
  CHECK(order == std::vector<std::string>{"b-1", "b-2", "k-1"});
  order.clear();
  for (const auto& row : store->all_statuses(klacht)) order.push_back(row.statustype_uuid);
  CHECK(order == std::vector<std::string>{"k-1"});
  CHECK(store->all_statuses(klacht + bezwaar + 1000).empty());
  store->commit();
}

// [RULES]
TEST_CASE("a sequence counts 1, 2, 3 per name, and survives a commit") {
  const auto backend = GENERATE(from_range(test_backends()));
  std::string db;
  auto store = make_test_store(backend, &db);
  store->begin(true);
  CHECK(store->next_sequence("ZAAK-2026") == 1);
  CHECK(store->next_sequence("ZAAK-2026") == 2);
  CHECK(store->next_sequence("ZAAK-2027") == 1);
  CHECK(store->next_sequence("ZAAK-2026") == 3);
  store->commit();
  store->begin(true);
  CHECK(store->next_sequence("ZAAK-2026") == 4);
  store->rollback();  // a rolled-back number is handed out again
  store->begin(true);
  CHECK(store->next_sequence("ZAAK-2026") == 4);
  store->commit();
  store.reset();
  auto reopened = open_store(db);
  reopened->begin(true);
  CHECK(reopened->next_sequence("ZAAK-2027") == 2);
  reopened->commit();
}

TEST_CASE("update_zaak writes every column, bumps the version, and refuses a stale row") {
  const auto backend = GENERATE(from_range(test_backends()));
  auto store = make_test_store(backend);
  const auto seeded = seed(*store);

  store->begin(true);
  auto read = store->lock_zaak("ZAAK-2026-0000001");
  REQUIRE(read);
  CHECK(read->version == 1);
  // Every field changed at once, also from empty to set.
  ZaakRow changed = a_full_zaak(seeded.zaaktype_id, seeded.zaak_id, "ZAAK-2026-0000001");
  changed.hoofdzaak_id.reset();  // a zaak cannot be its own hoofdzaak
  changed.id = read->id;
  changed.version = read->version;
  store->update_zaak(changed);
  store->commit();

  store->begin(false);
  const auto after = store->zaak(seeded.zaak_id);
  REQUIRE(after);
  ZaakRow want = changed;
  want.version = 2;
  check_same_zaak(*after, want);
  store->commit();

  // And back from set to empty.
  store->begin(true);
  ZaakRow emptied = a_sparse_zaak(seeded.zaaktype_id, "ZAAK-2026-0000001");
  emptied.id = seeded.zaak_id;
  emptied.version = 2;
  store->update_zaak(emptied);
  store->commit();
  store->begin(false);
  const auto emptied_back = store->zaak(seeded.zaak_id);
  REQUIRE(emptied_back);
  want = emptied;
  want.version = 3;
  check_same_zaak(*emptied_back, want);
  store->commit();

  // The columns a zaak rarely changes: zaaktype, hoofdzaak, identificatie.
  store->begin(true);
  const RowId other_type = store->insert_zaaktype(a_zaaktype("ZT-ANDER", 1));
  const RowId hoofdzaak_id = store->insert_zaak(a_sparse_zaak(other_type, "ZAAK-2026-0000009"));
  ZaakRow moved = *store->zaak(seeded.zaak_id);
  moved.zaaktype_id = other_type;
  moved.hoofdzaak_id = hoofdzaak_id;
  moved.identificatie = "ZAAK-2026-0000001-B";
  store->update_zaak(moved);
  store->commit();
  store->begin(false);
  CHECK_FALSE(store->find_zaak("ZAAK-2026-0000001"));
  const auto moved_back = store->find_zaak("ZAAK-2026-0000001-B");
  REQUIRE(moved_back);
  want = moved;
  want.version = 4;
  check_same_zaak(*moved_back, want);
  CHECK(store->deelzaken(hoofdzaak_id).size() == 1);
  store->commit();

  // `read` still says version 1: writing it would lose the changes above,
  // also when it would change the rarely changed columns back.
  store->begin(true);
  CHECK_THROWS_AS(store->update_zaak(*read), ConcurrentChange);
  ZaakRow stale_move = *read;
  stale_move.hoofdzaak_id = hoofdzaak_id;
  CHECK_THROWS_AS(store->update_zaak(stale_move), ConcurrentChange);
  store->rollback();
  store->begin(false);
  CHECK(store->zaak(seeded.zaak_id)->version == 4);
  CHECK(store->zaak(seeded.zaak_id)->identificatie == "ZAAK-2026-0000001-B");
  store->commit();
}

TEST_CASE("update_zaak on a stale row throws ConcurrentChange and changes nothing") {
  const auto backend = GENERATE(from_range(test_backends()));
  auto store = make_test_store(backend);
  const auto seeded = seed(*store);
  store->begin(false);
  const ZaakRow read = *store->zaak(seeded.zaak_id);
  store->commit();
  store->begin(true);
  ZaakRow first = read;
  first.statustype_uuid = "st-1";
  store->update_zaak(first);
  store->commit();
  // `read` still says version 1: writing it would lose the change above.
  store->begin(true);
  ZaakRow stale = read;
  stale.statustype_uuid = "st-0";
  CHECK_THROWS_AS(store->update_zaak(stale), ConcurrentChange);
  store->rollback();
  store->begin(false);
  const auto kept = store->zaak(seeded.zaak_id);
  REQUIRE(kept);
  CHECK(kept->version == 2);
  CHECK(kept->statustype_uuid == "st-1");
  store->commit();
}

TEST_CASE("a rolled-back transaction leaves nothing behind") {
  const auto backend = GENERATE(from_range(test_backends()));
  auto store = make_test_store(backend);
  const auto seeded = seed(*store);

  store->begin(true);
  const RowId zaaktype_id = store->insert_zaaktype(a_zaaktype("ZT-ANDER", 1));
  const RowId zaak_id = store->insert_zaak(a_sparse_zaak(zaaktype_id, "ZAAK-2026-0000002"));
  StatusRow status;
  status.zaak_id = zaak_id;
  status.statustype_uuid = "st-1";
  store->insert_status(status);
  store->upsert_eigenschap({0, seeded.zaak_id, "kenmerk", "weg"});
  store->insert_audit({0, zaak_id, moment("2026-03-02T08:00:00Z"), "u", "create", "", "{}"});
  auto original = *store->zaak(seeded.zaak_id);
  auto changed = original;
  changed.statustype_uuid = "st-2";
  store->update_zaak(changed);
  store->next_sequence("ZAAK-2026");
  store->rollback();

  store->begin(false);
  CHECK(store->zaaktypen().size() == 1);
  CHECK(store->zaken({}).size() == 1);
  CHECK_FALSE(store->find_zaak("ZAAK-2026-0000002"));
  CHECK(store->all_statuses(std::nullopt).empty());
  CHECK(store->eigenschappen(seeded.zaak_id).empty());
  const auto kept = store->zaak(seeded.zaak_id);
  REQUIRE(kept);
  check_same_zaak(*kept, original);
  store->commit();
  store->begin(true);
  CHECK(store->next_sequence("ZAAK-2026") == 1);
  store->commit();
}

TEST_CASE("the store refuses a duplicate identificatie and a detail of a zaak that does not exist") {
  const auto backend = GENERATE(from_range(test_backends()));
  std::string db;
  auto store = make_test_store(backend, &db);
  const auto seeded = seed(*store);

  store->begin(true);
  CHECK_THROWS_AS(store->insert_zaak(a_sparse_zaak(seeded.zaaktype_id, "ZAAK-2026-0000001")),
                  StoreError);
  store->rollback();

  store->begin(true);
  CHECK_THROWS_AS(store->insert_zaaktype(a_zaaktype()), StoreError);  // same identificatie and version
  store->rollback();

  if (backend == "sqlite") {
    // PostgreSQL aborts the whole transaction on the first error; SQLite
    // only the statement, so the refusals can be checked one after another.
    store->begin(true);
    StatusRow orphan;
    orphan.zaak_id = seeded.zaak_id + 1000;
    orphan.statustype_uuid = "st";
    CHECK_THROWS_AS(store->insert_status(orphan), StoreError);
    CHECK_THROWS_AS(store->insert_rol({0, seeded.zaak_id + 1000, "rt", "", ""}), StoreError);
    CHECK_THROWS_AS(store->insert_zaak(a_sparse_zaak(seeded.zaaktype_id + 1000, "Z-X")), StoreError);
    try {
      store->insert_rol({0, seeded.zaak_id + 1000, "rt", "", ""});
      FAIL("a rol of a zaak that does not exist was stored");
    } catch (const StoreError& error) {
      CHECK_THAT(error.what(), Catch::Contains(db));
      CHECK_THAT(error.what(), Catch::Contains("FOREIGN KEY"));
    }
    store->rollback();
  } else {
    store->begin(true);
    StatusRow orphan;
    orphan.zaak_id = seeded.zaak_id + 1000;
    orphan.statustype_uuid = "st";
    CHECK_THROWS_AS(store->insert_status(orphan), StoreError);
    store->rollback();
  }
  store->begin(false);
  CHECK(store->zaken({}).size() == 1);
  store->commit();
}

// [CONNECTIONS]
TEST_CASE("reopening a database keeps its data") {
  const auto backend = GENERATE(from_range(test_backends()));
  std::string db;
  auto store = make_test_store(backend, &db);
  const auto seeded = seed(*store);
  store->begin(true);
  store->insert_status({0, seeded.zaak_id, "st-1", moment("2026-03-02T08:00:00Z"), "", false, "", "u"});
  store->commit();
  store.reset();

  auto reopened = open_store(db);
  CHECK(reopened->schema_version() == kSchemaVersion);
  reopened->begin(false);
  const auto zaak = reopened->find_zaak("ZAAK-2026-0000001");
  REQUIRE(zaak);
  CHECK(zaak->id == seeded.zaak_id);
  CHECK(reopened->statuses(seeded.zaak_id).size() == 1);
  CHECK(reopened->zaaktypen().size() == 1);
  reopened->commit();
}

TEST_CASE("two stores on one database: a committed write in one is seen by the other") {
  const auto backend = GENERATE(from_range(test_backends()));
  std::string db;
  auto first = make_test_store(backend, &db);
  auto second = open_store(db);
  const auto seeded = seed(*first);

  second->begin(false);
  const auto seen = second->find_zaak("ZAAK-2026-0000001");
  REQUIRE(seen);
  CHECK(seen->id == seeded.zaak_id);
  second->commit();

  // Both count on one sequence.
  first->begin(true);
  CHECK(first->next_sequence("ZAAK-2026") == 1);
  first->commit();
  second->begin(true);
  CHECK(second->next_sequence("ZAAK-2026") == 2);
  second->commit();

  // The second one's stale copy loses against the first one's change.
  second->begin(false);
  const auto stale = *second->zaak(seeded.zaak_id);
  second->commit();
  first->begin(true);
  auto changed = *first->lock_zaak("ZAAK-2026-0000001");
  changed.statustype_uuid = "st-2";
  first->update_zaak(changed);
  first->commit();
  second->begin(true);
  CHECK_THROWS_AS(second->update_zaak(stale), ConcurrentChange);
  second->rollback();
}

TEST_CASE("a read transaction sees one state while another store commits") {
  const auto backend = GENERATE(from_range(test_backends()));
  std::string db;
  auto writer = make_test_store(backend, &db);
  auto reader = open_store(db);
  const auto seeded = seed(*writer);

  reader->begin(false);
  CHECK(reader->zaak(seeded.zaak_id)->statustype_uuid.empty());
  writer->begin(true);
  auto changed = *writer->zaak(seeded.zaak_id);
  changed.statustype_uuid = "st-2";
  writer->update_zaak(changed);
  writer->insert_zaak(a_sparse_zaak(seeded.zaaktype_id, "ZAAK-2026-0000002"));
  writer->commit();
  CHECK(reader->zaak(seeded.zaak_id)->statustype_uuid.empty());
  CHECK(reader->zaken({}).size() == 1);
  reader->commit();

  reader->begin(false);
  CHECK(reader->zaak(seeded.zaak_id)->statustype_uuid == "st-2");
  CHECK(reader->zaken({}).size() == 2);
  reader->commit();
}

// [SQLITE FILE]
TEST_CASE("SQLite: a file with a newer schema version is refused, naming the file and both versions") {
  const std::string path = fresh_sqlite_path("newer.db");
  open_sqlite_store(path).reset();
  raw_sql(path, "UPDATE schema_version SET version = 99");
  try {
    open_sqlite_store(path);
    FAIL("a schema from the future was opened");
  } catch (const StoreError& error) {
    const std::string message = error.what();
    CHECK_THAT(message, Catch::Contains(path));
    CHECK_THAT(message, Catch::Contains("99"));
    CHECK_THAT(message, Catch::Contains("version " + std::to_string(kSchemaVersion)));
  }
  // Refusing changed nothing: open_store, the --db path, refuses it again.
  CHECK_THROWS_AS(open_store(path), StoreError);
}

TEST_CASE("SQLite: a file that is not a database is refused clearly and left as it was") {
  const std::string path = fresh_sqlite_path("garbage.db");
  const std::string garbage = "Dit is geen database maar een boodschappenlijst: melk, brood.\n";
  {
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < 200; ++i) out << garbage;
  }
  const auto size = std::filesystem::file_size(path);
  try {
    open_sqlite_store(path);
    FAIL("a text file was opened as a store");
  } catch (const StoreError& error) {
    const std::string message = error.what();
    CHECK_THAT(message, Catch::Contains(path));
    CHECK_THAT(message, Catch::Contains("not a SQLite database"));
  }
  CHECK(std::filesystem::file_size(path) == size);
}

TEST_CASE("SQLite: another program's database is refused, not migrated into") {
  const std::string path = fresh_sqlite_path("foreign.db");
  raw_sql(path, "CREATE TABLE boodschappen (naam TEXT)");
  try {
    open_sqlite_store(path);
    FAIL("a foreign database was opened as a store");
  } catch (const StoreError& error) {
    CHECK_THAT(error.what(), Catch::Contains(path));
    CHECK_THAT(error.what(), Catch::Contains("not a Blokjessessie zaken store"));
  }
  raw_sql(path, "SELECT count(*) FROM boodschappen");
}

TEST_CASE("SQLite: the file is in WAL mode, and a directory that is missing is named") {
  const std::string path = fresh_sqlite_path("wal.db");
  auto store = open_sqlite_store(path);
  CHECK(store->backend() == "sqlite");
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
  CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))) == "wal");
  sqlite3_finalize(stmt);
  sqlite3_close(db);

  const std::string missing = fresh_sqlite_path("no-such-dir") + "/zaken.db";
  try {
    open_sqlite_store(missing);
    FAIL("a file in a missing directory was opened");
  } catch (const StoreError& error) {
    CHECK_THAT(error.what(), Catch::Contains(missing));
  }
}

TEST_CASE("SQLite: a writer that cannot get the lock within the busy timeout gets a clear StoreError") {
  const std::string path = fresh_sqlite_path("busy.db");
  auto holder = open_sqlite_store(path);
  SqliteOptions impatient;
  impatient.busy_timeout_ms = 50;
  auto waiter = open_sqlite_store(path, impatient);

  holder->begin(true);
  try {
    waiter->begin(true);
    FAIL("two write transactions were open at once");
  } catch (const StoreError& error) {
    const std::string message = error.what();
    CHECK_THAT(message, Catch::Contains(path));
    CHECK_THAT(message, Catch::Contains("busy timeout of 50 ms"));
  }
  // A reader is not held up by the writer (WAL).
  waiter->begin(false);
  CHECK(waiter->zaken({}).empty());
  waiter->commit();
  holder->commit();

  waiter->begin(true);  // free again
  CHECK(waiter->next_sequence("S") == 1);
  waiter->commit();
}

TEST_CASE("SQLite: synchronous=FULL is an option and the data is the same") {
  const std::string path = fresh_sqlite_path("full.db");
  SqliteOptions full;
  full.synchronous_full = true;
  auto store = open_sqlite_store(path, full);
  const auto seeded = seed(*store);
  store.reset();
  auto reopened = open_sqlite_store(path);
  reopened->begin(false);
  CHECK(reopened->zaak(seeded.zaak_id));
  reopened->commit();
}

// [CRASH AND CONCURRENCY]
namespace {

// One case's worth of rows in one transaction, as the engine writes them.
RowId write_one_case(Store& store, RowId zaaktype_id) {
  store.begin(true);
  const auto number = store.next_sequence("ZAAK-2026");
  ZaakRow zaak = a_sparse_zaak(zaaktype_id, "ZAAK-2026-" + std::to_string(number));
  zaak.statustype_uuid = "st-ontvangen";
  const RowId id = store.insert_zaak(zaak);
  store.insert_status({0, id, "st-ontvangen", moment("2026-03-02T08:00:00Z"), "", false, "", "u"});
  store.insert_audit({0, id, moment("2026-03-02T08:00:00Z"), "u", "create", "", "{}"});
  store.commit();
  return id;
}

std::int64_t count_rows(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
  const std::int64_t value = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

}  // namespace

TEST_CASE("SQLite: a process killed with SIGKILL loses no committed case and leaves no half one") {
  const std::string path = fresh_sqlite_path("crash.db");
  RowId zaaktype_id = 0;
  {
    auto store = open_sqlite_store(path);
    store->begin(true);
    zaaktype_id = store->insert_zaaktype(a_zaaktype());
    store->commit();
  }
  std::vector<RowId> reported;
  for (int round = 0; round < 5; ++round) {
    int pipe_fds[2];
    REQUIRE(::pipe(pipe_fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      // The child writes until it is killed, and reports each case only
      // after its commit returned.
      ::close(pipe_fds[0]);
      try {
        auto store = open_sqlite_store(path);
        for (;;) {
          const RowId id = write_one_case(*store, zaaktype_id);
          if (::write(pipe_fds[1], &id, sizeof id) != sizeof id) ::_exit(3);
        }
      } catch (...) {
        ::_exit(2);
      }
    }
    ::close(pipe_fds[1]);
    // Kill it at a different moment each round: after 20, 45, 70 ... cases.
    const int wait_for = 20 + 25 * round;
    RowId id = 0;
    int seen = 0;
    while (seen < wait_for && ::read(pipe_fds[0], &id, sizeof id) == sizeof id) {
      reported.push_back(id);
      ++seen;
    }
    ::kill(child, SIGKILL);
    while (::read(pipe_fds[0], &id, sizeof id) == sizeof id) reported.push_back(id);
    ::close(pipe_fds[0]);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    CHECK(seen == wait_for);
  }

  CHECK(count_rows(path, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'") ==
        0);
  auto store = open_sqlite_store(path);
  store->begin(false);
  for (const RowId id : reported) {
    const auto zaak = store->zaak(id);
    REQUIRE(zaak);
    CHECK(store->statuses(id).size() == 1);
    CHECK(store->audit(id).size() == 1);
  }
  // No half case: every zaak has its status and audit row, and the
  // sequence handed out one number per zaak.
  const auto zaken = store->zaken({});
  CHECK(zaken.size() >= reported.size());
  CHECK(store->all_statuses(std::nullopt).size() == zaken.size());
  store->commit();
  CHECK(count_rows(path, "SELECT count(*) FROM audit") == static_cast<std::int64_t>(zaken.size()));
  CHECK(count_rows(path, "SELECT value FROM sequence WHERE name = 'ZAAK-2026'") ==
        static_cast<std::int64_t>(zaken.size()));
}

TEST_CASE("SQLite: two writers on one new file lose no update") {
  const std::string path = fresh_sqlite_path("two-writers.db");
  constexpr int kPerWriter = 150;
  std::mutex failure_mutex;
  std::string failure;  // Catch2 asserts from the main thread only
  std::atomic<RowId> zaaktype_id{0};
  std::atomic<bool> failed{false};  // so one writer's failure cannot leave the other waiting
  auto writer = [&](int which) {
    try {
      // Both open (and so migrate) the new file at the same moment.
      auto store = open_sqlite_store(path);
      if (which == 0) {
        store->begin(true);
        zaaktype_id = store->insert_zaaktype(a_zaaktype());
        store->commit();
      }
      while (zaaktype_id == 0) {
        if (failed) return;
        std::this_thread::yield();
      }
      for (int i = 0; i < kPerWriter; ++i) {
        write_one_case(*store, zaaktype_id);
        // Both also bump one shared zaak, reading it fresh each time under
        // the write lock, as the engine does.
        store->begin(true);
        auto first = store->lock_zaak("ZAAK-2026-1");
        if (first) {
          first->opgeschort_dagen += 1;
          store->update_zaak(*first);
          store->commit();
        } else {
          store->rollback();
        }
      }
    } catch (const std::exception& error) {
      failed = true;
      const std::lock_guard lock(failure_mutex);
      failure += error.what();
      failure += "\n";
    }
  };
  std::thread a(writer, 0);
  std::thread b(writer, 1);
  a.join();
  b.join();
  INFO(failure);
  REQUIRE(failure.empty());

  auto store = open_sqlite_store(path);
  CHECK(store->schema_version() == kSchemaVersion);
  store->begin(false);
  const auto zaken = store->zaken({});
  CHECK(zaken.size() == 2 * kPerWriter);
  const auto first = store->find_zaak("ZAAK-2026-1");
  REQUIRE(first);
  // Every bump landed: each writer bumps once per round, and the first
  // zaak exists before either writer's first bump (its number is 1).
  CHECK(first->opgeschort_dagen == 2 * kPerWriter);
  CHECK(first->version == 2 * kPerWriter + 1);
  store->commit();
  CHECK(count_rows(path, "SELECT count(*) FROM schema_version") == 1);
}
