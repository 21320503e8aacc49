// Hostile input to the shared reading and validation path (issue 11): long
// identifiers, astronomic coordinates, thousands of duplicate ids, files that
// are not files, NUL bytes and numbers too large for a double. Each class has
// several examples; each must give a clear finding or error, never a crash,
// a hang or a flood of findings.

// [SECTION] Helpers
// [SECTION] Identifiers: slugs and lengths
// [SECTION] Coordinates
// [SECTION] Duplicate ids
// [SECTION] Reading: only regular files, bounded
// [SECTION] NUL bytes
// [SECTION] Number overflow

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <fstream>

#include "catalogi_support.h"
#include "core/identifier_text.h"
#include "core/json_text.h"
#include "core/workshop_file.h"
#include "core/workshop_validation.h"
#include "test_support.h"

using namespace blokjes;
using Catch::Matchers::Contains;

namespace {

// -----------------------------------------------------------------------------
// [SECTION] Helpers
// -----------------------------------------------------------------------------

std::string block_json(const std::string& id, const std::string& x, const std::string& y) {
  return R"({"id": ")" + id +
         R"(", "kind": "intake", "variant": "digitaal", "lane": "burgerzaken", "position": {"x": )" +
         x + R"(, "y": )" + y + "}}";
}

// A workshop of one process; `blocks` and `flows` are JSON array bodies.
std::string workshop_json(const std::string& process_id, const std::string& blocks,
                          const std::string& flows = "") {
  return R"({
  "format": "blokjessessie-workshop",
  "version": 1,
  "departments": [{"id": "burgerzaken", "name": "Burgerzaken"}],
  "processes": [
    {
      "id": ")" +
         process_id + R"(",
      "name": "Proces",
      "department": "burgerzaken",
      "zaaktype": {"doorlooptijd": "P1Y"},
      "blocks": [)" +
         blocks + R"(],
      "flows": [)" +
         flows + R"(]
    }
  ]
})";
}

std::string two_blocks() {
  return block_json("b1", "0", "0") + ",\n" + block_json("b2", "220", "0");
}

std::vector<Diagnostic> findings_of(const std::string& text) {
  return validate_workshop(parse_workshop(text, "x.json").workshop, test::library());
}

std::size_t count_containing(const std::vector<Diagnostic>& findings, const std::string& part) {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(), [&](const Diagnostic& finding) {
        return finding.message.find(part) != std::string::npos;
      }));
}

const Diagnostic* error_containing(const std::vector<Diagnostic>& findings,
                                   const std::string& part) {
  for (const auto& finding : findings) {
    if (finding.severity == Severity::error && finding.message.find(part) != std::string::npos) {
      return &finding;
    }
  }
  return nullptr;
}

LoadError parse_error_of(const std::string& text) {
  return blokjes::test::workshop_load_error(text);
}

LoadError read_error_of(const std::string& path, std::size_t max_bytes = JsonLimits{}.max_bytes) {
  try {
    read_text_file(path, max_bytes);
  } catch (const LoadError& error) {
    return error;
  }
  FAIL("expected a LoadError for " + path);
  throw std::logic_error("unreachable");
}

std::size_t longest_message(const std::vector<Diagnostic>& findings) {
  std::size_t longest = 0;
  for (const auto& finding : findings) longest = std::max(longest, finding.message.size());
  return longest;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Identifiers: slugs and lengths
// -----------------------------------------------------------------------------

TEST_CASE("is_slug: lower-case groups joined by single dashes", "[hardening][input]") {
  for (const char* good : {"a", "huwelijk", "huwelijk-2027", "a-b-c", "0", "x9-y8"}) {
    CHECK(is_slug(good));
  }
  for (const char* bad : {"", "-", "-a", "a-", "a--b", "A", "huw elijk", "é", "a_b", "a.b"}) {
    CHECK_FALSE(is_slug(bad));
  }
  // Linear and without recursion: a regex overflowed the stack here.
  CHECK(is_slug(std::string(1'000'000, 'a')));
  std::string alternating;
  for (int i = 0; i < 200'000; ++i) alternating += "a-";
  CHECK_FALSE(is_slug(alternating));
  alternating.pop_back();
  CHECK(is_slug(alternating));
}

TEST_CASE("shown_identifier: cut, counted and printable", "[hardening][input]") {
  CHECK(shown_identifier("huwelijk") == "huwelijk");
  const auto shown = shown_identifier(std::string(60'000, 'a'));
  CHECK(shown.size() < 200);
  CHECK_THAT(shown, Contains("(60000 characters)"));
  CHECK(shown_identifier(std::string("a\0b", 3)) == "a\\x00b");
  CHECK(shown_identifier("\x1b]0;title\x07") == "\\x1b]0;title\\x07");
  // Cut on a character boundary: 150 two-byte characters keep 100 whole ones.
  std::string accented;
  for (int i = 0; i < 150; ++i) accented += "\xC3\xA9";
  CHECK(shown_identifier(accented) ==
        accented.substr(0, 200) + "... (150 characters)");
}

TEST_CASE("a 60,000-character process id is a finding, not a crash", "[hardening][input]") {
  const std::string long_id(60'000, 'p');
  const auto loaded = parse_workshop(workshop_json(long_id, two_blocks()), "long.json");
  const auto findings = validate_workshop(loaded.workshop, test::library());
  const auto* finding = error_containing(findings, "is longer than 100 characters");
  REQUIRE(finding != nullptr);
  CHECK(finding->pointer == "/processes/0/id");
  CHECK(longest_message(findings) < 1000);

  SECTION("and the openzaak profile reports the identificatie over 50, naming the process") {
    const auto prepared = test::export_of(loaded.workshop);
    const auto* identificatie = error_containing(prepared.diagnostics, "identificatie has 60000");
    REQUIRE(identificatie != nullptr);
    CHECK_THAT(identificatie->message, Contains("at most 50"));
    CHECK_THAT(identificatie->message, Contains("pppp"));
    CHECK(identificatie->process_id == long_id);
    CHECK(identificatie->pointer == "/processes/0/zaaktype/identificatie");
    CHECK(longest_message(prepared.diagnostics) < 2000);
  }
  SECTION("and the zac profile too") {
    const auto prepared = test::export_of(loaded.workshop, {}, ValidationProfile::zac);
    CHECK(error_containing(prepared.diagnostics, "identificatie has 60000") != nullptr);
  }
}

TEST_CASE("a 60,000-character block, flow, department or note id is a finding",
          "[hardening][input]") {
  const std::string long_id(60'000, 'b');
  SECTION("block") {
    const auto text = workshop_json("proces",
                                    block_json(long_id, "0", "0") + "," + block_json("b2", "0", "0"),
                                    R"({"id": "f1", "from": ")" + long_id + R"(", "to": "b2"})");
    const auto loaded = parse_workshop(text, "long.json");
    const auto findings = validate_workshop(loaded.workshop, test::library());
    const auto* finding = error_containing(findings, "block id");
    REQUIRE(finding != nullptr);
    CHECK_THAT(finding->message, Contains("longer than 100"));
    CHECK(finding->pointer == "/processes/0/blocks/0/id");
    CHECK(longest_message(findings) < 1000);
    const auto prepared = test::export_of(loaded.workshop);
    CHECK(longest_message(prepared.diagnostics) < 2000);
  }
  SECTION("flow") {
    const auto findings = findings_of(workshop_json(
        "proces", two_blocks(), R"({"id": ")" + long_id + R"(", "from": "b1", "to": "b2"})"));
    CHECK(error_containing(findings, "flow id") != nullptr);
  }
  SECTION("department") {
    auto text = workshop_json("proces", two_blocks());
    text.replace(text.find(R"({"id": "burgerzaken")"), 0,
                 R"({"id": ")" + long_id + R"(", "name": "Lang"}, )");
    CHECK(error_containing(findings_of(text), "department id") != nullptr);
  }
  SECTION("note") {
    auto text = workshop_json("proces", two_blocks());
    text.insert(text.rfind('}'), R"(, "notes": [{"id": ")" + long_id + R"(", "text": "x"}])");
    CHECK(error_containing(findings_of(text), "note id") != nullptr);
  }
}

TEST_CASE("the id cap is 100 characters, counted as characters", "[hardening][input]") {
  CHECK(error_containing(findings_of(workshop_json(std::string(100, 'a'), two_blocks())),
                         "longer than") == nullptr);
  CHECK(error_containing(findings_of(workshop_json(std::string(101, 'a'), two_blocks())),
                         "longer than") != nullptr);
  std::string accented;  // 100 characters, 200 bytes
  for (int i = 0; i < 100; ++i) accented += "\xC3\xA9";
  const auto text = workshop_json("proces", block_json(accented, "0", "0"));
  CHECK(error_containing(findings_of(text), "longer than") == nullptr);
}

TEST_CASE("a process id of 51 characters is valid in the model but not as identificatie",
          "[hardening][input]") {
  const std::string id(51, 'h');
  auto process = test::chain_process(id, {"intake/digitaal", "besluiten/mandaat"}, 1);
  process.zaaktype.identificatie.clear();  // the process id stands in for it
  const auto workshop = test::workshop_with(process);
  CHECK(error_containing(validate_workshop(workshop, test::library()), "longer than") == nullptr);
  const auto prepared = test::export_of(workshop);
  const auto* finding = error_containing(prepared.diagnostics, "identificatie has 51 characters");
  REQUIRE(finding != nullptr);
  CHECK(finding->process_id == id);
}

// -----------------------------------------------------------------------------
// [SECTION] Coordinates
// -----------------------------------------------------------------------------

TEST_CASE("astronomic coordinates load and are reported with their pointer",
          "[hardening][input]") {
  struct Case {
    const char* x;
    const char* y;
    const char* axis;
  };
  for (const auto& example : {Case{"0", "-1e308", "y"}, Case{"1e308", "0", "x"},
                              Case{"10000000", "0", "x"}, Case{"0", "-1000001", "y"},
                              Case{"1.7976931348623157e308", "0", "x"}}) {
    CAPTURE(example.x, example.y);
    const auto text = workshop_json("proces", block_json("b1", example.x, example.y) + "," +
                                                  block_json("b2", "0", "0"));
    // Load-and-report: the file opens, so the user can move the block back.
    const auto loaded = parse_workshop(text, "far.json");
    const auto findings = validate_workshop(loaded.workshop, test::library());
    const auto* finding = error_containing(findings, "is outside the canvas");
    REQUIRE(finding != nullptr);
    CHECK(finding->pointer == std::string("/processes/0/blocks/0/position/") + example.axis);
    CHECK(finding->block_id == "b1");
    CHECK(loaded.source->locate(finding->pointer).line > 0);
  }
  for (const char* fine : {"1000000", "-1000000", "0.5", "-220"}) {
    const auto text = workshop_json("proces", block_json("b1", fine, fine));
    CHECK(error_containing(findings_of(text), "outside the canvas") == nullptr);
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Duplicate ids
// -----------------------------------------------------------------------------

TEST_CASE("a duplicated id is one finding with a count, however often it repeats",
          "[hardening][input]") {
  for (const int copies : {2, 1000, 5000}) {
    CAPTURE(copies);
    std::string blocks;
    for (int i = 0; i < copies; ++i) {
      blocks += (i == 0 ? "" : ",\n") + block_json("x", std::to_string(i), "0");
    }
    const auto loaded = parse_workshop(workshop_json("proces", blocks), "dup.json");
    const auto findings = validate_workshop(loaded.workshop, test::library());
    CHECK(count_containing(findings, "duplicate block id") == 1);
    const auto* finding = error_containing(findings, "duplicate block id \"x\"");
    REQUIRE(finding != nullptr);
    CHECK_THAT(finding->message, Contains("is used " + std::to_string(copies) + " times"));
    CHECK(finding->pointer == "/processes/0/blocks/1/id");
    CHECK(findings.size() < 10);

    const auto prepared = test::export_of(loaded.workshop);
    CHECK(prepared.diagnostics.size() < 50);
    const auto zac = test::export_of(loaded.workshop, {}, ValidationProfile::zac);
    CHECK(zac.diagnostics.size() < 60);
  }
}

TEST_CASE("duplicates are counted per id and per scope", "[hardening][input]") {
  std::string blocks;
  for (int i = 0; i < 300; ++i) {
    blocks += (i == 0 ? "" : ",\n") + block_json(i % 3 == 0 ? "a" : (i % 3 == 1 ? "b" : "c"),
                                                 std::to_string(i), "0");
  }
  std::string flows;
  for (int i = 0; i < 1000; ++i) {
    flows += std::string(i == 0 ? "" : ",\n") + R"({"id": "f", "from": "a", "to": "b"})";
  }
  const auto findings = findings_of(workshop_json("proces", blocks, flows));
  CHECK(count_containing(findings, "duplicate block id") == 3);
  CHECK(count_containing(findings, "is used 100 times") == 3);
  CHECK(count_containing(findings, "duplicate flow id \"f\" is used 1000 times") == 1);

  SECTION("empty ids are one finding too") {
    std::string empties;
    for (int i = 0; i < 1000; ++i) empties += (i == 0 ? "" : ",\n") + block_json("", "0", "0");
    const auto empty_findings = findings_of(workshop_json("proces", empties));
    CHECK(count_containing(empty_findings, "empty") == 1);
    CHECK(count_containing(empty_findings, "1000 block ids are empty") == 1);
  }
}

TEST_CASE("many versions of one identificatie: one overlap finding, with a count",
          "[hardening][input]") {
  for (const int versions : {2, 300}) {
    CAPTURE(versions);
    auto workshop = test::workshop_with(
        test::chain_process("v0", {"intake/digitaal", "besluiten/mandaat"}, 1));
    for (int i = 1; i < versions; ++i) {
      auto next = workshop.processes[0];
      next.id = "v" + std::to_string(i);
      workshop.processes.push_back(next);
    }
    const auto prepared = test::export_of(workshop);
    CHECK(count_containing(prepared.diagnostics, "geldigheid overlaps") == 1);
    if (versions > 2) {
      CHECK(count_containing(prepared.diagnostics,
                             "(" + std::to_string(versions) + " of its " +
                                 std::to_string(versions) + " versions overlap)") == 1);
    }
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Reading: only regular files, bounded
// -----------------------------------------------------------------------------

TEST_CASE("devices, pipes, sockets and directories are refused by name", "[hardening][input]") {
  CHECK_THAT(read_error_of("/dev/zero").message(), Contains("is a device, not a file"));
  CHECK_THAT(read_error_of("/dev/urandom").message(), Contains("is a device, not a file"));
  CHECK_THAT(read_error_of("/dev/null").message(), Contains("is a device, not a file"));
  CHECK_THAT(read_error_of("/dev/zero").what(), Contains("/dev/zero"));

  test::ScratchDirectory scratch;
  CHECK_THAT(read_error_of(scratch.path().string()).message(), Contains("is a directory"));

  // Checked before opening, so the test cannot block on a FIFO without a writer.
  const auto fifo = scratch.file("pipe");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THAT(read_error_of(fifo).message(), Contains("is a pipe (FIFO), not a file"));

  const auto link = scratch.file("link-to-zero.json");
  std::filesystem::create_symlink("/dev/zero", link);
  CHECK_THAT(read_error_of(link).message(), Contains("is a device"));

  const auto socket_path = scratch.file("sock");
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  std::strncpy(address.sun_path, socket_path.c_str(), sizeof address.sun_path - 1);
  if (socket_path.size() < sizeof address.sun_path &&
      ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
    CHECK_THAT(read_error_of(socket_path).message(), Contains("is a socket, not a file"));
  }
  ::close(fd);

  CHECK_THAT(read_error_of(scratch.file("missing.json")).message(), Contains("cannot open"));
  CHECK_THROWS_AS(load_workshop("/dev/zero"), LoadError);
}

TEST_CASE("files whose size stat does not tell are read up to the limit", "[hardening][input]") {
  // /proc files claim size 0 and are regular: they read fine, in full.
  const auto status = read_text_file("/proc/self/status", 1 << 20);
  CHECK_THAT(status, Contains("Name:"));
  CHECK_THAT(status, Contains("Pid:"));
  // And the read stops at the limit whatever stat says.
  CHECK_THAT(read_error_of("/proc/self/status", 16).message(), Contains("at most"));

  test::ScratchDirectory scratch;
  const auto path = scratch.file("exact.json");
  std::ofstream(path) << std::string(1024, ' ');
  CHECK(read_text_file(path, 1024).size() == 1024);
  CHECK_THAT(read_error_of(path, 1023).message(), Contains("at most"));
}

// -----------------------------------------------------------------------------
// [SECTION] NUL bytes
// -----------------------------------------------------------------------------

TEST_CASE("a raw NUL byte anywhere is an error with its line and column",
          "[hardening][input]") {
  const std::string valid = workshop_json("proces", two_blocks());
  SECTION("after valid JSON, before garbage") {
    const auto error = parse_error_of(valid + std::string("\0garbage", 8));
    CHECK_THAT(error.message(), Contains("NUL byte (0x00)"));
    CHECK(error.position().line == 16);
    CHECK(error.position().column == 2);
  }
  SECTION("at the very end") {
    const auto error = parse_error_of(valid + '\0');
    CHECK_THAT(error.message(), Contains("NUL byte"));
    CHECK(error.position().line == 16);
  }
  SECTION("inside a string") {
    auto text = valid;
    text.replace(text.find("Proces"), 6, std::string("Pro\0ces", 7));
    const auto error = parse_error_of(text);
    CHECK_THAT(error.message(), Contains("NUL byte"));
    CHECK(error.position().line == 8);
    CHECK(error.position().column == 19);
  }
  SECTION("on the first byte") {
    const auto error = parse_error_of(std::string("\0{}", 3));
    CHECK(error.position().line == 1);
    CHECK(error.position().column == 1);
  }
  SECTION("in any JSON the program reads, not only workshops") {
    CHECK_THROWS_AS(parse_json_text(std::string("[1]\0[2]", 7), "x.json"), LoadError);
  }
}

TEST_CASE("an escaped \\u0000 does not cut messages short", "[hardening][input]") {
  SECTION("in an id echoed by a finding") {
    const auto findings =
        findings_of(workshop_json(R"(huw\u0000elijk-na-de-nul)", two_blocks()));
    const auto* finding = error_containing(findings, "is not a slug");
    REQUIRE(finding != nullptr);
    CHECK_THAT(finding->message, Contains("huw\\x00elijk-na-de-nul"));
    CHECK(finding->message.find('\0') == std::string::npos);
  }
  SECTION("in a key named by a load error") {
    auto text = workshop_json("proces", two_blocks());
    text.insert(1, R"("bad\u0000key-after-nul": 1,)");
    const auto error = parse_error_of(text);
    const std::string what = error.what();  // as a C string: up to the first NUL
    CHECK_THAT(what, Contains("(at /bad\\u0000key-after-nul)"));
    // The decoder's message quotes the key whole, past its NUL.
    CHECK_THAT(error.message(), Contains("unknown field \"bad\\u0000key-after-nul\""));
  }
  SECTION("in any load error's message and pointer") {
    const LoadError error("f.json", {3, 4}, std::string("/a\0b", 4),
                          std::string("before\0after", 12));
    const std::string what = error.what();
    CHECK(what == "f.json:3:4: error: before\\u0000after (at /a\\u0000b)");
    CHECK(error.message() == "before\\u0000after");
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Number overflow
// -----------------------------------------------------------------------------

TEST_CASE("a number too large for a double is reported at its line and column",
          "[hardening][input]") {
  SECTION("the top-level value") {
    const auto error = parse_error_of("1e999");
    CHECK_THAT(error.message(), Contains("number overflow"));
    CHECK(error.position().line == 1);
    CHECK(error.position().column == 1);
  }
  SECTION("a block's x, after a string holding the same digits") {
    const auto text = workshop_json(
        "proces", R"({"id": "1e999", "kind": "intake", "variant": "digitaal", "lane": "burgerzaken",
        "position": {"x": -1e999, "y": 0}})");
    const auto error = parse_error_of(text);
    CHECK(error.position().line == 12);
    CHECK(error.position().column == 27);
  }
  SECTION("an array element") {
    const auto error = parse_error_of("[1, 2,\n  3e400, 4]");
    CHECK(error.position().line == 2);
    CHECK(error.position().column == 3);
  }
  SECTION("an integer of 400 digits") {
    const auto error = parse_error_of("{\"a\": [0.5, " + std::string(400, '9') + "]}");
    CHECK(error.position().line == 1);
    CHECK(error.position().column == 13);
  }
  SECTION("underflow is no overflow: 1e-999 parses as zero") {
    CHECK(parse_json_text("[1e-999]", "x.json")[0].get<double>() == 0.0);
  }
}
