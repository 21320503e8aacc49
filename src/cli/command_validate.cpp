#include <iostream>
#include <memory>

#include "catalogi/export_pipeline.h"
#include "cli_commands.h"
#include "core/workshop_validation.h"
#include "workshop_input.h"

namespace blokjes::cli {
namespace {

struct ValidateOptions {
  std::vector<std::string> files;
  std::string profile;  // empty: the model only
};

// With a profile, the export's findings (which include the model's).
std::vector<Diagnostic> findings_for(const Workshop& workshop, const BlockLibrary& library,
                                     const ValidateOptions& options) {
  if (options.profile.empty()) return validate_workshop(workshop, library);
  ExportRequest request;
  request.profile = *validation_profile_from_string(options.profile);
  return prepare_export(workshop, library, load_default_selectielijst(), request).diagnostics;
}

int run_validate(const ValidateOptions& options) {
  const BlockLibrary library = load_default_library();
  int exit_code = kExitOk;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t unreadable = 0;
  for (const auto& file : options.files) {
    const auto loaded = load_workshop_or_report(file, std::cerr);
    if (!loaded) {
      exit_code = kExitUnusable;
      ++unreadable;
      continue;
    }
    for (const auto& diagnostic : findings_for(loaded->workshop, library, options)) {
      std::cout << format_diagnostic(file, loaded->source.get(), diagnostic) << '\n';
      (diagnostic.severity == Severity::error ? errors : warnings)++;
    }
  }
  if (errors > 0 && exit_code == kExitOk) exit_code = kExitFindings;
  // Counted over the files that were read: a file that could not be read is
  // not "0 errors", so the summary says so instead of sounding like a pass.
  const std::size_t read = options.files.size() - unreadable;
  std::cerr << errors << (errors == 1 ? " error, " : " errors, ") << warnings
            << (warnings == 1 ? " warning" : " warnings") << " in " << read
            << (read == 1 ? " file" : " files");
  if (unreadable > 0) {
    std::cerr << "; " << unreadable << (unreadable == 1 ? " file" : " files")
              << " could not be read";
  }
  std::cerr << '\n';
  return exit_code;
}

}  // namespace

Subcommand add_validate_command(CLI::App& root) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* app = root.add_subcommand(
      "validate",
      "Check workshop files. Prints each finding as file:line:col: error|warning: message.\n"
      "Exit 0 without errors, 1 with errors, 2 when a file is unreadable or not a workshop.\n"
      "With --profile, also checks every process as the zaaktype the export would write.");
  app->add_option("files", options->files, "Workshop files (.json)")->required();
  app->add_option("--profile", options->profile,
                  "catalogi (schema), openzaak (Open Zaak's publish rules) or zac "
                  "(zaakafhandelcomponent); each includes the ones before it")
      ->check(CLI::IsMember(std::vector<std::string>{"catalogi", "openzaak", "zac"}));
  return {app, [options] { return run_validate(*options); }};
}

}  // namespace blokjes::cli
