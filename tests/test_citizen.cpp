// The citizen's view ("Dirk", docs/citizen.md): the timeline equals the
// exported zaaktype's statustypen, the gaps are found and named, the same gaps
// are validation warnings, and `blokjes citizen` prints and exits as documented.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "catalogi/citizen_timeline.h"
#include "catalogi/validation.h"
#include "catalogi_support.h"
#include "shell_run.h"

// [SECTION] A process built by hand
// [SECTION] The timeline
// [SECTION] Gaps
// [SECTION] Validation warnings
// [SECTION] The block library's citizen actions
// [SECTION] blokjes citizen

using namespace blokjes;
using blokjes::test::library;
using Catch::Matchers::Contains;

namespace {

// -----------------------------------------------------------------------------
// [SECTION] A process built by hand
// -----------------------------------------------------------------------------

struct StepSpec {
  std::string kind;
  std::string variant;
  std::optional<bool> informeren;       // override of the variant's
  std::optional<std::string> doorlooptijd;  // override of the variant's
};

// A straight line of blocks b1, b2, ... in the given order.
Process line_process(const std::vector<StepSpec>& specs) {
  Process process;
  process.id = "p";
  process.name = "Proef";
  for (std::size_t i = 0; i < specs.size(); ++i) {
    Block block;
    block.id = "b" + std::to_string(i + 1);
    block.kind = specs[i].kind;
    block.variant = specs[i].variant;
    block.position = {static_cast<double>(i) * 200, 0};
    block.overrides.statustype.informeren = specs[i].informeren;
    block.overrides.statustype.doorlooptijd = specs[i].doorlooptijd;
    process.blocks.push_back(block);
    if (i > 0) {
      process.flows.push_back({"f" + std::to_string(i), "b" + std::to_string(i),
                               "b" + std::to_string(i + 1), FlowKind::sequence, ""});
    }
  }
  return process;
}

std::vector<std::string> ids(const std::vector<const CitizenStep*>& steps) {
  std::vector<std::string> result;
  for (const auto* step : steps) result.push_back(step->block_id);
  return result;
}

std::vector<const CitizenGap*> gaps_of(const CitizenTimeline& timeline, CitizenGapKind kind) {
  std::vector<const CitizenGap*> result;
  for (const auto& gap : timeline.gaps) {
    if (gap.kind == kind) result.push_back(&gap);
  }
  return result;
}

// Intake (day 1, informs), In behandeling (+14, informs), Besluit (+7, informs),
// Afgerond (+1, silent): no gaps under the default limits.
std::vector<StepSpec> quiet_process() {
  return {{"intake", "digitaal", {}, {}},
          {"behandelen", "standaard", {}, {}},
          {"besluiten", "mandaat", {}, {}},
          {"archiveren", "standaard", {}, {}}};
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] The timeline
// -----------------------------------------------------------------------------

TEST_CASE("Citizen timeline has the exported zaaktype's statustypen in order", "[room][citizen]") {
  const auto& workshop = blokjes::test::demo_workshop();
  const auto prepared = blokjes::test::export_of(workshop);
  REQUIRE(prepared.objects.zaaktypen.size() == workshop.processes.size());
  for (const auto& zaaktype : prepared.objects.zaaktypen) {
    const Process* process = workshop.find_process(zaaktype.process_id);
    REQUIRE(process != nullptr);
    const auto timeline = citizen_timeline(*process, library(), Language::dutch);
    std::vector<std::tuple<std::string, std::string, bool>> exported, shown;
    for (const auto& statustype : zaaktype.statustypen) {
      exported.emplace_back(statustype.data["omschrijving"].get<std::string>(),
                            statustype.data["statustekst"].get<std::string>(),
                            statustype.data["informeren"].get<bool>());
    }
    for (const auto& step : timeline.steps) {
      if (step.sets_status) shown.emplace_back(step.omschrijving, step.statustekst, step.informs);
    }
    INFO(process->id);
    CHECK(shown == exported);
  }
}

TEST_CASE("Citizen timeline days add up the statustype doorlooptijden", "[room][citizen]") {
  auto process = line_process(quiet_process());
  process.zaaktype.servicenorm = "P4W";
  process.zaaktype.doorlooptijd = "P8W";
  const auto timeline = citizen_timeline(process, library(), Language::dutch);
  const auto messages = timeline.messages();
  CHECK(ids(messages) == std::vector<std::string>{"b1", "b2", "b3"});
  REQUIRE(messages.size() == 3);
  CHECK(messages[0]->day == 1);   // P1D
  CHECK(messages[1]->day == 15);  // + P2W
  CHECK(messages[2]->day == 22);  // + P1W
  CHECK(messages[0]->statustekst == "Wij hebben uw digitale aanvraag ontvangen.");
  CHECK(timeline.end_day == 23);
  CHECK(timeline.expected_day == 28);
  CHECK(timeline.latest_day == 56);
  CHECK(timeline.gaps.empty());
  // English statusteksten when asked.
  const auto english = citizen_timeline(process, library(), Language::english);
  CHECK(english.messages()[0]->statustekst == "We have received your online application.");
}

TEST_CASE("Citizen timeline days follow the quickest path past optional steps", "[room][citizen]") {
  // b1 intake -> b2 behandelen -> b4 besluiten -> b5 archiveren, with an
  // onderzoek (b3, three weeks) that only some zaken take: b2 -> b3 -> b4.
  auto process = line_process({{"intake", "digitaal", {}, {}},
                               {"behandelen", "standaard", {}, {}},
                               {"behandelen", "onderzoek", {}, {}},
                               {"besluiten", "mandaat", {}, {}},
                               {"archiveren", "standaard", {}, {}}});
  process.flows.push_back({"f-skip", "b2", "b4", FlowKind::conditional, ""});
  // A rework flow back to behandelen never makes anything quicker.
  process.flows.push_back({"f-back", "b4", "b2", FlowKind::rework, ""});
  process.zaaktype.doorlooptijd = "P4W";
  const auto timeline = citizen_timeline(process, library(), Language::dutch);
  REQUIRE(timeline.steps.size() == 5);
  CHECK(timeline.find_step("b2")->day == 15);  // P1D + P2W
  CHECK(timeline.find_step("b3")->day == 36);  // + P3W, when it is taken
  CHECK(timeline.find_step("b4")->day == 22);  // + P1W straight from b2
  CHECK(timeline.end_day == 23);
  // The decision comes within the doorlooptijd on the quickest path.
  CHECK(gaps_of(timeline, CitizenGapKind::deadline).empty());
}

TEST_CASE("Citizen timeline without flows adds up the process order", "[room][citizen]") {
  auto process = line_process(quiet_process());
  process.flows.clear();
  const auto timeline = citizen_timeline(process, library(), Language::dutch);
  CHECK(timeline.find_step("b3")->day == 22);
  CHECK(timeline.end_day == 23);
}

TEST_CASE("Citizen timeline days after an unknown doorlooptijd are unknown", "[room][citizen]") {
  auto specs = quiet_process();
  specs[1].doorlooptijd = "twee weken";
  const auto timeline = citizen_timeline(line_process(specs), library(), Language::dutch);
  CHECK(timeline.steps[0].day == 1);
  CHECK_FALSE(timeline.steps[1].day.has_value());
  CHECK_FALSE(timeline.steps[2].day.has_value());
  CHECK_FALSE(timeline.end_day.has_value());
  // No day-based gap is claimed without days.
  CHECK(gaps_of(timeline, CitizenGapKind::deadline).empty());
}

TEST_CASE("Citizen timeline marks opschorting only when the zaaktype allows it", "[room][citizen]") {
  auto process = line_process({{"intake", "digitaal", {}, {}},
                               {"aanvullende-informatie", "standaard", {}, {}},
                               {"betalen", "standaard", {}, {}},
                               {"behandelen", "gesprek", {}, {}},
                               {"besluiten", "mandaat", {}, {}}});
  process.zaaktype.opschorting_en_aanhouding_mogelijk = false;
  auto timeline = citizen_timeline(process, library(), Language::dutch);
  CHECK_FALSE(timeline.steps[1].can_suspend);
  process.zaaktype.opschorting_en_aanhouding_mogelijk = true;
  timeline = citizen_timeline(process, library(), Language::dutch);
  CHECK(timeline.steps[1].can_suspend);
  CHECK_FALSE(timeline.steps[2].can_suspend);
  // What the citizen has to do comes from the library's data.
  CHECK(timeline.steps[0].action == CitizenAction::none);
  CHECK(timeline.steps[1].action == CitizenAction::supply_information);
  CHECK(timeline.steps[2].action == CitizenAction::pay);
  CHECK(timeline.steps[3].action == CitizenAction::attend);
  CHECK(citizen_action_words(CitizenAction::pay, Language::dutch) == "betalen");
  const auto json = to_json(timeline);
  CHECK(json["opschorting"] == nlohmann::ordered_json::array({"b2"}));
  CHECK(json["citizenActions"].size() == 3);
  CHECK(json["citizenActions"][0]["action"] == "supplyInformation");
  CHECK(json["messages"][0]["block"] == "b1");
}

// -----------------------------------------------------------------------------
// [SECTION] Gaps
// -----------------------------------------------------------------------------

TEST_CASE("Citizen gap: more silent steps in a row than the limit", "[room][citizen]") {
  auto specs = quiet_process();
  // Four quiet one-day steps between the intake and the decision.
  for (int i = 0; i < 4; ++i) specs.insert(specs.begin() + 1, {"behandelen", "standaard", false, "P1D"});
  const auto process = line_process(specs);
  const auto timeline = citizen_timeline(process, library(), Language::dutch);
  const auto silences = gaps_of(timeline, CitizenGapKind::silence);
  REQUIRE(silences.size() == 1);
  // The four quiet steps and the message that ends the silence.
  CHECK(silences[0]->block_ids == std::vector<std::string>{"b2", "b3", "b4", "b5", "b6"});
  CHECK_THAT(silences[0]->message, Contains("4 stappen"));
  // Within a higher limit it is no gap.
  CitizenGapLimits relaxed;
  relaxed.max_silent_steps = 4;
  CHECK(gaps_of(citizen_timeline(process, library(), Language::dutch, relaxed),
                CitizenGapKind::silence)
            .empty());
}

TEST_CASE("Citizen gap: more silent days than the limit", "[room][citizen]") {
  auto specs = quiet_process();
  specs.insert(specs.begin() + 1, {"adviseren", "intern", {}, "P5W"});  // silent, 35 days
  auto process = line_process(specs);
  process.zaaktype.doorlooptijd = "P12W";  // the outcome on day 57 is in time
  const auto timeline = citizen_timeline(process, library(), Language::english);
  const auto silences = gaps_of(timeline, CitizenGapKind::silence);
  REQUIRE(silences.size() == 1);
  CHECK(silences[0]->from_day == 1);
  CHECK(silences[0]->to_day == 1 + 35 + 14);
  CHECK(silences[0]->block_ids == std::vector<std::string>{"b2", "b3"});
  CHECK_THAT(silences[0]->message, Contains("49 days") && Contains("b2 and b3"));
  CitizenGapLimits relaxed;
  relaxed.max_silent_days = 49;
  CHECK(citizen_timeline(process, library(), Language::english, relaxed).gaps.empty());
}

TEST_CASE("Citizen gap: the process never tells the outcome", "[room][citizen]") {
  auto specs = quiet_process();
  specs[2].informeren = false;  // the decision is taken in silence
  const auto timeline = citizen_timeline(line_process(specs), library(), Language::dutch);
  const auto missing = gaps_of(timeline, CitizenGapKind::no_outcome);
  REQUIRE(missing.size() == 1);
  CHECK(missing[0]->block_ids == std::vector<std::string>{"b3", "b4"});
  CHECK_THAT(missing[0]->message, Contains("b3"));
  // An informing step after the decision tells it after all.
  specs.insert(specs.begin() + 3, {"informeren", "standaard", {}, {}});
  CHECK(gaps_of(citizen_timeline(line_process(specs), library(), Language::dutch),
                CitizenGapKind::no_outcome)
            .empty());
}

TEST_CASE("Citizen gap: a process without a decision that informs only at the start", "[room][citizen]") {
  const auto timeline = citizen_timeline(
      line_process({{"intake", "digitaal", {}, {}}, {"archiveren", "standaard", {}, {}}}),
      library(), Language::dutch);
  REQUIRE(gaps_of(timeline, CitizenGapKind::no_outcome).size() == 1);
  CHECK(gaps_of(timeline, CitizenGapKind::no_outcome)[0]->block_ids.front() == "b1");
}

TEST_CASE("Citizen gap: a deadline passes before the outcome is told", "[room][citizen]") {
  auto process = line_process(quiet_process());  // the outcome on day 22
  process.zaaktype.servicenorm = "P2W";
  process.zaaktype.doorlooptijd = "P3W";
  const auto timeline = citizen_timeline(process, library(), Language::dutch);
  const auto deadlines = gaps_of(timeline, CitizenGapKind::deadline);
  REQUIRE(deadlines.size() == 2);
  CHECK(deadlines[0]->from_day == 14);
  CHECK(deadlines[0]->to_day == 22);
  CHECK(deadlines[0]->block_ids == std::vector<std::string>{"b2", "b3"});  // days 15 and 22
  CHECK_THAT(deadlines[0]->message, Contains("servicenorm"));
  CHECK(deadlines[1]->from_day == 21);
  CHECK(deadlines[1]->block_ids == std::vector<std::string>{"b3"});
  CHECK_THAT(deadlines[1]->message, Contains("doorlooptijd"));
  process.zaaktype.doorlooptijd = "P22D";
  process.zaaktype.servicenorm.reset();
  CHECK(gaps_of(citizen_timeline(process, library(), Language::dutch), CitizenGapKind::deadline)
            .empty());
}

// -----------------------------------------------------------------------------
// [SECTION] Validation warnings
// -----------------------------------------------------------------------------

TEST_CASE("Citizen gaps are validation warnings on the block concerned", "[room][citizen]") {
  auto specs = quiet_process();
  specs[2].informeren = false;
  Workshop workshop = blokjes::test::demo_with("huwelijk");
  workshop.processes.push_back(line_process(specs));
  for (const auto profile : {ValidationProfile::catalogi, ValidationProfile::zac}) {
    const auto prepared = blokjes::test::export_of(workshop, {"p"}, profile);
    const auto found = std::find_if(
        prepared.diagnostics.begin(), prepared.diagnostics.end(), [](const Diagnostic& d) {
          return d.message.find("citizen's view") != std::string::npos;
        });
    REQUIRE(found != prepared.diagnostics.end());
    CHECK(found->severity == Severity::warning);
    CHECK(found->process_id == "p");
    CHECK(found->block_id == "b3");
    CHECK(found->pointer == "/processes/1/blocks/2");
    CHECK_THAT(found->message, Contains("never hears the outcome"));
  }
  // A process without gaps adds no such warning.
  std::vector<Diagnostic> findings;
  Workshop quiet;
  quiet.processes.push_back(line_process(quiet_process()));
  check_citizen(quiet, library(), {}, findings);
  CHECK(findings.empty());
}

TEST_CASE("Citizen gaps on the demo workshop are what the timeline says", "[room][citizen]") {
  const auto& workshop = blokjes::test::demo_workshop();
  std::vector<Diagnostic> findings;
  check_citizen(workshop, library(), {}, findings);
  std::size_t expected = 0;
  for (const auto& process : workshop.processes) {
    const auto gaps = citizen_timeline(process, library(), Language::english).gaps;
    expected += gaps.size();
    for (const auto& gap : gaps) {
      INFO(process.id << ": " << gap.message);
      CHECK(std::any_of(findings.begin(), findings.end(), [&](const Diagnostic& d) {
        return d.process_id == process.id && d.block_id == gap.block_ids.front() &&
               d.severity == Severity::warning;
      }));
    }
  }
  CHECK(findings.size() == expected);
  CHECK_FALSE(has_errors(findings));
}

// -----------------------------------------------------------------------------
// [SECTION] The block library's citizen actions
// -----------------------------------------------------------------------------

TEST_CASE("Block library reads citizenAction on kinds and variants", "[room][citizen]") {
  const std::string text = R"({"format": "blokjessessie-blocks", "version": 1, "kinds": [
    {"id": "k", "colour": "#000000", "name": {"nl": "K"}, "description": {"nl": ""},
     "citizenAction": "pay",
     "variants": [
       {"id": "a", "name": {"nl": "A"}, "description": {"nl": ""}, "mapping": {}},
       {"id": "b", "name": {"nl": "B"}, "description": {"nl": ""}, "mapping": {},
        "citizenAction": "collect"}]}]})";
  const auto parsed = parse_block_library(text, "blocks.json");
  CHECK(parsed.citizen_action("k", "a") == CitizenAction::pay);
  CHECK(parsed.citizen_action("k", "b") == CitizenAction::collect);
  CHECK(parsed.citizen_action("k", "unknown") == CitizenAction::pay);
  CHECK(parsed.citizen_action("unknown", "a") == CitizenAction::none);
  CHECK(citizen_action_from_string("supplyInformation") == CitizenAction::supply_information);
  CHECK_FALSE(citizen_action_from_string("dance").has_value());
}

TEST_CASE("Block library refuses an unknown citizenAction naming the place", "[room][citizen]") {
  const std::string text = R"({"format": "blokjessessie-blocks", "version": 1, "kinds": [
    {"id": "k", "colour": "#000000", "name": {"nl": "K"}, "description": {"nl": ""},
     "variants": [{"id": "a", "name": {"nl": "A"}, "description": {"nl": ""}, "mapping": {},
                   "citizenAction": "dance"}]}]})";
  try {
    parse_block_library(text, "blocks.json");
    FAIL("the library loaded");
  } catch (const LoadError& error) {
    const std::string message = error.what();
    CHECK_THAT(message, Contains("blocks.json") && Contains("citizenAction") &&
                            Contains("supplyInformation"));
  }
}

// -----------------------------------------------------------------------------
// [SECTION] blokjes citizen
// -----------------------------------------------------------------------------

namespace {

blokjes::test::ShellRun run_citizen(const std::string& arguments) {
  using blokjes::test::shell_quote;
  return blokjes::test::run_shell(shell_quote(BLOKJES_CLI_PATH) + " citizen " +
                                  shell_quote(blokjes::test::demo_workshop_path()) + " " +
                                  arguments + " 2>&1");
}

}  // namespace

TEST_CASE("blokjes citizen prints the timeline in Dutch and exits 1 on gaps", "[room][citizen]") {
  const auto timeline = citizen_timeline(*blokjes::test::demo_workshop().find_process("huwelijk"),
                                         library(), Language::dutch);
  const auto run = run_citizen("huwelijk");
  CHECK(run.exit_code == (timeline.gaps.empty() ? 0 : 1));
  CHECK_THAT(run.output, Contains("zoals de burger het beleeft") &&
                             Contains("We hebben uw melding voorgenomen huwelijk") &&
                             Contains("de burger moet: informatie aanleveren") &&
                             Contains("opschorting: de klok kan hier stilstaan") &&
                             Contains("de burger moet: betalen"));
  const auto english = run_citizen("huwelijk --lang en");
  CHECK_THAT(english.output, Contains("as the citizen experiences it") &&
                                 Contains("the citizen has to: pay"));
}

TEST_CASE("blokjes citizen --json gives the timeline and its gaps", "[room][citizen]") {
  const auto run = run_citizen("melding-openbare-ruimte --json");
  const auto json = nlohmann::json::parse(run.output);
  const auto timeline = citizen_timeline(
      *blokjes::test::demo_workshop().find_process("melding-openbare-ruimte"), library(),
      Language::dutch);
  CHECK(json["process"] == "melding-openbare-ruimte");
  CHECK(json["expectedDay"] == 7);
  CHECK(json["latestDay"] == 28);
  CHECK(json["messages"].size() == timeline.messages().size());
  CHECK(json["gaps"].size() == timeline.gaps.size());
  CHECK(run.exit_code == (timeline.gaps.empty() ? 0 : 1));
}

TEST_CASE("blokjes citizen refuses an unknown process with exit 2", "[room][citizen]") {
  const auto run = run_citizen("geen-proces");
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.output, Contains("no process \"geen-proces\"") && Contains("huwelijk"));
}
