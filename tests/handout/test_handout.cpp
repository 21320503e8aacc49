// The workshop handout (HTML, Markdown) and the printable cards, checked on
// their content; tests/handout/check-print.sh checks what chromium, pdfinfo
// and pdftotext make of them.
//
// [SECTIONS]
//   [TEXT]     escaping, base64, text colour
//   [CARDS]    one card per kind and variant, an empty one per kind
//   [CONTENT]  what the handout gathers from the demo
//   [HTML]     the document, escaped, one page per process
//   [MARKDOWN] tables that survive | and markup characters

#include <catch2/catch.hpp>

#include <regex>

#include "../catalogi_support.h"
#include "../test_support.h"
#include "exporters/cards/cards_html.h"
#include "exporters/handout/handout_content.h"
#include "exporters/handout/handout_html.h"
#include "exporters/handout/handout_markdown.h"
#include "exporters/print/html_text.h"

namespace blokjes {
namespace {

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
    ++count;
  }
  return count;
}

std::vector<const Process*> all_processes(const Workshop& workshop) {
  std::vector<const Process*> processes;
  for (const auto& process : workshop.processes) processes.push_back(&process);
  return processes;
}

// A test picture: the process id in an SVG, so the tests can find it embedded.
std::string test_svg(const Process& process) {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>" + html_escaped(process.id) +
         "</title></svg>";
}

HandoutContent demo_content(Language language = Language::dutch) {
  const auto& workshop = test::demo_workshop();
  return handout_content(workshop, all_processes(workshop), test::library(), test::selectielijst(),
                         language, test_svg);
}

}  // namespace

// [TEXT] ----------------------------------------------------------------------

TEST_CASE("html_escaped escapes the five characters and keeps UTF-8", "[handout]") {
  CHECK(html_escaped("<a href=\"x\">'&'</a>") ==
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  CHECK(html_escaped("ĳsbaan é ë ï") == "ĳsbaan é ë ï");
}

TEST_CASE("base64 matches RFC 4648's test vectors", "[handout]") {
  CHECK(base64("") == "");
  CHECK(base64("f") == "Zg==");
  CHECK(base64("fo") == "Zm8=");
  CHECK(base64("foo") == "Zm9v");
  CHECK(base64("foob") == "Zm9vYg==");
  CHECK(base64("fooba") == "Zm9vYmE=");
  CHECK(base64("foobar") == "Zm9vYmFy");
  CHECK(base64(std::string("\xff\x00\x80", 3)) == "/wCA");
}

TEST_CASE("text on a block colour is white on dark and black on light", "[handout]") {
  CHECK(text_colour_on("#000000") == "#ffffff");
  CHECK(text_colour_on("#1f3a93") == "#ffffff");
  CHECK(text_colour_on("#ffd43b") == "#000000");
  CHECK(text_colour_on("not a colour") == "#000000");
}

// [CARDS] ---------------------------------------------------------------------

TEST_CASE("the cards are every kind and variant of the library plus an empty card per kind",
          "[cards]") {
  const auto& library = test::library();
  const auto cards = library_cards(library, Language::dutch);
  std::size_t variants = 0;
  for (const auto& kind : library.kinds()) variants += kind.variants.size();
  REQUIRE(cards.size() == variants + library.kinds().size());

  std::size_t index = 0;
  for (const auto& kind : library.kinds()) {
    for (const auto& variant : kind.variants) {
      const auto& card = cards[index++];
      INFO(kind.id << "/" << variant.id);
      CHECK(card.kind == kind.id);
      CHECK(card.variant == variant.id);
      CHECK(card.colour == kind.colour);
      CHECK(card.kind_name == kind.name.nl);
      CHECK(card.variant_name == variant.name.nl);
      CHECK_FALSE(card.description.empty());
      CHECK(card.description.find('\n') == std::string::npos);
      if (variant.mapping.statustype) CHECK(card.statustype == variant.mapping.statustype->omschrijving);
      CHECK(card.roles.size() == variant.mapping.roltypen.size());
    }
    const auto& empty = cards[index++];
    CHECK(empty.kind == kind.id);
    CHECK(empty.variant.empty());
    CHECK(empty.colour == kind.colour);
  }
}

TEST_CASE("the cards document puts four cards on each sheet and escapes the library's text",
          "[cards]") {
  auto cards = library_cards(test::library(), Language::english);
  cards.front().variant_name = "<b>Bold & \"quoted\"</b>";
  const auto html = cards_html(cards, Language::english);
  CHECK(count_of(html, "<section class=\"sheet\">") == (cards.size() + 3) / 4);
  CHECK(count_of(html, "<div class=\"card\"") == cards.size());
  CHECK(html.find("&lt;b&gt;Bold &amp; &quot;quoted&quot;&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("<b>Bold") == std::string::npos);
  CHECK(html.find("size: A4") != std::string::npos);
  CHECK(html.find("lang=\"en\"") != std::string::npos);
  CHECK(count_of(html, "Own variant") == test::library().kinds().size());
}

// [CONTENT] -------------------------------------------------------------------

TEST_CASE("the handout gathers each process's blocks and zaaktype as the export writes it",
          "[handout]") {
  const auto& workshop = test::demo_workshop();
  const auto content = demo_content();
  CHECK(content.title == workshop.name);
  CHECK(content.departments.size() == workshop.departments.size());
  CHECK(content.participants.size() == workshop.participants.size());
  REQUIRE(content.processes.size() == workshop.processes.size());
  const auto prepared = test::export_of(workshop);
  for (std::size_t i = 0; i < workshop.processes.size(); ++i) {
    const auto& process = workshop.processes[i];
    const auto& entry = content.processes[i];
    INFO(process.id);
    CHECK(entry.id == process.id);
    CHECK(entry.name == process.name);
    CHECK(entry.picture_svg == test_svg(process));
    REQUIRE(entry.blocks.size() == process.blocks.size());
    for (std::size_t b = 0; b < entry.blocks.size(); ++b) CHECK(entry.blocks[b].step == int(b) + 1);
    const auto objects = std::find_if(prepared.objects.zaaktypen.begin(), prepared.objects.zaaktypen.end(),
                                      [&](const auto& z) { return z.process_id == process.id; });
    REQUIRE(objects != prepared.objects.zaaktypen.end());
    CHECK(entry.zaaktype.identificatie == objects->zaaktype.data["identificatie"].get<std::string>());
    REQUIRE(entry.zaaktype.statustypen.size() == objects->statustypen.size());
    for (std::size_t s = 0; s < objects->statustypen.size(); ++s) {
      CHECK(entry.zaaktype.statustypen[s].omschrijving ==
            objects->statustypen[s].data["omschrijving"].get<std::string>());
      CHECK(entry.zaaktype.statustypen[s].statustekst ==
            objects->statustypen[s].data["statustekst"].get<std::string>());
    }
    CHECK(entry.zaaktype.roltypen.size() == objects->roltypen.size());
    CHECK(entry.zaaktype.resultaattypen.size() == objects->resultaattypen.size());
    for (const auto& resultaat : entry.zaaktype.resultaattypen) {
      CHECK((resultaat.archiefnominatie == "blijvend_bewaren" ||
             resultaat.archiefnominatie == "vernietigen"));
      CHECK_FALSE(resultaat.afleidingswijze.empty());
    }
  }
  // The demo's processes all differ, so the matrix is square and not all 100.
  const auto n = content.matrix.names.size();
  CHECK(n == workshop.processes.size());
  REQUIRE(content.matrix.values.size() == n * n);
  for (std::size_t i = 0; i < n; ++i) CHECK(content.matrix.values[i * n + i] == Approx(100));
  CHECK_FALSE(content.coverage.empty());
  CHECK(content.notes.size() == workshop.notes.size());
}

TEST_CASE("a handout of one process has no matrix and counts only that process", "[handout]") {
  const auto& workshop = test::demo_workshop();
  const auto* huwelijk = workshop.find_process("huwelijk");
  REQUIRE(huwelijk != nullptr);
  const auto content = handout_content(workshop, {huwelijk}, test::library(),
                                       test::selectielijst(), Language::dutch, test_svg);
  REQUIRE(content.processes.size() == 1);
  CHECK(content.matrix.names.empty());
  for (const auto& row : content.coverage) CHECK(row.processes <= 1);
}

// [HTML] ----------------------------------------------------------------------

TEST_CASE("the handout HTML has every process on its own page with its picture embedded",
          "[handout]") {
  const auto& workshop = test::demo_workshop();
  const auto html = handout_html(demo_content());
  CHECK(html.starts_with("<!DOCTYPE html>"));
  CHECK(count_of(html, "<section class=\"process\"") == workshop.processes.size());
  CHECK(html.find("section.process, section.overview { break-before: page") != std::string::npos);
  CHECK(html.find("size: A4") != std::string::npos);
  for (const auto& process : workshop.processes) {
    INFO(process.id);
    CHECK(html.find("<h2>" + html_escaped(process.name) + "</h2>") != std::string::npos);
    CHECK(html.find("data:image/svg+xml;base64," + base64(test_svg(process))) != std::string::npos);
  }
  // Nothing but the style sheet and the document: no scripts, nothing fetched.
  CHECK(html.find("<script") == std::string::npos);
  CHECK(std::regex_search(html, std::regex("src=\"https?:")) == false);
}

TEST_CASE("the handout HTML escapes what participants typed", "[handout]") {
  Workshop workshop = test::demo_workshop();
  workshop.name = "<script>alert(1)</script>";
  workshop.processes.front().name = "A & B \"quoted\"";
  workshop.processes.front().blocks.front().label = "</td></tr><tr><td>ĳs";
  std::vector<const Process*> processes = {&workshop.processes.front()};
  const auto html = handout_html(handout_content(workshop, processes, test::library(),
                                                 test::selectielijst(), Language::dutch, test_svg));
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("A &amp; B &quot;quoted&quot;") != std::string::npos);
  CHECK(html.find("&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;ĳs") != std::string::npos);
}

TEST_CASE("the handout speaks English when asked", "[handout]") {
  const auto html = handout_html(demo_content(Language::english));
  CHECK(html.find("lang=\"en\"") != std::string::npos);
  CHECK(html.find(">Departments<") != std::string::npos);
  CHECK(html.find(">Afdelingen<") == std::string::npos);
}

// [MARKDOWN] ------------------------------------------------------------------

TEST_CASE("markdown cells escape pipes and markup and keep to one line", "[handout]") {
  CHECK(markdown_escaped("a|b") == "a\\|b");
  CHECK(markdown_escaped("*x* _y_ [z](u) #h <b>") == "\\*x\\* \\_y\\_ \\[z\\](u) \\#h \\<b\\>");
  CHECK(markdown_escaped("one\r\ntwo") == "one two");
}

TEST_CASE("the markdown handout has a table per process and links each picture", "[handout]") {
  const auto& workshop = test::demo_workshop();
  const auto content = demo_content();
  const auto md = handout_markdown(content, [](const HandoutProcess& process) {
    return process.id + ".svg";
  });
  for (const auto& process : workshop.processes) {
    INFO(process.id);
    CHECK(md.find("\n## " + markdown_escaped(process.name) + "\n") != std::string::npos);
    CHECK(md.find("](" + process.id + ".svg)") != std::string::npos);
  }
  // Every table row has as many cells as its header.
  std::istringstream lines(md);
  std::size_t columns = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] != '|') {
      columns = 0;
      continue;
    }
    std::size_t cells = 0;
    for (std::size_t i = 0; i < line.size(); ++i) cells += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
    if (columns == 0) columns = cells;
    CHECK(cells == columns);
  }
}

}  // namespace blokjes
