// Copy and paste fragments, the generic starting process and auto-layout.

#include <catch2/catch.hpp>
#include <set>

#include "core/process_editing.h"
#include "core/workshop_file.h"
#include "core/workshop_validation.h"
#include "test_support.h"

using namespace blokjes;

namespace {

Workshop demo() {
  return load_workshop(test::demo_workshop_path()).workshop;
}

std::set<std::string> ids_of(const std::vector<Block>& blocks) {
  std::set<std::string> ids;
  for (const auto& block : blocks) ids.insert(block.id);
  return ids;
}

}  // namespace

TEST_CASE("a copied fragment keeps only the flows among its blocks", "[editing]") {
  const Workshop workshop = demo();
  const Process& huwelijk = *workshop.find_process("huwelijk");
  const auto order = huwelijk.ordered_blocks();
  const ProcessFragment fragment = copy_fragment(huwelijk, {order[0]->id, order[1]->id});
  REQUIRE(fragment.blocks.size() == 2);
  for (const auto& flow : fragment.flows) {
    CHECK(ids_of(fragment.blocks).contains(flow.from));
    CHECK(ids_of(fragment.blocks).contains(flow.to));
  }
  CHECK_FALSE(fragment.flows.empty());
  CHECK(parse_fragment(serialise_fragment(fragment)) == fragment);
}

TEST_CASE("placing a fragment renames ids and moves it to the target", "[editing]") {
  const Workshop workshop = demo();
  const Process& huwelijk = *workshop.find_process("huwelijk");
  const ProcessFragment fragment =
      copy_fragment(huwelijk, {huwelijk.blocks[0].id, huwelijk.blocks[1].id});
  const ProcessFragment placed = place_fragment(fragment, huwelijk, {1000, 500});
  REQUIRE(placed.blocks.size() == 2);
  double min_x = 1e9, min_y = 1e9;
  for (const auto& block : placed.blocks) {
    CHECK(huwelijk.find_block(block.id) == nullptr);
    min_x = std::min(min_x, block.position.x);
    min_y = std::min(min_y, block.position.y);
  }
  CHECK(min_x == 1000);
  CHECK(min_y == 500);
  for (const auto& flow : placed.flows) {
    CHECK(ids_of(placed.blocks).contains(flow.from));
    CHECK(huwelijk.find_flow(flow.id) == nullptr);
  }
  Workshop pasted = workshop;
  auto& target = *pasted.find_process("huwelijk");
  target.blocks.insert(target.blocks.end(), placed.blocks.begin(), placed.blocks.end());
  target.flows.insert(target.flows.end(), placed.flows.begin(), placed.flows.end());
  const auto findings = validate_workshop(pasted, test::library());
  CHECK_FALSE(has_errors(findings));
}

TEST_CASE("clipboard text that is not a fragment is a clear error", "[editing]") {
  CHECK_THROWS_WITH(parse_fragment("hello"), Catch::Matchers::Contains("clipboard"));
  CHECK_THROWS_WITH(parse_fragment(R"({"format": "blokjessessie-workshop", "version": 1})"),
                    Catch::Matchers::Contains("no Blokjessessie blocks"));
}

TEST_CASE("slugs from names", "[editing]") {
  CHECK(slug_from_name("Melding openbare ruimte") == "melding-openbare-ruimte");
  CHECK(slug_from_name("  Wmo: maatwerk (2026)!") == "wmo-maatwerk-2026");
  CHECK(slug_from_name("Ééntje") == "ntje");
  CHECK(slug_from_name("---") == "proces");
}

TEST_CASE("a new process starts from the five generic blocks in sequence", "[editing]") {
  Workshop workshop = demo();
  const std::string id = unique_process_id(workshop.processes, "huwelijk");
  CHECK(id == "huwelijk-2");
  Process process = make_generic_process(test::library(), id, "Nieuw proces", "burgerzaken");
  std::vector<std::string> kinds;
  for (const Block* block : process.ordered_blocks()) kinds.push_back(block->kind);
  CHECK(kinds ==
        std::vector<std::string>{"intake", "behandelen", "adviseren", "besluiten", "archiveren"});
  CHECK(process.flows.size() == 4);
  workshop.processes.push_back(process);
  CHECK(validate_workshop(workshop, test::library()).empty());
}

TEST_CASE("auto-layout goes left to right in lanes, without overlaps", "[editing]") {
  Workshop workshop = demo();
  for (auto& process : workshop.processes) {
    INFO(process.id);
    make_auto_layout(process)->apply(workshop);
    std::set<std::pair<double, double>> places;
    for (const auto& block : process.blocks) {
      CHECK(places.insert({block.position.x, block.position.y}).second);
    }
    for (const auto& flow : process.flows) {
      if (flow.kind == FlowKind::rework) continue;
      const Block* from = process.find_block(flow.from);
      const Block* to = process.find_block(flow.to);
      if (process.ordered_blocks().front() == to) continue;
      CHECK(from->position.x < to->position.x);
    }
    std::map<std::string, double> lane_y;
    for (const auto& block : process.blocks) {
      const auto [entry, inserted] = lane_y.try_emplace(block.lane, block.position.y);
      CHECK(entry->second == block.position.y);
    }
  }
}
