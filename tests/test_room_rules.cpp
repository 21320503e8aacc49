// The room's rules in src/core: dot-voting (never more dots than the round
// allows, refusals a view can show, the ranking, withdrawing, undo) and
// replay (the canvas after each round; the last step is the process itself).

// [SECTION] A small workshop
// [SECTION] Dot-voting
// [SECTION] Replay

#include <catch2/catch.hpp>

#include <memory>
#include <variant>

#include "core/document.h"
#include "core/dot_voting.h"
#include "core/workshop_flow_commands.h"
#include "core/workshop_replay.h"
#include "test_support.h"

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] A small workshop
// -----------------------------------------------------------------------------

Block block(std::string id, std::string round, std::string label = "") {
  Block made;
  made.id = std::move(id);
  made.kind = "status";
  made.variant = "ontvangen";
  made.label = std::move(label);
  made.placed_in_round = std::move(round);
  return made;
}

// Two rounds without dots and one with 3; Anna and Bert; a process whose
// blocks arrive over the rounds (b1 before the agenda, b2 in r1, b3 in r2),
// flows b1->b2 and b2->b3, and one sticky note placed in r2.
Workshop room() {
  Workshop workshop;
  workshop.participants = {{"anna", "Anna", "", "", ""}, {"bert", "Bert", "", "", ""}};
  workshop.rounds = {{"r1", "Inventariseren", 15, 0},
                     {"r2", "Blokjes leggen", 20, 0},
                     {"r3", "Stemmen", 10, 3}};
  Process process;
  process.id = "p";
  process.name = "Paspoort";
  process.blocks = {block("b1", "", "Aanvraag"), block("b2", "r1", "Intake"),
                    block("b3", "r2", "Besluit")};
  process.flows = {{"f1", "b1", "b2", FlowKind::sequence, ""},
                   {"f2", "b2", "b3", FlowKind::sequence, ""}};
  workshop.processes.push_back(process);
  Note note;
  note.id = "n1";
  note.text = "Waarom twee keer?";
  note.author = "anna";
  note.process = "p";
  note.position = Position{100, 300};
  note.placed_in_round = "r2";
  workshop.notes.push_back(note);
  return workshop;
}

Vote dot(std::string participant, std::string target, VoteTarget kind = VoteTarget::block) {
  return {"r3", std::move(participant), "p", kind, std::move(target)};
}

// Casts the dot and returns the refusal, or nothing when it was cast.
std::optional<VoteRefused> cast(Document& document, Vote vote) {
  auto made = make_cast_vote(document.workshop(), std::move(vote));
  if (auto* refusal = std::get_if<VoteRefused>(&made)) return *refusal;
  document.execute(std::move(std::get<std::unique_ptr<Command>>(made)));
  return std::nullopt;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Dot-voting
// -----------------------------------------------------------------------------

TEST_CASE("A participant casts up to the round's dots and the next is refused",
          "[room][canvasroom][voting]") {
  Document document(room(), "");
  CHECK(dots_allowed(document.workshop(), "r3") == 3);
  CHECK(dots_left(document.workshop(), "r3", "anna") == 3);
  CHECK_FALSE(cast(document, dot("anna", "b1")));
  CHECK_FALSE(cast(document, dot("anna", "b1")));
  CHECK_FALSE(cast(document, dot("anna", "n1", VoteTarget::note)));
  CHECK(dots_used(document.workshop(), "r3", "anna") == 3);
  CHECK(dots_left(document.workshop(), "r3", "anna") == 0);

  const auto refusal = cast(document, dot("anna", "b2"));
  REQUIRE(refusal);
  CHECK(refusal->message_nl == "Anna heeft al alle 3 stippen gezet.");
  CHECK(refusal->message_en == "Anna has already placed all 3 dots.");
  CHECK(document.workshop().votes.size() == 3);
  // Bert's dots are his own.
  CHECK(dots_left(document.workshop(), "r3", "bert") == 3);
}

TEST_CASE("Dots are refused without a participant or round or target",
          "[room][canvasroom][voting]") {
  Document document(room(), "");
  const auto nobody = cast(document, dot("", "b1"));
  REQUIRE(nobody);
  CHECK(nobody->message_nl == "Kies eerst wie er stemt.");
  Vote no_round = dot("anna", "b1");
  no_round.round = "";
  const auto without_round = cast(document, no_round);
  REQUIRE(without_round);
  CHECK(without_round->message_en == "Choose a round of the agenda first.");
  Vote quiet_round = dot("anna", "b1");
  quiet_round.round = "r1";
  const auto quiet = cast(document, quiet_round);
  REQUIRE(quiet);
  CHECK(quiet->message_nl == "In de ronde \"Inventariseren\" wordt niet gestemd.");
  const auto missing = cast(document, dot("anna", "b99"));
  REQUIRE(missing);
  CHECK(missing->message_en == "No dot can go there: that block or note does not exist.");
  // A note id given as a block is no target either.
  CHECK(cast(document, dot("anna", "n1")));
  CHECK(document.workshop().votes.empty());
}

TEST_CASE("Withdrawing takes one dot back and undo moves dots both ways",
          "[room][canvasroom][voting]") {
  Document document(room(), "");
  REQUIRE_FALSE(cast(document, dot("anna", "b2")));
  REQUIRE_FALSE(cast(document, dot("anna", "b2")));
  REQUIRE_FALSE(cast(document, dot("bert", "b2")));
  CHECK(dots_on(document.workshop(), "p", VoteTarget::block, "b2") == 3);

  auto withdraw = make_withdraw_vote(document.workshop(), dot("anna", "b2"));
  REQUIRE(withdraw);
  document.execute(std::move(withdraw));
  CHECK(dots_on(document.workshop(), "p", VoteTarget::block, "b2") == 2);
  CHECK(dots_left(document.workshop(), "r3", "anna") == 2);
  // Bert has no dot on b1: nothing to take back.
  CHECK(make_withdraw_vote(document.workshop(), dot("bert", "b1")) == nullptr);

  document.undo();  // the withdrawal
  CHECK(dots_left(document.workshop(), "r3", "anna") == 1);
  document.undo();  // Bert's dot
  CHECK(dots_left(document.workshop(), "r3", "bert") == 3);
  document.undo();  // Anna's second dot
  CHECK(dots_left(document.workshop(), "r3", "anna") == 2);
  document.redo();
  document.redo();
  CHECK(dots_left(document.workshop(), "r3", "anna") == 1);
  CHECK(dots_left(document.workshop(), "r3", "bert") == 2);
}

TEST_CASE("The ranking puts most dots first and names blocks and notes",
          "[room][canvasroom][voting]") {
  Document document(room(), "");
  REQUIRE_FALSE(cast(document, dot("anna", "b3")));
  REQUIRE_FALSE(cast(document, dot("bert", "n1", VoteTarget::note)));
  REQUIRE_FALSE(cast(document, dot("bert", "n1", VoteTarget::note)));
  REQUIRE_FALSE(cast(document, dot("bert", "b1")));

  const auto ranking = vote_ranking(document.workshop(), test::library(), Language::dutch);
  REQUIRE(ranking.size() == 3);
  CHECK(ranking[0].target_kind == VoteTarget::note);
  CHECK(ranking[0].name == "Waarom twee keer?");
  CHECK(ranking[0].dots == 2);
  CHECK(ranking[0].process_name == "Paspoort");
  // A tie goes in block order: b1 before b3.
  CHECK(ranking[1].target == "b1");
  CHECK(ranking[1].name == "Aanvraag");
  CHECK(ranking[2].target == "b3");
  CHECK(ranking[2].name == "Besluit");
  // Only the rounds asked for count.
  CHECK(vote_ranking(document.workshop(), test::library(), Language::dutch, "r1").empty());
}

TEST_CASE("Removing a voted note removes its dots and undo brings them back",
          "[room][canvasroom][voting]") {
  Document document(room(), "");
  REQUIRE_FALSE(cast(document, dot("anna", "n1", VoteTarget::note)));
  REQUIRE_FALSE(cast(document, dot("bert", "n1", VoteTarget::note)));
  document.execute(make_remove_notes(document.workshop(), {"n1"}));
  CHECK(document.workshop().notes.empty());
  CHECK(document.workshop().votes.empty());
  document.undo();
  CHECK(document.workshop().find_note("n1") != nullptr);
  CHECK(dots_on(document.workshop(), "p", VoteTarget::note, "n1") == 2);
}

// -----------------------------------------------------------------------------
// [SECTION] Replay
// -----------------------------------------------------------------------------

TEST_CASE("Replay steps count the blocks the canvas had after each round",
          "[room][canvasroom][replay]") {
  const Workshop workshop = room();
  const Process& process = workshop.processes.front();
  const auto steps = replay_steps(workshop, process);
  REQUIRE(steps.size() == 4);
  CHECK(steps[0].round.empty());
  CHECK(steps[0].blocks == 1);
  CHECK(steps[1].round == "r1");
  CHECK(steps[1].name == "Inventariseren");
  CHECK(steps[1].blocks == 2);
  CHECK(steps[2].blocks == 3);
  CHECK(steps[3].blocks == 3);
  CHECK(final_replay_step(workshop) == 3);
}

TEST_CASE("Replay hides flows with their blocks and ends on the process exactly",
          "[room][canvasroom][replay]") {
  Workshop workshop = room();
  // A block from a round the agenda no longer has counts as there from the start.
  workshop.processes.front().blocks.push_back(block("b4", "gone"));
  const Process& process = workshop.processes.front();

  const Process first = process_at_step(workshop, process, 0);
  REQUIRE(first.blocks.size() == 2);
  CHECK(first.blocks[0].id == "b1");
  CHECK(first.blocks[1].id == "b4");
  CHECK(first.flows.empty());

  const Process second = process_at_step(workshop, process, 1);
  CHECK(second.blocks.size() == 3);
  REQUIRE(second.flows.size() == 1);
  CHECK(second.flows[0].id == "f1");

  CHECK(process_at_step(workshop, process, final_replay_step(workshop)) == process);
  // Past the end is clamped to the final state.
  CHECK(process_at_step(workshop, process, 99) == process);

  CHECK(notes_at_step(workshop, "p", 1).empty());
  REQUIRE(notes_at_step(workshop, "p", 2).size() == 1);
  CHECK(notes_at_step(workshop, "p", 3).front() == workshop.notes.front());
  CHECK(notes_at_step(workshop, "other", 3).empty());
}

}  // namespace blokjes
