// The inventory (issue 12, Raalte's "grote inventarisatie"): reading the
// teams' CSV with its bad rows, suggesting a process per product, the
// olievlek board, the mapping's export, and `blokjes inventory`.
//
// [SECTIONS]
//   [CSV]      separators, BOM, quotes, CRLF, bad rows, unusable files
//   [TERMS]    legal terms in Dutch words and ISO 8601
//   [SUGGEST]  suggestions on the shipped example
//   [BOARD]    sums and shares
//   [EXPORT]   the mapping written and read back
//   [CLI]      blokjes inventory

#include <catch2/catch.hpp>
#include <fstream>
#include <map>

#include "core/load_error.h"
#include "core/workshop_file.h"
#include "inventory/inventory_csv.h"
#include "inventory/inventory_suggestion.h"
#include "inventory/inventory_text.h"
#include "inventory/olievlek_board.h"
#include "shell_run.h"
#include "test_support.h"

using Catch::Matchers::Contains;
using namespace blokjes;
using namespace blokjes::inventory;

namespace {

const std::string kExample = "scenarios/inventaris-producten-en-diensten.csv";

const Workshop& demo() {
  static const Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  return workshop;
}

const InventoryProduct& find(const std::vector<InventoryProduct>& products,
                             const std::string& name) {
  for (const auto& product : products) {
    if (product.product == name) return product;
  }
  throw std::logic_error("no product " + name);
}

LoadError load_error_of(const std::string& text) {
  try {
    parse_inventory_csv(text, "teams.csv");
  } catch (const LoadError& error) {
    return error;
  }
  throw std::logic_error("expected a LoadError, but the text was read");
}

}  // namespace

// [CSV] ---------------------------------------------------------------------

TEST_CASE("Inventory CSV with semicolons and a BOM as a Dutch spreadsheet writes it", "[room][inventory]") {
  const auto read = parse_inventory_csv(
      "\xEF\xBB\xBFproduct/dienst;afdeling;aantal per jaar;wettelijke termijn\r\n"
      "Paspoort;Burgerzaken;5.200;geen\r\n"
      "Kapvergunning;Vergunningen;160;8 weken\r\n",
      "teams.csv");
  CHECK(read.separator == ';');
  REQUIRE(read.problems.empty());
  REQUIRE(read.products.size() == 2);
  CHECK(read.products[0].product == "Paspoort");
  CHECK(read.products[0].department == "Burgerzaken");
  CHECK(read.products[0].volume_per_year == 5200);
  CHECK(read.products[0].legal_term.empty());
  CHECK(read.products[1].legal_term == "P8W");
}

TEST_CASE("Inventory CSV with commas and English headers in another order", "[room][inventory]") {
  const auto read = parse_inventory_csv(
      "legal term,volume per year,department,product\n"
      "P6W,42,Legal,\"Objection, with \"\"quotes\"\"\"\n"
      ",7,Permits,Terrace permit\n",
      "teams.csv");
  CHECK(read.separator == ',');
  REQUIRE(read.problems.empty());
  REQUIRE(read.products.size() == 2);
  CHECK(read.products[0].product == "Objection, with \"quotes\"");
  CHECK(read.products[0].department == "Legal");
  CHECK(read.products[0].volume_per_year == 42);
  CHECK(read.products[0].legal_term == "P6W");
  CHECK(read.products[1].legal_term.empty());
}

TEST_CASE("Inventory CSV quoted field spanning lines keeps later line numbers right", "[room][inventory]") {
  const auto read = parse_inventory_csv(
      "product;afdeling;volume\r\n"
      "\"Melding\r\nopenbare ruimte\";Openbare Ruimte;100\r\n"
      "Fout;Ergens;veel\r\n",
      "teams.csv");
  REQUIRE(read.products.size() == 1);
  CHECK(read.products[0].product == "Melding\r\nopenbare ruimte");
  REQUIRE(read.problems.size() == 1);
  CHECK(read.problems[0].line == 4);
}

TEST_CASE("Inventory CSV bad rows are reported by line while the good rows are kept", "[room][inventory]") {
  const auto read = parse_inventory_csv(
      "product;afdeling;volume;termijn\n"      // 1
      "Goed;Burgerzaken;10;8 weken\n"          // 2
      "Te kort;Burgerzaken\n"                  // 3
      "Min;Burgerzaken;-4;\n"                  // 4
      "Komma;Burgerzaken;1,5;\n"               // 5
      "\n"                                     // 6 blank: skipped
      "Termijn;Burgerzaken;3;binnenkort\n"     // 7
      "Kapot \xC3;Burgerzaken;3;\n"            // 8
      ";Burgerzaken;3;\n"                      // 9
      "Ook goed;Vergunningen;0;P1Y\n",         // 10
      "teams.csv");
  REQUIRE(read.products.size() == 2);
  CHECK(read.products[0].product == "Goed");
  CHECK(read.products[1].product == "Ook goed");
  CHECK(read.products[1].volume_per_year == 0);
  REQUIRE(read.problems.size() == 6);
  CHECK(read.problems[0].line == 3);
  CHECK_THAT(read.problems[0].message, Contains("too few fields"));
  CHECK(read.problems[1].line == 4);
  CHECK_THAT(read.problems[1].message, Contains("whole non-negative number"));
  CHECK(read.problems[2].line == 5);
  CHECK(read.problems[3].line == 7);
  CHECK_THAT(read.problems[3].message, Contains("8 weken"));
  CHECK(read.problems[4].line == 8);
  CHECK_THAT(read.problems[4].message, Contains("UTF-8"));
  CHECK(read.problems[5].line == 9);
  CHECK_THAT(read.problems[5].message, Contains("product is empty"));
  CHECK(describe(read.problems[0], "teams.csv") == "teams.csv:3:1: error: " + read.problems[0].message);
}

TEST_CASE("Inventory CSV unterminated quote at the end is a bad row", "[room][inventory]") {
  const auto read = parse_inventory_csv("product;afdeling;volume\n\"Open;X;1\n", "teams.csv");
  CHECK(read.products.empty());
  REQUIRE(read.problems.size() == 1);
  CHECK(read.problems[0].line == 2);
  CHECK_THAT(read.problems[0].message, Contains("not closed"));
}

TEST_CASE("Inventory CSV empty file or missing header columns give a clear error", "[room][inventory]") {
  CHECK_THAT(load_error_of("").message(), Contains("empty"));
  CHECK_THAT(load_error_of("\xEF\xBB\xBF\r\n\r\n").message(), Contains("empty"));
  const LoadError no_header = load_error_of("Paspoort;Burgerzaken;5200\n");
  CHECK(no_header.file() == "teams.csv");
  CHECK(no_header.position().line == 1);
  CHECK_THAT(no_header.message(), Contains("missing: product"));
  CHECK_THAT(load_error_of("product;volume\nA;1\n").message(), Contains("afdeling"));
  CHECK_THAT(load_error_of("product;afdeling;volume;Product\n").message(),
             Contains("second time"));
}

TEST_CASE("Inventory CSV unreadable file names the file", "[room][inventory]") {
  try {
    read_inventory_csv("/nonexistent/teams.csv");
    FAIL("expected a LoadError");
  } catch (const LoadError& error) {
    CHECK(error.file() == "/nonexistent/teams.csv");
    CHECK_THAT(error.message(), Contains("cannot open"));
  }
  try {
    read_inventory_csv("/tmp");
    FAIL("expected a LoadError");
  } catch (const LoadError& error) {
    CHECK(error.file() == "/tmp");
  }
}

// [TERMS] -------------------------------------------------------------------

TEST_CASE("Inventory legal terms in Dutch words and ISO 8601", "[room][inventory]") {
  CHECK(parse_legal_term("8 weken") == std::optional<std::string>("P8W"));
  CHECK(parse_legal_term(" 26 Weken ") == std::optional<std::string>("P26W"));
  CHECK(parse_legal_term("1 jaar") == std::optional<std::string>("P1Y"));
  CHECK(parse_legal_term("3 maanden") == std::optional<std::string>("P3M"));
  CHECK(parse_legal_term("5 werkdagen") == std::optional<std::string>("P5D"));
  CHECK(parse_legal_term("p8w") == std::optional<std::string>("P8W"));
  CHECK(parse_legal_term("geen") == std::optional<std::string>(""));
  CHECK(parse_legal_term("") == std::optional<std::string>(""));
  CHECK_FALSE(parse_legal_term("8"));
  CHECK_FALSE(parse_legal_term("acht weken"));
  CHECK_FALSE(parse_legal_term("P8X"));
}

TEST_CASE("Inventory words are normalised with accents and plurals", "[room][inventory]") {
  CHECK(normalise("Cliëntondersteuning Één") == "clientondersteuning een");
  CHECK(words_of("Meldingen over de Vergunningen") ==
        std::vector<std::string>{"melding", "vergunning"});
  CHECK(words_of("Aanvraag paspoort") == std::vector<std::string>{"paspoort"});
}

// [SUGGEST] -----------------------------------------------------------------

TEST_CASE("Inventory example reads without bad rows", "[room][inventory]") {
  const auto read = read_inventory_csv(test::source_path(kExample));
  CHECK(read.problems.empty());
  CHECK(read.separator == ';');
  CHECK(read.products.size() >= 140);
  CHECK(read.products.size() <= 160);
}

TEST_CASE("Inventory suggestion maps the example sensibly", "[room][inventory]") {
  auto products = read_inventory_csv(test::source_path(kExample)).products;
  const auto suggestions = suggest_all(demo(), products);
  REQUIRE(suggestions.size() == products.size());
  const std::map<std::string, std::string> expected = {
      {"Paspoort aanvragen", ""},
      {"Rijbewijs aanvragen of vernieuwen", ""},
      {"Identiteitskaart aanvragen", ""},
      {"Huwelijk voltrekken", "huwelijk"},
      {"Boom kappen (kapvergunning)", "kapvergunning"},
      {"Omgevingsvergunning bouwen (bouwactiviteit)", "omgevingsvergunning-regulier"},
      {"Evenementenvergunning klein evenement", "evenementenvergunning"},
      {"Parkeervergunning bewoners", "parkeervergunning"},
      {"Melding kapotte straatverlichting", "melding-openbare-ruimte"},
      {"Melding achterstallig woningonderhoud", "melding-achterstallig-woningonderhoud"},
      {"Verzoek om handhaving bouwen zonder vergunning", "handhavingsverzoek"},
      {"Wmo huishoudelijke ondersteuning", "wmo-maatwerkvoorziening"},
      {"Bijzondere bijstand", "bijzondere-bijstand"},
      {"Bezwaar WOZ-beschikking", "bezwaarschrift"},
      {"Bezwaarschrift tegen een besluit", "bezwaarschrift"},
      {"Klacht over een medewerker", "klacht"},
      {"Publieksreactie op beleid", "publieksreactie"},
  };
  for (const auto& [name, process] : expected) {
    INFO(name);
    CHECK(find(products, name).process == process);
  }
  std::size_t mapped = 0;
  for (const auto& product : products) mapped += product.process.empty() ? 0 : 1;
  // Most products follow one of the thirteen shapes; the rest is maatwerk.
  CHECK(mapped * 2 > products.size());
  CHECK(mapped < products.size());
  const auto again = [&] {
    auto copy = read_inventory_csv(test::source_path(kExample)).products;
    suggest_all(demo(), copy);
    return copy;
  }();
  CHECK(again == products);
}

TEST_CASE("Inventory suggestion leaves confirmed products alone", "[room][inventory]") {
  std::vector<InventoryProduct> products = {
      {"Paspoort aanvragen", "Burgerzaken", 5200, "", "bezwaarschrift", true},
      {"Bijzondere bijstand", "Werk en Inkomen", 1300, "P8W", "klacht", false}};
  const auto suggestions = suggest_all(demo(), products);
  CHECK(products[0].process == "bezwaarschrift");
  CHECK(products[0].confirmed);
  CHECK(products[1].process == "bijzondere-bijstand");
  CHECK_THAT(suggestions[1].reason(), Contains("bijstand"));
  CHECK(suggestions[1].term_matches);
  CHECK(suggestions[1].score > kMinimumScore);
}

TEST_CASE("Inventory known mapping is taken by product and department", "[room][inventory]") {
  const std::vector<InventoryProduct> known = {
      {"Paspoort aanvragen", "Burgerzaken", 0, "", "huwelijk", true}};
  std::vector<InventoryProduct> products = {
      {"paspoort AANVRAGEN", "burgerzaken", 5200, "", "", false},
      {"Paspoort aanvragen", "Klantcontact", 10, "", "", false}};
  CHECK(take_known_mapping(known, products) == 1);
  CHECK(products[0].process == "huwelijk");
  CHECK(products[0].confirmed);
  CHECK(products[1].process.empty());
}

// [BOARD] -------------------------------------------------------------------

TEST_CASE("Inventory olievlek board sums products and volume per shape", "[room][inventory]") {
  const std::vector<InventoryProduct> products = {
      {"A", "x", 100, "", "klacht", true},   {"B", "x", 300, "", "klacht", false},
      {"C", "x", 500, "", "bezwaarschrift", false}, {"D", "x", 50, "", "", false},
      {"E", "x", 50, "", "bestaat-niet", false}};
  const auto board = olievlek_board(demo(), products);
  CHECK(board.total_products == 5);
  CHECK(board.total_volume == 1000);
  REQUIRE(board.shapes.size() == demo().processes.size());
  CHECK(board.shapes[0].process == "bezwaarschrift");
  CHECK(board.shapes[0].volume == 500);
  CHECK(board.shapes[0].volume_share == Approx(50.0));
  CHECK(board.shapes[1].process == "klacht");
  CHECK(board.shapes[1].products == 2);
  CHECK(board.shapes[1].confirmed == 1);
  CHECK(board.shapes[1].volume == 400);
  CHECK(board.maatwerk.products == 2);
  CHECK(board.maatwerk.volume == 100);
  CHECK(board.unknown_process_products == 1);
  CHECK(board.covered_share == Approx(90.0));
  long long sum = board.maatwerk.volume;
  double shares = board.maatwerk.volume_share;
  for (const auto& row : board.shapes) {
    sum += row.volume;
    shares += row.volume_share;
  }
  CHECK(sum == board.total_volume);
  CHECK(shares == Approx(100.0));
}

TEST_CASE("Inventory olievlek board of nothing has no shares", "[room][inventory]") {
  const auto board = olievlek_board(demo(), {});
  CHECK(board.total_volume == 0);
  CHECK(board.covered_share == 0);
  for (const auto& row : board.shapes) CHECK(row.volume_share == 0);
}

// [EXPORT] ------------------------------------------------------------------

TEST_CASE("Inventory mapping export reads back the same", "[room][inventory]") {
  test::ScratchDirectory scratch;
  std::vector<InventoryProduct> products = {
      {"Bezwaar; met \"aanhalingstekens\"", "Juridische Zaken", 240, "P12W", "bezwaarschrift", true},
      {"Regel\r\nmet einde", "Burgerzaken", 0, "", "", false},
      {"Ontbrekend", "X", 7, "P1Y", "bestaat-niet", false}};
  const std::string path = scratch.file("mapping.csv");
  write_mapping_csv(path, demo(), products);
  const std::string text = test::read_file(path);
  CHECK(text.rfind("\xEF\xBB\xBFproduct;afdeling;volume per jaar;", 0) == 0);
  CHECK_THAT(text, Contains(";bezwaarschrift;Bezwaarschrift;ja\r\n"));
  CHECK_THAT(text, Contains("\"Bezwaar; met \"\"aanhalingstekens\"\"\""));
  const auto read = read_inventory_csv(path);
  CHECK(read.problems.empty());
  CHECK(read.products == products);
}

// [CLI] ---------------------------------------------------------------------

namespace {

test::ShellRun run_inventory(const std::string& arguments) {
  return test::run_shell(test::shell_quote(BLOKJES_CLI_PATH) + " inventory " + arguments + " 2>&1");
}

}  // namespace

TEST_CASE("blokjes inventory suggests prints the board and writes the mapping", "[room][inventory]") {
  test::ScratchDirectory scratch;
  const std::string mapping = scratch.file("mapping.csv");
  const auto run = run_inventory(test::shell_quote(test::demo_workshop_path()) + " " +
                                 test::shell_quote(test::source_path(kExample)) +
                                 " --suggest -o " + test::shell_quote(mapping));
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK_THAT(run.output, Contains("Bezwaarschrift"));
  CHECK_THAT(run.output, Contains("maatwerk (geen vorm)"));
  CHECK_THAT(run.output, Contains("de vormen dekken"));
  const auto read = read_inventory_csv(mapping);
  CHECK(read.problems.empty());
  CHECK(read.products.size() >= 140);
  CHECK(find(read.products, "Bijzondere bijstand").process == "bijzondere-bijstand");
}

TEST_CASE("blokjes inventory reports bad rows with line numbers and keeps the rest", "[room][inventory]") {
  test::ScratchDirectory scratch;
  const std::string csv = scratch.file("teams.csv");
  std::ofstream(csv, std::ios::binary) << "product,afdeling,volume\nKlacht,KCA,10\nKapot,KCA,tien\n";
  const auto run = run_inventory(test::shell_quote(test::demo_workshop_path()) + " " +
                                 test::shell_quote(csv) + " --suggest --list");
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.output, Contains(csv + ":3:1: error: volume \"tien\""));
  CHECK_THAT(run.output, Contains("Klacht (KCA) -> Klacht over gedraging"));
}

// The workshop's own inventory maps products without --suggest; that path is
// take_known_mapping (tested above). The demo has no inventory, so here
// everything stays maatwerk until a mapping is confirmed.
TEST_CASE("blokjes inventory without suggest maps nothing the workshop does not know", "[room][inventory]") {
  test::ScratchDirectory scratch;
  const std::string csv = scratch.file("teams.csv");
  std::ofstream(csv) << "product;afdeling;volume\nPaspoort;Burgerzaken;5200\nKlacht;KCA;10\n";
  const auto run = run_inventory(test::shell_quote(test::demo_workshop_path()) + " " +
                                 test::shell_quote(csv) + " --list --lang en");
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK_THAT(run.output, Contains("Paspoort (Burgerzaken) -> maatwerk"));
  CHECK_THAT(run.output, Contains("Klacht (KCA) -> maatwerk"));
  CHECK_THAT(run.output, Contains("2 products, 5210 per year; the shapes cover 0.0%"));
}

TEST_CASE("blokjes inventory with an unusable CSV exits 2", "[room][inventory]") {
  test::ScratchDirectory scratch;
  const std::string csv = scratch.file("leeg.csv");
  std::ofstream(csv) << "";
  const auto run = run_inventory(test::shell_quote(test::demo_workshop_path()) + " " +
                                 test::shell_quote(csv));
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.output, Contains("leeg.csv"));
  CHECK_THAT(run.output, Contains("empty"));
}
