// Every scenario loads, validates clean and round-trips unchanged; the demo
// workshop has the processes and directorates the workshop story needs.

#include <catch2/catch.hpp>
#include <set>

#include "core/workshop_file.h"
#include "core/workshop_validation.h"
#include "test_support.h"

using namespace blokjes;
using blokjes::test::demo_workshop_path;
using blokjes::test::library;

namespace {

std::vector<std::string> scenario_files() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(test::source_path("scenarios"))) {
    if (entry.path().extension() == ".json") files.push_back(entry.path().string());
  }
  return files;
}

std::vector<std::string> kinds_in_order(const Process& process) {
  std::vector<std::string> kinds;
  for (const Block* block : process.ordered_blocks()) kinds.push_back(block->kind);
  return kinds;
}

}  // namespace

TEST_CASE("every scenario loads and validates without errors or warnings", "[scenarios]") {
  const auto files = scenario_files();
  REQUIRE_FALSE(files.empty());
  for (const auto& file : files) {
    INFO(file);
    const auto loaded = load_workshop(file);
    const auto findings = validate_workshop(loaded.workshop, library());
    for (const auto& finding : findings) {
      UNSCOPED_INFO(format_diagnostic(file, loaded.source.get(), finding));
    }
    CHECK(findings.empty());
  }
}

TEST_CASE("every scenario round-trips byte for byte", "[scenarios]") {
  for (const auto& file : scenario_files()) {
    INFO(file);
    const auto loaded = load_workshop(file);
    const std::string saved = serialise_workshop(loaded.workshop);
    CHECK(saved == loaded.source->text());
    CHECK(parse_workshop(saved, "again").workshop == loaded.workshop);
  }
}

TEST_CASE("the demo workshop has the processes the workshop story needs", "[scenarios]") {
  const Workshop workshop = load_workshop(demo_workshop_path()).workshop;
  CHECK(workshop.processes.size() >= 10);
  for (const char* id :
       {"huwelijk", "melding-achterstallig-woningonderhoud", "omgevingsvergunning-regulier",
        "publieksreactie", "melding-openbare-ruimte", "wmo-maatwerkvoorziening", "bezwaarschrift",
        "klacht", "evenementenvergunning", "parkeervergunning"}) {
    INFO(id);
    CHECK(workshop.find_process(id) != nullptr);
  }
  std::set<std::string> directorates;
  for (const auto& process : workshop.processes) {
    const Department* department = workshop.find_department(process.department);
    REQUIRE(department != nullptr);
    directorates.insert(department->directorate);
  }
  CHECK(directorates == std::set<std::string>{"Publiekszaken", "Toezicht & Handhaving",
                                              "Vergunningen", "Zorg", "Dienstverlening"});
}

TEST_CASE("the demo's lead times follow the law", "[scenarios]") {
  const Workshop workshop = load_workshop(demo_workshop_path()).workshop;
  const auto& omgeving = workshop.find_process("omgevingsvergunning-regulier")->zaaktype;
  CHECK(omgeving.doorlooptijd == "P8W");
  CHECK(omgeving.verlenging_mogelijk);
  CHECK(omgeving.verlengingstermijn == "P6W");
  const auto& wmo = workshop.find_process("wmo-maatwerkvoorziening")->zaaktype;
  CHECK(wmo.doorlooptijd == "P8W");
  const auto& bezwaar = workshop.find_process("bezwaarschrift")->zaaktype;
  CHECK(bezwaar.verlengingstermijn == "P6W");
  CHECK(workshop.find_process("huwelijk")->zaaktype.doorlooptijd == "P1Y");
}

TEST_CASE("huwelijk and woningonderhoud share most of their generic shape", "[scenarios]") {
  const Workshop workshop = load_workshop(demo_workshop_path()).workshop;
  const auto huwelijk = kinds_in_order(*workshop.find_process("huwelijk"));
  const auto woning =
      kinds_in_order(*workshop.find_process("melding-achterstallig-woningonderhoud"));
  const std::multiset<std::string> a(huwelijk.begin(), huwelijk.end());
  const std::multiset<std::string> b(woning.begin(), woning.end());
  std::vector<std::string> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  CHECK(shared.size() * 10 >= std::max(a.size(), b.size()) * 8);
  CHECK(huwelijk.front() == "intake");
  CHECK(woning.front() == "intake");
  CHECK(huwelijk.back() == "archiveren");
  CHECK(woning.back() == "archiveren");
}
