// Issue 11, items 3, 4 and 12 (part): compare, matrix and coverage against
// inputs that used to abort, hang or slip through.
//
// [SECTION] Generated workshops
// [SECTION] Errors inside matrix workers reach the caller
// [SECTION] Cancelling and progress
// [SECTION] Clustering order
// [SECTION] Limits and numbers (command line)
// [SECTION] Out of memory (command line)

#include <sys/wait.h>

#include <array>
#include <atomic>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <new>
#include <random>
#include <set>
#include <stdexcept>

#include "compare/comparison.h"
#include "compare/coverage.h"
#include "core/workshop_file.h"
#include "generated_process.h"
#include "shell_run.h"
#include "test_support.h"

using namespace blokjes;
using namespace blokjes::compare;
using Catch::Matchers::Contains;

namespace {

// -----------------------------------------------------------------------------
// [SECTION] Generated workshops
// -----------------------------------------------------------------------------

// The demo's metadata and departments with `count` generated processes of `blocks` each.
Workshop generated_workshop(std::size_t count, std::size_t blocks) {
  Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  const std::string department = workshop.processes.front().department;
  workshop.processes.clear();
  for (std::size_t i = 0; i < count; ++i) {
    workshop.processes.push_back(
        test::generated_process("p" + std::to_string(i + 1), blocks, i, department));
  }
  return workshop;
}

std::vector<PreparedProcess> prepared_tiny(std::size_t count) {
  return prepare_all(generated_workshop(count, 4), test::library());
}

using Run = test::ShellRun;
using test::shell_quote;

// `prefix` goes before the program (a memory limit); stdout is dropped, stderr kept.
Run run_blokjes(const std::string& arguments, const std::string& prefix = "") {
  return test::run_shell(prefix + shell_quote(BLOKJES_CLI_PATH) + " " + arguments +
                         " 2>&1 >/dev/null");
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Errors inside matrix workers reach the caller
// -----------------------------------------------------------------------------

TEST_CASE("matrix: an exception in any worker reaches the caller after all are joined",
          "[hardening][compare]") {
  const auto processes = prepared_tiny(12);
  for (const unsigned threads : {1u, 2u, 3u, 8u}) {
    // Row i goes to thread i % threads: failing in row 0 hits the calling
    // thread, row 1 (with more than one thread) a worker, the last row the
    // last worker.
    for (const std::size_t failing_row : {std::size_t{0}, std::size_t{1}, std::size_t{10}}) {
      INFO("threads " << threads << ", failing row " << failing_row);
      MatrixControl control;
      control.measure = [&](const PreparedProcess& a, const PreparedProcess& b) {
        if (&a == &processes[failing_row]) throw std::bad_alloc();
        return similarity(a, b);
      };
      CHECK_THROWS_AS(similarity_matrix(processes, threads, control), std::bad_alloc);
      control.measure = [&](const PreparedProcess& a, const PreparedProcess&) -> double {
        if (&a == &processes[failing_row]) throw std::runtime_error("measure failed");
        return 1;
      };
      CHECK_THROWS_WITH(similarity_matrix(processes, threads, control), "measure failed");
    }
  }
}

TEST_CASE("matrix: when every worker fails, one error comes out and nothing aborts",
          "[hardening][compare]") {
  const auto processes = prepared_tiny(9);
  MatrixControl control;
  std::atomic<int> calls{0};
  control.measure = [&](const PreparedProcess&, const PreparedProcess&) -> double {
    ++calls;
    throw std::length_error("no room");
  };
  CHECK_THROWS_AS(similarity_matrix(processes, 4, control), std::length_error);
  // Each thread stops at its first failure: no worker ran on after the error.
  CHECK(calls.load() <= 4);
  // And the module still works afterwards.
  const auto matrix = similarity_matrix(processes, 4);
  CHECK(matrix.size() == 9);
  CHECK(matrix.order.size() == 9);
}

// -----------------------------------------------------------------------------
// [SECTION] Cancelling and progress
// -----------------------------------------------------------------------------

TEST_CASE("matrix: progress counts every pair; a raised cancel flag stops it",
          "[hardening][compare]") {
  const auto processes = prepared_tiny(30);
  std::atomic<bool> cancel{false};
  std::atomic<std::size_t> done{0};
  MatrixControl control;
  control.cancel = &cancel;
  control.pairs_done = &done;
  const auto matrix = similarity_matrix(processes, 2, control);
  CHECK(done.load() == 30 * 29 / 2);
  CHECK(matrix.values == similarity_matrix(processes, 1).values);  // progress changes nothing

  cancel = true;
  CHECK_THROWS_AS(similarity_matrix(processes, 2, control), Cancelled);

  // Cancelled half way, from another thread's point of view.
  cancel = false;
  std::atomic<int> calls{0};
  control.measure = [&](const PreparedProcess& a, const PreparedProcess& b) {
    if (++calls == 50) cancel = true;
    return similarity(a, b);
  };
  CHECK_THROWS_AS(similarity_matrix(processes, 3, control), Cancelled);
  CHECK(calls.load() < 30 * 29 / 2);
}

// How fast this is, is measured by `blokjes-bench growth`, not here.
TEST_CASE("matrix: 400 tiny processes finish and are clustered", "[hardening][compare]") {
  const auto processes = prepared_tiny(400);
  const auto matrix = similarity_matrix(processes);
  CHECK(matrix.size() == 400);
  const std::set<int> order(matrix.order.begin(), matrix.order.end());
  CHECK(order.size() == 400);
  CHECK(*order.begin() == 0);
  CHECK(*order.rbegin() == 399);
}

// -----------------------------------------------------------------------------
// [SECTION] Clustering order
// -----------------------------------------------------------------------------

namespace {

// UPGMA by scanning every pair for every merge: slow, plainly right, the
// yardstick for cluster_order's row maxima. Ties: the first pair in row-major order.
std::vector<int> reference_cluster_order(const SimilarityMatrix& matrix) {
  const std::size_t n = matrix.size();
  std::vector<std::vector<int>> clusters(n);
  for (std::size_t i = 0; i < n; ++i) clusters[i] = {static_cast<int>(i)};
  std::vector<double> link = matrix.values;
  std::vector<bool> alive(n, true);
  for (std::size_t merge = 1; merge < n; ++merge) {
    std::size_t bi = 0, bj = 0;
    double best = -1;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j)
        if (alive[i] && alive[j] && link[i * n + j] > best) {
          best = link[i * n + j];
          bi = i;
          bj = j;
        }
    const double si = static_cast<double>(clusters[bi].size());
    const double sj = static_cast<double>(clusters[bj].size());
    for (std::size_t k = 0; k < n; ++k) {
      if (!alive[k] || k == bi || k == bj) continue;
      link[bi * n + k] = link[k * n + bi] =
          (link[bi * n + k] * si + link[bj * n + k] * sj) / (si + sj);
    }
    clusters[bi].insert(clusters[bi].end(), clusters[bj].begin(), clusters[bj].end());
    alive[bj] = false;
  }
  for (std::size_t i = 0; i < n; ++i)
    if (alive[i]) return clusters[i];
  return {};
}

SimilarityMatrix random_matrix(std::size_t n, unsigned seed, int levels) {
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> value(0, levels);
  SimilarityMatrix matrix;
  for (std::size_t i = 0; i < n; ++i) matrix.process_ids.push_back("p" + std::to_string(i));
  matrix.names = matrix.process_ids;
  matrix.values.assign(n * n, 100.0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j)
      matrix.values[i * n + j] = matrix.values[j * n + i] = 100.0 * value(random) / levels;
  return matrix;
}

}  // namespace

TEST_CASE("cluster_order: the same order as scanning every pair, ties included",
          "[hardening][compare]") {
  for (const std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{7},
                              std::size_t{40}, std::size_t{150}}) {
    // Few levels make many ties; many levels almost none.
    for (const int levels : {1, 3, 10, 1000}) {
      for (unsigned seed = 1; seed <= 3; ++seed) {
        INFO("n " << n << ", levels " << levels << ", seed " << seed);
        const auto matrix = random_matrix(n, seed, levels);
        CHECK(cluster_order(matrix) == reference_cluster_order(matrix));
      }
    }
  }
  // And on the real measures.
  const auto matrix = similarity_matrix(prepared_tiny(60));
  CHECK(matrix.order == reference_cluster_order(matrix));
}

// -----------------------------------------------------------------------------
// [SECTION] Limits (module)
// -----------------------------------------------------------------------------

TEST_CASE("compare limits: processes up to the limit pass, above it the process is named",
          "[hardening][compare]") {
  const Process at_limit =
      test::generated_process("op-de-grens", kMaxComparedBlocks, 0, "burgerzaken");
  const Process above =
      test::generated_process("te-groot", kMaxComparedBlocks + 1, 0, "burgerzaken");
  const Process small = test::generated_process("klein", 3, 0, "burgerzaken");
  CHECK_FALSE(compare_limit_problem({&at_limit, &small}));
  for (const auto& pair :
       {std::vector<const Process*>{&above, &small}, std::vector<const Process*>{&small, &above}}) {
    const auto problem = compare_limit_problem(pair);
    REQUIRE(problem);
    CHECK(problem->kind == LimitProblem::Kind::process_too_large);
    CHECK(problem->process_id == "te-groot");
    CHECK_THAT(describe(*problem, Language::english),
               Contains("\"te-groot\" has 2001 blocks") && Contains("at most 2000 blocks"));
    CHECK_THAT(describe(*problem, Language::dutch),
               Contains("\"te-groot\" heeft 2001 blokken") && Contains("2000"));
  }
}

TEST_CASE("matrix limits: too many processes, one too large, too many block pairs",
          "[hardening][compare]") {
  CHECK_FALSE(matrix_limit_problem(generated_workshop(kMaxMatrixProcesses, 3)));

  const auto many = matrix_limit_problem(generated_workshop(kMaxMatrixProcesses + 1, 3));
  REQUIRE(many);
  CHECK(many->kind == LimitProblem::Kind::too_many_processes);
  CHECK_THAT(describe(*many, Language::english),
             Contains("501 processes") && Contains("at most 500"));

  Workshop one_large = generated_workshop(3, 5);
  one_large.processes[1] =
      test::generated_process("reus", 2500, 1, one_large.processes[0].department);
  const auto large = matrix_limit_problem(one_large);
  REQUIRE(large);
  CHECK(large->kind == LimitProblem::Kind::process_too_large);
  CHECK(large->process_id == "reus");

  // 150 processes of 1,900 blocks: each is allowed, all pairs together are not.
  const auto pairs = matrix_limit_problem(generated_workshop(150, 1900));
  REQUIRE(pairs);
  CHECK(pairs->kind == LimitProblem::Kind::matrix_too_large);
  CHECK(pairs->size == Approx(150.0 * 149 / 2 * 1900 * 1900));
  CHECK_THAT(describe(*pairs, Language::english), Contains("pairs of blocks"));
}

TEST_CASE("coverage: a core share that is not a finite number in 0-100 is refused",
          "[hardening][compare]") {
  const Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  for (const double bad : {std::nan(""), HUGE_VAL, -HUGE_VAL, -1.0, 100.5, 1e308}) {
    INFO(bad);
    CHECK_THROWS_AS(coverage(workshop, test::library(), bad), std::invalid_argument);
  }
  CHECK(coverage(workshop, test::library(), 100).core.target_share == 100);
}

// -----------------------------------------------------------------------------
// [SECTION] Limits and numbers (command line)
// -----------------------------------------------------------------------------

TEST_CASE("blokjes compare and matrix refuse above their limits, naming file and process",
          "[hardening][compare]") {
  const test::ScratchDirectory scratch;
  Workshop workshop = generated_workshop(3, 5);
  workshop.processes.push_back(
      test::generated_process("groot-proces", 2400, 2, workshop.processes[0].department));
  const std::string file = scratch.file("groot.json");
  save_workshop(workshop, file);

  const Run compare = run_blokjes("compare " + shell_quote(file) + " p1 groot-proces");
  CHECK(compare.exit_code == 2);
  CHECK_THAT(compare.output, Contains(file + ": error:") && Contains("\"groot-proces\"") &&
                                 Contains("2400 blocks") && Contains("2000"));
  // The other argument order, and a pair within the limit, in the same file.
  CHECK(run_blokjes("compare " + shell_quote(file) + " groot-proces p2").exit_code == 2);
  CHECK(run_blokjes("compare " + shell_quote(file) + " p1 p2").exit_code == 0);

  const Run matrix = run_blokjes("matrix " + shell_quote(file));
  CHECK(matrix.exit_code == 2);
  CHECK_THAT(matrix.output, Contains(file + ": error:") && Contains("\"groot-proces\""));

  const std::string many = scratch.file("veel.json");
  save_workshop(generated_workshop(kMaxMatrixProcesses + 20, 2), many);
  const Run refused = run_blokjes("matrix --format json " + shell_quote(many));
  CHECK(refused.exit_code == 2);
  CHECK_THAT(refused.output,
             Contains(many + ": error:") && Contains("520 processes") && Contains("at most 500"));
}

TEST_CASE("blokjes coverage --core-share refuses nan, inf, huge and out-of-range values",
          "[hardening][compare]") {
  const std::string demo = shell_quote(test::demo_workshop_path());
  for (const std::string bad : {"nan", "NaN", "-nan", "inf", "-inf", "infinity", "1e999", "-5", "0",
                                "100.01", "abc", "50x", ""}) {
    INFO("--core-share '" << bad << "'");
    const Run run = run_blokjes("coverage --core-share " + shell_quote(bad) + " " + demo);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.output, Contains("core-share"));
  }
  for (const std::string good : {"1", "50", "99.5", "100"}) {
    INFO("--core-share " << good);
    CHECK(run_blokjes("coverage --core-share " + good + " " + demo).exit_code == 0);
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Out of memory (command line)
// -----------------------------------------------------------------------------

// Under an address-space limit glibc's allocator is slow (each run takes
// seconds), so three limits: loading fails, the comparison fails, enough.
// Before cli/out_of_memory.cpp the low ones aborted: nlohmann's destructor
// allocates while the stack unwinds, and a throwing destructor terminates.
TEST_CASE("blokjes matrix under a memory limit exits 2 with a message, never aborts",
          "[oom][hardening][compare]") {
#if defined(__SANITIZE_ADDRESS__)
  WARN("AddressSanitizer reserves terabytes of address space: no address-space limit possible");
  return;
#else
  const test::ScratchDirectory scratch;
  const std::string file = scratch.file("matrix.json");
  save_workshop(generated_workshop(300, 30), file);
  REQUIRE(run_blokjes("matrix " + shell_quote(file)).exit_code == 0);
  // Limits from "loads, but the comparison runs out" to "enough": each run
  // either finishes or fails cleanly (a thread that cannot start, a worker's
  // allocation). Lower limits fail while loading the JSON, which must end the
  // same way.
  int failed_cleanly = 0;
  for (const int megabytes : {40, 48, 128}) {
    INFO("address space limited to " << megabytes << " MB");
    const Run run = run_blokjes("matrix " + shell_quote(file),
                                "prlimit --as=" + std::to_string(megabytes * 1024 * 1024) + " -- ");
    CHECK((run.exit_code == 0 || run.exit_code == 2));
    CHECK_THAT(run.output, !Contains("terminate called"));
    if (run.exit_code == 2) {
      CHECK_FALSE(run.output.empty());
      ++failed_cleanly;
    }
  }
  CHECK(failed_cleanly > 0);
#endif
}
