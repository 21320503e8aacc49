// The compare and matrix views on large workshops (issue 11, item 4), on the
// null backend: a long comparison runs off the UI thread, frames keep coming
// while it runs, the progress is shown and then the result; an edit cancels
// and restarts it; above the limits the view says why instead of freezing.
//
// [SECTION] Fixture
// [SECTION] Matrix view
// [SECTION] Compare view

#include <imgui.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "../generated_process.h"
#include "../test_support.h"
#include "app/compare_view.h"
#include "app/headless_imgui.h"
#include "app/matrix_view.h"
#include "core/commands.h"
#include "core/workshop_file.h"

using namespace blokjes;
using namespace blokjes::app;
using Catch::Matchers::Contains;

namespace {

// -----------------------------------------------------------------------------
// [SECTION] Fixture
// -----------------------------------------------------------------------------

// The demo plus `count` generated processes of `blocks` blocks.
Workshop large_workshop(std::size_t count, std::size_t blocks) {
  Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  const std::string department = workshop.processes.front().department;
  for (std::size_t i = 0; i < count; ++i) {
    workshop.processes.push_back(
        test::generated_process("gen-" + std::to_string(i), blocks, i, department));
  }
  return workshop;
}

// One view drawn in one window on the null backend, with its own document.
template <typename TheView>
struct ViewFixture {
  HeadlessImGui imgui{1600, 900};
  Document document;
  BlockLibrary library = load_block_library(test::source_path("assets/blocks.json"));
  Translations tr = Translations::load(test::source_path("assets"));
  LayoutRecorder recorder;
  TheView view;
  // Frames that ended with the job still running: each one is a frame the
  // UI drew without waiting for the comparison. Counted rather than timed, so
  // a slow (sanitizer) build cannot fail it.
  int frames_while_computing = 0;

  ViewFixture(Workshop workshop, const ViewInfo& info)
      : document(std::move(workshop), ""), view(info, document, library, tr, recorder) {}

  void frame() {
    imgui.frame([this] {
      ImGui::SetNextWindowPos({0, 0});
      ImGui::SetNextWindowSize({1600, 900});
      ImGui::Begin("view", nullptr, ImGuiWindowFlags_NoDecoration);
      view.draw();
      ImGui::End();
    });
    if (view.computing()) ++frames_while_computing;
  }
  // Frames until the view stops computing (at most a minute); how many it took.
  int frames_until_done() {
    int frames = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (view.computing() && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      frame();
      ++frames;
    }
    frame();  // the frame that takes the result and draws it
    return frames;
  }
};

const ViewInfo kMatrixInfo{"matrix", "view.matrix", 0};
const ViewInfo kCompareInfo{"compare", "view.compare", 0};

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Matrix view
// -----------------------------------------------------------------------------

TEST_CASE("matrix view: a large workshop is computed off the UI thread with progress",
          "[hardening][compare]") {
  ViewFixture<MatrixView> f(large_workshop(300, 24), kMatrixInfo);
  const std::size_t n = f.document.workshop().processes.size();
  f.frame();
  REQUIRE(f.view.computing());
  CHECK(f.view.pairs_total() == n * (n - 1) / 2);
  CHECK(f.view.grid().order.empty());  // no matrix yet, only the progress

  const int frames = f.frames_until_done();
  CHECK_FALSE(f.view.computing());
  CHECK(frames > 1);
  // Frames kept coming while it ran: the UI did not wait for the comparison.
  CHECK(f.frames_while_computing > 1);
  CHECK(f.view.message().empty());
  CHECK(f.view.grid().order.size() == n);
}

TEST_CASE("matrix view: an edit while computing cancels and restarts on the new workshop",
          "[hardening][compare]") {
  ViewFixture<MatrixView> f(large_workshop(300, 24), kMatrixInfo);
  const std::size_t n = f.document.workshop().processes.size();
  f.frame();
  REQUIRE(f.view.computing());
  f.document.execute(make_add_process(test::generated_process("nieuw", 12, 99, "burgerzaken"), 0));
  f.frame();
  CHECK(f.view.computing());
  CHECK(f.view.pairs_total() == (n + 1) * n / 2);
  f.frames_until_done();
  REQUIRE(f.view.grid().order.size() == n + 1);
  CHECK(std::count(f.view.grid().order.begin(), f.view.grid().order.end(), "nieuw") == 1);
}

TEST_CASE("matrix view: small workshops draw at once; above the limit a message, no matrix",
          "[hardening][compare]") {
  {
    ViewFixture<MatrixView> f(load_workshop(test::demo_workshop_path()).workshop, kMatrixInfo);
    f.frame();
    CHECK_FALSE(f.view.computing());
    CHECK(f.view.grid().order.size() == f.document.workshop().processes.size());
  }
  {
    ViewFixture<MatrixView> f(large_workshop(compare::kMaxMatrixProcesses, 2), kMatrixInfo);
    f.frame();
    CHECK_FALSE(f.view.computing());
    CHECK(f.view.grid().order.empty());
    CHECK_THAT(f.view.message(), Contains("processen") && Contains("500"));  // Dutch first
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Compare view
// -----------------------------------------------------------------------------

TEST_CASE("compare view: a large pair is compared off the UI thread, then shown",
          "[hardening][compare]") {
  Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  const std::string department = workshop.processes.front().department;
  workshop.processes.push_back(test::generated_process("lang-a", 1800, 1, department));
  workshop.processes.push_back(test::generated_process("lang-b", 1700, 2, department));
  ViewFixture<CompareView> f(std::move(workshop), kCompareInfo);
  f.view.set_pair("lang-a", "lang-b");
  f.frame();
  REQUIRE(f.view.computing());
  CHECK_FALSE(f.view.has_result());
  f.frames_until_done();
  CHECK(f.view.has_result());
  CHECK(f.view.message().empty());
  CHECK(f.frames_while_computing > 1);

  // A small pair is compared within the frame.
  f.view.set_pair(f.document.workshop().processes[0].id, f.document.workshop().processes[1].id);
  f.frame();
  CHECK_FALSE(f.view.computing());
  CHECK(f.view.has_result());
}

TEST_CASE("compare view: a process above the limit is named, nothing is computed",
          "[hardening][compare]") {
  Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  const std::string first = workshop.processes.front().id;
  workshop.processes.push_back(test::generated_process("te-lang", compare::kMaxComparedBlocks + 1,
                                                       3, workshop.processes[0].department));
  ViewFixture<CompareView> f(std::move(workshop), kCompareInfo);
  f.view.set_pair(first, "te-lang");
  f.frame();
  CHECK_FALSE(f.view.computing());
  CHECK_FALSE(f.view.has_result());
  CHECK_THAT(f.view.message(), Contains("\"te-lang\"") && Contains("2001"));
}
