// The OMG BPMN Model Interchange Working Group's reference models: every one
// imports without an exception, one workshop process per process with
// activities, one block per activity, and a warning for each thing a
// workshop cannot hold. The expected numbers are counted here, from the
// files, with pugixml; nothing is written down by hand.

#include <filesystem>
#include <map>

#include "bpmn_test_support.h"

#ifdef BLOKJES_BPMN_MIWG_DIR

namespace {

using namespace blokjes;
using namespace blokjes::test;

std::vector<std::string> miwg_models() {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(BLOKJES_BPMN_MIWG_DIR)) {
    if (entry.path().extension() == ".bpmn") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

std::multiset<std::string> labels_of(const Process& process) {
  std::multiset<std::string> labels;
  for (const auto& block : process.blocks) labels.insert(block.label);
  return labels;
}

}  // namespace

TEST_CASE("MIWG: the 15 reference models are all there", "[bpmn][miwg]") {
  CHECK(miwg_models().size() == 15);
}

TEST_CASE("MIWG: every reference model imports process by process and task by task", "[bpmn][miwg]") {
  for (const auto& path : miwg_models()) {
    const std::string file = std::filesystem::path(path).filename().string();
    DYNAMIC_SECTION(file) {
      const CountedModel expected = count_model(path);
      ImportResult result;
      REQUIRE_NOTHROW(result = bpmn::import_bpmn_file(path, library()));
      const auto& processes = result.workshop.processes;
      REQUIRE(processes.size() == expected.processes.size());
      for (std::size_t i = 0; i < processes.size(); ++i) {
        INFO("process " << processes[i].name);
        const auto& counted = expected.processes[i];
        CHECK(processes[i].blocks.size() == counted.activity_labels.size());
        CHECK(labels_of(processes[i]) ==
              std::multiset<std::string>(counted.activity_labels.begin(), counted.activity_labels.end()));
        for (const auto& event : counted.boundary_events) {
          CHECK(warnings_containing(result, "boundary event \"" + event + "\"") >= 1);
        }
        if (counted.has_condition) {
          CHECK(std::any_of(processes[i].flows.begin(), processes[i].flows.end(), [](const Flow& flow) {
            return flow.kind == FlowKind::conditional && !flow.label.empty();
          }));
        }
      }
      std::size_t boundary_events = 0;
      std::size_t subprocesses = 0;
      for (const auto& counted : expected.processes) {
        boundary_events += counted.boundary_events.size();
        subprocesses += counted.subprocesses;
      }
      CHECK(warnings_containing(result, "boundary event \"") == boundary_events);
      CHECK(warnings_containing(result, "its inside") == subprocesses);
      if (expected.message_flows > 0) {
        const std::string words = std::to_string(expected.message_flows) +
                                  (expected.message_flows == 1 ? " message flow " : " message flows ");
        CHECK(warnings_containing(result, words) == 1);
      } else {
        CHECK(warnings_containing(result, "message flow") == 0);
      }
      if (expected.data_objects > 0) {
        CHECK(warnings_containing(result, std::to_string(expected.data_objects) + " data object") == 1);
      } else {
        CHECK(warnings_containing(result, "data object") == 0);
      }
      check_sound(result);
    }
  }
}

TEST_CASE("MIWG A.1.0: three tasks in a row become three blocks in a row", "[bpmn][miwg]") {
  const auto result = bpmn::import_bpmn_file(std::string(BLOKJES_BPMN_MIWG_DIR) + "/A.1.0.bpmn", library());
  const auto& process = only_process(result);
  REQUIRE(process.blocks.size() == 3);
  const auto* first = flow_between(process, "Task 1", "Task 2");
  const auto* second = flow_between(process, "Task 2", "Task 3");
  REQUIRE(first != nullptr);
  REQUIRE(second != nullptr);
  CHECK(first->kind == FlowKind::sequence);
  CHECK(second->kind == FlowKind::sequence);
  CHECK(process.flows.size() == 2);
  // Positions from the diagram: left to right on one row.
  CHECK(block_labelled(process, "Task 1").position.x < block_labelled(process, "Task 2").position.x);
  CHECK(block_labelled(process, "Task 2").position.x < block_labelled(process, "Task 3").position.x);
  CHECK(block_labelled(process, "Task 1").position.y == block_labelled(process, "Task 3").position.y);
}

#endif  // BLOKJES_BPMN_MIWG_DIR
