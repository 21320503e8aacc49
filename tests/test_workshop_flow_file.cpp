// Format version 3 (the room): the workshop's flow is saved and loaded
// exactly, older files migrate with participant ids and nothing else, bad
// new fields are refused with their JSON pointer, and validation finds
// dangling references, dots over the limit and broken rounds and slides.

// [SECTION] A workshop that uses every new field
// [SECTION] Round trip and migration
// [SECTION] Refused input
// [SECTION] Validation

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/workshop_file.h"
#include "core/workshop_validation.h"
#include "test_support.h"

using namespace blokjes;
using Catch::Matchers::Contains;

namespace {

// -----------------------------------------------------------------------------
// [SECTION] A workshop that uses every new field
// -----------------------------------------------------------------------------

Block block(std::string id, double x, std::string by, std::string round) {
  Block b;
  b.id = std::move(id);
  b.kind = "intake";
  b.variant = "digitaal";
  b.label = "Melding " + b.id;
  b.lane = "burgerzaken";
  b.position = {x, 0};
  b.placed_by = std::move(by);
  b.placed_in_round = std::move(round);
  return b;
}

Workshop session_workshop() {
  Workshop workshop;
  workshop.name = "Sessie";
  workshop.departments = {{"burgerzaken", "Burgerzaken", "Publiekszaken"}};
  workshop.participants = {{"anna", "Anna", "teamleider", "burgerzaken", "#E69F00"},
                           {"bram", "Bram", "facilitator", "", ""}};
  Process a;
  a.id = "huwelijk";
  a.name = "Huwelijk";
  a.department = "burgerzaken";
  a.blocks = {block("b1", 0, "anna", "r1"), block("b2", 220.5, "bram", "r2"),
              block("b3", 440, "", "")};
  a.flows = {{"f1", "b1", "b2", FlowKind::sequence, ""}, {"f2", "b2", "b3", FlowKind::sequence, ""}};
  Process b = a;
  b.id = "woning";
  b.name = "Woning";
  workshop.processes = {a, b};
  workshop.notes = {{"n1", "Plakbriefje", "anna", "huwelijk", Position{10, -150.25}, "#A5D6A7", "r2"},
                    {"n2", "Losse notitie", "Bram (extern)", "", std::nullopt, "", ""}};
  workshop.rounds = {{"r1", "Inventariseren", 15, 0}, {"r2", "Vergelijken", 20, 3}};
  workshop.votes = {{"r2", "anna", "huwelijk", VoteTarget::block, "b2"},
                    {"r2", "anna", "huwelijk", VoteTarget::note, "n1"},
                    {"r2", "bram", "woning", VoteTarget::block, "b1"}};
  workshop.parking_lot = {{"q1", "Wie beheert het sjabloon?", "anna", "r1", false, ""},
                          {"q2", "Termijn?", "", "", true, "Acht weken."}};
  workshop.running_order = {{SlideKind::canvas, "huwelijk", "", ""},
                            {SlideKind::compare, "huwelijk", "woning", "Naast elkaar"},
                            {SlideKind::matrix, "", "", ""},
                            {SlideKind::coverage, "", "", ""},
                            {SlideKind::generic_model, "", "", ""},
                            {SlideKind::citizen, "huwelijk", "", ""},
                            {SlideKind::votes, "", "", ""}};
  workshop.inventory = {{"Huwelijk voltrekken", "Burgerzaken", 350, "P1Y", "huwelijk", true},
                        {"Rijbewijs", "Burgerzaken", 4200, "", "", false}};
  return workshop;
}

nlohmann::json session_document() {
  return nlohmann::json::parse(serialise_workshop(session_workshop()));
}

std::vector<Diagnostic> findings_of(const Workshop& workshop) {
  return validate_workshop(workshop, test::library());
}

// The findings at this pointer, so a test names exactly what it expects.
std::vector<Diagnostic> at(const std::vector<Diagnostic>& findings, const std::string& pointer) {
  std::vector<Diagnostic> found;
  std::copy_if(findings.begin(), findings.end(), std::back_inserter(found),
               [&](const Diagnostic& d) { return d.pointer == pointer; });
  return found;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Round trip and migration
// -----------------------------------------------------------------------------

TEST_CASE("the session workshop is valid without findings", "[room][file]") {
  const auto findings = findings_of(session_workshop());
  for (const auto& finding : findings) UNSCOPED_INFO(finding.pointer << ": " << finding.message);
  CHECK(findings.empty());
}

TEST_CASE("save then load of every version 3 field gives the same workshop", "[room][file]") {
  const Workshop original = session_workshop();
  const std::string text = serialise_workshop(original);
  const auto loaded = parse_workshop(text, "session.json");
  CHECK(loaded.workshop == original);
  CHECK(serialise_workshop(loaded.workshop) == text);
  const auto document = nlohmann::json::parse(text);
  CHECK(document["version"] == 3);
  CHECK(document["runningOrder"][1]["kind"] == "compare");
  CHECK(document["runningOrder"][1]["otherProcess"] == "woning");
  CHECK(document["votes"][1]["targetKind"] == "note");
  CHECK(document["processes"][0]["blocks"][0]["placedBy"] == "anna");
  CHECK(document["notes"][0]["position"]["y"] == -150.25);
  // Optional fields are left out while empty.
  CHECK_FALSE(document["notes"][1].contains("position"));
  CHECK_FALSE(document["processes"][0]["blocks"][2].contains("placedBy"));
  CHECK_FALSE(document["participants"][1].contains("colour"));
  CHECK_FALSE(document["parkingLot"][0].contains("answered"));
}

TEST_CASE("a workshop without a session saves no flow lists", "[room][file]") {
  Workshop workshop = session_workshop();
  workshop.rounds.clear();
  workshop.votes.clear();
  workshop.parking_lot.clear();
  workshop.running_order.clear();
  workshop.inventory.clear();
  const auto document = nlohmann::json::parse(serialise_workshop(workshop));
  for (const char* key : {"rounds", "votes", "parkingLot", "runningOrder", "inventory"}) {
    INFO(key);
    CHECK_FALSE(document.contains(key));
  }
  CHECK(parse_workshop(document.dump(), "w.json").workshop == workshop);
}

TEST_CASE("every older fixture under tests/data loads", "[room][file]") {
  int older = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(test::source_path("tests/data"))) {
    if (entry.path().extension() != ".json") continue;
    const auto document = nlohmann::json::parse(test::read_file(entry.path().string()), nullptr,
                                                false);
    if (!document.is_object() || document.value("format", "") != kWorkshopFormat) continue;
    INFO(entry.path().string());
    CHECK(document["version"].get<int>() < kWorkshopFormatVersion);
    const auto loaded = load_workshop(entry.path().string());
    CHECK_FALSE(loaded.workshop.processes.empty());
    for (std::size_t i = 0; i < loaded.workshop.participants.size(); ++i) {
      CHECK(loaded.workshop.participants[i].id == "p" + std::to_string(i + 1));
    }
    ++older;
  }
  CHECK(older >= 2);  // workshop-v1.json and zac-ready-workshop.json
}

TEST_CASE("a version 2 file migrates to its content plus participant ids", "[room][file]") {
  // The version 2 text of a workshop: today's save without the version 3 fields.
  Workshop v2 = session_workshop();
  v2.rounds.clear();
  v2.votes.clear();
  v2.parking_lot.clear();
  v2.running_order.clear();
  v2.inventory.clear();
  v2.notes[0].position.reset();
  v2.notes[0].colour.clear();
  v2.notes[0].placed_in_round.clear();
  for (auto& process : v2.processes) {
    for (auto& b : process.blocks) b.placed_by.clear(), b.placed_in_round.clear();
  }
  v2.participants.push_back({"", "Carla", "", "", ""});
  auto document = nlohmann::json::parse(serialise_workshop(v2));
  document["version"] = 2;
  document["participants"][0].erase("id");  // no id: gets one
  document["participants"][0].erase("colour");
  document["participants"][1]["id"] = "p2";  // an id it holds is kept and not given again
  document["participants"][2].erase("id");

  const Workshop migrated = parse_workshop(document.dump(2), "v2.json").workshop;
  Workshop expected = v2;
  expected.participants[0].id = "p1";
  expected.participants[0].colour.clear();
  expected.participants[1].id = "p2";
  expected.participants[2].id = "p3";
  CHECK(migrated == expected);
}

TEST_CASE("a version 4 file is refused as newer", "[room][file]") {
  auto document = session_document();
  document["version"] = 4;
  const auto error = test::workshop_load_error(document.dump(2));
  CHECK(error.pointer() == "/version");
  CHECK_THAT(std::string(error.what()),
             Contains("newer Blokjessessie") && Contains("reads up to version 3"));
}

// -----------------------------------------------------------------------------
// [SECTION] Refused input
// -----------------------------------------------------------------------------

TEST_CASE("malformed version 3 fields are refused with their JSON pointer", "[room][file]") {
  auto document = session_document();
  std::string pointer;
  std::string expected;
  SECTION("a vote with an unknown targetKind") {
    document["votes"][0]["targetKind"] = "flow";
    pointer = "/votes/0/targetKind";
    expected = "expected one of: block, note";
  }
  SECTION("a slide kind foo") {
    document["runningOrder"][2]["kind"] = "foo";
    pointer = "/runningOrder/2/kind";
    expected = "canvas, compare, matrix, coverage, citizen, votes";
  }
  SECTION("round minutes that are text") {
    document["rounds"][1]["minutes"] = "x";
    pointer = "/rounds/1/minutes";
    expected = "expected a number";
  }
  SECTION("a note position that is not an object") {
    document["notes"][0]["position"] = "linksboven";
    pointer = "/notes/0/position";
    expected = "expected an object";
  }
  SECTION("a participant without an id in a version 3 file") {
    document["participants"][1].erase("id");
    pointer = "/participants/1";
    expected = "id";
  }
  SECTION("an unknown key in a parked question") {
    document["parkingLot"][0]["prioriteit"] = 1;
    pointer = "/parkingLot/0/prioriteit";
    expected = "unknown field";
  }
  SECTION("a fractional yearly volume") {
    document["inventory"][0]["volumePerYear"] = 2.5;
    pointer = "/inventory/0/volumePerYear";
    expected = "expected a whole number";
  }
  const auto error = test::workshop_load_error(document.dump(2));
  CHECK(error.pointer() == pointer);
  CHECK_THAT(std::string(error.what()), Contains("bad.json:") && Contains(expected));
}

// -----------------------------------------------------------------------------
// [SECTION] Validation
// -----------------------------------------------------------------------------

TEST_CASE("duplicate ids of participants rounds notes and questions are errors",
          "[room][file]") {
  Workshop workshop = session_workshop();
  workshop.participants[1].id = "anna";
  workshop.rounds[1].id = "r1";
  workshop.notes[1].id = "n1";
  workshop.parking_lot[1].id = "q1";
  const auto findings = findings_of(workshop);
  for (const char* pointer :
       {"/participants/1/id", "/rounds/1/id", "/notes/1/id", "/parkingLot/1/id"}) {
    INFO(pointer);
    const auto found = at(findings, pointer);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK_THAT(found[0].message, Contains("duplicate"));
  }
}

TEST_CASE("references to missing participants rounds processes blocks and notes are warnings",
          "[room][file]") {
  Workshop workshop = session_workshop();
  workshop.votes[0].participant = "zoe";
  workshop.votes[1].target = "n9";
  workshop.votes[2].round = "r9";
  workshop.votes.push_back({"r2", "bram", "weg", VoteTarget::block, "b1"});
  workshop.votes.push_back({"r2", "bram", "woning", VoteTarget::block, "b9"});
  workshop.processes[0].blocks[0].placed_by = "zoe";
  workshop.processes[0].blocks[1].placed_in_round = "r9";
  workshop.notes[0].placed_in_round = "r9";
  workshop.running_order[0].process = "weg";
  workshop.running_order[1].other_process = "weg";
  workshop.inventory[0].process = "weg";
  workshop.parking_lot[0].round = "r9";
  const auto findings = findings_of(workshop);
  for (const char* pointer :
       {"/votes/0/participant", "/votes/1/target", "/votes/2/round", "/votes/3/process",
        "/votes/4/target", "/processes/0/blocks/0/placedBy", "/processes/0/blocks/1/placedInRound",
        "/notes/0/placedInRound", "/runningOrder/0/process", "/runningOrder/1/otherProcess",
        "/inventory/0/process", "/parkingLot/0/round"}) {
    INFO(pointer);
    const auto found = at(findings, pointer);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
  }
  CHECK(at(findings, "/processes/0/blocks/0/placedBy")[0].block_id == "b1");
  CHECK_FALSE(has_errors(findings));
}

TEST_CASE("more dots than the round allows is one error per participant", "[room][file]") {
  Workshop workshop = session_workshop();
  for (int i = 0; i < 3; ++i) {
    workshop.votes.push_back({"r2", "anna", "woning", VoteTarget::block, "b3"});
  }
  // anna: 2 + 3 = 5 dots of 3; the fourth (index 4) is the first over.
  const auto findings = findings_of(workshop);
  const auto found = at(findings, "/votes/4");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::error);
  CHECK_THAT(found[0].message, Contains("\"anna\"") && Contains("3"));
  CHECK(at(findings, "/votes/5").empty());
  SECTION("a round without voting allows no dot") {
    workshop.votes = {{"r1", "bram", "huwelijk", VoteTarget::block, "b1"}};
    CHECK(at(findings_of(workshop), "/votes/0").size() == 1);
  }
}

TEST_CASE("a round of less than a minute or with negative dots is an error", "[room][file]") {
  Workshop workshop = session_workshop();
  workshop.rounds[0].minutes = 0;
  workshop.rounds[1].dots = -1;
  workshop.votes.clear();
  const auto findings = findings_of(workshop);
  REQUIRE(at(findings, "/rounds/0/minutes").size() == 1);
  CHECK(at(findings, "/rounds/0/minutes")[0].severity == Severity::error);
  REQUIRE(at(findings, "/rounds/1/dots").size() == 1);
  CHECK(at(findings, "/rounds/1/dots")[0].severity == Severity::error);
}

TEST_CASE("a compare slide without two processes is an error", "[room][file]") {
  Workshop workshop = session_workshop();
  workshop.running_order[1].other_process.clear();
  const auto findings = findings_of(workshop);
  const auto found = at(findings, "/runningOrder/1");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::error);
  CHECK_THAT(found[0].message, Contains("two processes"));
}

TEST_CASE("a participant colour that is not #RRGGBB is an error", "[room][file]") {
  Workshop workshop = session_workshop();
  workshop.participants[0].colour = "oranje";
  const auto found = at(findings_of(workshop), "/participants/0/colour");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::error);
}
