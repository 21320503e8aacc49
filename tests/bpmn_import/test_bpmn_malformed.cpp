// Bad input: a clear LoadError naming the file, the line and column and what
// was expected; never a crash, however the file is broken or nested.

#include <random>
#include <string>

#include "bpmn_test_support.h"
#include "exporters/bpmn/bpmn_import_xml.h"

using namespace blokjes;
using namespace blokjes::test;
using Catch::Matchers::Contains;

namespace {

LoadError bpmn_error(const std::string& xml, const std::string& name = "bad.bpmn") {
  try {
    bpmn::import_bpmn_text(xml, name, library());
  } catch (const LoadError& error) {
    return error;
  }
  throw std::logic_error("expected a LoadError, but the text imported");
}

constexpr const char* kOpen =
    R"(<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">)";

}  // namespace

TEST_CASE("An unclosed tag: the line and column of the end tag that does not match", "[bpmn]") {
  const std::string xml = std::string("<?xml version=\"1.0\"?>\n") + kOpen +
                          "\n"
                          "  <bpmn:process id=\"p\">\n"
                          "    <bpmn:task id=\"t1\" name=\"Open\">\n"
                          "  </bpmn:process>\n"
                          "</bpmn:definitions>\n";
  const auto error = bpmn_error(xml);
  CHECK(error.file() == "bad.bpmn");
  CHECK(error.position().line == 5);
  CHECK(error.position().column == 3);  // where "</bpmn:process>" starts
  CHECK_THAT(error.message(), Contains("malformed XML") && Contains("</bpmn:task>") &&
                                  Contains("opened at line 4:5"));
  CHECK_THAT(std::string(error.what()), Contains("bad.bpmn:5:3: error:"));
}

TEST_CASE("A broken attribute: its place and what was expected", "[bpmn]") {
  const std::string xml = std::string(kOpen) + "\n<bpmn:process id=p/>\n</bpmn:definitions>";
  const auto error = bpmn_error(xml);
  CHECK(error.position().line == 2);
  CHECK(error.position().column > 1);
  CHECK_THAT(error.message(), Contains("expected attributes written name=\"value\""));
}

TEST_CASE("Columns of an ISO-8859-1 file count its bytes", "[bpmn]") {
  // "é" is one byte in the file and two once converted to UTF-8.
  const std::string xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + std::string(kOpen) +
                          "\n<bpmn:process id=\"p\" name=\"Caf\xE9\"><bpmn:task></bpmn:process>";
  const auto error = bpmn_error(xml);
  CHECK(error.position().line == 3);
  const std::string line = "<bpmn:process id=\"p\" name=\"Caf\xE9\"><bpmn:task>";
  CHECK(error.position().column == static_cast<int>(line.size()) + 1);
}

TEST_CASE("A UTF-8 byte order mark and UTF-16 files read as well", "[bpmn]") {
  const std::string model = std::string(kOpen) +
                            "<bpmn:process id=\"p\"><bpmn:task id=\"t\" name=\"Caf\xC3\xA9\"/>"
                            "</bpmn:process></bpmn:definitions>";
  const auto with_bom = bpmn::import_bpmn_text("\xEF\xBB\xBF" + model, "bom.bpmn", library());
  CHECK(only_process(with_bom).blocks.at(0).label == "Caf\xC3\xA9");
  // The same text as UTF-16LE with its BOM (the model is ASCII but for the é).
  std::string utf16 = "\xFF\xFE";
  for (std::size_t i = 0; i < model.size(); ++i) {
    if (model.compare(i, 2, "\xC3\xA9") == 0) {
      utf16 += std::string("\xE9\x00", 2);
      ++i;
    } else {
      utf16 += model[i];
      utf16 += '\0';
    }
  }
  const auto wide = bpmn::import_bpmn_text(utf16, "utf16.bpmn", library());
  CHECK(only_process(wide).blocks.at(0).label == "Caf\xC3\xA9");
  // Broken UTF-16: an error without a made-up place.
  const auto error = bpmn_error(std::string("\xFF\xFE<\0x\0", 6));
  CHECK(error.position().line == 0);
  CHECK_THAT(error.message(), Contains("malformed XML"));
}

TEST_CASE("XML that is not BPMN: what was found and what was expected", "[bpmn]") {
  const auto other = bpmn_error("<?xml version=\"1.0\"?>\n\n<workshop xmlns=\"urn:elders\"/>");
  CHECK(other.position().line == 3);
  CHECK(other.position().column == 1);
  CHECK_THAT(other.message(), Contains("<workshop>") && Contains("urn:elders") &&
                                  Contains("expected a BPMN 2.0 <definitions>") &&
                                  Contains("http://www.omg.org/spec/BPMN/20100524/MODEL"));
  // The right name in the wrong namespace (an old draft's) is not BPMN 2.0 either.
  const auto draft = bpmn_error("<definitions xmlns=\"http://www.omg.org/bpmn20\"/>");
  CHECK_THAT(draft.message(), Contains("http://www.omg.org/bpmn20"));
  const auto none = bpmn_error("<definitions/>");
  CHECK_THAT(none.message(), Contains("has no namespace"));
}

TEST_CASE("An empty file, and one of only white space or a comment", "[bpmn]") {
  CHECK_THAT(bpmn_error("").message(), Contains("empty") && Contains("definitions"));
  CHECK_THAT(bpmn_error(" \n\t\n").message(), Contains("empty"));
  const auto comment = bpmn_error("<!-- nothing here -->\n");
  CHECK_THAT(comment.message(), Contains("expected a root element"));
}

TEST_CASE("Over the size limit: refused before parsing", "[bpmn]") {
  const std::string big(bpmn::max_bpmn_bytes() + 1, ' ');
  CHECK_THAT(bpmn_error(big).message(), Contains("MiB is accepted"));
}

TEST_CASE("A 10 MB file of nested elements imports without a crash", "[bpmn]") {
  constexpr std::size_t kDepth = 700'000;  // 17 bytes a level: about 12 MB
  std::string xml = kOpen;
  xml.reserve(kDepth * 16 + 200);
  xml += "<bpmn:process id=\"p\"><bpmn:task id=\"t\" name=\"Diep\"/>";
  for (std::size_t i = 0; i < kDepth; ++i) xml += "<bpmn:x>";
  for (std::size_t i = 0; i < kDepth; ++i) xml += "</bpmn:x>";
  xml += "</bpmn:process></bpmn:definitions>";
  REQUIRE(xml.size() > 10'000'000);
  ImportResult result;
  REQUIRE_NOTHROW(result = bpmn::import_bpmn_text(xml, "deep.bpmn", library()));
  const auto& process = only_process(result);
  CHECK(process.blocks.size() == 1);
  CHECK(warnings_containing(result, "nested deeper than") == 1);
}

TEST_CASE("Nested lanes and subprocesses deeper than the cap are cut, not followed", "[bpmn]") {
  std::string xml = kOpen;
  xml += "<bpmn:process id=\"p\"><bpmn:laneSet>";
  constexpr int kLevels = 5000;
  for (int i = 0; i < kLevels; ++i) {
    xml += "<bpmn:lane id=\"l" + std::to_string(i) + "\" name=\"Laag " + std::to_string(i) +
           "\"><bpmn:flowNodeRef>t</bpmn:flowNodeRef><bpmn:childLaneSet>";
  }
  for (int i = 0; i < kLevels; ++i) xml += "</bpmn:childLaneSet></bpmn:lane>";
  xml += "</bpmn:laneSet><bpmn:subProcess id=\"s\">";
  for (int i = 0; i < kLevels; ++i) xml += "<bpmn:subProcess><bpmn:task/>";
  for (int i = 0; i < kLevels; ++i) xml += "</bpmn:subProcess>";
  xml += "</bpmn:subProcess><bpmn:task id=\"t\" name=\"Taak\"/></bpmn:process></bpmn:definitions>";
  ImportResult result;
  REQUIRE_NOTHROW(result = bpmn::import_bpmn_text(xml, "lanes.bpmn", library()));
  check_sound(result);
  const auto& process = only_process(result);
  CHECK(process.blocks.size() == 2);
  // The task sits in the innermost lane read: the lanes are read kMaxReadDepth deep.
  CHECK(block_labelled(process, "Taak").lane == "laag-" + std::to_string(bpmn::kMaxReadDepth));
  CHECK(result.workshop.departments.size() == bpmn::kMaxReadDepth + 1);
  CHECK(warnings_containing(result, "nested deeper than") == 1);
}

TEST_CASE("looks_like_bpmn: a BPMN definitions root, by namespace, not by name alone", "[bpmn]") {
  CHECK(bpmn::looks_like_bpmn(std::string(kOpen) + "</bpmn:definitions>"));
  CHECK(bpmn::looks_like_bpmn("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- by hand -->\n"
                              "<definitions id='d' xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL'>"));
  CHECK(bpmn::looks_like_bpmn("<!DOCTYPE x [ <!ENTITY a 'b'> ]><semantic:definitions "
                              "xmlns:semantic=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"));
  CHECK_FALSE(bpmn::looks_like_bpmn("<definitions xmlns=\"urn:other\"/>"));
  CHECK_FALSE(bpmn::looks_like_bpmn("<bpmn:process xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>"));
  CHECK_FALSE(bpmn::looks_like_bpmn("<bpmn:definitions xmlns:other=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>"));
  CHECK_FALSE(bpmn::looks_like_bpmn("{\"format\": \"blokjes-workshop\"}"));
  CHECK_FALSE(bpmn::looks_like_bpmn(std::string("PK\x03\x04", 4)));
  CHECK_FALSE(bpmn::looks_like_bpmn(""));
  CHECK_FALSE(bpmn::looks_like_bpmn("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL"));
}

TEST_CASE("Every cut and many flipped bytes of a model: an import or a LoadError, nothing else",
          "[bpmn]") {
  const std::string model = read_file(bpmn_fixture("camunda-melding.bpmn"));
  std::size_t imported = 0;
  std::size_t refused = 0;
  const auto attempt = [&](const std::string& text) {
    try {
      const auto result = bpmn::import_bpmn_text(text, "cut.bpmn", library());
      check_sound(result);
      ++imported;
    } catch (const LoadError& error) {
      CHECK(error.file() == "cut.bpmn");
      ++refused;
    }
  };
  for (std::size_t cut = 0; cut < model.size(); cut += 97) attempt(model.substr(0, cut));
  std::minstd_rand random(20261202);
  for (int i = 0; i < 300; ++i) {
    std::string text = model;
    for (int flips = 0; flips < 3; ++flips) {
      text[random() % text.size()] = static_cast<char>(random() % 256);
    }
    attempt(text);
  }
  CHECK(refused > 0);
  CHECK(imported > 0);  // some flips land in text or attribute values
}
