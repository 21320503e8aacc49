#include "comparison.h"

#include <algorithm>
#include <thread>

namespace blokjes::compare {

PreparedProcess prepare(const Process& process, const BlockLibrary& library) {
  ProcessShape shape = shape_of(process, library);
  BehaviouralProfile profile(shape, static_cast<int>(library.kinds().size()));
  return {std::move(shape), std::move(profile)};
}

std::vector<PreparedProcess> prepare_all(const Workshop& workshop, const BlockLibrary& library) {
  std::vector<PreparedProcess> prepared;
  prepared.reserve(workshop.processes.size());
  for (const auto& process : workshop.processes) prepared.push_back(prepare(process, library));
  return prepared;
}

namespace {

// Ties (equal-cost alignments, equally good greedy pairs) are broken by
// order, so both measures are computed in one canonical direction: comparing
// A with B and B with A then gives the same figures.
bool canonical_swap(const ProcessShape& a, const ProcessShape& b) {
  return std::pair(b.nodes.size(), b.process_id) < std::pair(a.nodes.size(), a.process_id);
}

StructuralSimilarity symmetric_structural(const ProcessShape& a, const ProcessShape& b) {
  if (!canonical_swap(a, b)) return structural_similarity(a, b);
  StructuralSimilarity result = structural_similarity(b, a);
  for (auto& [from, to] : result.mapping) std::swap(from, to);
  return result;
}

Alignment symmetric_alignment(const ProcessShape& a, const ProcessShape& b) {
  if (!canonical_swap(a, b)) return align(a, b);
  Alignment result = align(b, a);
  for (auto& step : result.steps) {
    std::swap(step.a, step.b);
    if (step.relation == StepRelation::only_in_a) {
      step.relation = StepRelation::only_in_b;
    } else if (step.relation == StepRelation::only_in_b) {
      step.relation = StepRelation::only_in_a;
    }
  }
  std::swap(result.only_in_a, result.only_in_b);
  return result;
}

}  // namespace

Comparison compare_processes(const PreparedProcess& a, const PreparedProcess& b) {
  Comparison result;
  result.alignment = symmetric_alignment(a.shape, b.shape);
  result.structural = symmetric_structural(a.shape, b.shape);
  result.behavioural = a.profile.similarity(b.profile);
  result.similarity =
      (result.alignment.similarity + result.structural.similarity + result.behavioural) / 3.0;
  return result;
}

double similarity(const PreparedProcess& a, const PreparedProcess& b) {
  return compare_processes(a, b).similarity;
}

SimilarityMatrix similarity_matrix(const std::vector<PreparedProcess>& processes,
                                   unsigned threads) {
  SimilarityMatrix matrix;
  const std::size_t n = processes.size();
  for (const auto& process : processes) {
    matrix.process_ids.push_back(process.shape.process_id);
    matrix.names.push_back(process.shape.name);
  }
  matrix.values.assign(n * n, 100.0);
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  // Rows are dealt out round-robin: row i has n-i-1 pairs, so this balances the load.
  auto fill_rows = [&](unsigned first) {
    for (std::size_t i = first; i < n; i += threads) {
      for (std::size_t j = i + 1; j < n; ++j) {
        const double value = similarity(processes[i], processes[j]);
        matrix.values[i * n + j] = value;
        matrix.values[j * n + i] = value;
      }
    }
  };
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) workers.emplace_back(fill_rows, t);
  fill_rows(0);
  for (auto& worker : workers) worker.join();
  matrix.order = cluster_order(matrix);
  return matrix;
}

std::vector<int> cluster_order(const SimilarityMatrix& matrix) {
  const std::size_t n = matrix.size();
  std::vector<std::vector<int>> clusters(n);
  for (std::size_t i = 0; i < n; ++i) clusters[i] = {static_cast<int>(i)};
  // link[i][j]: average similarity between clusters i and j (UPGMA).
  std::vector<double> link = matrix.values;
  std::vector<bool> alive(n, true);
  for (std::size_t merges = 1; merges < n; ++merges) {
    std::size_t best_i = 0;
    std::size_t best_j = 0;
    double best = -1;
    for (std::size_t i = 0; i < n; ++i) {
      if (!alive[i]) continue;
      for (std::size_t j = i + 1; j < n; ++j) {
        if (alive[j] && link[i * n + j] > best) {
          best = link[i * n + j];
          best_i = i;
          best_j = j;
        }
      }
    }
    const double size_i = static_cast<double>(clusters[best_i].size());
    const double size_j = static_cast<double>(clusters[best_j].size());
    for (std::size_t k = 0; k < n; ++k) {
      if (!alive[k] || k == best_i || k == best_j) continue;
      const double merged =
          (link[best_i * n + k] * size_i + link[best_j * n + k] * size_j) / (size_i + size_j);
      link[best_i * n + k] = link[k * n + best_i] = merged;
    }
    clusters[best_i].insert(clusters[best_i].end(), clusters[best_j].begin(),
                            clusters[best_j].end());
    clusters[best_j].clear();
    alive[best_j] = false;
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (alive[i]) return clusters[i];
  }
  return {};
}

}  // namespace blokjes::compare
