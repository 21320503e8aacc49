// blokjes-bench: speed and memory measurements of Blokjessessie, kept apart
// from the tests (see docs/benchmarks.md). Subcommands live in bench_*.cpp,
// one each; this file only dispatches and maps errors to exit codes.

#include <iostream>
#include <vector>

#include "bench_commands.h"

int main(int argc, char** argv) {
  using namespace blokjes::bench;
  CLI::App root("blokjes-bench: measure Blokjessessie's speed and memory", "blokjes-bench");
  root.require_subcommand(1);
  const std::vector<Subcommand> subcommands = {add_canvas_command(root), add_compare_command(root),
                                               add_export_command(root), add_engine_command(root),
                                               add_growth_command(root), add_pictures_command(root)};
  try {
    root.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = root.exit(error);
    return code == 0 ? kExitOk : kExitUsage;
  }
  try {
    for (const auto& subcommand : subcommands) {
      if (subcommand.app->parsed()) return subcommand.run();
    }
  } catch (const std::exception& error) {
    std::cerr << "blokjes-bench: " << error.what() << '\n';
    return kExitUsage;
  }
  return kExitUsage;
}
