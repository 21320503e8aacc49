// `blokjes zac fit` as a real process: the text for the room, the JSON for
// tools (checked against the library's own fit), and bad input with exit 2.
//
// [SECTIONS]
//   [RUNNING]  the CLI through the shell
//   [TEXT]     one line per process, then the shares
//   [JSON]     the document's fields, the same answer as fit_workshop
//   [ERRORS]   a bad workshop file, a missing subcommand

#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "../shell_run.h"
#include "../test_support.h"
#include "zac/fit.h"

namespace blokjes::zac {
namespace {

// [SECTION] [RUNNING]

test::ShellRun run_cli(const std::string& arguments, bool with_stderr = false) {
  return test::run_shell(test::shell_quote(BLOKJES_CLI_PATH) + " " + arguments +
                         (with_stderr ? " 2>&1" : " 2>/dev/null"));
}

const WorkshopFit& demo_fit() {
  static const WorkshopFit fit = [] {
    const auto loaded = load_workshop(test::demo_workshop_path());
    return fit_workshop(loaded.workshop, test::library(),
                        load_generic_model(test::source_path("assets/zac-generic-model.json")));
  }();
  return fit;
}

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
    ++count;
  }
  return count;
}

// [SECTION] [TEXT]

TEST_CASE("blokjes zac fit prints per process whether it fits, then the shares", "[zac][cli]") {
  const auto run = run_cli("zac fit " + test::shell_quote(test::demo_workshop_path()));
  REQUIRE(run.exit_code == 0);
  const auto& fit = demo_fit();
  const std::size_t total = fit.processes.size();
  CHECK(count_of(run.output, ": past\n") == fit.fitting);
  CHECK(count_of(run.output, ": past niet: ") == total - fit.fitting);
  CHECK(run.output.find("Publieksreactie: past\n") != std::string::npos);
  CHECK(run.output.find("Draait op het generieke model: " + std::to_string(fit.fitting) + " van " +
                        std::to_string(total) + " processen (") != std::string::npos);
  // The demo's inventory has volumes, so the volume line is there too.
  CHECK(run.output.find("Van het jaarvolume: " + std::to_string(fit.volume_fitting) + " van " +
                        std::to_string(fit.volume_total)) != std::string::npos);
}

TEST_CASE("blokjes zac fit --language en speaks English", "[zac][cli]") {
  const auto run =
      run_cli("zac fit --language en " + test::shell_quote(test::demo_workshop_path()));
  REQUIRE(run.exit_code == 0);
  CHECK(run.output.find("Runs on the generic model: ") != std::string::npos);
  CHECK(run.output.find(": does not fit: ") != std::string::npos);
  CHECK(run.output.find("past niet") == std::string::npos);
}

TEST_CASE("A workshop without inventory volumes prints no volume line", "[zac][cli]") {
  test::ScratchDirectory scratch;
  auto loaded = load_workshop(test::demo_workshop_path());
  loaded.workshop.inventory.clear();
  const std::string path = scratch.file("zonder-inventaris.json");
  std::ofstream(path) << serialise_workshop(loaded.workshop);
  const auto run = run_cli("zac fit " + test::shell_quote(path));
  REQUIRE(run.exit_code == 0);
  CHECK(run.output.find("Draait op het generieke model") != std::string::npos);
  CHECK(run.output.find("jaarvolume") == std::string::npos);
}

TEST_CASE("Names and labels with control characters reach the terminal escaped", "[zac][cli]") {
  test::ScratchDirectory scratch;
  auto loaded = load_workshop(test::demo_workshop_path());
  Process& huwelijk = *loaded.workshop.find_process("huwelijk");
  huwelijk.name = "Huwelijk\x1b]0;pwned\x07";
  Block* betalen = huwelijk.find_block(huwelijk.ordered_blocks()[3]->id);
  REQUIRE(betalen->kind == "betalen");
  betalen->label = "Leges\x1b[2J betalen";
  const std::string path = scratch.file("vijandig.json");
  std::ofstream(path) << serialise_workshop(loaded.workshop);
  const auto run = run_cli("zac fit " + test::shell_quote(path));
  REQUIRE(run.exit_code == 0);
  CHECK(run.output.find('\x1b') == std::string::npos);
  CHECK(run.output.find('\x07') == std::string::npos);
  CHECK(run.output.find("Leges\\x1b[2J betalen heeft geen plaats") != std::string::npos);
  const auto json = run_cli("zac fit --json " + test::shell_quote(path));
  REQUIRE(json.exit_code == 0);
  CHECK(json.output.find('\x1b') == std::string::npos);
  CHECK(nlohmann::json::parse(json.output).at("processes")[0].at("name") == huwelijk.name);
}

// [SECTION] [JSON]

TEST_CASE("blokjes zac fit --json gives the fit per process and the totals", "[zac][cli]") {
  const auto run = run_cli("zac fit --json " + test::shell_quote(test::demo_workshop_path()));
  REQUIRE(run.exit_code == 0);
  const auto document = nlohmann::json::parse(run.output);
  const auto& fit = demo_fit();
  CHECK(document.at("fitting") == fit.fitting);
  CHECK(document.at("total") == fit.processes.size());
  CHECK(document.at("volume_fitting") == fit.volume_fitting);
  CHECK(document.at("volume_total") == fit.volume_total);
  const auto& processes = document.at("processes");
  REQUIRE(processes.size() == fit.processes.size());
  for (std::size_t i = 0; i < processes.size(); ++i) {
    const auto& entry = processes[i];
    INFO(entry.dump());
    CHECK(entry.at("id") == fit.processes[i].process_id);
    CHECK(entry.at("name").is_string());
    CHECK(entry.at("fits") == fit.processes[i].fits);
    CHECK(entry.at("misfits").size() == fit.processes[i].misfits.size());
    CHECK(entry.at("reason").get<std::string>().empty() == fit.processes[i].fits);
    for (const auto& misfit : entry.at("misfits")) {
      CHECK(misfit.contains("reason"));
      CHECK(misfit.contains("block"));
      CHECK(misfit.contains("flow"));
    }
    REQUIRE(entry.at("placements").size() == fit.processes[i].placements.size());
    for (std::size_t j = 0; j < entry.at("placements").size(); ++j) {
      const auto& placement = entry.at("placements")[j];
      CHECK(placement.at("block") == fit.processes[i].placements[j].block_id);
      CHECK(placement.at("places").get<std::vector<std::string>>() ==
            fit.processes[i].placements[j].places);
    }
    if (!fit.processes[i].fits) {
      CHECK(entry.at("misfits")[0].at("reason") ==
            std::string(to_string(fit.processes[i].misfits[0].reason)));
    }
  }
}

// [SECTION] [ERRORS]

TEST_CASE("blokjes zac fit on a bad workshop file says where and exits 2", "[zac][cli][errors]") {
  test::ScratchDirectory scratch;
  const std::string path = scratch.file("kapot.json");
  std::ofstream(path) << "{\n  \"format\": \"blokjessessie\",\n  \"version\": \n}";
  const auto run = run_cli("zac fit " + test::shell_quote(path), true);
  CHECK(run.exit_code == 2);
  CHECK(run.output.find(path + ":") != std::string::npos);
  CHECK(run.output.find("error") != std::string::npos);

  const auto missing = run_cli("zac fit /nonexistent/workshop.json", true);
  CHECK(missing.exit_code == 2);
  CHECK(missing.output.find("/nonexistent/workshop.json") != std::string::npos);
}

TEST_CASE("blokjes zac without a subcommand is a usage error", "[zac][cli][errors]") {
  CHECK(run_cli("zac").exit_code == 2);
  CHECK(run_cli("zac fit --language fr " + test::shell_quote(test::demo_workshop_path()))
            .exit_code == 2);
}

}  // namespace
}  // namespace blokjes::zac
