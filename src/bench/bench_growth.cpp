// blokjes-bench growth: the four inputs of issue 11 item 4 whose work grew
// faster than their size, each timed once, so a regression shows as seconds:
//   validate  `validate --profile openzaak` of one process of 1,000 blocks that
//             all share one id (was a million pairwise findings, over 25 s);
//   import    a ZIP of 6,000 zaaktypen with the same identificatie (over 25 s);
//   compare   the largest pair compare accepts (kMaxComparedBlocks each);
//   matrix    the largest matrix accepted (kMaxMatrixProcesses processes, as
//             many blocks each as kMaxMatrixBlockPairs allows).
//
// [SECTION] Inputs
// [SECTION] The four cases
// [SECTION] Command

#include <cmath>
#include <iostream>
#include <memory>

#include "bench_commands.h"
#include "catalogi/export_pipeline.h"
#include "catalogi/selectielijst.h"
#include "compare/comparison.h"
#include "core/asset_paths.h"
#include "core/workshop_file.h"
#include "exporters/exporter.h"
#include "exporters/zgw/zgw_reader.h"
#include "generated_process.h"

namespace blokjes::bench {
namespace {

struct GrowthOptions {
  std::string only;  // empty: all four
  int duplicate_blocks = 1000;
  int duplicate_zaaktypen = 6000;
  std::string workshop;  // whose processes the import case cycles; default the demo
};

// -----------------------------------------------------------------------------
// [SECTION] Inputs
// -----------------------------------------------------------------------------

// One generated process of `blocks` blocks, every block id the same.
Workshop duplicate_block_ids(const BlockLibrary& library, int blocks) {
  Workshop workshop = make_generated_workshop(library, blocks);
  for (auto& block : workshop.processes.front().blocks) block.id = "b1";
  return workshop;
}

// `count` zaaktypen, all copies of the demo's processes with one identificatie.
Workshop duplicate_identificatie(const Workshop& demo, int count) {
  Workshop workshop = demo;
  workshop.processes.clear();
  workshop.notes.clear();  // they name the demo's process ids
  for (int i = 0; i < count; ++i) {
    Process process = demo.processes[static_cast<std::size_t>(i) % demo.processes.size()];
    process.id += "-" + std::to_string(i + 1);
    process.zaaktype.identificatie = "ZELFDE-ID";
    workshop.processes.push_back(std::move(process));
  }
  return workshop;
}

// A linear process of `blocks` blocks whose kinds follow from `seed`, so two
// seeds give two processes that partly align.
Process linear_process(const BlockLibrary& library, const std::string& id, int blocks, int seed) {
  Process process;
  process.id = id;
  process.name = id;
  process.department = "kcc";
  const auto& kinds = library.kinds();
  for (int i = 0; i < blocks; ++i) {
    const auto& kind = kinds[static_cast<std::size_t>((i * 5 + seed * (i % 3)) % 11) % kinds.size()];
    Block block;
    block.id = "b" + std::to_string(i + 1);
    block.kind = kind.id;
    block.variant = kind.variants[static_cast<std::size_t>(i + seed) % kind.variants.size()].id;
    block.lane = "kcc";
    if (i > 0) {
      process.flows.push_back({"f" + std::to_string(i), "b" + std::to_string(i), block.id,
                               FlowKind::sequence, ""});
    }
    process.blocks.push_back(std::move(block));
  }
  return process;
}

// -----------------------------------------------------------------------------
// [SECTION] The four cases
// -----------------------------------------------------------------------------

double seconds_since(double start_ms) {
  return (wall_ms() - start_ms) / 1000.0;
}

double time_validate(const BlockLibrary& library, const Selectielijst& selectielijst, int blocks,
                     std::size_t& findings) {
  const Workshop workshop = duplicate_block_ids(library, blocks);
  const double start = wall_ms();
  ExportRequest request;
  request.profile = ValidationProfile::openzaak;
  findings = prepare_export(workshop, library, selectielijst, request).diagnostics.size();
  return seconds_since(start);
}

double time_import(const BlockLibrary& library, const Selectielijst& selectielijst,
                   const Workshop& demo, int zaaktypen, std::uintmax_t& zip_bytes) {
  const Workshop workshop = duplicate_identificatie(demo, zaaktypen);
  ExportRequest request;
  request.profile = ValidationProfile::catalogi;  // the ZIP is written whatever it finds
  const auto prepared = prepare_export(workshop, library, selectielijst, request);
  ScratchDirectory scratch;
  const auto zip = (scratch.path() / "zelfde-identificatie.zip").string();
  make_exporter("openzaak-zip")->write(prepared.objects, zip, true);
  zip_bytes = std::filesystem::file_size(zip);
  const double start = wall_ms();
  try {
    import_catalogi_file(zip, library, selectielijst);
  } catch (const std::exception& error) {
    // Refusing duplicates quickly is as good an answer as importing them.
    std::cerr << "  import refused: " << error.what() << "\n";
  }
  return seconds_since(start);
}

double time_compare(const BlockLibrary& library) {
  const int blocks = static_cast<int>(compare::kMaxComparedBlocks);
  const Process a = linear_process(library, "a", blocks, 1);
  const Process b = linear_process(library, "b", blocks, 2);
  const double start = wall_ms();
  const auto result =
      compare::compare_processes(compare::prepare(a, library), compare::prepare(b, library));
  std::cerr << "  compare: similarity " << result.similarity << "\n";
  return seconds_since(start);
}

double time_matrix(const BlockLibrary& library, int& blocks_each) {
  const auto count = static_cast<double>(compare::kMaxMatrixProcesses);
  // The most blocks per process that keeps all pairs within the limit.
  blocks_each = static_cast<int>(std::sqrt(compare::kMaxMatrixBlockPairs / (count * (count - 1) / 2)));
  Workshop workshop;
  for (std::size_t i = 0; i < compare::kMaxMatrixProcesses; ++i) {
    workshop.processes.push_back(linear_process(library, "p" + std::to_string(i + 1), blocks_each,
                                                static_cast<int>(i)));
  }
  if (compare::matrix_limit_problem(workshop)) {
    throw std::runtime_error("the generated matrix is above the limits it should sit at");
  }
  const double start = wall_ms();
  compare::similarity_matrix(compare::prepare_all(workshop, library));
  return seconds_since(start);
}

int run_growth(const GrowthOptions& options) {
  const auto library = load_block_library(default_block_library_path());
  const auto selectielijst = load_selectielijst(default_selectielijst_path());
  const bool all = options.only.empty();
  nlohmann::ordered_json result = nlohmann::ordered_json::object();
  if (all || options.only == "validate") {
    std::size_t findings = 0;
    const double seconds = time_validate(library, selectielijst, options.duplicate_blocks, findings);
    std::cerr << "validate: " << options.duplicate_blocks << " blocks with one id, " << findings
              << " findings, " << seconds << " s\n";
    result["validate_blocks"] = options.duplicate_blocks;
    result["validate_findings"] = findings;
    result["validate_s"] = figure(seconds);
  }
  if (all || options.only == "import") {
    const Workshop demo = load_workshop(workshop_or_demo(options.workshop)).workshop;
    std::uintmax_t bytes = 0;
    const double seconds =
        time_import(library, selectielijst, demo, options.duplicate_zaaktypen, bytes);
    std::cerr << "import: " << options.duplicate_zaaktypen << " zaaktypen with one identificatie, "
              << bytes / 1024 << " KiB ZIP, " << seconds << " s\n";
    result["import_zaaktypen"] = options.duplicate_zaaktypen;
    result["import_s"] = figure(seconds);
  }
  if (all || options.only == "compare") {
    const double seconds = time_compare(library);
    std::cerr << "compare: two processes of " << compare::kMaxComparedBlocks << " blocks, "
              << seconds << " s\n";
    result["compare_blocks"] = compare::kMaxComparedBlocks;
    result["compare_s"] = figure(seconds);
  }
  if (all || options.only == "matrix") {
    int blocks_each = 0;
    const double seconds = time_matrix(library, blocks_each);
    std::cerr << "matrix: " << compare::kMaxMatrixProcesses << " processes of " << blocks_each
              << " blocks, " << seconds << " s\n";
    result["matrix_processes"] = compare::kMaxMatrixProcesses;
    result["matrix_blocks_each"] = blocks_each;
    result["matrix_s"] = figure(seconds);
  }
  result["peak_rss_mb"] = figure(own_peak_rss_mb());
  std::cout << result.dump() << "\n";
  return kExitOk;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Command
// -----------------------------------------------------------------------------

Subcommand add_growth_command(CLI::App& root) {
  auto options = std::make_shared<GrowthOptions>();
  CLI::App* app = root.add_subcommand(
      "growth",
      "Time the inputs whose work once grew faster than their size: validate of 1,000 blocks\n"
      "sharing one id, import of 6,000 zaaktypen sharing one identificatie, and compare and\n"
      "matrix at their limits. Last line: {\"validate_s\", \"import_s\", \"compare_s\",\n"
      "\"matrix_s\", ...}.");
  app->add_option("case", options->only, "Only this case: validate, import, compare or matrix")
      ->check(CLI::IsMember({"validate", "import", "compare", "matrix"}));
  app->add_option("--blocks", options->duplicate_blocks,
                  "Blocks sharing one id in the validate case (default 1000)")
      ->check(CLI::Range(2, 100000));
  app->add_option("--zaaktypen", options->duplicate_zaaktypen,
                  "Zaaktypen sharing one identificatie in the import case (default 6000)")
      ->check(CLI::Range(1, 100000));
  app->add_option("--workshop", options->workshop,
                  "Workshop whose processes the import case cycles (default: the demo)");
  return {app, [options] { return run_growth(*options); }};
}

}  // namespace blokjes::bench
