// Pictures without a window (exporters/picture): every demo process as SVG,
// PNG and PDF through cairo, checked with outside tools where they exist
// (xmllint, pdfinfo, pdftotext, stb_image), and the font agreeing with the
// metrics the canvas breaks lines with.
//
// [SECTION] Fixtures
// [SECTION] Font and metrics
// [SECTION] SVG
// [SECTION] PNG
// [SECTION] PDF
// [SECTION] Awkward pictures

#include <catch2/catch.hpp>
#include <pugixml.hpp>
#include <stb_image.h>

#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <regex>
#include <set>

#include "core/atomic_file.h"
#include "core/workshop_file.h"
#include "exporters/picture/cairo_renderer.h"
#include "exporters/picture/picture_error.h"
#include "exporters/picture/picture_files.h"
#include "exporters/picture/picture_font.h"
#include "exporters/picture/picture_frame.h"
#include "picture/build_picture.h"
#include "picture/fonts.h"
#include "picture/geometry.h"
#include "picture/process_picture.h"
#include "picture/stb_metrics.h"
#include "picture/style.h"
#include "shell_run.h"
#include "test_support.h"

using namespace blokjes;
using namespace blokjes::picture;

namespace {

// -----------------------------------------------------------------------------
// [SECTION] Fixtures
// -----------------------------------------------------------------------------

const StbTextMetrics& metrics() {
  static const StbTextMetrics loaded(font_file(test::source_path("assets"), "canvas"));
  return loaded;
}

const PictureFont& font() {
  static const PictureFont loaded = PictureFont::canvas(test::source_path("assets"));
  return loaded;
}

const Workshop& demo() {
  static const Workshop loaded = load_workshop(test::demo_workshop_path()).workshop;
  return loaded;
}

bool have(const char* program) {
  return test::run_shell(std::string("command -v ") + program + " >/dev/null 2>&1").exit_code == 0;
}

// A workshop of one process whose blocks carry the given labels, one per
// block, side by side in one lane.
Workshop one_process(const std::vector<std::string>& labels) {
  Workshop workshop;
  workshop.departments.push_back({});
  workshop.departments.back().id = "burgerzaken";
  workshop.departments.back().name = "Burgerzaken & <Publiek>";
  Process process;
  process.id = "proef";
  process.name = "Proef";
  double x = 0;
  int n = 0;
  for (const auto& label : labels) {
    Block block;
    block.id = "b" + std::to_string(++n);
    block.kind = "intake";
    block.variant = "digitaal";
    block.label = label;
    block.lane = "burgerzaken";
    block.position = {x, 0};
    x += 280;
    process.blocks.push_back(block);
  }
  workshop.processes.push_back(process);
  return workshop;
}

// Every line a block shows (its kind's name and its label), as the canvas breaks them.
std::vector<std::string> block_lines(const Block& block) {
  const Style style(test::library());
  const BlockText text =
      layout_block_text(block, test::library(), Language::dutch, style, metrics());
  std::vector<std::string> lines = text.title;
  lines.insert(lines.end(), text.label.begin(), text.label.end());
  return lines;
}

// The SVG's invisible text layer: each <text>'s content.
std::multiset<std::string> text_layer(const pugi::xml_document& svg) {
  std::multiset<std::string> texts;
  for (const auto& node : svg.select_nodes("/svg/g[@class='text']/text")) {
    texts.insert(node.node().child_value());
  }
  return texts;
}

std::string collapse_spaces(const std::string& text) {
  return std::regex_replace(text, std::regex("\\s+"), " ");
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Font and metrics
// -----------------------------------------------------------------------------

TEST_CASE("cairo advances agree with stb_truetype's at size 20", "[pictures]") {
  for (const std::string text :
       {"Melding voorgenomen huwelijk", "Café één", "Ĳsselmonde: ïdeeën", "Beëindiging — € 12",
        "Aanvraag evenementenvergunning", "WMO-maatwerkvoorziening (bijzondere bijstand)"}) {
    INFO(text);
    const double expected = metrics().width(text, 20);
    CHECK(expected > 50);
    CHECK(std::abs(font().advance_width(text, 20) - expected) < 0.5);
  }
}

TEST_CASE("characters outside the glyph ranges draw as the fallback", "[pictures]") {
  const unsigned long fallback = font().glyph_of(kFallbackCharacter);
  CHECK(fallback != 0);
  CHECK(font().glyph_of(U'\u2192') == fallback);  // an arrow: outside the ranges
  CHECK(font().glyph_of(U'\U0001F600') == fallback);
  for (const char32_t dutch : {U'é', U'ë', U'ï', U'\u0133', U'\u0132', U'€'}) {
    CHECK(font().glyph_of(dutch) != fallback);
    CHECK(font().glyph_of(dutch) != 0);
  }
  // As measured: an arrow is as wide as a question mark.
  CHECK(font().advance_width("\xE2\x86\x92", 20) == Approx(metrics().width("?", 20)));
}

TEST_CASE("the font names its family and sits on ImGui's baseline", "[pictures]") {
  CHECK(font().family() == "DejaVu Sans");
  // DejaVu Sans: hhea ascent 1901, descent -483; ImGui's atlas at 64 px
  // rounds the ascent to floor(1901 * 64 / 2384 + 1) = 52 pixels.
  CHECK(font().baseline_offset(64) == Approx(52));
  CHECK(font().baseline_offset(22) == Approx(52.0 * 22 / 64));
  CHECK(font().em_size(2384) == Approx(2048));
}

TEST_CASE("a missing font file gives an error naming it", "[pictures]") {
  try {
    PictureFont missing("/nonexistent/fonts/Kwijt.ttf");
    FAIL("a missing font loaded");
  } catch (const PictureError& error) {
    CHECK_THAT(error.what(), Catch::Contains("/nonexistent/fonts/Kwijt.ttf"));
    CHECK_THAT(error.what(), Catch::Contains("cannot open the font file"));
  }
  // A file that is there but is not a font.
  const std::string not_a_font = test::source_path("assets/blocks.json");
  try {
    PictureFont wrong(not_a_font);
    FAIL("a JSON file loaded as a font");
  } catch (const PictureError& error) {
    CHECK_THAT(error.what(), Catch::Contains(not_a_font));
    CHECK_THAT(error.what(), Catch::Contains("not a font"));
  }
  // An assets directory without fonts.json names the file it looked for.
  test::ScratchDirectory empty;
  try {
    PictureFont::canvas(empty.path().string());
    FAIL("a font was found in an empty directory");
  } catch (const PictureError& error) {
    CHECK_THAT(error.what(), Catch::Contains("fonts.json"));
  }
}

// -----------------------------------------------------------------------------
// [SECTION] SVG
// -----------------------------------------------------------------------------

TEST_CASE("every demo process as SVG: well-formed, every block line in the text layer",
          "[pictures]") {
  test::ScratchDirectory directory;
  REQUIRE(demo().processes.size() >= 10);
  std::vector<std::string> files;
  for (const Process& process : demo().processes) {
    INFO(process.id);
    const Picture picture =
        process_picture(demo(), process, test::library(), Language::dutch, metrics());
    const PictureFrame frame = frame_around(picture, metrics());
    const std::string svg = svg_of(picture, frame, font());
    pugi::xml_document document;
    const auto parsed = document.load_string(svg.c_str());
    REQUIRE(parsed);
    const pugi::xml_node root = document.child("svg");
    REQUIRE(root);
    CHECK(std::string(root.attribute("width").value()) ==
          std::to_string(frame.pixel_width()) + "px");
    const pugi::xml_node layer = root.find_child_by_attribute("g", "class", "text");
    REQUIRE(layer);
    CHECK(std::string(layer.attribute("font-family").value()) == "DejaVu Sans");
    CHECK(std::string(layer.attribute("fill-opacity").value()) == "0");
    const auto texts = text_layer(document);
    for (const Block& block : process.blocks) {
      for (const auto& line : block_lines(block)) {
        INFO(line);
        CHECK(texts.count(line) >= 1);
      }
    }
    // One <text> per text run, and cairo drew glyphs (outlines) for them.
    std::size_t runs = 0;
    for (const auto& primitive : picture.primitives) runs += std::holds_alternative<TextRun>(primitive);
    CHECK(texts.size() == runs);
    CHECK(svg.find("<symbol") != std::string::npos);
    files.push_back((directory.path() / (process.id + ".svg")).string());
    write_svg(files.back(), picture, frame, font());
    // cairo numbers its surfaces per process, so compare what the file says.
    pugi::xml_document written;
    REQUIRE(written.load_file(files.back().c_str()));
    CHECK(text_layer(written) == texts);
  }
  if (have("xmllint")) {
    std::string command = "xmllint --noout";
    for (const auto& file : files) command += " " + test::shell_quote(file);
    const auto run = test::run_shell(command + " 2>&1");
    INFO(run.output);
    CHECK(run.exit_code == 0);
  } else {
    WARN("xmllint not installed: the SVGs were checked with pugixml only");
  }
}

TEST_CASE("SVG text is escaped and keeps Dutch characters", "[pictures]") {
  const std::string tricky = "a<b & c>\"d' 5 > 3";
  const std::string dutch = "Café één ïdeeën Ĳssel";
  const Workshop workshop = one_process({tricky, dutch});
  const Process& process = workshop.processes.front();
  const Picture picture =
      process_picture(workshop, process, test::library(), Language::dutch, metrics());
  const std::string svg = svg_of(picture, frame_around(picture, metrics()), font());
  CHECK(svg.find("a&lt;b &amp; c&gt;") != std::string::npos);
  CHECK(svg.find("a<b") == std::string::npos);
  // The lane's name, perhaps on two lines.
  CHECK(svg.find("Burgerzaken &amp;") != std::string::npos);
  CHECK(svg.find("&lt;Publiek&gt;") != std::string::npos);
  pugi::xml_document document;
  REQUIRE(document.load_string(svg.c_str()));
  const auto texts = text_layer(document);
  for (const Block& block : process.blocks) {
    for (const auto& line : block_lines(block)) CHECK(texts.count(line) >= 1);
  }
  // The label fits on one line, so it stands whole, with é, ë, ï and ĳ.
  CHECK(texts.count(dutch) == 1);
  CHECK(texts.count(tricky) == 1);
  CHECK(dutch.find("\xC4\xB2") != std::string::npos);  // U+0132, Ĳ
  if (have("xmllint")) {
    test::ScratchDirectory directory;
    const std::string file = (directory.path() / "tricky.svg").string();
    write_file_atomically(file, svg);
    CHECK(test::run_shell("xmllint --noout " + test::shell_quote(file) + " 2>&1").exit_code == 0);
  }
}

TEST_CASE("control characters and broken UTF-8 leave the SVG well-formed", "[pictures]") {
  Picture picture;
  picture.primitives.push_back(
      TextRun{{0, 0}, 20, {0, 0, 0, 255}, std::string("bel\x07 nul") + '\0' + "x \xC3 \xFF end", 0});
  const std::string svg = svg_of(picture, frame_around(picture, metrics()), font());
  pugi::xml_document document;
  REQUIRE(document.load_string(svg.c_str()));
  const auto texts = text_layer(document);
  REQUIRE(texts.size() == 1);
  CHECK_THAT(*texts.begin(), Catch::StartsWith("bel\xEF\xBF\xBD nul\xEF\xBF\xBD"));
  CHECK_THAT(*texts.begin(), Catch::EndsWith("end"));
}

// -----------------------------------------------------------------------------
// [SECTION] PNG
// -----------------------------------------------------------------------------

namespace {

struct Image {
  int width = 0;
  int height = 0;
  std::vector<unsigned char> rgba;
  Colour at(int x, int y) const {
    const std::size_t i = (static_cast<std::size_t>(y) * width + x) * 4;
    return {rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]};
  }
};

Image decode_png(const std::string& bytes) {
  Image image;
  int channels = 0;
  unsigned char* data = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(bytes.data()),
                                              static_cast<int>(bytes.size()), &image.width,
                                              &image.height, &channels, 4);
  REQUIRE(data != nullptr);
  image.rgba.assign(data, data + static_cast<std::size_t>(image.width) * image.height * 4);
  stbi_image_free(data);
  return image;
}

bool close_to(Colour a, Colour b) {
  const auto near = [](int x, int y) { return std::abs(x - y) <= 2; };
  return near(a.r, b.r) && near(a.g, b.g) && near(a.b, b.b) && near(a.a, b.a);
}

// What a primitive covers, loosely (text: its line box), to find a point of
// a block that nothing drawn after the block covers.
CanvasRect cover(const Primitive& primitive) {
  Picture one;
  one.primitives.push_back(primitive);
  const CanvasRect bounds = picture_bounds(one, metrics());
  return {{bounds.min.x - 2, bounds.min.y - 2}, {bounds.max.x + 2, bounds.max.y + 2}};
}

// A point of the block's rectangle that nothing drawn after its fill covers
// (`covers`: each primitive's, in order): the centre when free, else the
// first free one on a grid inside the corners.
std::optional<CanvasPoint> free_point(const std::vector<CanvasRect>& covers,
                                      std::size_t fill_index, const CanvasRect& rect) {
  std::vector<CanvasPoint> candidates{{(rect.min.x + rect.max.x) / 2, (rect.min.y + rect.max.y) / 2}};
  for (double y = rect.min.y + 12; y <= rect.max.y - 12; y += 4) {
    for (double x = rect.min.x + 12; x <= rect.max.x - 12; x += 4) candidates.push_back({x, y});
  }
  for (const auto& point : candidates) {
    bool covered = false;
    for (std::size_t i = fill_index + 1; i < covers.size() && !covered; ++i) {
      covered = covers[i].contains(point);
    }
    if (!covered) return point;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("every demo process as PNG: block colours at the blocks, background around",
          "[pictures]") {
  const Style style(test::library());
  std::size_t blocks_checked = 0;
  std::size_t blocks = 0;
  for (const double scale : {1.0, 2.0}) {
    for (const Process& process : demo().processes) {
      INFO(process.id << " at scale " << scale);
      const Picture picture =
          process_picture(demo(), process, test::library(), Language::dutch, metrics());
      const PictureFrame frame = frame_around(picture, metrics(), 40, scale);
      const Image image = decode_png(png_of(picture, frame, font()));
      CHECK(image.width == static_cast<int>(std::lround(frame.area.width() * scale)));
      CHECK(image.height == static_cast<int>(std::lround(frame.area.height() * scale)));
      CHECK(image.width == frame.pixel_width());
      std::vector<CanvasRect> covers;
      for (const auto& primitive : picture.primitives) covers.push_back(cover(primitive));
      // The margin is background: the corners and the middle of each edge.
      for (const auto& [x, y] : std::vector<std::pair<int, int>>{
               {1, 1}, {image.width - 2, 1}, {1, image.height - 2},
               {image.width - 2, image.height - 2}, {image.width / 2, 2}, {2, image.height / 2}}) {
        INFO("pixel " << x << "," << y);
        CHECK(close_to(image.at(x, y), frame.background));
      }
      for (const Block& block : process.blocks) {
        ++blocks;
        const CanvasRect rect = block_rect(block);
        // The fill primitive of this block: the FilledRect at its rectangle.
        std::size_t fill = picture.primitives.size();
        for (std::size_t i = 0; i < picture.primitives.size(); ++i) {
          const auto* filled = std::get_if<FilledRect>(&picture.primitives[i]);
          if (filled && filled->rect.min == rect.min && filled->rect.max == rect.max) fill = i;
        }
        REQUIRE(fill < picture.primitives.size());
        CHECK(std::get<FilledRect>(picture.primitives[fill]).colour == style.kind_colour(block.kind));
        const auto point = free_point(covers, fill, rect);
        if (!point) continue;  // wholly under a sticky note
        ++blocks_checked;
        const int x = static_cast<int>(std::floor(frame.to_pixel_x(point->x)));
        const int y = static_cast<int>(std::floor(frame.to_pixel_y(point->y)));
        INFO(block.id << " (" << block.kind << ") at pixel " << x << "," << y);
        const Colour seen = image.at(x, y);
        const Colour expected = style.kind_colour(block.kind);
        INFO("seen " << int(seen.r) << "," << int(seen.g) << "," << int(seen.b) << " expected "
                     << int(expected.r) << "," << int(expected.g) << "," << int(expected.b));
        CHECK(close_to(seen, expected));
      }
    }
  }
  // Nearly every block shows a spot of its own colour.
  CHECK(blocks > 100);
  CHECK(blocks_checked * 10 >= blocks * 9);
}

TEST_CASE("a PNG takes the frame's background", "[pictures]") {
  const Workshop workshop = one_process({"Een"});
  const Picture picture = process_picture(workshop, workshop.processes.front(), test::library(),
                                          Language::dutch, metrics());
  PictureFrame frame = frame_around(picture, metrics(), 10, 0.5);
  frame.background = Style().colour(StyleColour::canvas_background);
  const Image image = decode_png(png_of(picture, frame, font()));
  CHECK(image.width == frame.pixel_width());
  CHECK(close_to(image.at(0, 0), frame.background));
}

// -----------------------------------------------------------------------------
// [SECTION] PDF
// -----------------------------------------------------------------------------

TEST_CASE("every demo process as PDF: one page of the frame's size, labels extractable",
          "[pictures]") {
  test::ScratchDirectory directory;
  const bool pdfinfo = have("pdfinfo");
  const bool pdftotext = have("pdftotext");
  if (!pdfinfo || !pdftotext) WARN("poppler-utils missing: the PDFs are checked by their header only");
  for (const Process& process : demo().processes) {
    INFO(process.id);
    const Picture picture =
        process_picture(demo(), process, test::library(), Language::dutch, metrics());
    const PictureFrame frame = frame_around(picture, metrics());
    const std::string file = (directory.path() / (process.id + ".pdf")).string();
    write_pdf(file, picture, frame, font());
    const std::string pdf = test::read_file(file);
    CHECK(pdf.rfind("%PDF-", 0) == 0);
    if (pdfinfo) {
      const auto info = test::run_shell("pdfinfo " + test::shell_quote(file) + " 2>&1");
      INFO(info.output);
      CHECK(info.exit_code == 0);
      CHECK(std::regex_search(info.output, std::regex("Pages:\\s+1\\n")));
      CHECK(std::regex_search(info.output,
                              std::regex("Page size:\\s+" + std::to_string(frame.pixel_width()) +
                                         " x " + std::to_string(frame.pixel_height()) + " pts")));
    }
    if (pdftotext) {
      const auto text = test::run_shell("pdftotext -enc UTF-8 -raw " + test::shell_quote(file) + " - 2>&1");
      REQUIRE(text.exit_code == 0);
      const std::string flat = collapse_spaces(text.output);
      for (const Block& block : process.blocks) {
        for (const auto& line : block_lines(block)) {
          INFO(line);
          CHECK(flat.find(collapse_spaces(line)) != std::string::npos);
        }
      }
    }
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Awkward pictures
// -----------------------------------------------------------------------------

TEST_CASE("an empty process gives a small blank picture in every format", "[pictures]") {
  Workshop workshop;
  Process process;
  process.id = "leeg";
  workshop.processes.push_back(process);
  const Picture picture =
      process_picture(workshop, workshop.processes.front(), test::library(), Language::dutch, metrics());
  CHECK(picture.primitives.empty());
  const CanvasRect bounds = picture_bounds(picture, metrics());
  CHECK(bounds.width() == 0);
  const PictureFrame frame = frame_around(picture, metrics(), 40);
  CHECK(frame.pixel_width() == 80);
  CHECK(frame.pixel_height() == 80);
  pugi::xml_document document;
  CHECK(document.load_string(svg_of(picture, frame, font()).c_str()));
  CHECK(text_layer(document).empty());
  const Image image = decode_png(png_of(picture, frame, font()));
  CHECK(image.width == 80);
  for (int y = 0; y < image.height; y += 7) {
    for (int x = 0; x < image.width; x += 7) CHECK(close_to(image.at(x, y), frame.background));
  }
  CHECK(pdf_of(picture, frame, font()).rfind("%PDF-", 0) == 0);
}

TEST_CASE("a 2000-character label is drawn cut to the block, as on the canvas", "[pictures]") {
  std::string label;
  while (label.size() < 2000) label += "zaakgericht werken en de olievlek ";
  label.resize(2000);
  const Workshop workshop = one_process({label});
  const Process& process = workshop.processes.front();
  const Picture picture =
      process_picture(workshop, process, test::library(), Language::dutch, metrics());
  const PictureFrame frame = frame_around(picture, metrics());
  // The label stays inside its block: the picture is one block and its lane.
  CHECK(frame.area.width() < kLaneHeaderWidth + kBlockWidth + 200);
  const std::string svg = svg_of(picture, frame, font());
  pugi::xml_document document;
  REQUIRE(document.load_string(svg.c_str()));
  const auto texts = text_layer(document);
  const auto lines = block_lines(process.blocks.front());
  CHECK(lines.size() <= kMaxTitleLines + kMaxLabelLines);
  for (const auto& line : lines) CHECK(texts.count(line) == 1);
  CHECK(texts.count(label) == 0);
  CHECK_FALSE(png_of(picture, frame, font()).empty());
  CHECK_FALSE(pdf_of(picture, frame, font()).empty());
}

TEST_CASE("NaN and huge coordinates are clamped as the canvas clamps them", "[pictures]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  const Colour ink{20, 30, 40, 255};
  Picture picture;
  picture.primitives.push_back(FilledRect{{{nan, 0}, {1e300, 50}}, ink, nan});
  picture.primitives.push_back(StrokedRect{{{-inf, -1e308}, {10, 10}}, ink, 1e300, nan});
  picture.primitives.push_back(TextRun{{nan, inf}, 1e300, ink, "Heel groot", nan});
  picture.primitives.push_back(TextRun{{5, 5}, nan, ink, "Geen maat", 0});
  picture.primitives.push_back(Polyline{{{0, 0}, {nan, nan}, {1e200, -1e200}}, ink, inf});
  picture.primitives.push_back(Triangle{{nan, 0}, {inf, -inf}, {0, 1e250}, ink});
  picture.primitives.push_back(Circle{{1e9, nan}, 1e300, ink});
  const CanvasRect bounds = picture_bounds(picture, metrics());
  for (const double value : {bounds.min.x, bounds.min.y, bounds.max.x, bounds.max.y}) {
    CHECK(std::isfinite(value));
    CHECK(std::abs(value) <= 3 * kDrawableLimit);
  }
  const PictureFrame frame = frame_around(picture, metrics());
  // SVG and PDF are drawn, and the SVG is well-formed.
  pugi::xml_document document;
  CHECK(document.load_string(svg_of(picture, frame, font()).c_str()));
  CHECK(pdf_of(picture, frame, font()).rfind("%PDF-", 0) == 0);
  // A PNG millions of pixels wide is refused with a message, not attempted.
  try {
    png_of(picture, frame, font());
    FAIL("a PNG of " << frame.pixel_width() << " pixels wide was made");
  } catch (const PictureError& error) {
    CHECK_THAT(error.what(), Catch::Contains("at most 32767 pixels a side"));
  }
  // The same primitives through a small frame draw, clamped, without a crash.
  PictureFrame small;
  small.area = {{-50, -50}, {150, 150}};
  const Image image = decode_png(png_of(picture, small, font()));
  CHECK(image.width == 200);
  CHECK(image.height == 200);
}

TEST_CASE("Dutch accents are drawn, and unknown characters as the fallback", "[pictures]") {
  // One line at 40 pixels, black on white, as a PNG.
  const auto draw = [](const std::string& text) {
    Picture picture;
    picture.primitives.push_back(TextRun{{0, 0}, 40, {0, 0, 0, 255}, text, 0});
    PictureFrame frame;
    frame.area = {{-10, -10}, {190, 60}};
    return decode_png(png_of(picture, frame, font()));
  };
  const auto ink_rows = [](const Image& image) {
    std::set<int> rows;
    for (int y = 0; y < image.height; ++y) {
      for (int x = 0; x < image.width; ++x) {
        if (image.at(x, y).r < 128) rows.insert(y);
      }
    }
    return rows;
  };
  const Image plain = draw("eeij");
  const Image dutch = draw("\xC3\xA9\xC3\xAB\xC3\xAF\xC4\xB3");  // é ë ï ĳ
  REQUIRE_FALSE(ink_rows(plain).empty());
  // The accents stand above the x-height: ink starts higher than for "eeij"
  // (whose i and j dots stand lower than an acute accent).
  CHECK(*ink_rows(dutch).begin() < *ink_rows(plain).begin());
  CHECK(dutch.rgba != plain.rgba);
  // An arrow is outside the glyph ranges: drawn exactly as a question mark.
  CHECK(draw("a\xE2\x86\x92" "b").rgba == draw("a?b").rgba);
  CHECK(draw("a\xE2\x86\x92" "b").rgba != draw("a-b").rgba);
  // The line box's top is where ImGui puts it: the baseline at 52/64 of the
  // size below the top (font().baseline_offset), so no ink sits above the
  // top of an "É" nor below the descent of a "j" by more than a pixel.
  const auto rows = ink_rows(draw("\xC3\x89j"));
  CHECK(*rows.begin() >= 10 - 1);        // the frame starts 10 pixels above the line
  CHECK(*rows.rbegin() <= 10 + 40 + 1);  // and the line is 40 pixels high
  // An "E" stands on the baseline: its last row of ink is the baseline's.
  const double baseline = 10 + font().baseline_offset(40);
  CHECK(std::abs(*ink_rows(draw("E")).rbegin() + 0.5 - baseline) <= 1.0);
}
