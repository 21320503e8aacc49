// Crash recovery files: written per workshop, found again, discarded on save.

#include <catch2/catch.hpp>
#include <fstream>

#include "core/recovery.h"
#include "core/workshop_file.h"
#include "test_support.h"

using namespace blokjes;
using namespace std::chrono_literals;

TEST_CASE("a recovery file is found again for the same workshop only", "[recovery]") {
  test::ScratchDirectory scratch;
  const RecoveryStore store(scratch.file("state/recovery"));
  Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  workshop.processes.pop_back();
  CHECK_FALSE(store.find("/data/velsen.json").has_value());
  store.write(workshop, "/data/velsen.json");
  const auto found = store.find("/data/velsen.json");
  REQUIRE(found.has_value());
  CHECK(found->workshop == workshop);
  CHECK_FALSE(store.find("/data/other.json").has_value());
  CHECK(store.file_for("/data/velsen.json") != store.file_for("/elsewhere/velsen.json"));
  store.write(workshop, "");
  CHECK(store.find("").has_value());
  store.discard("/data/velsen.json");
  CHECK_FALSE(store.find("/data/velsen.json").has_value());
}

TEST_CASE("a damaged recovery file is left alone, not thrown away", "[recovery]") {
  test::ScratchDirectory scratch;
  const RecoveryStore store(scratch.path().string());
  std::ofstream(store.file_for("/w.json")) << "{\"format\": \"blokjessessie-work";
  CHECK_FALSE(store.find("/w.json").has_value());
  CHECK(std::filesystem::exists(store.file_for("/w.json")));
}

TEST_CASE("the schedule writes once a change has rested, well within two seconds", "[recovery]") {
  RecoverySchedule schedule(500ms);
  const auto start = RecoverySchedule::Clock::time_point{} + 10s;
  CHECK_FALSE(schedule.should_write(0, start));
  CHECK_FALSE(schedule.should_write(1, start));
  CHECK_FALSE(schedule.should_write(2, start + 300ms));  // a burst of edits
  CHECK(schedule.should_write(3, start + 500ms));        // at most 500 ms after the first
  schedule.written(3);
  CHECK_FALSE(schedule.should_write(3, start + 5s));
  CHECK_FALSE(schedule.should_write(4, start + 6s));
  CHECK(schedule.should_write(4, start + 6s + 500ms));
}
