// The undoable edits of the workshop's flow (core/workshop_flow_commands.h):
// each applies, undoes to the exact workshop before and redoes to the exact
// workshop after, through Document; removing notes or participants takes
// their dots along and undo puts them back in place.

#include <catch2/catch.hpp>

#include "core/document.h"
#include "core/workshop_flow_commands.h"

using namespace blokjes;

namespace {

Workshop flow_workshop() {
  Workshop workshop;
  workshop.participants = {{"p1", "Anna", "", "", ""}, {"p2", "Bram", "", "", ""}};
  Process process;
  process.id = "huwelijk";
  process.name = "Huwelijk";
  Block block;
  block.id = "b1";
  block.kind = "intake";
  block.variant = "standaard";
  process.blocks = {block};
  workshop.processes = {process};
  workshop.notes = {{"n1", "Eerste", "p1", "huwelijk", Position{0, -100}, "", "r1"},
                    {"n2", "Tweede", "p2", "huwelijk", Position{200, -100}, "", "r1"},
                    {"n4", "Losse notitie", "", "", std::nullopt, "", ""}};
  workshop.rounds = {{"r1", "Inventariseren", 15, 0}, {"r2", "Vergelijken", 20, 3}};
  workshop.votes = {{"r2", "p1", "huwelijk", VoteTarget::note, "n1"},
                    {"r2", "p2", "huwelijk", VoteTarget::block, "b1"},
                    {"r2", "p1", "huwelijk", VoteTarget::block, "b1"},
                    {"r2", "p2", "huwelijk", VoteTarget::note, "n2"}};
  workshop.parking_lot = {{"q1", "Wie beheert het sjabloon?", "p1", "r1", false, ""}};
  workshop.running_order = {{SlideKind::canvas, "huwelijk", "", ""}};
  workshop.inventory = {{"Huwelijk", "Burgerzaken", 350, "", "huwelijk", false}};
  return workshop;
}

// Executes the command on a fresh document and checks undo and redo against
// the workshop before and after; returns the workshop after.
Workshop apply_undo_redo(const Workshop& before, std::unique_ptr<Command> command) {
  Document document(before, "");
  document.execute(std::move(command));
  const Workshop after = document.workshop();
  CHECK(document.modified());
  CHECK(after != before);
  document.undo();
  CHECK(document.workshop() == before);
  CHECK_FALSE(document.modified());
  document.redo();
  CHECK(document.workshop() == after);
  return after;
}

}  // namespace

TEST_CASE("adding a sticky note applies undoes and redoes", "[room][file][flow-commands]") {
  const Workshop before = flow_workshop();
  Note note{next_note_id(before), "Nieuw", "p2", "huwelijk", Position{400, -100}, "#A5D6A7", "r2"};
  CHECK(note.id == "n5");
  const Workshop after = apply_undo_redo(before, make_add_note(note));
  REQUIRE(after.find_note("n5") != nullptr);
  CHECK(*after.find_note("n5") == note);
  CHECK(after.notes.size() == before.notes.size() + 1);
}

TEST_CASE("editing a note replaces only that note", "[room][file][flow-commands]") {
  const Workshop before = flow_workshop();
  Note edited = before.notes[1];
  edited.text = "Tweede herzien";
  edited.colour = "#90CAF9";
  const Workshop after = apply_undo_redo(before, make_update_note(before, edited));
  CHECK(after.notes[1] == edited);
  CHECK(after.notes[0] == before.notes[0]);
  CHECK(after.votes == before.votes);
}

TEST_CASE("moving notes is one command for the whole drag", "[room][file][flow-commands]") {
  const Workshop before = flow_workshop();
  const Workshop after = apply_undo_redo(
      before, make_move_notes({{"n1", {0, -100}, {50, -120}}, {"n2", {200, -100}, {260, -80}}}));
  CHECK(after.find_note("n1")->position == Position{50, -120});
  CHECK(after.find_note("n2")->position == Position{260, -80});
}

TEST_CASE("removing a note removes its dots and undo restores both in place",
          "[room][file][flow-commands]") {
  const Workshop before = flow_workshop();
  const Workshop after = apply_undo_redo(before, make_remove_notes(before, {"n1"}));
  CHECK(after.find_note("n1") == nullptr);
  CHECK(after.notes.size() == 2);
  REQUIRE(after.votes.size() == 3);
  for (const auto& vote : after.votes) CHECK_FALSE(vote.target == "n1");
  // apply_undo_redo checked that undo gives `before` exactly: the note back at
  // index 0 and its dot back at index 0 of the votes, not appended.
  CHECK(before.notes[0].id == "n1");
  CHECK(before.votes[0].target == "n1");
}

TEST_CASE("set_participants removing a participant drops their votes",
          "[room][file][flow-commands]") {
  const Workshop before = flow_workshop();
  auto participants = before.participants;
  participants.erase(participants.begin() + 1);  // Bram leaves
  participants.push_back({next_participant_id(before), "Carla", "", "", "#009E73"});
  CHECK(participants.back().id == "p3");
  const Workshop after = apply_undo_redo(before, make_set_participants(before, participants));
  CHECK(after.participants == participants);
  REQUIRE(after.votes.size() == 2);
  for (const auto& vote : after.votes) CHECK(vote.participant == "p1");
  CHECK(after.notes == before.notes);  // his notes and their authorship stay
}

TEST_CASE("set_rounds removing a round drops its votes and keeps blocks", "[room][file][flow-commands]") {
  Workshop before = flow_workshop();
  before.processes[0].blocks[0].placed_in_round = "r2";
  std::vector<Round> rounds = {before.rounds[0], {next_round_id(before), "Afspraken", 15, 0}};
  CHECK(rounds.back().id == "r3");
  const Workshop after = apply_undo_redo(before, make_set_rounds(before, rounds));
  CHECK(after.rounds == rounds);
  CHECK(after.votes.empty());
  CHECK(after.processes == before.processes);
}

TEST_CASE("the parking lot running order and inventory are replaced as one edit",
          "[room][file][flow-commands]") {
  const Workshop before = flow_workshop();
  SECTION("parking lot") {
    auto questions = before.parking_lot;
    questions.push_back({next_question_id(before), "Termijn?", "p2", "r2", true, "Acht weken."});
    CHECK(questions.back().id == "q2");
    CHECK(apply_undo_redo(before, make_set_parking_lot(before, questions)).parking_lot ==
          questions);
  }
  SECTION("running order") {
    std::vector<Slide> slides = {{SlideKind::votes, "", "", ""}, before.running_order[0]};
    CHECK(apply_undo_redo(before, make_set_running_order(before, slides)).running_order == slides);
  }
  SECTION("inventory") {
    auto products = before.inventory;
    products[0].confirmed = true;
    products.push_back({"Rijbewijs", "Burgerzaken", 4200, "", "", false});
    CHECK(apply_undo_redo(before, make_set_inventory(before, products)).inventory == products);
  }
}

TEST_CASE("fresh ids follow the highest number of their prefix", "[room][file][flow-commands]") {
  Workshop workshop;
  CHECK(next_note_id(workshop) == "n1");
  CHECK(next_round_id(workshop) == "r1");
  CHECK(next_participant_id(workshop) == "p1");
  CHECK(next_question_id(workshop) == "q1");
  workshop = flow_workshop();
  CHECK(next_note_id(workshop) == "n5");  // n1, n2, n4: after the highest, not the count
  CHECK(next_round_id(workshop) == "r3");
  CHECK(next_participant_id(workshop) == "p3");
  CHECK(next_question_id(workshop) == "q2");
  workshop.participants.push_back({"pieter", "Pieter", "", "", ""});  // a name, not p + number
  workshop.participants.push_back({"p12", "Twaalf", "", "", ""});
  CHECK(next_participant_id(workshop) == "p13");
}
