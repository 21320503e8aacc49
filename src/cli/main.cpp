// blokjes: the command line of Blokjessessie. Subcommands live in
// command_*.cpp, one each; this file only dispatches and maps errors to exit codes.

#include <iostream>
#include <vector>

#include "cli_commands.h"
#include "core/load_error.h"

int main(int argc, char** argv) {
  using namespace blokjes::cli;
  CLI::App root("blokjes: check, show and export Blokjessessie workshops", "blokjes");
  root.set_version_flag("--version", std::string("blokjes ") + BLOKJES_VERSION);
  root.require_subcommand(1);
  const std::vector<Subcommand> subcommands = {
      add_validate_command(root), add_show_command(root),   add_format_command(root),
      add_compare_command(root),  add_matrix_command(root), add_coverage_command(root),
      add_export_command(root),   add_import_command(root), add_engine_command(root)};
  try {
    root.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = root.exit(error);
    return code == 0 ? kExitOk : kExitUnusable;
  }
  try {
    for (const auto& subcommand : subcommands) {
      if (subcommand.app->parsed()) return subcommand.run();
    }
  } catch (const std::exception& error) {
    std::cerr << "blokjes: " << error.what() << '\n';
    return kExitUnusable;
  }
  return kExitUnusable;
}
