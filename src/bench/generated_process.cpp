// Generates the benchmark's process: deterministic, valid per the model, and
// shaped like the demo workshop's processes (one column per layout step, one
// lane row per department), only much longer.

#include "generated_process.h"

#include <array>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "core/lanes.h"
#include "core/utf8_text.h"
#include "core/workshop_validation.h"

namespace blokjes::bench {
namespace {

constexpr int kRunLength = 3;  // blocks in a row in one lane before the work moves on

const std::array<Department, 5> kDepartments = {{
    {"kcc", "Klantcontactcentrum (KCC)", "Publiekszaken"},
    {"vergunningen", "Omgevingsvergunningen", "Vergunningen"},
    {"openbare-ruimte", "Beheer en toezicht openbare ruimte", "Toezicht & Handhaving"},
    {"juridische-zaken", "Juridische zaken", "Bedrijfsvoering"},
    {"college-secretariaat", "Bestuurssecretariaat", "Bestuur"},
}};

const std::array<const char*, 8> kActivities = {"aanvraag controleren op volledigheid",
                                                "advies vragen aan de wijkbeheerder",
                                                "locatie schouwen",
                                                "besluit voorbereiden",
                                                "aanvrager bellen",
                                                "zienswijze verwerken",
                                                "stukken archiveren in het DMS",
                                                "termijn bewaken"};

using KindVariant = std::pair<std::string, std::string>;

std::vector<KindVariant> all_variants(const BlockLibrary& library) {
  std::vector<KindVariant> pairs;
  for (const auto& kind : library.kinds()) {
    for (const auto& variant : kind.variants) pairs.emplace_back(kind.id, variant.id);
  }
  if (pairs.empty()) throw std::runtime_error("the block library has no blocks");
  return pairs;
}

// Lanes 0,1,2,3,4,3,2,1,0,... each held for kRunLength blocks: every lane is used.
int lane_of(int index) {
  const int run = (index / kRunLength) % 8;
  return run <= 4 ? run : 8 - run;
}

Block make_block(const std::vector<KindVariant>& variants, int index) {
  // The first kind (intake) starts the process; the caller replaces the last block's kind.
  const std::size_t pick = static_cast<std::size_t>(index) % variants.size();
  Block block;
  block.id = "b" + std::to_string(index + 1);
  block.kind = variants[pick].first;
  block.variant = variants[pick].second;
  block.label =
      "Stap " + std::to_string(index + 1) + ": " + kActivities[index % kActivities.size()];
  const int lane = lane_of(index);
  block.lane = kDepartments[lane].id;
  block.position = {index * kLayoutStepX, lane_row(static_cast<std::size_t>(lane))};
  return block;
}

std::string last_generic_kind(const BlockLibrary& library) {
  const auto generic = library.generic_kinds();
  return generic.empty() ? library.kinds().back().id : generic.back()->id;
}

void add_flow(Process& process, int from, int to, FlowKind kind, const char* label) {
  process.flows.push_back({"f" + std::to_string(process.flows.size() + 1),
                           "b" + std::to_string(from + 1), "b" + std::to_string(to + 1), kind,
                           label});
}

void add_flows(Process& process, int count) {
  for (int i = 0; i + 1 < count; ++i) {
    if (i % 7 == 3 && i + 2 < count) {
      add_flow(process, i, i + 1, FlowKind::conditional, "regulier");
      add_flow(process, i, i + 2, FlowKind::conditional, "spoed");
    } else {
      add_flow(process, i, i + 1, FlowKind::sequence, "");
    }
    if (i % 11 == 10) add_flow(process, i, i - 3, FlowKind::rework, "herstel");
  }
}

void check_valid(const Workshop& workshop, const BlockLibrary& library) {
  const auto findings = validate_workshop(workshop, library);
  if (!findings.empty()) {
    throw std::runtime_error("the generated workshop does not validate: " +
                             findings.front().pointer + ": " + findings.front().message);
  }
}

}  // namespace

Workshop make_generated_workshop(const BlockLibrary& library, int block_count) {
  if (block_count < 2) throw std::runtime_error("a generated process needs at least 2 blocks");
  const auto variants = all_variants(library);
  Process process;
  process.id = "generated";
  process.name = "Gegenereerd proces (" + std::to_string(block_count) + " blokken)";
  process.department = kDepartments[0].id;
  process.zaaktype.identificatie = "BENCH-" + std::to_string(block_count);
  process.zaaktype.omschrijving = process.name;
  for (int i = 0; i < block_count; ++i) {
    process.blocks.push_back(make_block(variants, i));
  }
  Block& last = process.blocks.back();
  last.kind = last_generic_kind(library);
  last.variant = library.find_kind(last.kind)->variants.front().id;
  add_flows(process, block_count);

  Workshop workshop;
  workshop.name = "Benchmark";
  workshop.date = "2024-01-01";
  workshop.departments.assign(kDepartments.begin(), kDepartments.end());
  workshop.processes.push_back(std::move(process));
  check_valid(workshop, library);
  return workshop;
}

Workshop generated_catalogus(const Workshop& demo, int count) {
  Workshop workshop = demo;
  workshop.processes.clear();
  workshop.notes.clear();  // they name the demo's process ids
  for (int i = 0; i < count; ++i) {
    Process process = demo.processes[static_cast<std::size_t>(i) % demo.processes.size()];
    const auto number = std::to_string(i + 1);
    process.id += "-" + number;
    process.name += " " + number;
    process.zaaktype.identificatie = "GEN-" + number;
    process.zaaktype.omschrijving = utf8_prefix(process.zaaktype.omschrijving, 70) + " " + number;
    workshop.processes.push_back(std::move(process));
  }
  return workshop;
}

}  // namespace blokjes::bench
