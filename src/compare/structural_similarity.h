#pragma once
// Graph-edit-distance similarity of Dijkman et al. (2011):
//   simGED = 1 - (wskipn*fskipn + wskipe*fskipe + wsubn*fsubn) / (wskipn + wskipe + wsubn)
// over a mapping between the two processes' blocks. fskipn is the share of
// blocks left unmapped, fskipe the share of flows without a counterpart, and
// fsubn the mean dissimilarity of mapped blocks (node similarity: block kind).
// The mapping is greedy: candidate pairs are taken in order of node
// similarity (ties: closest in process order) and kept when they raise simGED.

#include "process_shape.h"

namespace blokjes::compare {

struct GedWeights {
  double skipped_nodes = 1.0;
  double skipped_edges = 1.0;
  double substituted_nodes = 1.0;
};

struct StructuralSimilarity {
  double similarity = 0;  // 0-100
  int mapped = 0;
  int skipped_nodes = 0;
  int skipped_edges = 0;
  std::vector<std::pair<int, int>> mapping;  // node index in A, node index in B
};

StructuralSimilarity structural_similarity(const ProcessShape& a, const ProcessShape& b,
                                           const GedWeights& weights = {});

}  // namespace blokjes::compare
