// blokjes import: a workshop from an Open Zaak catalogus ZIP or a zgw-json
// document, one process per zaaktype, so a municipality can start from
// another one's catalogus; or from a BPMN 2.0 model, one process per pool
// (exporters/bpmn/bpmn_reader.h).

#include <filesystem>
#include <iostream>
#include <memory>
#include <new>
#include <optional>

#include "cli_commands.h"
#include "core/load_error.h"
#include "core/workshop_file.h"
#include "exporters/exporter.h"
#include "exporters/import_file.h"
#include "workshop_input.h"

namespace blokjes::cli {
namespace {

struct ImportCommandOptions {
  std::string input;
  std::string output;
  bool force = false;
};

int run_import(const ImportCommandOptions& options) {
  std::error_code ignored;
  // symlink_status: a dangling link counts as there; the writer refuses it.
  if (!options.force &&
      std::filesystem::exists(std::filesystem::symlink_status(options.output, ignored))) {
    std::cerr << "blokjes import: " << options.output
              << ": already exists; use --force to overwrite it\n";
    return kExitUnusable;
  }
  ImportResult result;
  try {
    // The Selectielijst is loaded only for a Catalogi file, which needs it.
    std::optional<Selectielijst> selectielijst;
    if (import_kind_of(options.input) == ImportKind::catalogi) {
      selectielijst = load_default_selectielijst();
    }
    result = import_file(options.input, load_default_library(),
                         selectielijst ? &*selectielijst : nullptr);
  } catch (const LoadError& error) {
    std::cerr << error.what() << '\n';
    return kExitUnusable;
  }
  for (const auto& warning : result.warnings) std::cerr << "warning: " << warning << '\n';
  try {
    // The shared atomic writer: keeps the mode of a file it replaces, and
    // refuses devices, FIFOs, sockets and directories even with --force.
    save_workshop(result.workshop, options.output);
  } catch (const std::bad_alloc&) {
    throw;  // main reports it as out of memory, with exit 2
  } catch (const std::exception& error) {
    std::cerr << "blokjes import: " << error.what() << '\n';
    return kExitUnusable;
  }
  std::cerr << "blokjes import: " << result.workshop.processes.size() << " process"
            << (result.workshop.processes.size() == 1 ? "" : "es") << " to " << options.output
            << '\n';
  return kExitOk;
}

}  // namespace

Subcommand add_import_command(CLI::App& root) {
  auto options = std::make_shared<ImportCommandOptions>();
  // The formats with a reader, from the one table of formats.
  std::string readable;
  for (const auto& format : export_formats()) {
    if (!format.has_reader) continue;
    readable += (readable.empty() ? "" : " or ") + std::string(format.id);
  }
  CLI::App* app = root.add_subcommand(
      "import",
      "Make a workshop from an exported catalogus (" + readable +
          "): one process\n"
          "per zaaktype, blocks inferred from the statustypen. The original objects travel with\n"
          "each process, so exporting it again keeps every field that was read.\n"
          "Or from a BPMN 2.0 model (.bpmn, or XML with a BPMN <definitions> root): one process\n"
          "per pool, one block per task, lanes as departments, gateways and events folded into\n"
          "flows; what a workshop cannot hold (message flows, data objects, a subprocess's\n"
          "inside) is named in a warning.");
  app->add_option("input", options->input, readable + " or BPMN 2.0 (.bpmn) file")->required();
  app->add_option("-o,--output", options->output, "Workshop file to write")->required();
  app->add_flag("--force", options->force, "Overwrite the output file");
  return {app, [options] { return run_import(*options); }};
}

}  // namespace blokjes::cli
