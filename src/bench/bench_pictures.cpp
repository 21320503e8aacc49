// blokjes-bench pictures: the SVG of every demo process as the canvas draws
// it (font loaded once, as an export does), and one BPMN file of a catalogus
// of 400 generated processes. Goal: the 400 BPMN processes under 0.5 s.

#include <iostream>
#include <memory>

#include "bench_commands.h"
#include "core/asset_paths.h"
#include "core/atomic_file.h"
#include "core/workshop_file.h"
#include "exporters/bpmn/bpmn_writer.h"
#include "exporters/picture/picture_exporter.h"
#include "generated_process.h"

namespace blokjes::bench {
namespace {

struct PicturesBenchOptions {
  int processes = 400;
  std::string workshop;  // default: the demo workshop beside the assets
};

int run_pictures(const PicturesBenchOptions& options) {
  const auto library = load_block_library(default_block_library_path());
  const auto demo = load_workshop(workshop_or_demo(options.workshop)).workshop;
  ScratchDirectory scratch;

  WorkshopExportRequest request;
  request.workshop = &demo;
  request.library = &library;
  request.assets_directory = find_assets_directory();
  const double font_start = wall_ms();
  const ProcessPictures pictures(request);
  const double svg_start = wall_ms();
  std::size_t svg_bytes = 0;
  for (const auto& process : demo.processes) {
    const auto svg = pictures.svg(process);
    svg_bytes += svg.size();
    write_file_atomically((scratch.path() / (process.id + ".svg")).string(), svg);
  }
  const double svg_end = wall_ms();

  const auto catalogus = generated_catalogus(demo, options.processes);
  const double bpmn_start = wall_ms();
  const auto document = bpmn::write_bpmn_document(catalogus, {}, library);
  write_file_atomically((scratch.path() / "catalogus.bpmn").string(), document.xml);
  const double bpmn_end = wall_ms();

  std::cerr << "pictures: font " << svg_start - font_start << " ms; " << demo.processes.size()
            << " SVGs in " << svg_end - svg_start << " ms (" << svg_bytes / 1024 << " KiB); "
            << options.processes << " processes as BPMN in " << bpmn_end - bpmn_start << " ms ("
            << document.xml.size() / 1024 << " KiB, " << document.warnings.size()
            << " warnings)\n";
  const nlohmann::ordered_json result = {
      {"svg_processes", demo.processes.size()},
      {"font_ms", figure(svg_start - font_start)},
      {"svg_ms", figure(svg_end - svg_start)},
      {"bpmn_processes", options.processes},
      {"bpmn_ms", figure(bpmn_end - bpmn_start)},
      {"bpmn_kib", document.xml.size() / 1024},
      {"peak_rss_mb", figure(own_peak_rss_mb())}};
  std::cout << result.dump() << "\n";
  return kExitOk;
}

}  // namespace

Subcommand add_pictures_command(CLI::App& root) {
  auto options = std::make_shared<PicturesBenchOptions>();
  CLI::App* app = root.add_subcommand(
      "pictures",
      "Time the SVG of every demo process (cairo, the canvas's primitives) and one BPMN\n"
      "file of a catalogus of generated processes (goal: 400 under 0.5 s). Last line:\n"
      "{\"svg_processes\", \"font_ms\", \"svg_ms\", \"bpmn_processes\", \"bpmn_ms\", ...}.");
  app->add_option("--processes", options->processes, "How many BPMN processes (default 400)")
      ->check(CLI::Range(1, 100000));
  app->add_option("--workshop", options->workshop,
                  "Workshop drawn, and cycled for the BPMN catalogus (default: the demo)");
  return {app, [options] { return run_pictures(*options); }};
}

}  // namespace blokjes::bench
