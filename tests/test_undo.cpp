// Every edit command reverts exactly, and the undo stack keeps history,
// redo and the saved marker straight.

#include <catch2/catch.hpp>

#include "core/document.h"
#include "core/undo_stack.h"
#include "core/workshop_file.h"
#include "test_support.h"

using namespace blokjes;

namespace {

Workshop demo() {
  return load_workshop(test::demo_workshop_path()).workshop;
}

Block new_block(const Process& process) {
  Block block;
  block.id = process.next_block_id();
  block.kind = "informeren";
  block.variant = "standaard";
  block.label = "Nieuw";
  block.lane = process.blocks.front().lane;
  block.position = {1000, 0};
  return block;
}

// Applies, checks the change, reverts, checks the original is back, reapplies.
void check_round_trip(Workshop& workshop, Command& command) {
  const Workshop before = workshop;
  command.apply(workshop);
  CHECK_FALSE(workshop == before);
  const Workshop after = workshop;
  command.revert(workshop);
  CHECK(workshop == before);
  command.apply(workshop);
  CHECK(workshop == after);
}

}  // namespace

TEST_CASE("each command applies and reverts exactly", "[undo]") {
  Workshop workshop = demo();
  const Process& huwelijk = *workshop.find_process("huwelijk");
  const std::string first = huwelijk.blocks.front().id;
  const std::string second = huwelijk.blocks[1].id;

  SECTION("add a block and a flow") {
    const Block block = new_block(huwelijk);
    auto command = make_add_elements(
        "huwelijk", {block}, {{huwelijk.next_flow_id(), first, block.id, FlowKind::sequence, ""}});
    check_round_trip(workshop, *command);
  }
  SECTION("remove a block takes its flows along and restores their places") {
    auto command = make_remove_elements(workshop, "huwelijk", {second}, {});
    check_round_trip(workshop, *command);
    for (const auto& flow : workshop.find_process("huwelijk")->flows) {
      CHECK(flow.from != second);
      CHECK(flow.to != second);
    }
  }
  SECTION("move blocks") {
    auto command = make_move_blocks("huwelijk", {{first, huwelijk.blocks.front().position, {5, 5}},
                                                 {second, huwelijk.blocks[1].position, {300, 5}}});
    check_round_trip(workshop, *command);
  }
  SECTION("edit a block and a flow") {
    Block edited = huwelijk.blocks.front();
    edited.label = "Melding via Mijn Velsen";
    edited.overrides.statustype.informeren = false;
    check_round_trip(workshop, *make_update_block(workshop, "huwelijk", edited));
    Flow flow = workshop.find_process("huwelijk")->flows.front();
    flow.kind = FlowKind::conditional;
    flow.label = "volledig";
    check_round_trip(workshop, *make_update_flow(workshop, "huwelijk", flow));
  }
  SECTION("edit process details keeps the graph") {
    Process edited = huwelijk;
    edited.name = "Huwelijk";
    edited.zaaktype.servicenorm = "P6M";
    edited.blocks.clear();
    check_round_trip(workshop, *make_update_process_details(workshop, edited));
    CHECK_FALSE(workshop.find_process("huwelijk")->blocks.empty());
  }
  SECTION("edit the catalogus leaves the processes alone") {
    CatalogusFields edited = workshop.catalogus;
    edited.domein = "HAAR";
    edited.rsin = "002564440";
    edited.contactpersoon_beheer_emailadres = "catalogus@haarlem.example";
    const auto processes = workshop.processes;
    auto command = make_update_catalogus(workshop, edited);
    CHECK(command->description() == "Edit catalogus");
    check_round_trip(workshop, *command);
    CHECK(workshop.catalogus == edited);
    CHECK(workshop.processes == processes);
  }
  SECTION("replace the whole workshop") {
    Workshop other = workshop;
    other.name = "Hersteld";
    other.processes.pop_back();
    check_round_trip(workshop, *make_replace_workshop(workshop, other, "Restore"));
  }
  SECTION("add and remove processes") {
    Process copy = huwelijk;
    copy.id = "huwelijk-kopie";
    check_round_trip(workshop, *make_add_process(copy, 1));
    CHECK(workshop.processes[1].id == "huwelijk-kopie");
    check_round_trip(workshop, *make_remove_process(workshop, "klacht"));
  }
}

TEST_CASE("the undo stack undoes, redoes and tracks the saved state", "[undo]") {
  Workshop workshop = demo();
  const Workshop original = workshop;
  UndoStack stack;
  CHECK(stack.is_clean());
  CHECK_FALSE(stack.can_undo());

  const auto revision = stack.revision();
  stack.execute(make_remove_process(workshop, "klacht"), workshop);
  stack.execute(make_remove_process(workshop, "huwelijk"), workshop);
  CHECK(stack.revision() > revision);
  CHECK_FALSE(stack.is_clean());
  CHECK(stack.undo_description() == "Delete process \"huwelijk\"");
  stack.mark_clean();

  stack.undo(workshop);
  CHECK(workshop.find_process("huwelijk") != nullptr);
  CHECK(workshop.find_process("klacht") == nullptr);
  CHECK_FALSE(stack.is_clean());
  stack.redo(workshop);
  CHECK(stack.is_clean());
  stack.undo(workshop);
  stack.undo(workshop);
  CHECK(workshop == original);
  CHECK_FALSE(stack.can_undo());

  // A new edit after undo drops the redo branch, and with it the saved state.
  stack.execute(make_remove_process(workshop, "bezwaarschrift"), workshop);
  CHECK_FALSE(stack.can_redo());
  CHECK_FALSE(stack.is_clean());
  stack.undo(workshop);
  CHECK_FALSE(stack.is_clean());
  CHECK(workshop == original);
}

TEST_CASE("composite commands undo as one, in reverse", "[undo]") {
  Workshop workshop = demo();
  const Workshop original = workshop;
  const Process& huwelijk = *workshop.find_process("huwelijk");
  const Block block = new_block(huwelijk);
  std::vector<std::unique_ptr<Command>> steps;
  steps.push_back(make_add_elements("huwelijk", {block}, {}));
  steps.push_back(make_move_blocks("huwelijk", {{block.id, block.position, {1200, 160}}}));
  UndoStack stack;
  stack.execute(make_composite("Paste", std::move(steps)), workshop);
  CHECK(workshop.find_process("huwelijk")->find_block(block.id)->position == Position{1200, 160});
  stack.undo(workshop);
  CHECK(workshop == original);
}

TEST_CASE("the history limit drops the oldest commands", "[undo]") {
  Workshop workshop = demo();
  UndoStack stack(2);
  stack.execute(make_remove_process(workshop, "klacht"), workshop);
  stack.execute(make_remove_process(workshop, "huwelijk"), workshop);
  stack.execute(make_remove_process(workshop, "bezwaarschrift"), workshop);
  stack.undo(workshop);
  stack.undo(workshop);
  CHECK_FALSE(stack.can_undo());
  CHECK(workshop.find_process("klacht") == nullptr);
  CHECK(workshop.find_process("huwelijk") != nullptr);
  CHECK_FALSE(stack.is_clean());  // the saved state fell off the end
}

TEST_CASE("a document tracks unsaved changes across save, undo and redo", "[undo]") {
  test::ScratchDirectory scratch;
  Document document(demo(), "");
  CHECK_FALSE(document.modified());
  CHECK_THROWS_WITH(document.save(), Catch::Matchers::Contains("Save as"));
  document.execute(make_remove_process(document.workshop(), "klacht"));
  CHECK(document.modified());
  const std::string path = scratch.file("saved.json");
  document.save_as(path);
  CHECK_FALSE(document.modified());
  CHECK(document.path() == path);
  CHECK(load_workshop(path).workshop.find_process("klacht") == nullptr);
  document.undo();
  CHECK(document.modified());
  document.redo();
  CHECK_FALSE(document.modified());
}
