// blokjes-bench export: validate and export a catalogus of 400 generated
// zaaktypen (Amsterdam offers about 400 products) as an Open Zaak ZIP.
// Goal: under one second for validation and export together.

#include <iostream>
#include <memory>

#include "bench_commands.h"
#include "catalogi/export_pipeline.h"
#include "catalogi/selectielijst.h"
#include "core/asset_paths.h"
#include "core/atomic_file.h"
#include "core/workshop_file.h"
#include "generated_process.h"
#include "exporters/exporter.h"

namespace blokjes::bench {
namespace {

struct ExportBenchOptions {
  int zaaktypen = 400;
  std::string workshop;  // default: the demo workshop beside the assets
};

int run_export(const ExportBenchOptions& options) {
  const auto library = load_block_library(default_block_library_path());
  const auto selectielijst = load_selectielijst(default_selectielijst_path());
  const auto path = workshop_or_demo(options.workshop);
  const auto workshop = generated_catalogus(load_workshop(path).workshop, options.zaaktypen);
  ScratchDirectory scratch;
  const auto output = (scratch.path() / "catalogus.zip").string();

  const double start = wall_ms();
  const auto prepared = prepare_export(workshop, library, selectielijst, ExportRequest{});
  const double validated_at = wall_ms();
  make_exporter("openzaak-zip")->write(prepared.objects, output, true);
  const double written_at = wall_ms();

  const auto objects = prepared.objects.all_objects().size();
  std::cerr << "export: " << options.zaaktypen << " zaaktypen, " << objects << " objects, "
            << prepared.diagnostics.size() << " findings; validate " << validated_at - start
            << " ms, write " << written_at - validated_at << " ms, "
            << std::filesystem::file_size(output) / 1024 << " KiB\n";
  if (prepared.has_errors()) {
    for (const auto& diagnostic : prepared.diagnostics)
      std::cerr << "  " << diagnostic.message << "\n";
    std::cerr << "export: the generated catalogus does not validate; the timing is meaningless\n";
    return kExitFailed;
  }
  const nlohmann::ordered_json result = {{"zaaktypen", options.zaaktypen},
                                         {"export_ms", figure(written_at - start)},
                                         {"validate_ms", figure(validated_at - start)},
                                         {"objects", objects}};
  std::cout << result.dump() << "\n";
  return kExitOk;
}

}  // namespace

Subcommand add_export_command(CLI::App& root) {
  auto options = std::make_shared<ExportBenchOptions>();
  CLI::App* app = root.add_subcommand(
      "export",
      "Time validating (profile openzaak) and exporting a catalogus of generated zaaktypen\n"
      "as an Open Zaak ZIP. Last line: {\"zaaktypen\", \"export_ms\", \"validate_ms\", "
      "\"objects\"}.");
  app->add_option("--zaaktypen", options->zaaktypen, "How many zaaktypen (default 400)")
      ->check(CLI::Range(1, 100000));
  app->add_option("--workshop", options->workshop,
                  "Workshop whose processes are cycled (default: the demo)");
  return {app, [options] { return run_export(*options); }};
}

}  // namespace blokjes::bench
