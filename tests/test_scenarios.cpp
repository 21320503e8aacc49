// Every scenario loads, validates clean and round-trips unchanged; the demo
// workshop has the processes and directorates the workshop story needs.

#include <catch2/catch.hpp>
#include <map>
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

TEST_CASE("the demo workshop shows the room", "[scenarios][room][file]") {
  const Workshop workshop = load_workshop(demo_workshop_path()).workshop;
  REQUIRE(workshop.rounds.size() == 4);
  const std::vector<std::pair<std::string, int>> agenda = {
      {"Inventariseren", 15}, {"Blokjes leggen", 30}, {"Vergelijken", 20}, {"Afspraken", 15}};
  for (std::size_t i = 0; i < agenda.size(); ++i) {
    CHECK(workshop.rounds[i].name == agenda[i].first);
    CHECK(workshop.rounds[i].minutes == agenda[i].second);
  }
  const Round& vergelijken = workshop.rounds[2];
  CHECK(vergelijken.dots == 3);

  CHECK(workshop.participants.size() >= 5);
  std::set<std::string> colours;
  for (const auto& participant : workshop.participants) {
    CHECK_FALSE(participant.id.empty());
    colours.insert(participant.colour);
  }
  CHECK(colours.size() == workshop.participants.size());  // everyone their own colour

  // The first two processes grew over rounds 1 and 2, so a replay visibly grows.
  for (std::size_t p = 0; p < 2; ++p) {
    std::set<std::string> rounds;
    for (const auto& block : workshop.processes[p].blocks) {
      INFO(workshop.processes[p].id << " " << block.id);
      CHECK(workshop.find_participant(block.placed_by) != nullptr);
      rounds.insert(block.placed_in_round);
    }
    CHECK(rounds == std::set<std::string>{workshop.rounds[0].id, workshop.rounds[1].id});
  }

  const std::string& first = workshop.processes.front().id;
  int sticky = 0;
  for (const auto& note : workshop.notes) {
    if (!note.position || note.process != first) continue;
    ++sticky;
    CHECK(workshop.find_participant(note.author) != nullptr);
  }
  CHECK(sticky >= 3);
  CHECK(sticky <= 5);

  CHECK(workshop.votes.size() >= 8);
  std::map<std::string, int> dots;
  std::set<VoteTarget> kinds;
  for (const auto& vote : workshop.votes) {
    CHECK(vote.round == vergelijken.id);
    kinds.insert(vote.target_kind);
    ++dots[vote.participant];
  }
  for (const auto& [participant, used] : dots) CHECK(used <= vergelijken.dots);
  CHECK(kinds.size() == 2);  // on blocks and on notes
  CHECK(workshop.parking_lot.size() == 3);

  const std::vector<SlideKind> order = {
      SlideKind::canvas,        SlideKind::canvas,  SlideKind::compare, SlideKind::matrix,
      SlideKind::coverage,      SlideKind::generic_model, SlideKind::citizen, SlideKind::votes};
  REQUIRE(workshop.running_order.size() == order.size());
  for (std::size_t i = 0; i < order.size(); ++i) CHECK(workshop.running_order[i].kind == order[i]);
  CHECK(workshop.running_order[0].process == first);
  CHECK(workshop.running_order[1].process == "melding-achterstallig-woningonderhoud");
  CHECK(workshop.running_order[2].process == first);
  CHECK(workshop.running_order[2].other_process == "melding-achterstallig-woningonderhoud");
  CHECK(workshop.running_order[6].process == first);
}
