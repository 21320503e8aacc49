// blokjes-bench compare: the full similarity matrix of 500 generated
// processes of 5 to 40 blocks (Dijkman et al.'s evaluation used about 500
// process models of Dutch municipalities). Goal: under one second.

#include <iostream>
#include <memory>
#include <random>

#include "bench_commands.h"
#include "compare/comparison.h"
#include "core/asset_paths.h"
#include "core/block_library.h"

namespace blokjes::bench {
namespace {

struct CompareOptions {
  int processes = 500;
  unsigned seed = 20261123;
  unsigned threads = 0;
};

// A plausible municipal process: intake first, archiveren last, and between
// them blocks drawn with the weights a blokjessessie shows (much Behandelen
// and Besluiten, some advice, a little maatwerk), with an occasional
// conditional branch and rework loop.
Process generated_process(const BlockLibrary& library, int index, std::mt19937& random) {
  Process process;
  process.id = "p" + std::to_string(index);
  process.name = process.id;
  process.department = "afdeling-" + std::to_string(index % 17);
  std::uniform_int_distribution<int> length(5, 40);
  const int blocks = length(random);
  const auto& kinds = library.kinds();
  std::discrete_distribution<std::size_t> middle_kind({0, 6, 3, 3, 0, 2, 2, 1, 1, 1, 1, 1});
  auto add = [&](std::size_t kind_index) {
    const auto& kind = kinds[std::min(kind_index, kinds.size() - 1)];
    std::uniform_int_distribution<std::size_t> variant(0, kind.variants.size() - 1);
    Block block;
    block.id = process.next_block_id();
    block.kind = kind.id;
    block.variant = kind.variants[variant(random)].id;
    block.lane = process.department;
    block.position = {static_cast<double>(process.blocks.size()) * 220, 0};
    if (!process.blocks.empty()) {
      process.flows.push_back(
          {process.next_flow_id(), process.blocks.back().id, block.id, FlowKind::sequence, ""});
    }
    process.blocks.push_back(std::move(block));
  };
  add(0);  // intake
  for (int i = 1; i + 1 < blocks; ++i) add(middle_kind(random));
  add(4);  // archiveren
  std::bernoulli_distribution branch(0.15);
  for (std::size_t i = 2; i < process.blocks.size(); ++i) {
    if (branch(random)) {
      process.flows.push_back({process.next_flow_id(), process.blocks[i].id,
                               process.blocks[i - 2].id, FlowKind::rework, "opnieuw"});
    }
  }
  return process;
}

int run_compare(const CompareOptions& options) {
  const BlockLibrary library = load_block_library(default_block_library_path());
  std::mt19937 random(options.seed);
  std::vector<Process> processes;
  std::size_t blocks = 0;
  for (int i = 0; i < options.processes; ++i) {
    processes.push_back(generated_process(library, i, random));
    blocks += processes.back().blocks.size();
  }
  std::cerr << "compare: " << processes.size() << " generated processes, " << blocks
            << " blocks in all\n";
  const double start = wall_ms();
  std::vector<compare::PreparedProcess> prepared;
  prepared.reserve(processes.size());
  for (const auto& process : processes) prepared.push_back(compare::prepare(process, library));
  const double prepared_at = wall_ms();
  const compare::SimilarityMatrix matrix = compare::similarity_matrix(prepared, options.threads);
  const double matrix_at = wall_ms();
  const double cluster_start = wall_ms();
  compare::cluster_order(matrix);
  const double cluster_ms = wall_ms() - cluster_start;
  const std::size_t pairs = matrix.size() * (matrix.size() - 1) / 2;
  std::cerr << "  prepare " << prepared_at - start << " ms; " << pairs << " pairs and clustering "
            << matrix_at - prepared_at << " ms (clustering alone " << cluster_ms << " ms)\n";
  const nlohmann::ordered_json result = {{"processes", options.processes},
                                         {"matrix_ms", figure(matrix_at - start)},
                                         {"prepare_ms", figure(prepared_at - start)},
                                         {"cluster_ms", figure(cluster_ms)}};
  std::cout << result.dump() << "\n";
  return kExitOk;
}

}  // namespace

Subcommand add_compare_command(CLI::App& root) {
  auto options = std::make_shared<CompareOptions>();
  CLI::App* app = root.add_subcommand(
      "compare",
      "Time the full similarity matrix (prepare, every pair, clustering) of generated processes.\n"
      "Last line: {\"processes\", \"matrix_ms\", \"prepare_ms\", \"cluster_ms\"}.");
  app->add_option("--processes", options->processes, "How many processes (default 500)")
      ->check(CLI::Range(2, 100000));
  app->add_option("--seed", options->seed, "Random seed of the generator");
  app->add_option("--threads", options->threads, "Worker threads (default: all cores)");
  return {app, [options] { return run_compare(*options); }};
}

}  // namespace blokjes::bench
