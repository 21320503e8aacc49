// Processes of an imported workshop added to the open one (File > Importeren).

#include <catch2/catch.hpp>

#include "core/workshop_merge.h"
#include "test_support.h"

namespace blokjes {

TEST_CASE("imported processes are added after the open ones with their ids made unique",
          "[merge]") {
  const Workshop current = load_workshop(test::demo_workshop_path()).workshop;
  Workshop imported;
  imported.departments.push_back({"burgerzaken", "Andere naam", ""});
  imported.departments.push_back({"nieuw", "Nieuwe afdeling", "Nieuwe directie"});
  Process taken;
  taken.id = "huwelijk";
  taken.name = "Huwelijk uit BPMN";
  Process fresh;
  fresh.id = "vergunning-uit-bpmn";
  imported.processes = {taken, fresh};

  const auto merged = with_processes_of(current, imported);
  REQUIRE(merged.workshop.processes.size() == current.processes.size() + 2);
  // What was there is unchanged.
  for (std::size_t i = 0; i < current.processes.size(); ++i) {
    CHECK(merged.workshop.processes[i] == current.processes[i]);
  }
  CHECK(merged.added_process_ids == std::vector<std::string>{"huwelijk-2", "vergunning-uit-bpmn"});
  CHECK(merged.workshop.processes[current.processes.size()].name == "Huwelijk uit BPMN");
  // A known department keeps its name; a new one is added once.
  REQUIRE(merged.workshop.find_department("burgerzaken") != nullptr);
  CHECK(merged.workshop.find_department("burgerzaken")->name ==
        current.find_department("burgerzaken")->name);
  REQUIRE(merged.workshop.find_department("nieuw") != nullptr);
  CHECK(merged.workshop.departments.size() == current.departments.size() + 1);
}

}  // namespace blokjes
