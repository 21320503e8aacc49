#include "structural_similarity.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace blokjes::compare {
namespace {

struct Candidate {
  int a;
  int b;
  double similarity;
  double order_distance;  // how far apart the two blocks sit in process order, 0-1
};

// The running totals of one mapping; simGED follows from them.
struct MappingState {
  int mapped = 0;
  int matched_edges = 0;
  double substitution = 0;  // sum of (1 - similarity) over mapped pairs
};

double ged_similarity(const MappingState& state, const ProcessShape& a, const ProcessShape& b,
                      const GedWeights& weights) {
  const double nodes = static_cast<double>(a.nodes.size() + b.nodes.size());
  const double edges = static_cast<double>(a.edges.size() + b.edges.size());
  if (nodes == 0) return 1.0;
  const double skipped_nodes = nodes - 2.0 * state.mapped;
  const double f_skip_nodes = skipped_nodes / nodes;
  const double f_skip_edges = edges == 0 ? 0.0 : (edges - 2.0 * state.matched_edges) / edges;
  const double f_sub_nodes =
      state.mapped == 0 ? 0.0 : 2.0 * state.substitution / (2.0 * state.mapped);
  const double total = weights.skipped_nodes + weights.skipped_edges + weights.substituted_nodes;
  return 1.0 - (weights.skipped_nodes * f_skip_nodes + weights.skipped_edges * f_skip_edges +
                weights.substituted_nodes * f_sub_nodes) /
                   total;
}

bool has_edge(const std::vector<std::vector<int>>& successors, int from, int to) {
  const auto& list = successors[static_cast<std::size_t>(from)];
  return std::find(list.begin(), list.end(), to) != list.end();
}

std::vector<std::vector<int>> successor_lists(const ProcessShape& shape) {
  std::vector<std::vector<int>> successors(shape.nodes.size());
  for (const auto& [from, to] : shape.edges)
    successors[static_cast<std::size_t>(from)].push_back(to);
  return successors;
}

// For each node of A, the edges that touch it (a self-loop once).
std::vector<std::vector<std::pair<int, int>>> incident_edges(const ProcessShape& shape) {
  std::vector<std::vector<std::pair<int, int>>> incident(shape.nodes.size());
  for (const auto& edge : shape.edges) {
    incident[static_cast<std::size_t>(edge.first)].push_back(edge);
    if (edge.second != edge.first) incident[static_cast<std::size_t>(edge.second)].push_back(edge);
  }
  return incident;
}

// Edges of A that mapping (a -> b) would newly match, given the pairs so far.
int newly_matched_edges(int a, int b, const std::vector<std::pair<int, int>>& edges_of_a,
                        const std::vector<int>& a_to_b,
                        const std::vector<std::vector<int>>& successors_b) {
  int matched = 0;
  for (const auto& [from, to] : edges_of_a) {
    const int mapped_from = from == a ? b : a_to_b[static_cast<std::size_t>(from)];
    const int mapped_to = to == a ? b : a_to_b[static_cast<std::size_t>(to)];
    if (mapped_from >= 0 && mapped_to >= 0 && has_edge(successors_b, mapped_from, mapped_to)) {
      ++matched;
    }
  }
  return matched;
}

std::vector<Candidate> candidates(const ProcessShape& a, const ProcessShape& b) {
  std::vector<Candidate> pairs;
  const double length_a = std::max<std::size_t>(1, a.nodes.size());
  const double length_b = std::max<std::size_t>(1, b.nodes.size());
  for (std::size_t i = 0; i < a.nodes.size(); ++i) {
    for (std::size_t j = 0; j < b.nodes.size(); ++j) {
      const double similarity = node_similarity(a.nodes[i], b.nodes[j]);
      if (similarity <= 0) continue;
      const double distance =
          std::fabs(static_cast<double>(i) / length_a - static_cast<double>(j) / length_b);
      pairs.push_back({static_cast<int>(i), static_cast<int>(j), similarity, distance});
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const Candidate& x, const Candidate& y) {
    if (x.similarity != y.similarity) return x.similarity > y.similarity;
    if (x.order_distance != y.order_distance) return x.order_distance < y.order_distance;
    return std::pair(x.a, x.b) < std::pair(y.a, y.b);
  });
  return pairs;
}

}  // namespace

StructuralSimilarity structural_similarity(const ProcessShape& a, const ProcessShape& b,
                                           const GedWeights& weights) {
  std::vector<int> a_to_b(a.nodes.size(), -1);
  std::vector<bool> b_taken(b.nodes.size(), false);
  const auto successors_b = successor_lists(b);
  const auto incident_a = incident_edges(a);
  MappingState state;
  double current = ged_similarity(state, a, b, weights);
  StructuralSimilarity result;
  for (const Candidate& candidate : candidates(a, b)) {
    if (a_to_b[static_cast<std::size_t>(candidate.a)] >= 0 ||
        b_taken[static_cast<std::size_t>(candidate.b)]) {
      continue;
    }
    MappingState next = state;
    ++next.mapped;
    next.substitution += 1.0 - candidate.similarity;
    next.matched_edges += newly_matched_edges(candidate.a, candidate.b,
                                              incident_a[static_cast<std::size_t>(candidate.a)],
                                              a_to_b, successors_b);
    const double similarity = ged_similarity(next, a, b, weights);
    if (similarity <= current) continue;
    state = next;
    current = similarity;
    a_to_b[static_cast<std::size_t>(candidate.a)] = candidate.b;
    b_taken[static_cast<std::size_t>(candidate.b)] = true;
    result.mapping.emplace_back(candidate.a, candidate.b);
  }
  result.similarity = 100.0 * current;
  result.mapped = state.mapped;
  result.skipped_nodes = static_cast<int>(a.nodes.size() + b.nodes.size()) - 2 * state.mapped;
  result.skipped_edges =
      static_cast<int>(a.edges.size() + b.edges.size()) - 2 * state.matched_edges;
  return result;
}

}  // namespace blokjes::compare
