// blokjes: the command line of Blokjessessie. Subcommands live in
// command_*.cpp, one each; this file only dispatches and maps errors to exit codes.
//
// [SECTION] What reaches the terminal
// [SECTION] Dispatch and exit codes

#include <iostream>
#include <new>
#include <vector>

#include "cli_commands.h"
#include "core/load_error.h"
#include "core/terminal_text.h"
#include "out_of_memory.h"

namespace {

// -----------------------------------------------------------------------------
// [SECTION] What reaches the terminal
// -----------------------------------------------------------------------------

// Everything printed goes through TerminalSafeBuffer (core/terminal_text.h), so
// an id or label from a hostile file cannot drive the terminal, whichever
// command prints it. No command writes binary data to stdout; JSON output stays
// valid, as nlohmann escapes C0 itself and \u0080-\u009f is JSON's own escape.
// Restored (and flushed) on every return from main.
class TerminalSafeOutput {
 public:
  TerminalSafeOutput() : out_(std::cout.rdbuf()), err_(std::cerr.rdbuf()) {
    std::cout.rdbuf(&out_);
    std::cerr.rdbuf(&err_);
  }
  ~TerminalSafeOutput() {
    std::cout.flush();
    std::cerr.flush();
    out_.finish();
    err_.finish();
    std::cout.rdbuf(out_.target());
    std::cerr.rdbuf(err_.target());
  }
  TerminalSafeOutput(const TerminalSafeOutput&) = delete;
  TerminalSafeOutput& operator=(const TerminalSafeOutput&) = delete;

 private:
  blokjes::TerminalSafeBuffer out_;
  blokjes::TerminalSafeBuffer err_;
};

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Dispatch and exit codes
// -----------------------------------------------------------------------------

int main(int argc, char** argv) {
  using namespace blokjes::cli;
  install_out_of_memory_guard();
  const TerminalSafeOutput terminal_safe_output;
  CLI::App root("blokjes: check, show and export Blokjessessie workshops", "blokjes");
  root.set_version_flag("--version", std::string("blokjes ") + BLOKJES_VERSION);
  root.require_subcommand(1);
  const std::vector<Subcommand> subcommands = {
      add_validate_command(root), add_show_command(root),   add_format_command(root),
      add_compare_command(root),  add_matrix_command(root), add_coverage_command(root),
      add_export_command(root),   add_import_command(root), add_engine_command(root),
      add_present_command(root),  add_citizen_command(root), add_inventory_command(root),
      add_zac_command(root)};
  try {
    root.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = root.exit(error);
    return code == 0 ? kExitOk : kExitUnusable;
  }
  const Subcommand* chosen = nullptr;
  try {
    for (const auto& subcommand : subcommands) {
      if (subcommand.app->parsed()) {
        chosen = &subcommand;
        return subcommand.run();
      }
    }
  } catch (const std::bad_alloc&) {
    // Before std::exception: its what() ("std::bad_alloc") says nothing to a
    // user. The message is short and built from literals, as memory is scarce.
    std::cerr << "blokjes: out of memory while running `blokjes ";
    if (chosen) std::cerr << chosen->app->get_name();
    std::cerr << "`; the input is too large for the memory available\n";
    return kExitUnusable;
  } catch (const std::exception& error) {
    std::cerr << "blokjes: " << error.what() << '\n';
    return kExitUnusable;
  }
  return kExitUnusable;
}
