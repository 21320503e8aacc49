// `blokjes zac fit WORKSHOP [--json] [--language nl|en]`: which processes run
// on the zaakafhandelcomponent's generic model as they are (docs/zac.md).
//
// [SECTIONS]
//   [OUTPUT]        text for the room, JSON for tools
//   [REGISTRATION]  the `zac` command and its `fit` subcommand

#include <cmath>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli_commands.h"
#include "core/terminal_text.h"
#include "workshop_input.h"
#include "zac/fit.h"
#include "zac/generic_model.h"

namespace blokjes::cli {
namespace {

struct ZacOptions {
  std::string file;
  bool json = false;
  std::string language = "nl";
};

// [SECTION] [OUTPUT]

long long percentage(long long part, long long whole) {
  if (whole <= 0) return 0;
  return std::llround(100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

void print_json(const Workshop& workshop, const zac::WorkshopFit& fit, const BlockLibrary& library,
                Language language) {
  nlohmann::ordered_json processes = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < fit.processes.size(); ++i) {
    const auto& process_fit = fit.processes[i];
    const Process& process = workshop.processes[i];
    nlohmann::ordered_json misfits = nlohmann::ordered_json::array();
    for (const auto& misfit : process_fit.misfits) {
      misfits.push_back({{"reason", zac::to_string(misfit.reason)},
                         {"text", zac::describe(misfit, process, library, language)},
                         {"block", misfit.block_id},
                         {"flow", misfit.flow_id}});
    }
    nlohmann::ordered_json placements = nlohmann::ordered_json::array();
    for (const auto& placement : process_fit.placements) {
      placements.push_back({{"block", placement.block_id}, {"places", placement.places}});
    }
    processes.push_back({{"id", process.id},
                         {"name", process.name},
                         {"fits", process_fit.fits},
                         {"reason", zac::reason(process_fit, process, library, language)},
                         {"misfits", misfits},
                         {"placements", placements}});
  }
  const nlohmann::ordered_json document = {{"processes", processes},
                                           {"fitting", fit.fitting},
                                           {"total", fit.processes.size()},
                                           {"volume_fitting", fit.volume_fitting},
                                           {"volume_total", fit.volume_total}};
  std::cout << document.dump(2) << "\n";
}

void print_text(const Workshop& workshop, const zac::WorkshopFit& fit,
                const BlockLibrary& library, Language language) {
  const bool nl = language == Language::dutch;
  for (std::size_t i = 0; i < fit.processes.size(); ++i) {
    const auto& process_fit = fit.processes[i];
    const Process& process = workshop.processes[i];
    // Names and labels come from the file: one line each, escaped.
    std::cout << terminal_safe(process.name.empty() ? process.id : process.name) << ": ";
    if (process_fit.fits) {
      std::cout << (nl ? "past" : "fits") << "\n";
    } else {
      std::cout << (nl ? "past niet: " : "does not fit: ")
                << terminal_safe(zac::reason(process_fit, process, library, language)) << "\n";
    }
  }
  const long long total = static_cast<long long>(fit.processes.size());
  const long long fitting = static_cast<long long>(fit.fitting);
  std::cout << "\n"
            << (nl ? "Draait op het generieke model: " : "Runs on the generic model: ") << fitting
            << (nl ? " van " : " of ") << total << (nl ? " processen (" : " processes (")
            << percentage(fitting, total) << "%)\n";
  if (fit.volume_total > 0) {
    std::cout << (nl ? "Van het jaarvolume: " : "Of the yearly volume: ") << fit.volume_fitting
              << (nl ? " van " : " of ") << fit.volume_total << " ("
              << percentage(fit.volume_fitting, fit.volume_total) << "%)\n";
  }
}

int run_fit(const ZacOptions& options) {
  const auto loaded = load_workshop_or_report(options.file, std::cerr);
  if (!loaded) return kExitUnusable;
  const BlockLibrary library = load_default_library();
  const zac::GenericModel model = zac::load_generic_model(zac::default_generic_model_path());
  const auto fit = zac::fit_workshop(loaded->workshop, library, model);
  const Language language = options.language == "en" ? Language::english : Language::dutch;
  if (options.json) {
    print_json(loaded->workshop, fit, library, language);
  } else {
    print_text(loaded->workshop, fit, library, language);
  }
  return kExitOk;
}

}  // namespace

// [SECTION] [REGISTRATION]

Subcommand add_zac_command(CLI::App& root) {
  auto options = std::make_shared<ZacOptions>();
  CLI::App* zac = root.add_subcommand(
      "zac", "Dimpact's zaakafhandelcomponent (ZAC) and its generic CMMN model (docs/zac.md)");
  zac->require_subcommand(1);
  CLI::App* fit = zac->add_subcommand(
      "fit",
      "Per process: does it run on ZAC's generic model as it is (\"past\"), or why not;\n"
      "then the share of processes, and of the inventory's yearly volume, that does.");
  fit->add_option("workshop", options->file, "Workshop file (.json)")->required();
  fit->add_flag("--json", options->json, "Print the fit as JSON");
  fit->add_option("--language,--lang", options->language, "nl (default) or en")
      ->check(CLI::IsMember({"nl", "en"}));
  return {zac, [options, fit] { return fit->parsed() ? run_fit(*options) : kExitUnusable; }};
}

}  // namespace blokjes::cli
