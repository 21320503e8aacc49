// `blokjes import MODEL.bpmn` as a user runs it: the real binary writes a
// workshop that `blokjes validate` loads, prints warnings on stderr, and
// keeps the --force rule of the catalogi import.

#include <filesystem>
#include <fstream>

#include "bpmn_test_support.h"
#include "core/workshop_file.h"
#include "shell_run.h"

using namespace blokjes;
using namespace blokjes::test;
using Catch::Matchers::Contains;

namespace {

ShellRun run_blokjes(const std::string& arguments) {
  return run_shell(shell_quote(BLOKJES_CLI_PATH) + " " + arguments + " 2>&1");
}

ShellRun run_blokjes_stderr_only(const std::string& arguments) {
  return run_shell(shell_quote(BLOKJES_CLI_PATH) + " " + arguments + " 2>&1 >/dev/null");
}

}  // namespace

TEST_CASE("blokjes import MODEL.bpmn writes a workshop that validate loads", "[bpmn][cli]") {
  ScratchDirectory scratch;
  const std::string out = scratch.file("melding.json");
  const auto run = run_blokjes_stderr_only("import " + shell_quote(bpmn_fixture("camunda-melding.bpmn")) +
                                           " -o " + shell_quote(out));
  CHECK(run.exit_code == 0);
  // Warnings on stderr.
  CHECK_THAT(run.output, Contains("warning: ") && Contains("boundary event \"Na 5 werkdagen\"") &&
                             Contains("1 process to"));
  const auto workshop = load_workshop(out).workshop;
  REQUIRE(workshop.processes.size() == 1);
  CHECK(workshop.processes[0].blocks.size() == 4);
  const auto validated = run_blokjes("validate " + shell_quote(out));
  CHECK((validated.exit_code == 0 || validated.exit_code == 1));
}

TEST_CASE("blokjes import: --force is needed to overwrite, as before", "[bpmn][cli]") {
  ScratchDirectory scratch;
  const std::string out = scratch.file("out.json");
  const std::string model = shell_quote(bpmn_fixture("bpmnio-omgevingsvergunning.bpmn"));
  REQUIRE(run_blokjes("import " + model + " -o " + shell_quote(out)).exit_code == 0);
  const auto again = run_blokjes("import " + model + " -o " + shell_quote(out));
  CHECK(again.exit_code == 2);
  CHECK_THAT(again.output, Contains("already exists; use --force"));
  CHECK(run_blokjes("import " + model + " -o " + shell_quote(out) + " --force").exit_code == 0);
}

TEST_CASE("blokjes import: BPMN without the .bpmn extension is recognised by its root", "[bpmn][cli]") {
  ScratchDirectory scratch;
  const std::string model = scratch.file("model.xml");
  std::ofstream(model, std::ios::binary) << read_file(bpmn_fixture("default-namespace.bpmn"));
  const std::string out = scratch.file("out.json");
  const auto run = run_blokjes("import " + shell_quote(model) + " -o " + shell_quote(out));
  CHECK(run.exit_code == 0);
  CHECK(load_workshop(out).workshop.processes.at(0).name == "Klacht behandelen");
}

TEST_CASE("blokjes import: malformed BPMN exits 2 with file:line:col", "[bpmn][cli]") {
  ScratchDirectory scratch;
  const std::string model = scratch.file("kapot.bpmn");
  std::ofstream(model, std::ios::binary)
      << "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n"
         "<bpmn:process id=\"p\">\n<bpmn:task id=\"t\">\n</bpmn:process>\n";
  const std::string out = scratch.file("out.json");
  const auto run = run_blokjes("import " + shell_quote(model) + " -o " + shell_quote(out));
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.output, Contains("kapot.bpmn:4:") && Contains("error: malformed XML"));
  CHECK_FALSE(std::filesystem::exists(out));
  // Not BPMN, though named so.
  const std::string other = scratch.file("ander.bpmn");
  std::ofstream(other, std::ios::binary) << "<workshop/>";
  const auto refused = run_blokjes("import " + shell_quote(other) + " -o " + shell_quote(out));
  CHECK(refused.exit_code == 2);
  CHECK_THAT(refused.output, Contains("ander.bpmn:1:1: error:") && Contains("expected a BPMN 2.0"));
}

TEST_CASE("blokjes import --help names BPMN", "[bpmn][cli]") {
  const auto help = run_blokjes("import --help");
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.output, Contains("BPMN 2.0"));
}
