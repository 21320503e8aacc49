// Two writer processes at once on one store (SQLite, and PostgreSQL when the
// tests have a server), both on the same zaken. First both walk every zaak:
// rollen, a resultaat, the statuses to closure; afterwards no reported change
// is lost (the rows are all there, and the zaak row's version counts every
// status and the resultaat once), each zaak has one initiator and one
// resultaat, and a second closing only follows a reopening. Then both set the
// eindstatus of the same prepared zaken at the same moment: exactly one
// closes each, the other is refused with zaak-closed.
//
// [SECTION] The writers' reports
// [SECTION] Running the writers
// [SECTION] The test

#include <sys/wait.h>
#include <time.h>

#include <catch2/catch.hpp>
#include <map>
#include <sstream>

#include "child_writer.h"
#include "crash_child_zaaktype.h"
#include "engine/engine.h"
#include "store_fixture.h"
#include "zaak_invariants.h"

using namespace blokjes::engine;
using namespace blokjes::engine::testing;

namespace {

// [SECTION] The writers' reports
struct WriterReport {
  std::map<std::string, std::map<std::string, int>> committed;  // zaak -> step -> times
  std::map<std::string, int> refused;                            // code -> times
  bool done = false;
};

WriterReport parse_report(const std::vector<std::string>& lines) {
  WriterReport report;
  for (const auto& line : lines) {
    std::istringstream words(line);
    std::string kind;
    words >> kind;
    if (kind == "committed") {
      std::string zaak, step;
      words >> zaak >> step;
      ++report.committed[zaak][step];
    } else if (kind == "refused") {
      std::string code;
      int count = 0;
      words >> code >> count;
      report.refused[code] += count;
    } else if (kind == "done") {
      report.done = true;
    } else {
      FAIL("unexpected line from a writer: " << line);
    }
  }
  return report;
}

int refusals(const std::vector<WriterReport>& reports, const std::string& code) {
  int total = 0;
  for (const auto& report : reports) {
    if (const auto found = report.refused.find(code); found != report.refused.end()) {
      total += found->second;
    }
  }
  return total;
}

// Each reported step of one zaak, summed over the writers.
std::map<std::string, int> steps_of(const std::vector<WriterReport>& reports,
                                    const std::string& zaak) {
  std::map<std::string, int> steps;
  for (const auto& report : reports) {
    if (const auto found = report.committed.find(zaak); found != report.committed.end()) {
      for (const auto& [step, times] : found->second) steps[step] += times;
    }
  }
  return steps;
}

// [SECTION] Running the writers
long long realtime_ms() {
  timespec now{};
  clock_gettime(CLOCK_REALTIME, &now);
  return static_cast<long long>(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

// Creates `count` zaken through the child (which deploys the zaaktype);
// `list` receives them comma separated.
std::vector<std::string> create_zaken(const std::string& db, int count, std::string* list) {
  ChildWriter creator({"--db", db, "--mode", "create", "--zaken", std::to_string(count)});
  const int status = creator.finish();
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 0);
  std::vector<std::string> zaken;
  for (const auto& line : creator.lines()) {
    REQUIRE(line.starts_with("created "));
    zaken.push_back(line.substr(8));
    *list += (list->empty() ? "" : ",") + zaken.back();
  }
  REQUIRE(zaken.size() == static_cast<std::size_t>(count));
  return zaken;
}

// Runs one walking writer, or two starting at the same moment, to the end.
std::vector<WriterReport> walk(const std::string& db, const std::string& list,
                               const std::vector<std::string>& options, int writers) {
  std::vector<std::string> arguments{"--db",         db, "--mode", "walk", "--zaken", list,
                                     "--start-at-ms", std::to_string(realtime_ms() + 500)};
  arguments.insert(arguments.end(), options.begin(), options.end());
  std::vector<WriterReport> reports;
  ChildWriter a(arguments);
  if (writers == 2) {
    ChildWriter b(arguments);
    read_both_to_end(a, b, 120000);
    for (auto* child : {&a, &b}) {
      const int status = child->finish();
      REQUIRE(WIFEXITED(status));
      CHECK(WEXITSTATUS(status) == 0);
      reports.push_back(parse_report(child->lines()));
    }
  } else {
    const int status = a.finish();
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    reports.push_back(parse_report(a.lines()));
  }
  for (const auto& report : reports) REQUIRE(report.done);
  return reports;
}

}  // namespace

// [SECTION] The test
TEST_CASE("two writer processes on the same zaken lose no update and never close twice",
          "[engine][concurrency]") {
  constexpr int kZaken = 30;
  const auto zaaktype = crash_child::zaaktype();
  const auto eind = "status-" + std::to_string(crash_child::kStatustypen);
  // Each backend runs the test case afresh, each section on a store of its own.
  const auto backend = GENERATE(from_range(test_backends()));
  INFO("backend " << backend);
  std::string db;
  auto store = make_test_store(backend, &db);
  const auto read_zaak = [&](const std::string& identificatie) {
    store->begin(false);
    const auto zaak = store->find_zaak(identificatie);
    store->commit();
    REQUIRE(zaak.has_value());
    return *zaak;
  };

  SECTION("both walk every zaak from rollen and resultaat to closure") {
    std::string list;
    const auto zaken = create_zaken(db, kZaken, &list);
    const auto reports = walk(db, list, {}, 2);
    // One initiator and one resultaat per zaak: the other writer was refused.
    CHECK(refusals(reports, "rol-unique") == kZaken);
    CHECK(refusals(reports, "resultaat-exists") == kZaken);
    for (const auto& identificatie : zaken) {
      INFO("zaak " << identificatie);
      auto steps = steps_of(reports, identificatie);
      // Statuses and the resultaat change the zaak row; rollen are rows of their own.
      int row_changes = 0, status_changes = 0;
      for (const auto& [step, times] : steps) {
        if (!step.starts_with("rol-")) row_changes += times;
        if (step.starts_with("status-")) status_changes += times;
      }
      CHECK(steps["rol-initiator"] == 1);
      CHECK(steps["rol-behandelaar"] == 2);
      CHECK(steps["resultaat"] == 1);
      CHECK(steps[eind] >= 1);

      const auto zaak = read_zaak(identificatie);
      const auto facts = read_facts(*store, zaak);
      // No lost update: every reported change is there, and counted once.
      CHECK(zaak.version == 1 + row_changes);
      CHECK(facts.statuses.size() == static_cast<std::size_t>(status_changes));
      CHECK(facts.rollen.size() == 3);
      for (int v = 1; v <= crash_child::kStatustypen; ++v) {
        const auto uuid = crash_child::statustype_uuid(v);
        int rows = 0;
        for (const auto& status : facts.statuses) rows += status.statustype_uuid == uuid ? 1 : 0;
        CHECK(rows == steps["status-" + std::to_string(v)]);
      }
      // A second closing only after a reopening (a lower status) between.
      for (const auto& problem : invariant_problems(zaak, facts, zaaktype)) FAIL_CHECK(problem);
      CHECK(zaak.einddatum.has_value());
    }
  }

  SECTION("both set the eindstatus of the same zaken at the same moment") {
    std::string list;
    const auto zaken = create_zaken(db, kZaken, &list);
    // One writer brings them to the last status before the eindstatus.
    const auto prepared = walk(db, list, {"--statuses", "1-5"}, 1);
    CHECK(prepared.front().refused.empty());
    const auto raced = walk(db, list, {"--statuses", "6-6", "--details", "no"}, 2);
    // Exactly one closes each zaak; the other is refused with zaak-closed.
    CHECK(refusals(raced, "zaak-closed") == kZaken);
    for (const auto& identificatie : zaken) {
      INFO("zaak " << identificatie);
      CHECK(steps_of(raced, identificatie)[eind] == 1);
      const auto zaak = read_zaak(identificatie);
      const auto facts = read_facts(*store, zaak);
      int eindstatussen = 0;
      for (const auto& status : facts.statuses) {
        eindstatussen += status.statustype_uuid == zaaktype.eindstatus()->uuid ? 1 : 0;
      }
      CHECK(eindstatussen == 1);
      CHECK(zaak.einddatum.has_value());
      // 5 statuses, the resultaat and the one eindstatus changed the row.
      CHECK(zaak.version == 1 + 5 + 1 + 1);
      for (const auto& problem : invariant_problems(zaak, facts, zaaktype)) FAIL_CHECK(problem);
    }
  }
}
