// Process queries and mapping overrides.

#include <catch2/catch.hpp>

#include "core/process.h"
#include "test_support.h"

using namespace blokjes;

namespace {

Block block_at(const char* id, const char* kind, double x) {
  Block block;
  block.id = id;
  block.kind = kind;
  block.variant = "standaard";
  block.position = {x, 0};
  return block;
}

std::vector<std::string> ids(const std::vector<const Block*>& blocks) {
  std::vector<std::string> result;
  for (const Block* block : blocks) result.push_back(block->id);
  return result;
}

}  // namespace

TEST_CASE("ordered_blocks follows the flows, not the file order", "[process]") {
  Process process;
  process.blocks = {block_at("b3", "archiveren", 600), block_at("b1", "intake", 0),
                    block_at("b2", "behandelen", 300), block_at("b4", "adviseren", 300)};
  process.flows = {{"f1", "b1", "b2", FlowKind::sequence, ""},
                   {"f2", "b2", "b3", FlowKind::sequence, ""},
                   {"f3", "b1", "b3", FlowKind::conditional, "afgebroken"},
                   {"f4", "b2", "b4", FlowKind::conditional, "advies"},
                   {"f5", "b4", "b2", FlowKind::rework, "aanpassen"},
                   {"f6", "b4", "b3", FlowKind::sequence, ""}};
  CHECK(ids(process.ordered_blocks()) == std::vector<std::string>{"b1", "b2", "b4", "b3"});
  CHECK(ids(process.start_blocks()) == std::vector<std::string>{"b1"});
}

TEST_CASE("ordered_blocks survives cycles and unconnected blocks", "[process]") {
  Process process;
  process.blocks = {block_at("b1", "intake", 0), block_at("b2", "behandelen", 200),
                    block_at("b3", "informeren", 100)};
  process.flows = {{"f1", "b1", "b2", FlowKind::sequence, ""},
                   {"f2", "b2", "b1", FlowKind::sequence, ""}};
  CHECK(ids(process.ordered_blocks()) == std::vector<std::string>{"b3", "b1", "b2"});
}

TEST_CASE("fresh ids never collide", "[process]") {
  Process process;
  CHECK(process.next_block_id() == "b1");
  process.blocks = {block_at("b7", "intake", 0), block_at("custom", "intake", 0)};
  CHECK(process.next_block_id() == "b8");
  process.flows = {{"f2", "b7", "custom", FlowKind::sequence, ""}};
  CHECK(process.next_flow_id() == "f3");
}

TEST_CASE("overrides change single statustype fields and replace lists", "[process]") {
  const ZaaktypeMapping defaults = test::library().find_variant("intake", "digitaal")->mapping;
  MappingOverrides overrides;
  overrides.statustype.statustekst = "Wij hebben uw melding voorgenomen huwelijk ontvangen.";
  overrides.roltypen = std::vector<RoltypeMapping>{{"Aanstaande echtgenoten", "initiator"}};
  const ZaaktypeMapping effective = apply_overrides(defaults, overrides);
  CHECK(effective.statustype->omschrijving == defaults.statustype->omschrijving);
  CHECK(effective.statustype->statustekst.nl == *overrides.statustype.statustekst);
  CHECK(effective.statustype->statustekst.en.empty());
  CHECK(effective.roltypen == *overrides.roltypen);
  CHECK(effective.informatieobjecttypen == defaults.informatieobjecttypen);
  CHECK(apply_overrides(defaults, {}) == defaults);
}
