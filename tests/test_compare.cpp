// The comparison measures on hand-computed cases, their properties (identity,
// symmetry, bounds, stability under labels and positions) and the demo
// workshop's point: huwelijk is nearer to woningonderhoud than to the
// omgevingsvergunning.

#include <catch2/catch.hpp>

#include "compare/comparison.h"
#include "compare/coverage.h"
#include "core/workshop_file.h"
#include "test_support.h"

using namespace blokjes;
using namespace blokjes::compare;

namespace {

// A linear process from "kind/variant" steps.
Process linear(const std::string& id, const std::vector<std::string>& steps) {
  Process process;
  process.id = id;
  process.department = "burgerzaken";
  for (const auto& step : steps) {
    const auto slash = step.find('/');
    Block block;
    block.id = process.next_block_id();
    block.kind = step.substr(0, slash);
    block.variant = step.substr(slash + 1);
    block.label = step;
    block.lane = "burgerzaken";
    block.position = {static_cast<double>(process.blocks.size()) * 220, 0};
    if (!process.blocks.empty()) {
      process.flows.push_back(
          {process.next_flow_id(), process.blocks.back().id, block.id, FlowKind::sequence, ""});
    }
    process.blocks.push_back(block);
  }
  return process;
}

PreparedProcess prepared(const Process& process) {
  return prepare(process, test::library());
}

Workshop demo() {
  return load_workshop(test::demo_workshop_path()).workshop;
}

}  // namespace

TEST_CASE("alignment: one extra step in B", "[compare]") {
  const auto a = prepared(linear("a", {"intake/digitaal", "behandelen/standaard",
                                       "besluiten/mandaat", "archiveren/standaard"}));
  const auto b =
      prepared(linear("b", {"intake/digitaal", "behandelen/standaard", "adviseren/extern",
                            "besluiten/mandaat", "archiveren/standaard"}));
  const Alignment alignment = align(a.shape, b.shape);
  CHECK(alignment.same == 4);
  CHECK(alignment.only_in_b == 1);
  CHECK(alignment.only_in_a == 0);
  CHECK(alignment.similarity == Approx(100.0 * 8 / 9));
  CHECK(describe(alignment, a.shape, b.shape, test::library(), Language::english) ==
        "4 of 5 steps match; B adds External advice");
  CHECK(describe(alignment, a.shape, b.shape, test::library(), Language::dutch) ==
        "4 van 5 stappen komen overeen; B voegt Adviseren extern toe");
}

TEST_CASE("alignment: another variant is cheaper than another kind", "[compare]") {
  const auto digitaal = prepared(linear("a", {"intake/digitaal", "besluiten/mandaat"}));
  const auto balie = prepared(linear("b", {"intake/balie", "besluiten/mandaat"}));
  const auto other = prepared(linear("c", {"behandelen/standaard", "besluiten/mandaat"}));
  const Alignment variant = align(digitaal.shape, balie.shape);
  CHECK(variant.other_variant == 1);
  CHECK(variant.similarity == Approx(100.0 * 2 * 1.75 / 4));
  const Alignment kind = align(digitaal.shape, other.shape);
  CHECK(kind.other_kind == 1);
  CHECK(kind.similarity == Approx(50));
  CHECK(variant.similarity > kind.similarity);
}

TEST_CASE("structural similarity: Dijkman's simGED by hand", "[compare]") {
  // A: intake -> behandelen; B: intake -> behandelen -> archiveren.
  // Mapping {a1-b1, a2-b2}: fskipn = 1/5, fskipe = (3 - 2*1)/3 = 1/3, fsubn = 0.
  const auto a = prepared(linear("a", {"intake/standaard", "behandelen/standaard"}));
  const auto b =
      prepared(linear("b", {"intake/standaard", "behandelen/standaard", "archiveren/standaard"}));
  const StructuralSimilarity ged = structural_similarity(a.shape, b.shape);
  CHECK(ged.mapped == 2);
  CHECK(ged.skipped_nodes == 1);
  CHECK(ged.skipped_edges == 1);
  CHECK(ged.similarity == Approx(100.0 * (1 - (0.2 + 1.0 / 3) / 3)));

  // Another variant adds substitution: fsubn = 2*(1-0.75)/(2) = 0.25 for one pair of two.
  const auto c = prepared(linear("c", {"intake/digitaal", "behandelen/standaard"}));
  const StructuralSimilarity variant = structural_similarity(a.shape, c.shape);
  CHECK(variant.similarity == Approx(100.0 * (1 - (0 + 0 + 0.125) / 3)));
}

TEST_CASE("behavioural similarity: shared eventually-follows relations", "[compare]") {
  // A: {intake, behandelen, intake<behandelen}; B adds archiveren and two relations to it.
  const auto a = prepared(linear("a", {"intake/standaard", "behandelen/standaard"}));
  const auto b =
      prepared(linear("b", {"intake/standaard", "behandelen/standaard", "archiveren/standaard"}));
  CHECK(a.profile.similarity(b.profile) == Approx(50));
  // Drawn differently, same behaviour: a shortcut flow adds no new relation.
  Process drawn = linear("d", {"intake/standaard", "behandelen/standaard", "archiveren/standaard"});
  drawn.flows.push_back({"f9", "b1", "b3", FlowKind::conditional, "direct"});
  CHECK(prepared(drawn).profile.similarity(b.profile) == Approx(100));
}

TEST_CASE("identity, symmetry and bounds on every demo pair", "[compare]") {
  const auto processes = prepare_all(demo(), test::library());
  for (std::size_t i = 0; i < processes.size(); ++i) {
    const Comparison self = compare_processes(processes[i], processes[i]);
    CHECK(self.similarity == Approx(100));
    CHECK(self.alignment.similarity == Approx(100));
    CHECK(self.structural.similarity == Approx(100));
    CHECK(self.behavioural == Approx(100));
    for (std::size_t j = 0; j < processes.size(); ++j) {
      const Comparison ab = compare_processes(processes[i], processes[j]);
      const Comparison ba = compare_processes(processes[j], processes[i]);
      INFO(processes[i].shape.process_id << " vs " << processes[j].shape.process_id);
      CHECK(ab.similarity == Approx(ba.similarity));
      CHECK(ab.alignment.similarity == Approx(ba.alignment.similarity));
      CHECK(ab.structural.similarity == Approx(ba.structural.similarity));
      for (const double value :
           {ab.similarity, ab.alignment.similarity, ab.structural.similarity, ab.behavioural}) {
        CHECK(value >= 0);
        CHECK(value <= 100 + 1e-9);
      }
    }
  }
}

TEST_CASE("renaming labels and moving blocks change nothing", "[compare]") {
  const Workshop workshop = demo();
  Process huwelijk = *workshop.find_process("huwelijk");
  const Process woning = *workshop.find_process("melding-achterstallig-woningonderhoud");
  const double before = compare_processes(prepared(huwelijk), prepared(woning)).similarity;
  for (auto& block : huwelijk.blocks) {
    block.label = "Hernoemd " + block.id;
    block.position = {-block.position.x * 3, block.position.y + 500};
  }
  CHECK(compare_processes(prepared(huwelijk), prepared(woning)).similarity == Approx(before));
}

TEST_CASE("huwelijk is nearer to woningonderhoud than to the omgevingsvergunning", "[compare]") {
  const Workshop workshop = demo();
  const auto huwelijk = prepared(*workshop.find_process("huwelijk"));
  const auto woning = prepared(*workshop.find_process("melding-achterstallig-woningonderhoud"));
  const auto omgeving = prepared(*workshop.find_process("omgevingsvergunning-regulier"));
  const Comparison near = compare_processes(huwelijk, woning);
  const Comparison far = compare_processes(huwelijk, omgeving);
  CHECK(near.similarity > far.similarity);
  CHECK(near.alignment.similarity > far.alignment.similarity);
  CHECK(near.similarity >= 75);
}

TEST_CASE("the matrix is symmetric and its order clusters equal shapes", "[compare]") {
  std::vector<PreparedProcess> processes = {
      prepared(linear("p1", {"intake/digitaal", "behandelen/standaard", "archiveren/standaard"})),
      prepared(
          linear("p2", {"heroverwegen/standaard", "adviseren/commissie", "publiceren/standaard"})),
      prepared(linear("p3", {"intake/digitaal", "behandelen/standaard", "archiveren/standaard"})),
      prepared(
          linear("p4", {"heroverwegen/standaard", "adviseren/commissie", "publiceren/standaard"}))};
  const SimilarityMatrix matrix = similarity_matrix(processes, 2);
  REQUIRE(matrix.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) {
    CHECK(matrix.at(i, i) == 100);
    for (std::size_t j = 0; j < 4; ++j) CHECK(matrix.at(i, j) == matrix.at(j, i));
  }
  std::vector<int> order = matrix.order;
  REQUIRE(order.size() == 4);
  // p1 and p3 are next to each other, and so are p2 and p4.
  const auto position = [&](int index) {
    return std::find(order.begin(), order.end(), index) - order.begin();
  };
  CHECK(std::abs(position(0) - position(2)) == 1);
  CHECK(std::abs(position(1) - position(3)) == 1);
  std::sort(order.begin(), order.end());
  CHECK(order == std::vector<int>{0, 1, 2, 3});
}

TEST_CASE("coverage counts processes and departments, and finds the generic core", "[compare]") {
  Workshop workshop;
  workshop.processes = {
      linear("p1", {"intake/digitaal", "behandelen/standaard", "archiveren/standaard"}),
      linear("p2", {"intake/balie", "behandelen/standaard", "archiveren/standaard"}),
      linear("p3", {"intake/digitaal", "betalen/standaard", "archiveren/standaard"}),
      linear("p4", {"intake/digitaal", "uitvoeren/inspectie"})};
  workshop.processes[2].department = "vergunningen";
  workshop.processes[3].department = "vergunningen";
  const CoverageReport report = coverage(workshop, test::library(), 75);
  CHECK(report.process_count == 4);
  CHECK(report.department_count == 2);
  const auto row = [&](const std::vector<CoverageRow>& rows, const std::string& kind,
                       const std::string& variant) {
    return *std::find_if(rows.begin(), rows.end(), [&](const CoverageRow& r) {
      return r.kind == kind && r.variant == variant;
    });
  };
  CHECK(row(report.kinds, "intake", "").process_share == Approx(100));
  CHECK(row(report.variants, "intake", "digitaal").process_share == Approx(75));
  CHECK(row(report.variants, "intake", "balie").department_share == Approx(50));
  CHECK(row(report.kinds, "betalen", "").departments == 1);
  // 75% (3 of 4) can be built from intake, behandelen, archiveren plus one of betalen/uitvoeren.
  CHECK(report.core.kinds.size() == 4);
  CHECK(report.core.processes_built == 3);
  // Generic blocks: 3 + 3 + 2 (not betalen) + 1 (not uitvoeren) = 9 of 11.
  CHECK(report.generic_block_share == Approx(100.0 * 9 / 11));
  CHECK(report.processes[2].maatwerk_blocks == std::vector<std::string>{"b2"});
  CHECK(report.processes[0].generic_kinds_used == 3);
}
