#include <cmath>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli_commands.h"
#include "compare/coverage.h"
#include "workshop_input.h"

namespace blokjes::cli {
namespace {

struct CoverageOptions {
  std::string file;
  bool json = false;
  double core_share = 80;
  std::string language = "nl";
};

// CLI::Range compares, and NaN compares false with everything, so "nan"
// passed it; "inf" and "1e999" are refused here as well, before the range.
CLI::Validator finite_number() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        char* end = nullptr;
        const double value = std::strtod(text.c_str(), &end);
        if (end == text.c_str() || *end != '\0') return "not a number: " + text;
        if (!std::isfinite(value)) return "not a finite number: " + text;
        return "";
      },
      "FINITE");
}

double rounded(double value) {
  return std::round(value * 10) / 10;
}

nlohmann::ordered_json rows_json(const std::vector<compare::CoverageRow>& rows) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& row : rows) {
    nlohmann::ordered_json item = {{"kind", row.kind}};
    if (!row.variant.empty()) item["variant"] = row.variant;
    item["processes"] = row.processes;
    item["process_share"] = rounded(row.process_share);
    item["departments"] = row.departments;
    item["department_share"] = rounded(row.department_share);
    list.push_back(item);
  }
  return list;
}

void print_json(const compare::CoverageReport& report) {
  nlohmann::ordered_json processes = nlohmann::ordered_json::array();
  for (const auto& entry : report.processes) {
    processes.push_back({{"id", entry.process_id},
                         {"blocks", entry.blocks},
                         {"generic_blocks", entry.generic_blocks},
                         {"generic_share", rounded(entry.generic_share)},
                         {"generic_kinds_used", entry.generic_kinds_used},
                         {"maatwerk_blocks", entry.maatwerk_blocks}});
  }
  const nlohmann::ordered_json document = {
      {"processes_total", report.process_count},
      {"departments_total", report.department_count},
      {"generic_block_share", rounded(report.generic_block_share)},
      {"kinds", rows_json(report.kinds)},
      {"variants", rows_json(report.variants)},
      {"generic_core",
       {{"target_share", report.core.target_share},
        {"kinds", report.core.kinds},
        {"processes_built", report.core.processes_built},
        {"share", rounded(report.core.share)}}},
      {"processes", processes}};
  std::cout << document.dump(2) << "\n";
}

void print_text(const compare::CoverageReport& report, const BlockLibrary& library,
                Language language) {
  const bool dutch = language == Language::dutch;
  std::cout << report.process_count << (dutch ? " processen van " : " processes of ")
            << report.department_count << (dutch ? " afdelingen; " : " departments; ") << std::fixed
            << std::setprecision(0) << report.generic_block_share
            << (dutch ? "% van alle blokken is generiek\n\n" : "% of all blocks are generic\n\n");
  std::cout << std::left << std::setw(36) << (dutch ? "blok" : "block") << std::right
            << std::setw(10) << (dutch ? "processen" : "processes") << std::setw(12)
            << (dutch ? "afdelingen" : "departments") << "\n";
  for (const auto& row : report.kinds) {
    const BlockKind* kind = library.find_kind(row.kind);
    std::cout << std::left << std::setw(36) << (kind ? kind->name.in(language) : row.kind)
              << std::right << std::setw(9) << row.process_share << "%" << std::setw(11)
              << row.department_share << "%\n";
    for (const auto& variant_row : report.variants) {
      if (variant_row.kind != row.kind || kind == nullptr || kind->variants.size() < 2) continue;
      const BlockVariant* variant = kind->find_variant(variant_row.variant);
      std::cout << "  " << std::left << std::setw(34)
                << (variant ? variant->name.in(language) : variant_row.variant) << std::right
                << std::setw(9) << variant_row.process_share << "%" << std::setw(11)
                << variant_row.department_share << "%\n";
    }
  }
  std::cout << "\n"
            << (dutch ? "Generieke kern (" : "Generic core (") << report.core.target_share
            << (dutch ? "% van de processen): " : "% of the processes): ");
  for (std::size_t i = 0; i < report.core.kinds.size(); ++i) {
    const BlockKind* kind = library.find_kind(report.core.kinds[i]);
    std::cout << (i ? ", " : "") << (kind ? kind->name.in(language) : report.core.kinds[i]);
  }
  std::cout << (dutch ? " bouwt " : " builds ") << report.core.processes_built
            << (dutch ? " van " : " of ") << report.process_count
            << (dutch ? " processen\n" : " processes\n");
}

int run_coverage(const CoverageOptions& options) {
  const auto loaded = load_workshop_or_report(options.file, std::cerr);
  if (!loaded) return kExitUnusable;
  const BlockLibrary library = load_default_library();
  const auto report = compare::coverage(loaded->workshop, library, options.core_share);
  if (options.json) {
    print_json(report);
  } else {
    print_text(report, library, options.language == "en" ? Language::english : Language::dutch);
  }
  return kExitOk;
}

}  // namespace

Subcommand add_coverage_command(CLI::App& root) {
  auto options = std::make_shared<CoverageOptions>();
  CLI::App* app = root.add_subcommand(
      "coverage",
      "For each block kind and variant, the share of processes and of departments that use it;\n"
      "the generic core (the fewest kinds from which --core-share % of the processes are built\n"
      "entirely); and per process the generic share and its maatwerk blocks.");
  app->add_option("workshop", options->file, "Workshop file (.json)")->required();
  app->add_flag("--json", options->json, "Print the report as JSON");
  app->add_option("--core-share", options->core_share, "Share of processes the core must build")
      ->check(finite_number())
      ->check(CLI::Range(1.0, 100.0));
  app->add_option("--lang", options->language, "nl or en")->check(CLI::IsMember({"nl", "en"}));
  return {app, [options] { return run_coverage(*options); }};
}

}  // namespace blokjes::cli
