// Issue 11, the command line's part: what a hostile file can make `blokjes`
// print (terminal escapes, items 9 and 12) and what it does when memory runs
// out (item 3).
//
// [SECTION] Running blokjes
// [SECTION] terminal_safe and the stream filter
// [SECTION] Hostile text through every printing command
// [SECTION] The summary after a file that could not be read
// [SECTION] Out of memory

#include <sys/wait.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/terminal_text.h"
#include "core/utf8_text.h"
#include "shell_run.h"
#include "test_support.h"

using Catch::Matchers::Contains;

namespace {

// -----------------------------------------------------------------------------
// [SECTION] Running blokjes
// -----------------------------------------------------------------------------

using Run = blokjes::test::ShellRun;
using blokjes::test::shell_quote;

// `prefix` goes before the executable (e.g. prlimit); stdout and stderr together.
Run run_blokjes(const std::string& arguments, const std::string& prefix = "") {
  return blokjes::test::run_shell(prefix + blokjes::test::shell_quote(BLOKJES_CLI_PATH) + " " +
                                  arguments + " 2>&1");
}

std::string read_demo() {
  std::ifstream in(blokjes::test::demo_workshop_path(), std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The first byte a terminal would act on, described, or empty when there is none.
// Allowed: printable ASCII, \n, \t and valid UTF-8 outside C1 and the bidi overrides.
std::string first_active_byte(const std::string& output) {
  if (const auto invalid = blokjes::first_invalid_utf8(output)) {
    return "invalid UTF-8 at byte " + std::to_string(*invalid);
  }
  for (std::size_t i = 0; i < output.size(); ++i) {
    const auto byte = static_cast<unsigned char>(output[i]);
    if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F) {
      return "control byte " + std::to_string(byte) + " at " + std::to_string(i) +
             " in: " + output.substr(i > 40 ? i - 40 : 0, 80);
    }
    if (byte == 0xC2 && i + 1 < output.size() &&
        static_cast<unsigned char>(output[i + 1]) <= 0x9F) {
      return "C1 control at " + std::to_string(i);
    }
  }
  return {};
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] terminal_safe and the stream filter
// -----------------------------------------------------------------------------

TEST_CASE("terminal_safe shows what a terminal would obey", "[hardening][cli][terminal]") {
  using blokjes::LineBreaks;
  using blokjes::terminal_safe;
  // C0, ESC sequences of every kind the issue names, DEL.
  CHECK(terminal_safe("a\x1b]0;pwned\x07z") == "a\\x1b]0;pwned\\x07z");
  CHECK(terminal_safe("\x1b[2J\x1b[8mhidden") == "\\x1b[2J\\x1b[8mhidden");
  CHECK(terminal_safe("ok\rFAKE") == "ok\\rFAKE");
  CHECK(terminal_safe("del\x7f") == "del\\u007f");
  CHECK(terminal_safe(std::string("nul\0x", 5)) == "nul\\x00x");
  // Line breaks: escaped in one-line text, kept in multi-line output.
  CHECK(terminal_safe("a\nb\tc") == "a\\nb\\tc");
  CHECK(terminal_safe("a\nb\tc\r", LineBreaks::keep) == "a\nb\tc\\r");
  // C1 as UTF-8 (U+009B, the one-character CSI; U+0085) and bidi overrides.
  CHECK(terminal_safe("x\xc2\x9b"
                      "31m") == "x\\u009b31m");
  CHECK(terminal_safe("\xc2\x85") == "\\u0085");
  CHECK(terminal_safe("abc\xe2\x80\xae"
                      "cba") == "abc\\u202ecba");
  // Invalid UTF-8: a lone C1 byte, a stray continuation, an overlong form,
  // a surrogate, a truncated sequence at the end.
  CHECK(terminal_safe("\x9b"
                      "2J") == "\\x9b2J");
  CHECK(terminal_safe("a\x80z") == "a\\x80z");
  CHECK(terminal_safe("\xc0\xaf") == "\\xc0\\xaf");
  CHECK(terminal_safe("\xed\xa0\x80") == "\\xed\\xa0\\x80");
  CHECK(terminal_safe("end\xe2\x82") == "end\\xe2\\x82");
  CHECK(terminal_safe("\xff\xfe") == "\\xff\\xfe");
  // Printable text, Dutch and otherwise, passes unchanged, and escaping twice
  // changes nothing more.
  for (const std::string text :
       {"Zoë & Brontë", "€ 12,50", "\xf0\x9f\x98\x80", "a\\x1b", "burgerzaken/intake"}) {
    CHECK(terminal_safe(text) == text);
    CHECK(blokjes::is_terminal_safe(text));
  }
  const std::string hostile = "\x1b]0;t\x07\xc2\x9b\xff\r\n";
  CHECK(terminal_safe(terminal_safe(hostile)) == terminal_safe(hostile));
}

TEST_CASE("TerminalSafeBuffer escapes a stream, also across split writes",
          "[hardening][cli][terminal]") {
  std::ostringstream sink;
  {
    blokjes::TerminalSafeBuffer buffer(sink.rdbuf());
    std::ostream out(&buffer);
    out << "line 1\x1b[2J\n";
    // "é" (C3 A9) and U+009B (C2 9B) each written one byte at a time.
    out << '\xc3' << std::flush << '\xa9' << '\xc2' << '\x9b' << '\n';
    out << "tab\tok\r\n";
    out << "cut\xe2\x82";  // incomplete at the end: escaped by finish()
    buffer.finish();
  }
  CHECK(sink.str() == "line 1\\x1b[2J\n\xc3\xa9\\u009b\ntab\tok\\r\ncut\\xe2\\x82");
}

// -----------------------------------------------------------------------------
// [SECTION] Hostile text through every printing command
// -----------------------------------------------------------------------------

TEST_CASE("hostile ids, labels, kinds and departments never reach the terminal raw",
          "[hardening][cli][terminal]") {
  blokjes::test::ScratchDirectory scratch;
  nlohmann::ordered_json workshop = nlohmann::ordered_json::parse(read_demo());
  const std::string process_id = "huwelijk\x1b]0;pwned\x07";
  auto& process = workshop["processes"][0];
  process["id"] = process_id;
  process["name"] = "Huwelijk\r\x1b[2K 0 errors, 0 warnings";
  process["blocks"][0]["label"] = "\x1b[8mverborgen\nregel";
  process["blocks"][1]["kind"] =
      "intake\x1b[2J\xc2\x9b"
      "31m";
  process["blocks"][2]["lane"] =
      "lane\x7f\x1b"
      "c";
  workshop["departments"][0]["name"] = "Burger\nzaken\x1b[0m";
  workshop["departments"][0]["directorate"] =
      "Publiek\xe2\x80\xae"
      "sdrawkcab";
  workshop["processes"][1]["department"] =
      "burger\xc2\x9b"
      "zaken";
  workshop["name"] = "Demo\x1b[?1049h";
  const std::string path = scratch.file("hostile.json");
  std::ofstream(path, std::ios::binary) << workshop.dump(2);

  // A file whose bytes are not UTF-8 at all (a C1 byte and 0xFF in strings).
  std::string raw = read_demo();
  raw.replace(raw.find("\"Burgerzaken\""), 13,
              "\"Burger\x9b\xff"
              "zaken\"");
  const std::string raw_path = scratch.file("not-utf8.json");
  std::ofstream(raw_path, std::ios::binary) << raw;
  // Raw control bytes inside a JSON string (invalid JSON, quoted by the parser error).
  std::string controls = read_demo();
  controls.replace(controls.find("\"Burgerzaken\""), 13, "\"Burger\x1b]0;x\x07zaken\"");
  const std::string controls_path = scratch.file("raw-controls.json");
  std::ofstream(controls_path, std::ios::binary) << controls;

  const std::string file = shell_quote(path);
  const std::vector<std::string> commands = {
      "validate " + file,
      "validate --profile openzaak " + file,
      "show " + file,
      "show --lang en " + file,
      "show --json " + file,
      "format --check " + file,
      "compare " + file + " " + shell_quote(process_id) + " publieksreactie",
      "compare --json " + file + " " + shell_quote(process_id) + " publieksreactie",
      "compare " + file + " " + shell_quote(process_id + "x") + " publieksreactie",
      "matrix " + file,
      "coverage " + file,
      "validate " + shell_quote(raw_path),
      "show " + shell_quote(raw_path),
      "validate " + shell_quote(controls_path),
      "validate " + shell_quote(scratch.file("missing\x1b[2J.json")),
  };
  for (const auto& command : commands) {
    INFO(command);
    const Run run = run_blokjes(command);
    CHECK(run.exit_code >= 0);
    CHECK(first_active_byte(run.output) == "");
  }
  // The escaped form is visible where the text is shown.
  const Run validate = run_blokjes("validate " + file);
  CHECK_THAT(validate.output, Contains("\\x1b"));
  const Run show = run_blokjes("show " + file);
  CHECK_THAT(show.output, Contains("huwelijk\\x1b]0;pwned\\x07: Huwelijk\\r\\x1b[2K"));
  CHECK_THAT(show.output, Contains("\\x1b[8mverborgen\\nregel"));
  CHECK_THAT(show.output, Contains("Burger\\nzaken\\x1b[0m"));
  CHECK_THAT(show.output, Contains("Publiek\\u202esdrawkcab"));
  CHECK_THAT(show.output, Contains("Demo\\x1b[?1049h"));
  // JSON stays JSON, and says the same text.
  const Run json = run_blokjes("show --json " + file + " 2>/dev/null");
  const auto parsed = nlohmann::json::parse(json.output);
  CHECK(parsed["processes"][0]["id"] == process_id);
  const Run missing = run_blokjes("validate " + shell_quote(scratch.file("missing\x1b[2J.json")));
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.output, Contains("missing\\x1b[2J.json"));
}

// -----------------------------------------------------------------------------
// [SECTION] The summary after a file that could not be read
// -----------------------------------------------------------------------------

TEST_CASE("validate's summary counts the files it could not read", "[hardening][cli]") {
  blokjes::test::ScratchDirectory scratch;
  const std::string demo = shell_quote(blokjes::test::demo_workshop_path());
  const std::string truncated = scratch.file("truncated.json");
  std::ofstream(truncated) << "{\"format\": \"blokjes";
  const std::string not_workshop = scratch.file("array.json");
  std::ofstream(not_workshop) << "[1, 2, 3]\n";
  std::filesystem::create_directory(scratch.file("a-directory.json"));

  struct Case {
    std::string arguments;
    std::string summary;
  };
  const std::vector<Case> cases = {
      {shell_quote(truncated), "0 errors, 0 warnings in 0 files; 1 file could not be read"},
      {shell_quote(scratch.file("missing.json")), "in 0 files; 1 file could not be read"},
      {shell_quote(scratch.file("a-directory.json")), "in 0 files; 1 file could not be read"},
      {shell_quote(not_workshop) + " " + demo,
       "0 errors, 0 warnings in 1 file; 1 file could not be read"},
      {shell_quote(truncated) + " " + shell_quote(not_workshop) + " " + demo,
       "in 1 file; 2 files could not be read"},
  };
  for (const auto& c : cases) {
    INFO(c.arguments);
    const Run run = run_blokjes("validate " + c.arguments);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.output, Contains(c.summary));
  }
  const Run clean = run_blokjes("validate " + demo);
  CHECK(clean.exit_code == 0);
  CHECK_THAT(clean.output, Contains("0 errors, 0 warnings in 1 file\n"));
  CHECK_THAT(clean.output, !Contains("could not be read"));
}

// -----------------------------------------------------------------------------
// [SECTION] Out of memory
// -----------------------------------------------------------------------------

namespace {

// A 14 MB workshop: the demo's first process 2,500 times. Small enough for the
// loader's size limit, large enough that parsing it needs far more than the
// address space the test allows.
std::string big_workshop(const blokjes::test::ScratchDirectory& scratch) {
  nlohmann::ordered_json workshop = nlohmann::ordered_json::parse(read_demo());
  const nlohmann::ordered_json first = workshop["processes"][0];
  workshop["processes"] = nlohmann::ordered_json::array();
  for (int i = 0; i < 2500; ++i) {
    nlohmann::ordered_json copy = first;
    copy["id"] = "huwelijk-" + std::to_string(i);
    workshop["processes"].push_back(std::move(copy));
  }
  const std::string path = scratch.file("big.json");
  std::ofstream(path, std::ios::binary) << workshop.dump(1);
  return path;
}

}  // namespace

TEST_CASE("out of memory: every command exits 2 with a message, never a signal",
          "[hardening][cli][memory]") {
  if (std::system("prlimit --version >/dev/null 2>&1") != 0) {
    WARN("prlimit is not installed; skipped");
    return;
  }
  blokjes::test::ScratchDirectory scratch;
  const std::string big = shell_quote(big_workshop(scratch));
  // Enough address space to start (the executable and its libraries) and to
  // read the file, not to hold the parsed document. Sanitizer builds reserve
  // terabytes of shadow memory and cannot run under such a limit.
#if defined(__SANITIZE_ADDRESS__)
  WARN("skipped under AddressSanitizer");
  return;
#endif
  const std::string limit = "prlimit --as=" + std::to_string(160L * 1024 * 1024) + " ";
  const std::string exported = shell_quote(scratch.file("exported"));
  for (const std::string& command :
       {std::string("validate "), std::string("show "), std::string("format --check "),
        std::string("matrix "), std::string("coverage "),
        std::string("validate --profile openzaak "),
        "export --all --format zgw-json -o " + exported + " "}) {
    INFO(command);
    const Run run = run_blokjes(command + big, limit);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.output, Contains("blokjes: out of memory while running `blokjes " +
                                    command.substr(0, command.find(' ')) + "`"));
    CHECK_THAT(run.output, !Contains("terminate called"));
  }
  // The same commands on a small file under the same limit still work.
  const Run small =
      run_blokjes("validate " + shell_quote(blokjes::test::demo_workshop_path()), limit);
  CHECK(small.exit_code == 0);
}
