#pragma once
// Comparing processes: all measures for one pair, and the similarity matrix
// of a whole workshop ordered by clustering, so processes with the same
// generic shape sit together.
//
// [SECTION] Preparing
// [SECTION] Limits: the sizes compare and matrix accept
// [SECTION] One pair
// [SECTION] The matrix: progress, cancelling, errors from workers

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <stdexcept>
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

// -----------------------------------------------------------------------------
// [SECTION] Limits: the sizes compare and matrix accept
// -----------------------------------------------------------------------------
// The alignment keeps a table of (n+1)*(m+1) costs and the structural measure
// sorts every pair of blocks of the same kind, so one pair costs time and
// memory in the product of both sizes; the matrix costs that for every pair
// of processes, and its clustering grows with the cube of the count. These
// limits keep `blokjes compare`, `blokjes matrix` and the app's views under
// about a second and a few hundred MB on a 2-core machine (measured with
// `blokjes-bench growth`). Above them both refuse with a message that names
// the process, its size and the limit, instead of comparing a reduced form
// that would give a figure nobody could explain.

// Blocks per process that compare (and each process of a matrix) accepts.
inline constexpr std::size_t kMaxComparedBlocks = 2000;
// Processes a matrix accepts.
inline constexpr std::size_t kMaxMatrixProcesses = 500;
// Block pairs over all process pairs of a matrix: the sum over i < j of
// blocks(i) * blocks(j). 500 processes of 25 blocks are 78 million: about
// 3 s on a busy 2-core machine (blokjes-bench growth matrix).
inline constexpr double kMaxMatrixBlockPairs = 80e6;
// Below this many block pairs a comparison takes a few milliseconds: the app
// runs it within the frame; above it, off the UI thread with progress shown.
inline constexpr double kInlineBlockPairs = 2e6;

// The sum over i < j of blocks(i) * blocks(j): how much work a matrix is.
double matrix_block_pairs(const Workshop& workshop);

struct LimitProblem {
  enum class Kind { process_too_large, too_many_processes, matrix_too_large };
  Kind kind = Kind::process_too_large;
  std::string process_id;  // process_too_large only
  double size = 0;         // blocks, processes or block pairs
  double limit = 0;
};

// The first process of `processes` above kMaxComparedBlocks, if any.
std::optional<LimitProblem> compare_limit_problem(const std::vector<const Process*>& processes);
// Too many processes, one process too large, or too many block pairs in all.
std::optional<LimitProblem> matrix_limit_problem(const Workshop& workshop);
// One sentence for people, in `language`, e.g. "process \"p\" has 2500 blocks;
// compare aligns processes of at most 2000 blocks".
std::string describe(const LimitProblem& problem, Language language);

class LimitExceeded : public std::runtime_error {
 public:
  explicit LimitExceeded(LimitProblem problem)
      : std::runtime_error(describe(problem, Language::english)), problem_(std::move(problem)) {}
  const LimitProblem& problem() const { return problem_; }

 private:
  LimitProblem problem_;
};

// Thrown by similarity_matrix when its cancel flag is raised.
class Cancelled : public std::runtime_error {
 public:
  Cancelled() : std::runtime_error("comparison cancelled") {}
};

// -----------------------------------------------------------------------------
// [SECTION] One pair
// -----------------------------------------------------------------------------

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

// -----------------------------------------------------------------------------
// [SECTION] The matrix: progress, cancelling, errors from workers
// -----------------------------------------------------------------------------

// What a caller that runs the matrix off its own thread (the app) watches and steers.
struct MatrixControl {
  // Raised by the caller: the workers stop at the next pair and Cancelled is thrown.
  const std::atomic<bool>* cancel = nullptr;
  // Pairs done so far, out of n*(n-1)/2; updated as rows finish.
  std::atomic<std::size_t>* pairs_done = nullptr;
  // The measure of one pair; empty means similarity(). Tests put a failing
  // measure here to check that errors inside workers reach the caller.
  std::function<double(const PreparedProcess&, const PreparedProcess&)> measure;
};

// `threads` 0: as many as the machine has. Every worker is joined on every
// path: an exception in any of them (std::bad_alloc, Cancelled, one from the
// measure) is rethrown here once all have stopped, the first one only.
SimilarityMatrix similarity_matrix(const std::vector<PreparedProcess>& processes,
                                   unsigned threads = 0, const MatrixControl& control = {});
// Average-linkage (UPGMA) clustering; the leaves in dendrogram order.
std::vector<int> cluster_order(const SimilarityMatrix& matrix);

}  // namespace blokjes::compare
