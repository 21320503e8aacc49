// Malformed and invalid workshop files: each gives one clear message naming
// the file, the line and column and what was expected, and never crashes.

#include <catch2/catch.hpp>
#include <fstream>

#include "core/workshop_file.h"
#include "core/workshop_validation.h"
#include "test_support.h"

using namespace blokjes;
using Catch::Matchers::Contains;

namespace {

const std::string kMinimal = R"({
  "format": "blokjessessie-workshop",
  "version": 1,
  "departments": [{"id": "burgerzaken", "name": "Burgerzaken"}],
  "processes": [
    {
      "id": "huwelijk",
      "name": "Huwelijk",
      "department": "burgerzaken",
      "zaaktype": {"doorlooptijd": "P1Y"},
      "blocks": [
        {"id": "b1", "kind": "intake", "variant": "digitaal", "lane": "burgerzaken", "position": {"x": 0, "y": 0}},
        {"id": "b2", "kind": "archiveren", "variant": "standaard", "lane": "burgerzaken", "position": {"x": 220, "y": 0}}
      ],
      "flows": [{"id": "f1", "from": "b1", "to": "b2"}]
    }
  ]
})";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

LoadError load_error_of(const std::string& text) {
  return blokjes::test::workshop_load_error(text);
}

std::vector<Diagnostic> findings_of(const std::string& text) {
  return validate_workshop(parse_workshop(text, "x.json").workshop, test::library());
}

bool has_error_containing(const std::vector<Diagnostic>& findings, const std::string& part) {
  return std::any_of(findings.begin(), findings.end(), [&](const Diagnostic& finding) {
    return finding.severity == Severity::error && finding.message.find(part) != std::string::npos;
  });
}

}  // namespace

TEST_CASE("the minimal workshop is valid", "[malformed]") {
  CHECK(findings_of(kMinimal).empty());
}

TEST_CASE("truncated JSON names the line and column where it ends", "[malformed]") {
  const std::string truncated = kMinimal.substr(0, kMinimal.find("\"flows\""));
  const LoadError error = load_error_of(truncated);
  CHECK(error.file() == "bad.json");
  CHECK(error.position().line == 15);
  CHECK_THAT(error.message(), Contains("invalid JSON"));
  CHECK_THAT(std::string(error.what()), Contains("bad.json:15:"));
}

TEST_CASE("a syntax error in the middle points at it", "[malformed]") {
  const LoadError error = load_error_of(replaced(kMinimal, "\"version\": 1,", "\"version\": 1,,"));
  CHECK(error.position().line == 3);
  CHECK(error.position().column == 16);
}

TEST_CASE("wrong types name the pointer, the position and the expected type", "[malformed]") {
  const LoadError error = load_error_of(replaced(kMinimal, "\"x\": 220", "\"x\": \"220\""));
  CHECK(error.pointer() == "/processes/0/blocks/1/position/x");
  CHECK(error.position().line == 13);
  CHECK_THAT(error.message(), Contains("expected a number, found a string"));

  const LoadError flows = load_error_of(
      replaced(kMinimal, "[{\"id\": \"f1\", \"from\": \"b1\", \"to\": \"b2\"}]", "{\"f1\": 1}"));
  CHECK(flows.pointer() == "/processes/0/flows");
  CHECK_THAT(flows.message(), Contains("expected an array, found an object"));
}

TEST_CASE("missing and unknown fields are named", "[malformed]") {
  const LoadError missing = load_error_of(replaced(kMinimal, "\"kind\": \"intake\", ", ""));
  CHECK(missing.pointer() == "/processes/0/blocks/0");
  CHECK_THAT(missing.message(), Contains("missing required field \"kind\""));

  const LoadError unknown = load_error_of(
      replaced(kMinimal, "\"lane\": \"burgerzaken\", \"position\": {\"x\": 0",
               "\"lable\": \"x\", \"lane\": \"burgerzaken\", \"position\": {\"x\": 0"));
  CHECK(unknown.pointer() == "/processes/0/blocks/0/lable");
  CHECK_THAT(unknown.message(), Contains("unknown field \"lable\""));
}

TEST_CASE("other formats and newer versions are refused", "[malformed]") {
  CHECK_THAT(load_error_of(R"({"format": "bpmn", "version": 1})").message(),
             Contains("not a workshop file"));
  CHECK_THAT(load_error_of(replaced(kMinimal, "\"version\": 1", "\"version\": 7")).message(),
             Contains("newer Blokjessessie"));
  CHECK_THAT(load_error_of("[1, 2, 3]").message(), Contains("expected an object"));
  CHECK_THAT(load_error_of("").message(), Contains("invalid JSON"));
  CHECK_THAT(load_error_of(std::string("\x7f\x45\x4c\x46\x00\x01", 6)).message(),
             Contains("invalid JSON"));
}

TEST_CASE("an unknown block kind is an error at the kind", "[malformed]") {
  const std::string text = replaced(kMinimal, "\"kind\": \"intake\"", "\"kind\": \"toveren\"");
  const auto loaded = parse_workshop(text, "x.json");
  const auto findings = validate_workshop(loaded.workshop, test::library());
  REQUIRE(has_error_containing(findings, "unknown block kind \"toveren\""));
  CHECK(findings.front().pointer == "/processes/0/blocks/0/kind");
  CHECK(findings.front().block_id == "b1");
  CHECK(loaded.source->locate(findings.front().pointer).line == 12);
  CHECK_THAT(format_diagnostic("x.json", loaded.source.get(), findings.front()),
             Contains("x.json:12:"));

  CHECK(has_error_containing(
      findings_of(replaced(kMinimal, "\"variant\": \"digitaal\"", "\"variant\": \"per-duif\"")),
      "has no variant \"per-duif\""));
}

TEST_CASE("duplicate ids are errors", "[malformed]") {
  CHECK(has_error_containing(findings_of(replaced(kMinimal, "\"id\": \"b2\"", "\"id\": \"b1\"")),
                             "duplicate block id \"b1\""));
  std::string two_processes = kMinimal;
  const auto start = two_processes.find("    {\n      \"id\": \"huwelijk\"");
  const auto end = two_processes.rfind("  ]\n}");
  const std::string process = two_processes.substr(start, end - start - 1);
  two_processes.insert(end - 1, ",\n" + process);
  CHECK(has_error_containing(findings_of(two_processes), "duplicate process id \"huwelijk\""));
}

TEST_CASE("dangling flows are errors at the end that dangles", "[malformed]") {
  const auto findings = findings_of(replaced(kMinimal, "\"to\": \"b2\"", "\"to\": \"b9\""));
  REQUIRE(has_error_containing(findings, "unknown block \"b9\""));
  CHECK(findings.front().pointer == "/processes/0/flows/0/to");
  CHECK(findings.front().flow_id == "f1");
  CHECK(has_error_containing(findings_of(replaced(kMinimal, "\"to\": \"b2\"", "\"to\": \"b1\"")),
                             "to itself"));
}

TEST_CASE("other reference and value errors", "[malformed]") {
  CHECK(has_error_containing(findings_of(replaced(kMinimal, "\"P1Y\"", "\"one year\"")),
                             "not an ISO-8601 duration"));
  CHECK(has_error_containing(
      findings_of(replaced(kMinimal, "\"department\": \"burgerzaken\"", "\"department\": \"x\"")),
      "\"x\" is not in departments"));
  CHECK(has_error_containing(
      findings_of(replaced(kMinimal, "\"id\": \"huwelijk\"", "\"id\": \"Huwelijk En Zo\"")),
      "not a slug"));
}

TEST_CASE("a number too large for a double is a load error, not a crash", "[malformed]") {
  // The fuzzer's first find: nlohmann reports this as out_of_range.
  CHECK_THAT(load_error_of("99999999999999990e09999992").message(),
             Contains("invalid JSON: number overflow"));
  CHECK_THAT(load_error_of(replaced(kMinimal, "\"x\": 220", "\"x\": 1e999")).message(),
             Contains("number overflow"));
}

TEST_CASE("positions stay right after a byte-order mark", "[malformed]") {
  const LoadError error =
      load_error_of("\xEF\xBB\xBF" + replaced(kMinimal, "\"x\": 220", "\"x\": \"220\""));
  CHECK(error.position().line == 13);
  CHECK(error.position().column > 1);
}

TEST_CASE("10,000-deep nesting is refused without recursion", "[malformed]") {
  const std::string deep = std::string(10000, '[') + std::string(10000, ']');
  const LoadError error = load_error_of(deep);
  CHECK_THAT(error.message(), Contains("nesting deeper than"));
  CHECK(error.position().line == 1);
  const std::string deep_objects =
      replaced(kMinimal, "\"name\": \"Huwelijk\"",
               "\"name\": " + std::string(10000, '[') + std::string(10000, ']'));
  CHECK_THAT(load_error_of(deep_objects).message(), Contains("nesting deeper than"));
}

TEST_CASE("a 100 MB file is refused before it is read", "[malformed]") {
  test::ScratchDirectory scratch;
  const std::string path = scratch.file("huge.json");
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"format\": \"blokjessessie-workshop\", \"version\": 1, \"name\": \"";
    const std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) out << chunk;
    out << "\"}";
  }
  try {
    load_workshop(path);
    FAIL("expected a LoadError");
  } catch (const LoadError& error) {
    CHECK(error.file() == path);
    CHECK_THAT(error.message(), Contains("100 MiB") && Contains("at most 32 MiB"));
  }
}

TEST_CASE("unreadable paths are load errors", "[malformed]") {
  test::ScratchDirectory scratch;
  CHECK_THROWS_AS(load_workshop(scratch.file("missing.json")), LoadError);
  CHECK_THROWS_WITH(load_workshop(scratch.path().string()), Contains("is a directory"));
}
