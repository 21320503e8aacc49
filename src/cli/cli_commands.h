#pragma once
// The blokjes subcommands. Each file adds one subcommand to the root app with
// its own help text and returns what to run when it is chosen. Exit codes are
// the same everywhere: 0 fine, 1 findings with errors, 2 unusable input or usage.

#include <CLI/CLI.hpp>
#include <functional>

namespace blokjes::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUnusable = 2;

struct Subcommand {
  CLI::App* app;
  std::function<int()> run;
};

Subcommand add_validate_command(CLI::App& root);
Subcommand add_show_command(CLI::App& root);
Subcommand add_format_command(CLI::App& root);
Subcommand add_compare_command(CLI::App& root);
Subcommand add_matrix_command(CLI::App& root);
Subcommand add_coverage_command(CLI::App& root);
Subcommand add_export_command(CLI::App& root);
Subcommand add_import_command(CLI::App& root);
Subcommand add_engine_command(CLI::App& root);
Subcommand add_inventory_command(CLI::App& root);
Subcommand add_citizen_command(CLI::App& root);
Subcommand add_present_command(CLI::App& root);
Subcommand add_zac_command(CLI::App& root);

}  // namespace blokjes::cli
