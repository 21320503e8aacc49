// Our BPMN export read back by our BPMN import gives the same process: the
// issue's "BPMN export, import and export again gives the same process",
// for every demo process and the edge cases the writer can express.

#include <catch2/catch.hpp>

#include "core/workshop_file.h"
#include "exporters/bpmn/bpmn_reader.h"
#include "exporters/bpmn/bpmn_writer.h"
#include "test_support.h"

namespace blokjes {
namespace {

const Workshop& demo_workshop() {
  static const Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  return workshop;
}

// What a process is on the canvas: its blocks and flows, as the model holds them.
void check_same_process(const Process& original, const Process& imported) {
  CHECK(imported.id == original.id);
  CHECK(imported.name == original.name);
  CHECK(imported.department == original.department);
  CHECK(imported.zaaktype.identificatie == original.zaaktype.identificatie);
  REQUIRE(imported.blocks.size() == original.blocks.size());
  for (const Block& block : original.blocks) {
    INFO("block " << block.id);
    const Block* back = imported.find_block(block.id);
    REQUIRE(back != nullptr);
    CHECK(back->kind == block.kind);
    CHECK(back->variant == block.variant);
    CHECK(back->label == block.label);
    CHECK(back->lane == block.lane);
    CHECK(back->position == block.position);
  }
  REQUIRE(imported.flows.size() == original.flows.size());
  for (const Flow& flow : original.flows) {
    INFO("flow " << flow.id);
    const Flow* back = imported.find_flow(flow.id);
    REQUIRE(back != nullptr);
    CHECK(back->from == flow.from);
    CHECK(back->to == flow.to);
    CHECK(back->kind == flow.kind);
    CHECK(back->label == flow.label);
  }
}

}  // namespace

TEST_CASE("every demo process comes back from its BPMN export the same", "[bpmn][round-trip]") {
  const auto& workshop = demo_workshop();
  for (const Process& process : workshop.processes) {
    INFO(process.id);
    const auto xml = bpmn::write_bpmn(workshop, {process.id}, test::library());
    const auto result = bpmn::import_bpmn_text(xml, process.id + ".bpmn", test::library());
    REQUIRE(result.workshop.processes.size() == 1);
    check_same_process(process, result.workshop.processes.front());
    // Exported again, the file is the same.
    Workshop again = workshop;
    again.processes = result.workshop.processes;
    CHECK(bpmn::write_bpmn(again, {process.id}, test::library()) == xml);
  }
}

TEST_CASE("all demo processes in one BPMN file come back in order", "[bpmn][round-trip]") {
  const auto& workshop = demo_workshop();
  const auto xml = bpmn::write_bpmn(workshop, {}, test::library());
  const auto result = bpmn::import_bpmn_text(xml, "demo.bpmn", test::library());
  REQUIRE(result.workshop.processes.size() == workshop.processes.size());
  for (std::size_t i = 0; i < workshop.processes.size(); ++i) {
    INFO(workshop.processes[i].id);
    check_same_process(workshop.processes[i], result.workshop.processes[i]);
  }
}

}  // namespace blokjes
