#include <iostream>
#include <memory>
#include <new>

#include "cli_commands.h"
#include "core/json_text.h"
#include "workshop_input.h"

namespace blokjes::cli {
namespace {

struct FormatOptions {
  std::vector<std::string> files;
  bool check = false;
};

// Rewrites a workshop in the canonical form the app saves, so hand edits and
// app saves give the same bytes (and clean diffs).
int run_format(const FormatOptions& options) {
  int exit_code = kExitOk;
  for (const auto& file : options.files) {
    const auto loaded = load_workshop_or_report(file, std::cerr);
    if (!loaded) {
      exit_code = kExitUnusable;
      continue;
    }
    const std::string canonical = serialise_workshop(loaded->workshop);
    if (canonical == loaded->source->text()) continue;
    if (options.check) {
      std::cout << file << ": not in canonical form\n";
      if (exit_code == kExitOk) exit_code = kExitFindings;
    } else {
      try {
        // Through the shared atomic writer, which keeps the file's mode and
        // owner; one file that cannot be written does not stop the others.
        save_workshop(loaded->workshop, file);
      } catch (const std::bad_alloc&) {
        throw;  // main reports it as out of memory, with exit 2
      } catch (const std::exception& error) {
        std::cerr << "blokjes format: " << error.what() << '\n';
        exit_code = kExitUnusable;
        continue;
      }
      std::cout << file << ": rewritten\n";
    }
  }
  return exit_code;
}

}  // namespace

Subcommand add_format_command(CLI::App& root) {
  auto options = std::make_shared<FormatOptions>();
  CLI::App* app =
      root.add_subcommand("format",
                          "Rewrite workshop files in the canonical form the app saves.\n"
                          "With --check, change nothing and exit 1 when a file is not canonical.");
  app->add_option("files", options->files, "Workshop files (.json)")->required();
  app->add_flag("--check", options->check, "Only report files that are not canonical");
  return {app, [options] { return run_format(*options); }};
}

}  // namespace blokjes::cli
