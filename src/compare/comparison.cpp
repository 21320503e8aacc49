#include "comparison.h"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>

// [SECTION] Preparing
// [SECTION] Limits
// [SECTION] One pair
// [SECTION] The matrix
// [SECTION] Clustering

namespace blokjes::compare {

// -----------------------------------------------------------------------------
// [SECTION] Preparing
// -----------------------------------------------------------------------------

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

// -----------------------------------------------------------------------------
// [SECTION] Limits
// -----------------------------------------------------------------------------

std::optional<LimitProblem> compare_limit_problem(const std::vector<const Process*>& processes) {
  for (const Process* process : processes) {
    if (process && process->blocks.size() > kMaxComparedBlocks) {
      return LimitProblem{LimitProblem::Kind::process_too_large, process->id,
                          static_cast<double>(process->blocks.size()),
                          static_cast<double>(kMaxComparedBlocks)};
    }
  }
  return std::nullopt;
}

std::optional<LimitProblem> matrix_limit_problem(const Workshop& workshop) {
  const std::size_t count = workshop.processes.size();
  if (count > kMaxMatrixProcesses) {
    return LimitProblem{LimitProblem::Kind::too_many_processes, "", static_cast<double>(count),
                        static_cast<double>(kMaxMatrixProcesses)};
  }
  std::vector<const Process*> all;
  for (const auto& process : workshop.processes) all.push_back(&process);
  if (auto problem = compare_limit_problem(all)) return problem;
  const double pairs = matrix_block_pairs(workshop);
  if (pairs > kMaxMatrixBlockPairs) {
    return LimitProblem{LimitProblem::Kind::matrix_too_large, "", pairs, kMaxMatrixBlockPairs};
  }
  return std::nullopt;
}

double matrix_block_pairs(const Workshop& workshop) {
  // sum over i < j of a_i * a_j = ((sum a)^2 - sum a^2) / 2, in doubles: no overflow.
  double sum = 0;
  double squares = 0;
  for (const auto& process : workshop.processes) {
    const auto blocks = static_cast<double>(process.blocks.size());
    sum += blocks;
    squares += blocks * blocks;
  }
  return (sum * sum - squares) / 2;
}

std::string describe(const LimitProblem& problem, Language language) {
  const bool dutch = language == Language::dutch;
  const auto number = [](double value) {
    return std::to_string(static_cast<unsigned long long>(value));
  };
  switch (problem.kind) {
    case LimitProblem::Kind::process_too_large:
      return dutch ? "proces \"" + problem.process_id + "\" heeft " + number(problem.size) +
                         " blokken; vergelijken kan tot " + number(problem.limit) +
                         " blokken per proces"
                   : "process \"" + problem.process_id + "\" has " + number(problem.size) +
                         " blocks; compare aligns processes of at most " + number(problem.limit) +
                         " blocks";
    case LimitProblem::Kind::too_many_processes:
      return dutch ? "de werksessie heeft " + number(problem.size) +
                         " processen; de matrix kan er ten hoogste " + number(problem.limit) +
                         " vergelijken"
                   : "the workshop has " + number(problem.size) +
                         " processes; the matrix compares at most " + number(problem.limit);
    case LimitProblem::Kind::matrix_too_large:
      return dutch ? "de matrix zou " + number(problem.size) +
                         " paren van blokken vergelijken; de grens is " + number(problem.limit)
                   : "the matrix would compare " + number(problem.size) +
                         " pairs of blocks; the limit is " + number(problem.limit);
  }
  return "";
}

// -----------------------------------------------------------------------------
// [SECTION] One pair
// -----------------------------------------------------------------------------

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

// -----------------------------------------------------------------------------
// [SECTION] The matrix
// -----------------------------------------------------------------------------

namespace {

// Joins every worker when it goes out of scope, however the scope is left: a
// std::thread destroyed while joinable calls std::terminate, which is how an
// out-of-memory in one row used to abort the whole program.
class JoiningWorkers {
 public:
  JoiningWorkers() = default;
  JoiningWorkers(const JoiningWorkers&) = delete;
  JoiningWorkers& operator=(const JoiningWorkers&) = delete;
  ~JoiningWorkers() { join(); }
  template <typename Work>
  void start(Work work) {
    threads_.emplace_back(std::move(work));
  }
  void join() {
    for (auto& thread : threads_) {
      if (thread.joinable()) thread.join();
    }
  }

 private:
  std::vector<std::thread> threads_;
};

// The first exception any worker met; the others stop at their next pair.
class FirstError {
 public:
  void capture() {
    const std::lock_guard lock(mutex_);
    if (!error_) error_ = std::current_exception();
    failed_.store(true);
  }
  bool failed() const { return failed_.load(std::memory_order_relaxed); }
  void rethrow() const {
    if (error_) std::rethrow_exception(error_);
  }

 private:
  std::mutex mutex_;
  std::exception_ptr error_;
  std::atomic<bool> failed_{false};
};

}  // namespace

SimilarityMatrix similarity_matrix(const std::vector<PreparedProcess>& processes,
                                   unsigned threads, const MatrixControl& control) {
  SimilarityMatrix matrix;
  const std::size_t n = processes.size();
  for (const auto& process : processes) {
    matrix.process_ids.push_back(process.shape.process_id);
    matrix.names.push_back(process.shape.name);
  }
  matrix.values.assign(n * n, 100.0);
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  using Measure = std::function<double(const PreparedProcess&, const PreparedProcess&)>;
  const Measure measure = control.measure ? control.measure : Measure(similarity);
  FirstError error;
  const auto stop = [&] {
    return error.failed() || (control.cancel && control.cancel->load(std::memory_order_relaxed));
  };
  // Rows are dealt out round-robin: row i has n-i-1 pairs, so this balances the load.
  auto fill_rows = [&](unsigned first) {
    try {
      for (std::size_t i = first; i < n; i += threads) {
        for (std::size_t j = i + 1; j < n; ++j) {
          if (stop()) return;
          const double value = measure(processes[i], processes[j]);
          matrix.values[i * n + j] = value;
          matrix.values[j * n + i] = value;
        }
        if (control.pairs_done) control.pairs_done->fetch_add(n - i - 1);
      }
    } catch (...) {
      error.capture();
    }
  };
  {
    JoiningWorkers workers;
    try {
      for (unsigned t = 1; t < threads; ++t) workers.start([&fill_rows, t] { fill_rows(t); });
    } catch (...) {
      // A thread that could not start (out of memory, or of threads): the
      // rows it would have done are lost, so stop the others and report it.
      error.capture();
    }
    if (!error.failed()) fill_rows(0);
    workers.join();
  }
  error.rethrow();
  if (control.cancel && control.cancel->load()) throw Cancelled();
  matrix.order = cluster_order(matrix);
  return matrix;
}

// -----------------------------------------------------------------------------
// [SECTION] Clustering
// -----------------------------------------------------------------------------

std::vector<int> cluster_order(const SimilarityMatrix& matrix) {
  const std::size_t n = matrix.size();
  std::vector<std::vector<int>> clusters(n);
  for (std::size_t i = 0; i < n; ++i) clusters[i] = {static_cast<int>(i)};
  // link[i][j]: average similarity between clusters i and j (UPGMA).
  std::vector<double> link = matrix.values;
  std::vector<bool> alive(n, true);
  // Each row's best partner to its right: the first j > i with the highest
  // link. Scanning every pair for every merge made the clustering O(n^3);
  // keeping the row maxima makes a merge cost O(n) plus a rescan of the rows
  // that pointed at the two merged clusters. Ties go as before: the first
  // pair (i, j) in row-major order wins.
  std::vector<std::size_t> best_of(n, n);
  std::vector<double> best_link(n, -1);
  const auto rescan = [&](std::size_t i) {
    best_of[i] = n;
    best_link[i] = -1;
    for (std::size_t j = i + 1; j < n; ++j) {
      if (alive[j] && link[i * n + j] > best_link[i]) {
        best_link[i] = link[i * n + j];
        best_of[i] = j;
      }
    }
  };
  for (std::size_t i = 0; i < n; ++i) rescan(i);
  for (std::size_t merges = 1; merges < n; ++merges) {
    std::size_t best_i = n;
    for (std::size_t i = 0; i < n; ++i) {
      if (alive[i] && best_of[i] < n && (best_i == n || best_link[i] > best_link[best_i])) {
        best_i = i;
      }
    }
    if (best_i == n) break;
    const std::size_t best_j = best_of[best_i];
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
    // Only rows left of best_j can hold a pair with best_i or best_j.
    for (std::size_t k = 0; k < best_j; ++k) {
      if (!alive[k]) continue;
      if (k == best_i || best_of[k] == best_i || best_of[k] == best_j) {
        rescan(k);
      } else if (k < best_i) {
        const double value = link[k * n + best_i];
        if (value > best_link[k] || (value == best_link[k] && best_i < best_of[k])) {
          best_link[k] = value;
          best_of[k] = best_i;
        }
      }
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (alive[i]) return clusters[i];
  }
  return {};
}

}  // namespace blokjes::compare
