// src/picture without a window: the demo workshop's processes as drawing
// primitives, measured with stb_truetype on the canvas's own TTF.

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "core/lanes.h"
#include "core/process_editing.h"
#include "core/workshop_file.h"
#include "picture/build_picture.h"
#include "picture/fonts.h"
#include "picture/geometry.h"
#include "picture/line_breaking.h"
#include "picture/stb_metrics.h"
#include "picture/style.h"
#include "picture_support.h"
#include "test_support.h"

using namespace blokjes;
using namespace blokjes::picture;

namespace {

const StbTextMetrics& metrics() {
  return test::canvas_metrics();
}

const Workshop& demo() {
  static const Workshop loaded = load_workshop(test::demo_workshop_path()).workshop;
  return loaded;
}

using test::all_of;

std::vector<std::string> words_of(const std::string& text) {
  std::istringstream stream(text);
  std::vector<std::string> words;
  for (std::string word; stream >> word;) words.push_back(word);
  return words;
}

const std::string kEllipsis = "\xE2\x80\xA6";

bool ends_with_ellipsis(const std::string& line) {
  return line.size() >= kEllipsis.size() &&
         line.compare(line.size() - kEllipsis.size(), kEllipsis.size(), kEllipsis) == 0;
}

// The text runs of one block's label (below its title), top to bottom.
std::vector<TextRun> label_runs(const Picture& picture, const Block& block, const Style& style) {
  std::vector<TextRun> runs;
  for (const auto& run : all_of<TextRun>(picture)) {
    // Flow labels have this size too, but never start at the label's origin.
    // At least one title line stands above the label.
    // A label with a word wider than the block is drawn down to 4/5 of its size.
    const CanvasPoint origin = block_label_origin(block.position, style, 1, 0, metrics());
    const double label = style.size(StyleSize::block_label_text);
    if (run.size <= label && run.size >= label * 0.8 - 1e-9 && run.top_left.x == origin.x &&
        run.top_left.y >= origin.y && block_rect(block).contains(run.top_left)) {
      runs.push_back(run);
    }
  }
  std::sort(runs.begin(), runs.end(),
            [](const TextRun& a, const TextRun& b) { return a.top_left.y < b.top_left.y; });
  return runs;
}

// The text runs of one block's title, top to bottom.
std::vector<TextRun> title_runs(const Picture& picture, const Block& block, const Style& style) {
  std::vector<TextRun> runs;
  const CanvasPoint origin = block_title_origin(block.position, style, 0);
  for (const auto& run : all_of<TextRun>(picture)) {
    if (run.size == style.size(StyleSize::block_title_text) && run.top_left.x == origin.x &&
        block_rect(block).contains(run.top_left)) {
      runs.push_back(run);
    }
  }
  std::sort(runs.begin(), runs.end(),
            [](const TextRun& a, const TextRun& b) { return a.top_left.y < b.top_left.y; });
  return runs;
}

}  // namespace

TEST_CASE("the style table lists each entry at its own index", "[picture]") {
  for (std::size_t i = 0; i < static_cast<std::size_t>(StyleColour::count); ++i) {
    CHECK(static_cast<std::size_t>(kStyleColours[i].id) == i);
  }
  for (std::size_t i = 0; i < static_cast<std::size_t>(StyleSize::count); ++i) {
    CHECK(static_cast<std::size_t>(kStyleSizes[i].id) == i);
  }
  const Style style(test::library());
  const BlockKind& first = test::library().kinds().front();
  CHECK(style.kind_colour(first.id) == colour_from_hex(first.colour));
  CHECK(style.kind_colour("no-such-kind") == style.colour(StyleColour::unknown_kind));
  CHECK(colour_from_hex("#FF8000") == Colour{255, 128, 0, 255});
}

TEST_CASE("lines break between words, on UTF-8 characters, and only long words mid-word",
          "[picture]") {
  const double size = 16;
  const double width = metrics().width("Aanvullende informatie", size) + 1;
  const auto lines =
      break_lines("Aanvullende informatie opvragen bij de aanvrager", size, width, metrics());
  REQUIRE(lines.size() >= 2);
  CHECK(lines[0] == "Aanvullende informatie");
  for (const auto& line : lines) CHECK(metrics().width(line, size) <= width);

  // A word longer than the line is cut, but never inside a character.
  const std::string long_word = "Ééééééééééééééééééééééééééééééééééééé";
  const auto cut = break_lines(long_word, size, 60, metrics());
  REQUIRE(cut.size() >= 2);
  std::string joined;
  for (const auto& line : cut) {
    CHECK(metrics().width(line, size) <= 60);
    CHECK(line.size() % 2 == 0);  // every É is two bytes
    joined += line;
  }
  CHECK(joined == long_word);

  // Cut to two lines, the second ends in an ellipsis and still fits.
  const auto fitted = fit_lines("een twee drie vier vijf zes zeven acht negen tien elf twaalf",
                                size, 80, 2, metrics());
  REQUIRE(fitted.size() == 2);
  CHECK(ends_with_ellipsis(fitted[1]));
  CHECK(metrics().width(fitted[1], size) <= 80);
  CHECK(fit_lines("kort", size, 80, 2, metrics()) == std::vector<std::string>{"kort"});
  CHECK(break_lines("", size, 80, metrics()).empty());
}

TEST_CASE("a demo process as primitives: block rectangles, wrapped labels, flow endpoints",
          "[picture]") {
  const Style style(test::library());
  const double text_width = kBlockWidth - 2 * style.size(StyleSize::block_padding);
  std::size_t wrapped = 0;
  for (const auto& process : demo().processes) {
    PictureView view;
    view.departments = &demo().departments;
    const Picture picture = build_picture(process, test::library(), style, view, metrics());

    // Every block is its rectangle in its kind's colour, with its output port.
    const auto rects = all_of<FilledRect>(picture);
    const auto circles = all_of<Circle>(picture);
    for (const auto& block : process.blocks) {
      const CanvasRect expected = block_rect(block);
      const bool drawn = std::any_of(rects.begin(), rects.end(), [&](const FilledRect& rect) {
        return rect.rect.min == expected.min && rect.rect.max == expected.max &&
               rect.colour == style.kind_colour(block.kind);
      });
      CHECK(drawn);
      const bool port = std::any_of(circles.begin(), circles.end(), [&](const Circle& circle) {
        return circle.centre == output_port(block) && circle.radius == kPortRadius;
      });
      CHECK(port);

      // The label wraps inside the block: whole words, each line within the
      // width, the lines inside the rectangle, an ellipsis only when cut.
      INFO("block " << block.id << " label " << block.label);
      const auto runs = label_runs(picture, block, style);
      REQUIRE_FALSE(runs.empty());
      std::vector<std::string> shown_words;
      for (const auto& run : runs) {
        CHECK(run.wrap_width == text_width);
        CHECK(metrics().width(run.text, run.size) <= text_width);
        CHECK(run.top_left.y + metrics().line_height(run.size) <= expected.max.y);
        for (auto& word : words_of(run.text)) shown_words.push_back(word);
      }
      const auto label_words = words_of(block.label);
      const bool cut = ends_with_ellipsis(runs.back().text);
      // A word wider than the block ("evenementenvergunning") is the one word
      // split over lines; every other line break falls between words. So the
      // shown text, spaces left out, starts the label's, and words are whole
      // unless they are wider than a line.
      std::string shown_letters;
      std::string label_letters;
      for (const auto& word : shown_words) shown_letters += word;
      for (const auto& word : label_words) label_letters += word;
      if (cut) shown_letters = shown_letters.substr(0, shown_letters.rfind(kEllipsis));
      CHECK(label_letters.rfind(shown_letters, 0) == 0);
      if (!cut) CHECK(shown_letters == label_letters);
      for (const auto& word : shown_words) {
        const bool whole = std::find(label_words.begin(), label_words.end(), word) != label_words.end();
        const bool too_wide = std::any_of(label_words.begin(), label_words.end(), [&](const auto& w) {
          return metrics().width(w, style.size(StyleSize::block_label_text)) > text_width &&
                 w.find(word.substr(0, word.rfind(kEllipsis))) != std::string::npos;
        });
        const bool last_cut = cut && &word == &shown_words.back();
        CHECK((whole || too_wide || last_cut));
      }
      // As many label lines as the label needs, up to what fits under the title.
      const std::size_t title_lines = title_runs(picture, block, style).size();
      // (At the size drawn: a label with a word wider than the block shrinks
      // so that word stays whole.)
      const std::size_t needed =
          break_lines(block.label, runs.front().size, text_width, metrics()).size();
      if (runs.front().size < style.size(StyleSize::block_label_text)) {
        CHECK(shown_words == label_words);
      }
      CHECK(runs.size() == std::min(needed, label_lines_that_fit(style, metrics(), title_lines)));
      if (metrics().width(block.label, style.size(StyleSize::block_label_text)) > text_width &&
          title_lines == 1) {
        CHECK(runs.size() >= 2);
        ++wrapped;
      }
    }

    // Each flow is a curve from the source's output port to the target's
    // input port, with an arrowhead at its end.
    const auto curves = all_of<Polyline>(picture);
    const auto heads = all_of<Triangle>(picture);
    for (const auto& flow : process.flows) {
      const Block* from = process.find_block(flow.from);
      const Block* to = process.find_block(flow.to);
      REQUIRE(from);
      REQUIRE(to);
      const auto curve = std::find_if(curves.begin(), curves.end(), [&](const Polyline& line) {
        return line.points.front() == output_port(*from) && line.points.back() == input_port(*to);
      });
      REQUIRE(curve != curves.end());
      CHECK(curve->colour == style.flow_colour(flow.kind));
      const bool head = std::any_of(heads.begin(), heads.end(), [&](const Triangle& triangle) {
        return triangle.tip == input_port(*to) && triangle.left.x < triangle.tip.x &&
               triangle.right.x < triangle.tip.x;
      });
      CHECK(head);
    }
  }
  // The demo has labels too long for one line ("Aanvullende informatie ..."):
  // the test has seen them wrap.
  CHECK(wrapped >= 5);
}

TEST_CASE("only what is in view is pictured, and the selection is outlined", "[picture]") {
  const Style style(test::library());
  const Process& process = *demo().find_process("huwelijk");
  const Block& first = process.blocks.front();
  const std::set<std::string> selected{first.id};
  PictureView view;
  view.selected_blocks = &selected;
  view.visible = block_rect(first);
  const Picture picture = build_picture(process, test::library(), style, view, metrics());
  std::size_t blocks = 0;
  for (const auto& rect : all_of<FilledRect>(picture)) {
    if (rect.rect.width() == kBlockWidth && rect.rect.height() == kBlockHeight) ++blocks;
  }
  std::size_t overlapping = 0;
  for (const auto& block : process.blocks) {
    if (block_rect(block).overlaps(block_rect(first))) ++overlapping;
  }
  CHECK(blocks == overlapping);
  CHECK(blocks < process.blocks.size());
  const auto outlines = all_of<StrokedRect>(picture);
  REQUIRE(outlines.size() == 1);
  CHECK(outlines.front().colour == style.colour(StyleColour::selection));
  CHECK(outlines.front().rect.min == first.position);
}

TEST_CASE("a block sits on its department's lane, the same rule everywhere", "[picture]") {
  const Process& process = *demo().find_process("huwelijk");
  const auto lanes = lanes_of(process);
  REQUIRE(lanes.size() >= 2);
  CHECK(lane_row_for(lanes, lanes[1].department_id) == lanes[1].top);
  CHECK(lane_row_for(lanes, "no-such-department") == lanes.back().top + kLaneHeight);
  CHECK(new_lane_top({}) == 0);
  // Auto-layout puts every block on the row of its lane's position in order.
  Workshop workshop = demo();
  make_auto_layout(process)->apply(workshop);
  const Process& laid_out = *workshop.find_process("huwelijk");
  const auto new_lanes = lanes_of(laid_out);
  for (std::size_t i = 0; i < new_lanes.size(); ++i) CHECK(new_lanes[i].top == lane_row(i));
  for (const auto& block : laid_out.blocks) {
    CHECK(block.position.y == lane_top(new_lanes, block.lane));
    CHECK(lane_at(new_lanes, block.position.y) == block.lane);
  }
}

// "Aanvullende informatie" was cut to "Aanvullende informa" on the canvas: a
// variant name too wide for one line wraps on two, in whole words, and the
// label still has a line under it.
TEST_CASE("a block title too wide for one line wraps on two, in whole words", "[picture]") {
  const Style style(test::library());
  const double text_width = kBlockWidth - 2 * style.size(StyleSize::block_padding);
  const double title_size = style.size(StyleSize::block_title_text);
  Process process;
  process.id = "p";
  Block block;
  block.id = "b1";
  block.kind = "aanvullende-informatie";
  block.variant = test::library().find_kind("aanvullende-informatie")->variants.front().id;
  block.label = "Opvragen bij de aanvrager";
  process.blocks.push_back(block);
  const std::string name =
      test::library().find_variant(block.kind, block.variant)->name.in(Language::dutch);
  REQUIRE(metrics().width(name, title_size) > text_width);  // the case this test is about

  const Picture picture = build_picture(process, test::library(), style, PictureView{}, metrics());
  const auto titles = title_runs(picture, block, style);
  REQUIRE(titles.size() == 2);
  CHECK(titles[0].text + " " + titles[1].text == name);
  for (const auto& run : titles) {
    CHECK_FALSE(ends_with_ellipsis(run.text));
    CHECK(metrics().width(run.text, run.size) <= text_width);
  }
  CHECK(titles[1].top_left.y > titles[0].top_left.y);
  const auto labels = label_runs(picture, block, style);
  REQUIRE(labels.size() >= 1);
  CHECK(labels[0].top_left.y >= titles[1].top_left.y + title_size);
  CHECK(labels.back().top_left.y + metrics().line_height(labels.back().size) <=
        block_rect(block).max.y);
}

// -----------------------------------------------------------------------------
// Issue 12, legible: blocks sized for their text
// -----------------------------------------------------------------------------

// The block's proportions (geometry.h) follow from the text sizes (style.cpp):
// every kind name of the library, in both languages, stands in whole words on
// at most two lines, and three label lines fit under two title lines.
TEST_CASE("every kind name fits its block in whole words on at most two lines",
          "[room][legible]") {
  const Style style(test::library());
  const double text_width = kBlockWidth - 2 * style.size(StyleSize::block_padding);
  const double title_size = style.size(StyleSize::block_title_text);
  CHECK(label_lines_that_fit(style, metrics(), kMaxTitleLines) == kMaxLabelLines);
  CHECK(label_lines_that_fit(style, metrics(), 1) == kMaxLabelLines);
  std::size_t names = 0;
  for (const auto& kind : test::library().kinds()) {
    for (const auto& variant : kind.variants) {
      for (const Language language : {Language::dutch, Language::english}) {
        const std::string name = variant.name.in(language);
        INFO(kind.id << "/" << variant.id << ": " << name);
        for (const auto& word : words_of(name)) {
          CHECK(metrics().width(word, title_size) <= text_width);
        }
        const auto lines = break_lines(name, title_size, text_width, metrics());
        CHECK(lines.size() <= kMaxTitleLines);
        ++names;
      }
    }
  }
  CHECK(names >= 20);
}

TEST_CASE("a long label takes three lines and its ellipsis only after the third",
          "[room][legible]") {
  const Style style(test::library());
  const double text_width = kBlockWidth - 2 * style.size(StyleSize::block_padding);
  Block block;
  block.id = "b1";
  block.kind = "intake";
  block.variant = test::library().find_kind("intake")->variants.front().id;
  block.label =
      "Via een e-formulier met DigiD of eHerkenning komen gegevens en bijlagen gestructureerd "
      "binnen bij het klantcontactcentrum van de gemeente";
  const BlockText text =
      layout_block_text(block, test::library(), Language::dutch, style, metrics());
  REQUIRE(text.label.size() == kMaxLabelLines);
  CHECK_FALSE(ends_with_ellipsis(text.label[0]));
  CHECK_FALSE(ends_with_ellipsis(text.label[1]));
  CHECK(ends_with_ellipsis(text.label[2]));
  // The first two lines hold whole words, in order, from the label's start.
  const auto label_words = words_of(block.label);
  std::size_t next = 0;
  for (std::size_t line = 0; line < 2; ++line) {
    CHECK(metrics().width(text.label[line], style.size(StyleSize::block_label_text)) <=
          text_width);
    for (const auto& word : words_of(text.label[line])) {
      REQUIRE(next < label_words.size());
      CHECK(word == label_words[next++]);
    }
  }
  // A label that needs three lines shows all three, without an ellipsis.
  block.label = "Aanvraag via het digitale loket met DigiD en bijlagen";
  const BlockText short_text =
      layout_block_text(block, test::library(), Language::dutch, style, metrics());
  REQUIRE_FALSE(short_text.label.empty());
  CHECK_FALSE(ends_with_ellipsis(short_text.label.back()));
}

TEST_CASE("block fills replace the kind colour of the blocks they name", "[room][legible]") {
  const Style style(test::library());
  const Process& process = demo().processes.front();
  REQUIRE(process.blocks.size() >= 2);
  const Colour participant{12, 34, 56, 255};
  const std::map<std::string, Colour, std::less<>> fills{{process.blocks[0].id, participant}};
  PictureView view;
  view.block_fills = &fills;
  const Picture picture = build_picture(process, test::library(), style, view, metrics());
  const auto fill_of = [&](const Block& block) {
    const CanvasRect expected = block_rect(block);
    for (const auto& rect : all_of<FilledRect>(picture)) {
      if (rect.rect.min == expected.min && rect.rect.max == expected.max) return rect.colour;
    }
    FAIL("no rectangle for block " << block.id);
    return Colour{};
  };
  CHECK(fill_of(process.blocks[0]) == participant);
  CHECK(fill_of(process.blocks[1]) == style.kind_colour(process.blocks[1].kind));
}

// -----------------------------------------------------------------------------
// Lane headers: a department's name shrinks before a word is split
// -----------------------------------------------------------------------------

namespace {

// True when `line` is made of whole pieces of `text` (words, or the parts of
// a word after its hyphens), or ends in an ellipsis: no word cut silently.
bool whole_words_or_ellipsis(const std::string& line, const std::string& text) {
  if (ends_with_ellipsis(line)) return true;
  std::vector<std::string> pieces;
  for (const auto& word : words_of(text)) {
    pieces.push_back(word);
    for (std::size_t start = 0, hyphen; (hyphen = word.find('-', start + 1)) != std::string::npos &&
                                        hyphen + 1 < word.size();
         start = hyphen + 1) {
      pieces.push_back(word.substr(start, hyphen + 1 - start));
      pieces.push_back(word.substr(hyphen + 1));
    }
  }
  std::string rest = line;
  while (!rest.empty()) {
    if (rest.front() == ' ') {
      rest.erase(0, 1);
      continue;
    }
    bool matched = false;
    for (const auto& piece : pieces) {
      if (rest.compare(0, piece.size(), piece) == 0 &&
          (rest.size() == piece.size() || rest[piece.size()] == ' ' || piece.back() == '-')) {
        rest.erase(0, piece.size());
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("a lane name shrinks before a word is split", "[picture][lanes]") {
  const std::string word = "Klachtencoördinatie";
  const double full = metrics().width(word, 20);
  // Too narrow at 20, wide enough at 18: one line at a size in between.
  const auto shrunk = shrink_to_fit(word, 20, 17, full * 0.92, 5, metrics());
  CHECK(shrunk.lines == std::vector<std::string>{word});
  CHECK(shrunk.size < 20);
  CHECK(shrunk.size >= 17);
  CHECK(metrics().width(word, shrunk.size) <= full * 0.92);
  // Wide enough: nothing changes.
  const auto kept = shrink_to_fit("Burgerzaken", 20, 17, 500, 5, metrics());
  CHECK(kept.size == 20);
  CHECK(kept.lines == std::vector<std::string>{"Burgerzaken"});
  // Words wrap whole at the largest size where each fits.
  const auto wrapped = shrink_to_fit("Bestuurs- en collegesecretariaat", 20, 17,
                                     metrics().width("collegesecretariaat", 19) + 0.5, 5, metrics());
  CHECK(wrapped.size == Approx(19));
  REQUIRE(wrapped.lines.size() >= 2);
  CHECK(wrapped.lines.back() == "collegesecretariaat");
}

TEST_CASE("a lane name too wide at the floor breaks after a hyphen or ends in an ellipsis",
          "[picture][lanes]") {
  // Each half fits at 17, the whole word does not: a break after its hyphen.
  const std::string joined = "Publiekszaken-Burgerzaken";
  const double width = metrics().width("Publiekszaken-", 17) + 1;
  REQUIRE(metrics().width(joined, 17) > width);
  const auto hyphen = shrink_to_fit(joined, 20, 17, width, 5, metrics());
  CHECK(hyphen.lines == std::vector<std::string>{"Publiekszaken-", "Burgerzaken"});

  // One word wider than the column even at the floor: that line ends in an
  // ellipsis and fits; the other words stay whole.
  const std::string name = "Documentaire informatievoorziening (DIV)";
  const auto cut = shrink_to_fit(name, 20, 17, 144, 7, metrics());
  CHECK(cut.size == 17);
  REQUIRE(cut.lines.size() == 3);
  CHECK(cut.lines[0] == "Documentaire");
  CHECK(ends_with_ellipsis(cut.lines[1]));
  CHECK(cut.lines[1].rfind("informatievoor", 0) == 0);
  CHECK(cut.lines[2] == "(DIV)");
  for (const auto& line : cut.lines) CHECK(metrics().width(line, 17) <= 144);

  // More lines than the header holds: the last shown ends in an ellipsis.
  const auto few = shrink_to_fit("een twee drie vier vijf zes zeven acht", 20, 17, 60, 2, metrics());
  REQUIRE(few.lines.size() == 2);
  CHECK(ends_with_ellipsis(few.lines[1]));
  CHECK(metrics().width(few.lines[1], few.size) <= 60);
}

TEST_CASE("every demo lane header keeps its words whole and inside its column",
          "[picture][lanes]") {
  const Style style(test::library());
  const double floor = style.size(StyleSize::block_label_text);
  const double column = kLaneHeaderWidth - style.size(StyleSize::lane_label_inset) -
                        style.size(StyleSize::lane_label_margin);
  std::size_t headers = 0;
  for (const auto& process : demo().processes) {
    PictureView view;
    view.departments = &demo().departments;
    const Picture picture = build_picture(process, test::library(), style, view, metrics());
    std::vector<std::string> names;
    for (const auto& lane : lanes_of(process)) {
      for (const auto& department : demo().departments) {
        if (department.id == lane.department_id) names.push_back(department.name);
      }
    }
    for (const auto& run : all_of<TextRun>(picture)) {
      if (run.top_left.x >= 0) continue;  // only the header column lies left of x = 0
      ++headers;
      INFO(process.id << ": \"" << run.text << "\"");
      CHECK(std::any_of(names.begin(), names.end(), [&](const std::string& name) {
        return whole_words_or_ellipsis(run.text, name);
      }));
      CHECK(run.size >= floor);
      CHECK(metrics().width(run.text, run.size) <= column + 1e-6);
    }
  }
  CHECK(headers > demo().processes.size());
}

TEST_CASE("all lane headers of a process share one size", "[picture][lanes]") {
  const Style style(test::library());
  for (const auto& process : demo().processes) {
    PictureView view;
    view.departments = &demo().departments;
    const Picture picture = build_picture(process, test::library(), style, view, metrics());
    std::set<double> sizes;
    for (const auto& run : all_of<TextRun>(picture)) {
      if (run.top_left.x < 0) sizes.insert(run.size);
    }
    INFO(process.id);
    CHECK(sizes.size() == 1);
  }
}
