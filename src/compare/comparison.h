#pragma once
// Comparing processes: all measures for one pair, and the similarity matrix
// of a whole workshop ordered by clustering, so processes with the same
// generic shape sit together.

#include <string>
#include <vector>

#include "alignment.h"
#include "behavioural_similarity.h"
#include "core/workshop.h"
#include "process_shape.h"
#include "structural_similarity.h"

namespace blokjes::compare {

// What comparison needs of a process, computed once.
struct PreparedProcess {
  ProcessShape shape;
  BehaviouralProfile profile;
};

PreparedProcess prepare(const Process& process, const BlockLibrary& library);
std::vector<PreparedProcess> prepare_all(const Workshop& workshop, const BlockLibrary& library);

struct Comparison {
  Alignment alignment;
  StructuralSimilarity structural;
  double behavioural = 0;  // 0-100
  // The headline figure: the mean of alignment, structural and behavioural, 0-100.
  double similarity = 0;
};

Comparison compare_processes(const PreparedProcess& a, const PreparedProcess& b);
// The headline figure alone, for matrices.
double similarity(const PreparedProcess& a, const PreparedProcess& b);

struct SimilarityMatrix {
  std::vector<std::string> process_ids;
  std::vector<std::string> names;
  std::vector<double> values;  // row-major, size n*n, symmetric, 100 on the diagonal
  std::vector<int> order;      // process indices in clustering order

  std::size_t size() const { return process_ids.size(); }
  double at(std::size_t i, std::size_t j) const { return values[i * size() + j]; }
};

// `threads` 0: as many as the machine has.
SimilarityMatrix similarity_matrix(const std::vector<PreparedProcess>& processes,
                                   unsigned threads = 0);
// Average-linkage (UPGMA) clustering; the leaves in dendrogram order.
std::vector<int> cluster_order(const SimilarityMatrix& matrix);

}  // namespace blokjes::compare
