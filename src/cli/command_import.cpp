// blokjes import: a workshop from an Open Zaak catalogus ZIP or a zgw-json
// document, one process per zaaktype, so a municipality can start from
// another one's catalogus; or from a BPMN 2.0 model, one process per pool
// (exporters/bpmn/bpmn_reader.h).

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <new>

#include "cli_commands.h"
#include "core/load_error.h"
#include "core/workshop_file.h"
#include "exporters/bpmn/bpmn_reader.h"
#include "exporters/exporter.h"
#include "exporters/zgw/zgw_reader.h"
#include "workshop_input.h"

namespace blokjes::cli {
namespace {

struct ImportCommandOptions {
  std::string input;
  std::string output;
  bool force = false;
};

// BPMN when the name says so, or when a regular file starts like a BPMN
// document; a FIFO or device is not peeked at (the catalogi reader refuses it).
bool is_bpmn_input(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".bpmn") return true;
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return false;
  std::ifstream in(path, std::ios::binary);
  std::array<char, 64 * 1024> head{};
  in.read(head.data(), head.size());
  return bpmn::looks_like_bpmn(std::string_view(head.data(), static_cast<std::size_t>(in.gcount())));
}

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
    result = is_bpmn_input(options.input)
                 ? bpmn::import_bpmn_file(options.input, load_default_library())
                 : import_catalogi_file(options.input, load_default_library(),
                                        load_default_selectielijst());
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
