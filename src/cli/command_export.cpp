// blokjes export: validated zaaktype definitions in zgw-json or as an Open
// Zaak import ZIP (refused when they do not validate, unless --force), and
// the formats drawn from the workshop itself: BPMN, pictures, the handout,
// printable cards. Which is which comes from the format table.

#include <functional>
#include <iostream>
#include <memory>
#include <new>

#include "catalogi/export_pipeline.h"
#include "core/asset_paths.h"
#include "cli_commands.h"
#include "exporters/exporter.h"
#include "workshop_input.h"

namespace blokjes::cli {
namespace {

struct ExportCommandOptions {
  std::string workshop;
  std::string format;
  std::vector<std::string> processes;
  bool all = false;
  std::string profile = "openzaak";
  std::string base_url = ExportOptions{}.base_url;
  std::string selectielijst_url = ExportOptions{}.selectielijst_base;
  std::string output;
  bool force = false;
  std::string view;      // workshop formats: canvas, compare or matrix
  bool bpmn = false;     // zac: the processes that do not fit as BPMN
  std::string language = "nl";
};

std::string join(const std::vector<std::string>& words, const std::string& separator) {
  std::string text;
  for (const auto& word : words) text += (text.empty() ? "" : separator) + word;
  return text;
}

std::string without_trailing_slash(std::string url) {
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

int report_diagnostics(const std::string& file, const LoadedWorkshop& loaded,
                       const std::vector<Diagnostic>& diagnostics) {
  int errors = 0;
  for (const auto& diagnostic : diagnostics) {
    std::cout << format_diagnostic(file, loaded.source.get(), diagnostic) << '\n';
    errors += diagnostic.severity == Severity::error;
  }
  return errors;
}

// Runs `write`, reporting what an exporter refuses (exit 2); out of memory
// goes on to main, which reports it.
int write_or_report(const std::function<void()>& write) {
  try {
    write();
  } catch (const OutputExistsError& error) {
    std::cerr << "blokjes export: " << error.what() << "; use --force to overwrite it\n";
    return kExitUnusable;
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& error) {
    std::cerr << "blokjes export: " << error.what() << '\n';
    return kExitUnusable;
  }
  return kExitOk;
}

// A format made from the workshop: nothing to validate first.
int run_workshop_export(const ExportCommandOptions& options, const LoadedWorkshop& loaded) {
  const auto library = load_default_library();
  const auto selectielijst = load_default_selectielijst();
  WorkshopExportRequest request;
  request.workshop = &loaded.workshop;
  request.library = &library;
  request.selectielijst = &selectielijst;
  request.process_ids = options.processes;
  if (!options.view.empty()) request.subject = picture_subject_from_string(options.view);
  request.with_bpmn = options.bpmn;
  request.language = options.language == "en" ? Language::english : Language::dutch;
  request.assets_directory = find_assets_directory();
  return write_or_report([&] {
    const auto result = make_workshop_exporter(options.format)->write(request, options.output,
                                                                      options.force);
    for (const auto& warning : result.warnings) std::cerr << "warning: " << warning << '\n';
    std::cerr << "blokjes export: " << options.format << " to " << options.output;
    if (result.files.size() > 1) std::cerr << " (" << result.files.size() << " files)";
    std::cerr << '\n';
  });
}

int run_export(const ExportCommandOptions& options) {
  const auto loaded = load_workshop_or_report(options.workshop, std::cerr);
  if (!loaded) return kExitUnusable;
  for (const auto& id : options.processes) {
    if (loaded->workshop.find_process(id) == nullptr) {
      std::cerr << "blokjes export: " << options.workshop << " has no process \"" << id
                << "\" (see blokjes show " << options.workshop << ")\n";
      return kExitUnusable;
    }
  }
  const auto* format = find_export_format(options.format);
  if (format->source == ExportSource::workshop) return run_workshop_export(options, *loaded);
  if (!options.view.empty()) {
    std::cerr << "blokjes export: --view is for pictures and documents, not for "
              << options.format << '\n';
    return kExitUnusable;
  }
  ExportRequest request;
  request.process_ids = options.processes;
  request.profile = *validation_profile_from_string(options.profile);
  request.options.base_url = without_trailing_slash(options.base_url);
  request.options.selectielijst_base = without_trailing_slash(options.selectielijst_url);
  auto prepared = prepare_export(loaded->workshop, load_default_library(),
                                 load_default_selectielijst(), request);
  const int errors = report_diagnostics(options.workshop, *loaded, prepared.diagnostics);
  if (errors > 0 && !options.force) {
    std::cerr << "blokjes export: " << errors << (errors == 1 ? " error" : " errors")
              << " under profile " << options.profile
              << "; nothing written (--force writes the zaaktypen as concepts)\n";
    return kExitFindings;
  }
  if (errors > 0) prepared.mark_concept();
  return write_or_report([&] {
    make_exporter(options.format)->write(prepared.objects, options.output, options.force);
    std::cerr << "blokjes export: " << prepared.objects.zaaktypen.size() << " zaaktype"
              << (prepared.objects.zaaktypen.size() == 1 ? "" : "n") << " ("
              << prepared.objects.all_objects().size() << " objects) to " << options.output
              << (errors > 0 ? ", marked concept because they did not validate" : "") << '\n';
  });
}

}  // namespace

Subcommand add_export_command(CLI::App& root) {
  auto options = std::make_shared<ExportCommandOptions>();
  std::string description =
      "Export processes as ZGW Catalogi API 1.3.1 zaaktypen, which are validated first and\n"
      "refused (exit 1, printing the findings) when they do not pass the profile, unless\n"
      "--force; or as BPMN, pictures, the workshop handout, printable cards, or ready for\n"
      "Dimpact's zaakafhandelcomponent (zac).";
  std::vector<std::string> format_ids;
  for (const auto& format : export_formats()) {
    description +=
        "\n" + std::string(format.id) + " writes " + std::string(format.description) + ".";
    format_ids.emplace_back(format.id);
  }
  CLI::App* app = root.add_subcommand("export", description);
  app->add_option("workshop", options->workshop, "Workshop file (.json)")->required();
  app->add_option("--format", options->format, join(format_ids, " or "))
      ->required()
      ->check(CLI::IsMember(format_ids));
  auto* process = app->add_option("--process", options->processes, "Process id (repeatable)");
  auto* all = app->add_flag("--all", options->all,
                            "Every process of the workshop (pictures and documents: the default)");
  process->excludes(all);
  app->add_option("--profile", options->profile, "catalogi, openzaak (default) or zac")
      ->check(CLI::IsMember(std::vector<std::string>{"catalogi", "openzaak", "zac"}));
  app->add_option("--base-url", options->base_url, "Catalogi API base URL of the objects")
      ->capture_default_str();
  app->add_option("--selectielijst-url", options->selectielijst_url, "Selectielijst API base URL")
      ->capture_default_str();
  app->add_option("--view", options->view,
                  "Pictures: canvas (one process, the default), compare (two processes) or "
                  "matrix; with pdf, a picture instead of the handout")
      ->check(CLI::IsMember(std::vector<std::string>{"canvas", "compare", "matrix"}));
  app->add_option("--language", options->language, "Pictures and documents: nl (default) or en")
      ->check(CLI::IsMember(std::vector<std::string>{"nl", "en"}));
  app->add_flag("--bpmn", options->bpmn,
                "zac: a process that does not run on the generic model goes as BPMN for ZAC "
                "instead of being refused");
  app->add_option("-o,--output", options->output, "Output file (or directory)")->required();
  app->add_flag("--force", options->force,
                "Overwrite the output, and write even when validation fails (as concept)");
  app->callback([options, app] {
    const auto* format = find_export_format(options->format);
    const bool from_workshop = format != nullptr && format->source == ExportSource::workshop;
    if (options->processes.empty() && !options->all && !from_workshop) {
      throw CLI::ValidationError("export", "choose the processes: --process ID or --all");
    }
    if (options->bpmn && options->format != "zac") {
      throw CLI::ValidationError("export", "--bpmn is for --format zac");
    }
    (void)app;
  });
  return {app, [options] { return run_export(*options); }};
}

}  // namespace blokjes::cli
