// The presentation's running order (core/running_order.h): the default order
// of a workshop without one, the check that flags slides which cannot be
// shown, the slides' titles in both languages, and `blokjes present --check`.

#include <catch2/catch.hpp>
#include <fstream>

#include "core/running_order.h"
#include "core/workshop_file.h"
#include "shell_run.h"
#include "test_support.h"

using namespace blokjes;
using Catch::Matchers::Contains;

namespace {

Workshop two_processes() {
  Workshop workshop;
  workshop.name = "Proef";
  Process huwelijk;
  huwelijk.id = "huwelijk";
  huwelijk.name = "Huwelijk";
  Process parkeer;
  parkeer.id = "parkeer";
  parkeer.name = "Parkeervergunning";
  workshop.processes = {huwelijk, parkeer};
  return workshop;
}

test::ShellRun run_blokjes(const std::string& arguments) {
  return test::run_shell(test::shell_quote(BLOKJES_CLI_PATH) + " " + arguments + " 2>&1");
}

}  // namespace

TEST_CASE("a workshop without a running order presents each canvas then matrix coverage generic model votes",
          "[room][present]") {
  const Workshop workshop = two_processes();
  const std::vector<Slide> slides = effective_running_order(workshop);
  REQUIRE(slides.size() == 6);
  CHECK(slides[0] == Slide{SlideKind::canvas, "huwelijk", {}, {}});
  CHECK(slides[1] == Slide{SlideKind::canvas, "parkeer", {}, {}});
  CHECK(slides[2].kind == SlideKind::matrix);
  CHECK(slides[3].kind == SlideKind::coverage);
  CHECK(slides[4].kind == SlideKind::generic_model);
  CHECK(slides[5].kind == SlideKind::votes);
  CHECK(check_running_order(workshop, slides).empty());
}

TEST_CASE("the workshop's own running order wins over the default", "[room][present]") {
  Workshop workshop = two_processes();
  workshop.running_order = {{SlideKind::votes, {}, {}, {}},
                            {SlideKind::compare, "huwelijk", "parkeer", {}}};
  CHECK(effective_running_order(workshop) == workshop.running_order);
  CHECK(check_running_order(workshop, workshop.running_order).empty());
}

TEST_CASE("the check flags missing processes and comparisons without two", "[room][present]") {
  const Workshop workshop = two_processes();
  const std::vector<Slide> slides = {
      {SlideKind::canvas, "huwelijk", {}, {}},      // 0: fine
      {SlideKind::canvas, "verhuizing", {}, {}},    // 1: missing process
      {SlideKind::compare, "huwelijk", {}, {}},     // 2: one process only
      {SlideKind::compare, "parkeer", "parkeer", {}},  // 3: with itself
      {SlideKind::citizen, {}, {}, {}},             // 4: no process
      {SlideKind::compare, "huwelijk", "weg", {}},  // 5: the second is missing
      {SlideKind::matrix, {}, {}, {}},              // 6: fine
  };
  const auto problems = check_running_order(workshop, slides);
  std::vector<std::size_t> flagged;
  for (const auto& problem : problems) flagged.push_back(problem.slide);
  CHECK(flagged == std::vector<std::size_t>{1, 2, 3, 4, 5});
  CHECK_THAT(problems[0].message_nl, Contains("\"verhuizing\""));
  CHECK_THAT(problems[0].message_en, Contains("does not have"));
  CHECK_THAT(problems[1].message(Language::english), Contains("two processes"));
  CHECK_THAT(problems[1].message(Language::dutch), Contains("twee processen"));
  CHECK_THAT(problems[4].message_en, Contains("\"weg\""));
}

TEST_CASE("a slide's title comes from its kind and processes in Dutch and English",
          "[room][present]") {
  const Workshop workshop = two_processes();
  const auto title = [&](Slide slide, Language language) {
    return slide_title(workshop, slide, language);
  };
  using enum SlideKind;
  CHECK(title({canvas, "huwelijk", {}, {}}, Language::dutch) == "Huwelijk \u2014 canvas");
  CHECK(title({compare, "huwelijk", "parkeer", {}}, Language::dutch) ==
        "Vergelijking: Huwelijk en Parkeervergunning");
  CHECK(title({compare, "huwelijk", "parkeer", {}}, Language::english) ==
        "Comparison: Huwelijk and Parkeervergunning");
  CHECK(title({matrix, {}, {}, {}}, Language::dutch) == "Matrix");
  CHECK(title({coverage, {}, {}, {}}, Language::dutch) == "Dekking");
  CHECK(title({coverage, {}, {}, {}}, Language::english) == "Coverage");
  CHECK(title({citizen, "parkeer", {}, {}}, Language::dutch) == "Burger: Parkeervergunning");
  CHECK(title({citizen, "parkeer", {}, {}}, Language::english) == "Citizen: Parkeervergunning");
  CHECK(title({votes, {}, {}, {}}, Language::dutch) == "Stemmen");
  CHECK(title({votes, {}, {}, {}}, Language::english) == "Votes");
  // A missing process is named by its id, so the facilitator sees which one.
  CHECK(title({canvas, "verhuizing", {}, {}}, Language::dutch) == "verhuizing \u2014 canvas");
  // The facilitator's own title wins.
  CHECK(title({matrix, {}, {}, "Wie lijkt op wie?"}, Language::english) == "Wie lijkt op wie?");
}

TEST_CASE("blokjes present --check numbers the demo's slides and exits 0", "[room][present]") {
  const Workshop demo = load_workshop(test::demo_workshop_path()).workshop;
  const auto run = run_blokjes("present --check " + test::shell_quote(test::demo_workshop_path()));
  CHECK(run.exit_code == 0);
  const auto slides = effective_running_order(demo);
  REQUIRE(slides.size() >= 2);
  CHECK_THAT(run.output,
             Contains("  1. " + slide_title(demo, slides[0], Language::dutch) + "\n"));
  const std::string last = std::to_string(slides.size()) + ". " +
                           slide_title(demo, slides.back(), Language::dutch) + "\n";
  CHECK_THAT(run.output, Contains(last));
  CHECK_THAT(run.output, Contains("Alle dia's kunnen worden getoond"));
}

TEST_CASE("blokjes present exits 2 on an unreadable workshop naming the file", "[room][present]") {
  test::ScratchDirectory scratch;
  const std::string path = scratch.file("kapot.json");
  std::ofstream(path) << "{\"format\": ";
  const auto run = run_blokjes("present --check " + test::shell_quote(path));
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.output, Contains("kapot.json"));
  CHECK(run_blokjes("present --check " + test::shell_quote(scratch.file("missing.json")))
            .exit_code == 2);
}
