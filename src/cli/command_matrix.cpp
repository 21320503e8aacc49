#include <iomanip>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli_commands.h"
#include "compare/comparison.h"
#include "core/csv_field.h"
#include "workshop_input.h"

namespace blokjes::cli {
namespace {

struct MatrixOptions {
  std::string file;
  std::string format = "csv";
};

void print_csv(const compare::SimilarityMatrix& matrix) {
  std::cout << "process";
  for (const int i : matrix.order)
    std::cout << "," << csv_field(matrix.process_ids[static_cast<std::size_t>(i)]);
  std::cout << "\n" << std::fixed << std::setprecision(1);
  for (const int i : matrix.order) {
    std::cout << csv_field(matrix.process_ids[static_cast<std::size_t>(i)]);
    for (const int j : matrix.order) {
      std::cout << "," << matrix.at(static_cast<std::size_t>(i), static_cast<std::size_t>(j));
    }
    std::cout << "\n";
  }
}

void print_json(const compare::SimilarityMatrix& matrix) {
  nlohmann::ordered_json ids = nlohmann::ordered_json::array();
  nlohmann::ordered_json names = nlohmann::ordered_json::array();
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const int i : matrix.order) {
    ids.push_back(matrix.process_ids[static_cast<std::size_t>(i)]);
    names.push_back(matrix.names[static_cast<std::size_t>(i)]);
    nlohmann::ordered_json row = nlohmann::ordered_json::array();
    for (const int j : matrix.order) {
      row.push_back(
          std::round(matrix.at(static_cast<std::size_t>(i), static_cast<std::size_t>(j)) * 10) /
          10);
    }
    rows.push_back(row);
  }
  const nlohmann::ordered_json document = {
      {"processes", ids}, {"names", names}, {"similarity", rows}};
  std::cout << document.dump(2) << "\n";
}

int run_matrix(const MatrixOptions& options) {
  const auto loaded = load_workshop_or_report(options.file, std::cerr);
  if (!loaded) return kExitUnusable;
  // Checked before preparing, which already grows with the square of each process.
  if (const auto problem = compare::matrix_limit_problem(loaded->workshop)) {
    std::cerr << options.file << ": error: " << compare::describe(*problem, Language::english)
              << "\n";
    return kExitUnusable;
  }
  const auto processes = compare::prepare_all(loaded->workshop, load_default_library());
  const auto matrix = compare::similarity_matrix(processes);
  if (options.format == "json") {
    print_json(matrix);
  } else {
    print_csv(matrix);
  }
  return kExitOk;
}

}  // namespace

Subcommand add_matrix_command(CLI::App& root) {
  auto options = std::make_shared<MatrixOptions>();
  CLI::App* app = root.add_subcommand(
      "matrix",
      "The headline similarity (0-100) of every pair of processes, rows and columns ordered by\n"
      "average-linkage clustering so processes of the same generic shape sit together.\n"
      "Refused (exit 2) above " +
          std::to_string(compare::kMaxMatrixProcesses) + " processes, above " +
          std::to_string(compare::kMaxComparedBlocks) +
          " blocks in one process, or above 80 million block pairs in all.");
  app->add_option("workshop", options->file, "Workshop file (.json)")->required();
  app->add_option("--format", options->format, "csv (default) or json")
      ->check(CLI::IsMember({"csv", "json"}));
  return {app, [options] { return run_matrix(*options); }};
}

}  // namespace blokjes::cli
