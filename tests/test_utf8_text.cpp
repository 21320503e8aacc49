// UTF-8 text is cut on character boundaries everywhere, and the encoders
// refuse text that is not UTF-8 instead of writing U+FFFD in its place.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/process_editing.h"
#include "core/utf8_text.h"
#include "core/workshop_file.h"
#include "test_support.h"

using namespace blokjes;
using Catch::Matchers::Contains;

TEST_CASE("first_invalid_utf8 finds ill-formed sequences", "[utf8]") {
  CHECK_FALSE(first_invalid_utf8("").has_value());
  CHECK_FALSE(first_invalid_utf8("Aanvraag behandelen").has_value());
  CHECK_FALSE(first_invalid_utf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80").has_value());
  CHECK(first_invalid_utf8("ab\xC3") == 2u);            // truncated at the end
  CHECK(first_invalid_utf8("\xE2\x82") == 0u);          // truncated three-byte
  CHECK(first_invalid_utf8("x\x80y") == 1u);            // a lone continuation byte
  CHECK(first_invalid_utf8("\xC0\xAF") == 0u);          // overlong '/'
  CHECK(first_invalid_utf8("\xE0\x80\xAF") == 0u);      // overlong, three bytes
  CHECK(first_invalid_utf8("\xED\xA0\x80") == 0u);      // a surrogate
  CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0u);  // above U+10FFFF
  CHECK(first_invalid_utf8("ok\xFF") == 2u);            // never a UTF-8 byte
}

TEST_CASE("utf8_prefix and utf8_length count characters, not bytes", "[utf8]") {
  const std::string text = "\xC3\xA9\xC3\xA9\xC3\xA9";  // "ééé": 3 characters, 6 bytes
  CHECK(utf8_length(text) == 3);
  CHECK(utf8_prefix(text, 2) == "\xC3\xA9\xC3\xA9");
  CHECK(utf8_prefix(text, 3) == text);
  CHECK(utf8_prefix(text, 10) == text);
  CHECK(utf8_prefix(text, 0).empty());
  CHECK(utf8_prefix("\xF0\x9F\x98\x80x", 1) == "\xF0\x9F\x98\x80");
}

TEST_CASE("a new process's omschrijving is cut on a character boundary", "[utf8][process]") {
  // 79 ASCII letters, then a two-byte character at bytes 79 and 80: a cut at
  // 80 bytes would split it.
  const std::string name = std::string(79, 'a') + "\xC3\xA9" + "nde";
  const Process process = make_generic_process(test::library(), "p", name, "dept");
  CHECK(is_valid_utf8(process.zaaktype.omschrijving));
  CHECK(utf8_length(process.zaaktype.omschrijving) == 80);
  CHECK(process.zaaktype.omschrijving == std::string(79, 'a') + "\xC3\xA9");

  Workshop workshop;
  workshop.name = "w";
  workshop.departments.push_back({"dept", "Afdeling", ""});
  workshop.processes.push_back(process);
  const std::string saved = serialise_workshop(workshop);
  CHECK(saved.find("\xEF\xBF\xBD") == std::string::npos);  // no U+FFFD
  CHECK(parse_workshop(saved, "saved.json").workshop.processes.at(0).zaaktype.omschrijving ==
        process.zaaktype.omschrijving);
}

TEST_CASE("saving refuses text that is not UTF-8, naming where it is", "[utf8][save]") {
  Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  workshop.processes.at(1).blocks.at(2).label = "half a character: \xC3";
  try {
    (void)serialise_workshop(workshop);
    FAIL("serialise_workshop accepted invalid UTF-8");
  } catch (const InvalidUtf8Error& error) {
    CHECK(error.pointer() == "/processes/1/blocks/2/label");
    CHECK_THAT(error.what(),
               Contains("/processes/1/blocks/2/label") && Contains("not valid UTF-8"));
  }

  // The file on disk keeps what it had: a refused save writes nothing.
  test::ScratchDirectory scratch;
  const std::string path = scratch.file("w.json");
  std::filesystem::copy_file(test::demo_workshop_path(), path);
  CHECK_THROWS_AS(save_workshop(workshop, path), InvalidUtf8Error);
  std::ifstream original(test::demo_workshop_path()), kept(path);
  std::stringstream a, b;
  a << original.rdbuf();
  b << kept.rdbuf();
  CHECK(a.str() == b.str());

  // The clipboard's form is refused the same way.
  ProcessFragment fragment;
  fragment.blocks.push_back(workshop.processes.at(1).blocks.at(2));
  CHECK_THROWS_AS(serialise_fragment(fragment), InvalidUtf8Error);
}
