// `blokjes inventory WORKSHOP PRODUCTS.csv [--suggest] [-o MAPPING.csv]`: the
// teams' products mapped onto the workshop's processes, and the olievlek board.
//
// [SECTIONS]
//   [PRINT]    the board and the product list as text
//   [RUN]      reading, mapping, writing
//   [COMMAND]  options and help

#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli_commands.h"
#include "core/load_error.h"
#include "core/utf8_text.h"
#include "inventory/inventory_csv.h"
#include "inventory/inventory_suggestion.h"
#include "inventory/olievlek_board.h"
#include "workshop_input.h"

namespace blokjes::cli {
namespace {

struct InventoryOptions {
  std::string workshop;
  std::string products;
  std::string output;
  bool suggest = false;
  bool list = false;
  std::string language = "nl";
};

// [PRINT] -------------------------------------------------------------------

std::string percent(double share) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(1) << share << "%";
  return out.str();
}

// A bar of up to 30 characters for a share, so the olievlek reads at a glance.
std::string bar(double share) {
  const int length = static_cast<int>(share * 30.0 / 100.0 + 0.5);
  return std::string(static_cast<std::size_t>(std::max(length, share > 0 ? 1 : 0)), '#');
}

// The name in a column of 48 characters, cut on a character boundary and
// padded by characters, so "Klachtencoördinatie" lines up with the rest.
std::string name_column(const std::string& name) {
  std::string text = utf8_prefix(name, 47);
  text.append(48 - utf8_length(text), ' ');
  return text;
}

void print_row(const inventory::BoardRow& row, const std::string& name) {
  std::cout << name_column(name) << std::right << std::setw(9)
            << row.products << std::setw(12) << row.volume << std::setw(8)
            << percent(row.volume_share) << "  " << bar(row.volume_share) << "\n";
}

void print_board(const inventory::OlievlekBoard& board, bool dutch) {
  std::cout << std::left << std::setw(48) << (dutch ? "proces (vorm)" : "process (shape)")
            << std::right << std::setw(9) << (dutch ? "producten" : "products") << std::setw(12)
            << (dutch ? "per jaar" : "per year") << std::setw(8) << (dutch ? "deel" : "share")
            << "\n";
  for (const auto& row : board.shapes) print_row(row, row.name);
  print_row(board.maatwerk, dutch ? "maatwerk (geen vorm)" : "maatwerk (no shape)");
  std::cout << "\n"
            << board.total_products << (dutch ? " producten, " : " products, ")
            << board.total_volume << (dutch ? " per jaar; de vormen dekken " : " per year; the shapes cover ")
            << percent(board.covered_share) << (dutch ? " van het volume\n" : " of the volume\n");
  if (board.unknown_process_products > 0) {
    std::cout << board.unknown_process_products
              << (dutch ? " product(en) verwijzen naar een proces dat de workshop niet heeft "
                          "(geteld als maatwerk)\n"
                        : " product(s) refer to a process the workshop does not have "
                          "(counted as maatwerk)\n");
  }
}

void print_list(const Workshop& workshop, const std::vector<InventoryProduct>& products,
                const std::vector<inventory::Suggestion>& suggestions, bool dutch) {
  for (std::size_t i = 0; i < products.size(); ++i) {
    const auto& product = products[i];
    const Process* process = workshop.find_process(product.process);
    std::cout << product.product << " (" << product.department << ") -> "
              << (process ? process->name : (dutch ? "maatwerk" : "maatwerk"));
    if (product.confirmed) std::cout << (dutch ? " [bevestigd]" : " [confirmed]");
    if (i < suggestions.size() && !product.confirmed) {
      std::cout << "  (" << suggestions[i].reason(dutch) << ")";
    }
    std::cout << "\n";
  }
  std::cout << "\n";
}

// [RUN] ---------------------------------------------------------------------

int run_inventory(const InventoryOptions& options) {
  const bool dutch = options.language != "en";
  const auto loaded = load_workshop_or_report(options.workshop, std::cerr);
  if (!loaded) return kExitUnusable;
  inventory::InventoryImport imported;
  try {
    imported = inventory::read_inventory_csv(options.products);
  } catch (const LoadError& error) {
    std::cerr << error.what() << "\n";
    return kExitUnusable;
  }
  for (const auto& problem : imported.problems) {
    std::cerr << inventory::describe(problem, options.products) << "\n";
  }
  if (!imported.problems.empty()) {
    std::cerr << imported.problems.size()
              << (dutch ? " regel(s) overgeslagen; de goede regels zijn gebruikt\n"
                        : " row(s) skipped; the good rows are used\n");
  }
  auto& products = imported.products;
  inventory::take_known_mapping(loaded->workshop.inventory, products);
  std::vector<inventory::Suggestion> suggestions;
  if (options.suggest) suggestions = inventory::suggest_all(loaded->workshop, products);
  if (options.list) print_list(loaded->workshop, products, suggestions, dutch);
  print_board(inventory::olievlek_board(loaded->workshop, products), dutch);
  if (!options.output.empty()) {
    try {
      inventory::write_mapping_csv(options.output, loaded->workshop, products);
    } catch (const std::exception& error) {
      std::cerr << "blokjes inventory: " << error.what() << "\n";
      return kExitUnusable;
    }
  }
  return imported.problems.empty() ? kExitOk : kExitFindings;
}

}  // namespace

// [COMMAND] -----------------------------------------------------------------

Subcommand add_inventory_command(CLI::App& root) {
  auto options = std::make_shared<InventoryOptions>();
  CLI::App* app = root.add_subcommand(
      "inventory",
      "Map the teams' products and services (CSV: product, afdeling, volume per jaar, optional\n"
      "termijn; `;` or `,`) onto the workshop's processes and print the olievlek board: per\n"
      "process the products and yearly volume it covers, and what is left for maatwerk.\n"
      "Bad rows are reported with their line number and skipped (exit code 1).");
  app->add_option("workshop", options->workshop, "Workshop file (.json)")->required();
  app->add_option("products", options->products, "Inventory (.csv)")->required();
  app->add_flag("--suggest", options->suggest,
                "Map every product that is not confirmed onto the closest process (by name,\n"
                "department and legal term); otherwise the workshop's own inventory maps them");
  app->add_option("-o,--output", options->output,
                  "Write the mapping as CSV (`;`, UTF-8 with BOM, for a Dutch spreadsheet)");
  app->add_flag("--list", options->list, "Print each product with its process and the reason");
  app->add_option("--lang", options->language, "nl or en")->check(CLI::IsMember({"nl", "en"}));
  return {app, [options] { return run_inventory(*options); }};
}

}  // namespace blokjes::cli
