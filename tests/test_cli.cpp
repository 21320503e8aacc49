// The blokjes command line as a user runs it: exit codes 0/1/2 and messages
// of the form file:line:col: error: message.

#include <sys/wait.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "shell_run.h"
#include "test_support.h"

using Catch::Matchers::Contains;

namespace {

using Run = blokjes::test::ShellRun;  // output: stdout and stderr together
using blokjes::test::shell_quote;

Run run_blokjes(const std::string& arguments, bool with_stderr = true) {
  return blokjes::test::run_shell(shell_quote(BLOKJES_CLI_PATH) + " " + arguments +
                                  (with_stderr ? " 2>&1" : " 2>/dev/null"));
}

std::string write_file(const blokjes::test::ScratchDirectory& scratch, const std::string& name,
                       const std::string& text) {
  const std::string path = scratch.file(name);
  std::ofstream(path, std::ios::binary) << text;
  return shell_quote(path);
}

std::string demo() {
  return shell_quote(blokjes::test::demo_workshop_path());
}

}  // namespace

TEST_CASE("blokjes --help and --version", "[cli]") {
  const Run help = run_blokjes("--help");
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.output, Contains("validate") && Contains("show") && Contains("format"));
  const Run version = run_blokjes("--version");
  CHECK(version.exit_code == 0);
  CHECK_THAT(version.output, Contains("blokjes 0."));
  CHECK(run_blokjes("validate --help").exit_code == 0);
}

TEST_CASE("bad usage exits 2", "[cli]") {
  CHECK(run_blokjes("").exit_code == 2);
  CHECK(run_blokjes("frobnicate").exit_code == 2);
  CHECK(run_blokjes("validate").exit_code == 2);
  CHECK(run_blokjes("show " + demo() + " --lang fr").exit_code == 2);
}

TEST_CASE("validate: the demo is clean, exit 0", "[cli]") {
  const Run run = run_blokjes("validate " + demo());
  CHECK(run.exit_code == 0);
  CHECK_THAT(run.output, Contains("0 errors, 0 warnings"));
}

TEST_CASE("validate: errors exit 1 with file:line:col", "[cli]") {
  blokjes::test::ScratchDirectory scratch;
  std::ifstream in(blokjes::test::demo_workshop_path());
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto at = text.find("\"kind\": \"intake\"");
  text.replace(at, 16, "\"kind\": \"toveren\"");
  const std::string path = write_file(scratch, "bad-kind.json", text);
  const Run run = run_blokjes("validate " + path);
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.output,
             Contains("bad-kind.json:") && Contains(": error: unknown block kind \"toveren\""));
}

TEST_CASE("validate: unusable files exit 2 with a message, and others still get checked", "[cli]") {
  blokjes::test::ScratchDirectory scratch;
  const std::string truncated = write_file(scratch, "truncated.json", "{\"format\": \"blokjes");
  const Run run = run_blokjes("validate " + truncated + " " + demo());
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.output, Contains("truncated.json:1:") && Contains("error: invalid JSON"));
  CHECK_THAT(run.output, Contains("in 1 file; 1 file could not be read"));

  CHECK(run_blokjes("validate " + write_file(scratch, "deep.json",
                                             std::string(10000, '[') + std::string(10000, ']')))
            .exit_code == 2);
  CHECK(run_blokjes("validate " + shell_quote(scratch.file("missing.json"))).exit_code == 2);
  CHECK(run_blokjes("validate " + write_file(scratch, "types.json",
                                             "{\"format\": \"blokjessessie-workshop\", "
                                             "\"version\": \"1\"}"))
            .exit_code == 2);
}

TEST_CASE("show lists processes in process order; --json has the documented shape", "[cli]") {
  const Run text = run_blokjes("show " + demo());
  CHECK(text.exit_code == 0);
  CHECK_THAT(text.output, Contains("huwelijk: ") && Contains("1. Intake digitaal"));
  CHECK_THAT(run_blokjes("show --lang en " + demo()).output, Contains("1. Digital intake"));

  const Run json = run_blokjes("show --json " + demo(), false);
  REQUIRE(json.exit_code == 0);
  const auto document = nlohmann::json::parse(json.output);
  REQUIRE(document["processes"].size() >= 10);
  const auto& first = document["processes"][0];
  for (const char* key : {"id", "name", "department", "blocks"}) CHECK(first.contains(key));
  CHECK(first["blocks"][0]["kind"] == "intake");
}

TEST_CASE("format rewrites canonically and --check reports", "[cli]") {
  blokjes::test::ScratchDirectory scratch;
  std::ifstream in(blokjes::test::demo_workshop_path());
  const auto document = nlohmann::json::parse(in);
  const std::string path = write_file(scratch, "compact.json", document.dump());
  CHECK(run_blokjes("format --check " + path).exit_code == 1);
  CHECK(run_blokjes("format " + path).exit_code == 0);
  CHECK(run_blokjes("format --check " + path).exit_code == 0);
  CHECK(run_blokjes("format --check " + demo()).exit_code == 0);
}

TEST_CASE("compare prints every measure; --json has the documented keys", "[cli]") {
  const Run text =
      run_blokjes("compare " + demo() + " huwelijk melding-achterstallig-woningonderhoud");
  CHECK(text.exit_code == 0);
  CHECK_THAT(text.output, Contains("Overeenkomst: ") && Contains("stappen komen overeen"));
  const Run json = run_blokjes(
      "compare --json " + demo() + " huwelijk melding-achterstallig-woningonderhoud", false);
  REQUIRE(json.exit_code == 0);
  const auto result = nlohmann::json::parse(json.output);
  for (const char* key : {"similarity", "structural", "behavioural", "alignment"}) {
    CHECK(result.contains(key));
  }
  CHECK(result["similarity"].get<double>() > 0);
  CHECK(result["similarity"].get<double>() <= 100);
  CHECK(result["alignment"]["steps"].size() >= 8);
  const Run unknown = run_blokjes("compare " + demo() + " huwelijk trouwen");
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.output, Contains("no process \"trouwen\""));
}

TEST_CASE("matrix as CSV and JSON, symmetric with 100 on the diagonal", "[cli]") {
  const Run csv = run_blokjes("matrix " + demo(), false);
  REQUIRE(csv.exit_code == 0);
  const auto lines = std::count(csv.output.begin(), csv.output.end(), '\n');
  CHECK(lines == 14);  // header + 13 processes
  const Run json = run_blokjes("matrix --format json " + demo(), false);
  REQUIRE(json.exit_code == 0);
  const auto document = nlohmann::json::parse(json.output);
  const auto& rows = document["similarity"];
  REQUIRE(rows.size() == document["processes"].size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    CHECK(rows[i][i].get<double>() == Approx(100));
    for (std::size_t j = 0; j < rows.size(); ++j) CHECK(rows[i][j] == rows[j][i]);
  }
}

TEST_CASE("coverage reports kinds, the generic core and maatwerk", "[cli]") {
  const Run text = run_blokjes("coverage " + demo());
  CHECK(text.exit_code == 0);
  CHECK_THAT(text.output, Contains("Generieke kern"));
  const Run json = run_blokjes("coverage --json --core-share 90 " + demo(), false);
  REQUIRE(json.exit_code == 0);
  const auto report = nlohmann::json::parse(json.output);
  CHECK(report["processes_total"] == 13);
  CHECK(report["generic_core"]["share"].get<double>() >= 90);
  CHECK(report["kinds"][0]["kind"] == "intake");
  CHECK(report["kinds"][0]["process_share"].get<double>() == Approx(100));
}

// -----------------------------------------------------------------------------
// export, import and validate --profile
// -----------------------------------------------------------------------------

namespace {

// The demo with huwelijk's resultaattypen removed: fails openzaak, passes catalogi.
std::string broken_demo(const blokjes::test::ScratchDirectory& scratch) {
  std::ifstream in(blokjes::test::demo_workshop_path());
  auto document = nlohmann::json::parse(in);
  for (auto& block : document["processes"][0]["blocks"]) {
    if (block["kind"] == "besluiten")
      block["overrides"]["resultaattypen"] = nlohmann::json::array();
  }
  return write_file(scratch, "broken.json", document.dump(2));
}

}  // namespace

TEST_CASE("validate --profile checks the export rules", "[cli][export]") {
  CHECK(run_blokjes("validate --profile openzaak " + demo()).exit_code == 0);
  const Run zac = run_blokjes("validate --profile zac " + demo());
  CHECK(zac.exit_code == 1);
  CHECK_THAT(zac.output,
             Contains("error: huwelijk: zaaktype \"HUW-001\": has no statustypen \"Intake\", "
                      "\"In behandeling\", \"Heropend\""));
  CHECK(run_blokjes("validate --profile nonsense " + demo()).exit_code == 2);
  blokjes::test::ScratchDirectory scratch;
  const auto broken = broken_demo(scratch);
  CHECK(run_blokjes("validate --profile catalogi " + broken).exit_code == 0);
  const Run openzaak = run_blokjes("validate --profile openzaak " + broken);
  CHECK(openzaak.exit_code == 1);
  CHECK_THAT(openzaak.output, Contains("broken.json:") && Contains("has no resultaattype"));
}

// Core validation checks soundness only; whether the servicenorm fits the
// doorlooptijd is a publishing rule, reported once, by the profile.
TEST_CASE("validate reports a servicenorm longer than the doorlooptijd once", "[cli][export]") {
  std::ifstream in(blokjes::test::demo_workshop_path());
  auto document = nlohmann::json::parse(in);
  document["processes"][0]["zaaktype"]["servicenorm"] = "P2Y";  // doorlooptijd P1Y
  blokjes::test::ScratchDirectory scratch;
  const auto file = write_file(scratch, "norm.json", document.dump(2));
  // How many lines (findings) mention `word`.
  const auto count = [](const std::string& text, const std::string& word) {
    std::size_t found = 0;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
      found += line.find(word) != std::string::npos;
    return found;
  };
  const Run plain = run_blokjes("validate " + file);
  CHECK(plain.exit_code == 0);
  CHECK(count(plain.output, "servicenorm") == 0);
  const Run openzaak = run_blokjes("validate --profile openzaak " + file);
  CHECK(openzaak.exit_code == 1);
  CHECK(count(openzaak.output, "servicenorm P2Y is longer than doorlooptijd P1Y") == 1);
  // Once: the citizen's view may name the servicenorm too, as a date he
  // waits for, but the rule itself is reported a single time.
  std::size_t rule_lines = 0;
  std::istringstream lines(openzaak.output);
  for (std::string line; std::getline(lines, line);) {
    rule_lines += line.find("servicenorm") != std::string::npos &&
                  line.find("citizen's view") == std::string::npos;
  }
  CHECK(rule_lines == 1);
}

TEST_CASE("export writes, refuses invalid input and never overwrites without --force",
          "[cli][export]") {
  blokjes::test::ScratchDirectory scratch;
  const auto zip = shell_quote(scratch.file("demo.zip"));
  const Run first = run_blokjes("export " + demo() + " --all --format openzaak-zip -o " + zip);
  CHECK(first.exit_code == 0);
  CHECK_THAT(first.output, Contains("13 zaaktypen"));
  const Run again = run_blokjes("export " + demo() + " --all --format openzaak-zip -o " + zip);
  CHECK(again.exit_code == 2);
  CHECK_THAT(again.output, Contains("already exists; use --force"));

  const auto broken = broken_demo(scratch);
  const auto out = scratch.file("huwelijk.json");
  const Run refused = run_blokjes("export " + broken + " --process huwelijk --format zgw-json -o " +
                                  shell_quote(out));
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.output, Contains("nothing written"));
  CHECK_FALSE(std::filesystem::exists(out));
  const Run forced = run_blokjes(
      "export " + broken + " --process huwelijk --format zgw-json --force -o " + shell_quote(out));
  CHECK(forced.exit_code == 0);
  std::ifstream written(out);
  CHECK(nlohmann::json::parse(written)["zaaktype"]["concept"] == true);
}

TEST_CASE("export needs a process choice and knows its processes", "[cli][export]") {
  blokjes::test::ScratchDirectory scratch;
  const auto out = shell_quote(scratch.file("x.zip"));
  CHECK(run_blokjes("export " + demo() + " --format openzaak-zip -o " + out).exit_code == 2);
  const Run unknown =
      run_blokjes("export " + demo() + " --process nope --format openzaak-zip -o " + out);
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.output, Contains("has no process \"nope\""));
  const Run base = run_blokjes("export " + demo() +
                               " --process klacht --format zgw-json --base-url "
                               "https://zaken.example.nl/catalogi/api/v1/ -o " +
                               shell_quote(scratch.file("k.json")));
  CHECK(base.exit_code == 0);
  std::ifstream written(scratch.file("k.json"));
  CHECK_THAT(nlohmann::json::parse(written)["zaaktype"]["url"].get<std::string>(),
             Contains("https://zaken.example.nl/catalogi/api/v1/zaaktypen/"));
}

TEST_CASE("import makes a workshop that validates, and reports bad input", "[cli][import]") {
  blokjes::test::ScratchDirectory scratch;
  const auto zip = shell_quote(scratch.file("demo.zip"));
  REQUIRE(run_blokjes("export " + demo() + " --all --format openzaak-zip -o " + zip).exit_code ==
          0);
  const auto workshop = shell_quote(scratch.file("imported.json"));
  const Run imported = run_blokjes("import " + zip + " -o " + workshop);
  CHECK(imported.exit_code == 0);
  CHECK_THAT(imported.output, Contains("13 processes"));
  CHECK(run_blokjes("validate --profile openzaak " + workshop).exit_code == 0);
  CHECK(run_blokjes("import " + zip + " -o " + workshop).exit_code == 2);
  const Run bad = run_blokjes("import " + write_file(scratch, "bad.zip", "PK\x03\x04nonsense") +
                              " -o " + shell_quote(scratch.file("w.json")));
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.output, Contains("bad.zip") && Contains("not a readable ZIP"));
}
