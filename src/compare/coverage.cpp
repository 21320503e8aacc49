#include "coverage.h"

#include <cmath>
#include <stdexcept>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <set>

namespace blokjes::compare {
namespace {

double share(int part, int whole) {
  return whole == 0 ? 0.0 : 100.0 * part / whole;
}

CoverageRow count_use(const Workshop& workshop, const std::string& kind, const std::string& variant,
                      int department_count) {
  CoverageRow row{kind, variant, 0, 0, 0, 0};
  std::set<std::string> departments;
  for (const auto& process : workshop.processes) {
    const bool uses =
        std::any_of(process.blocks.begin(), process.blocks.end(), [&](const Block& b) {
          return b.kind == kind && (variant.empty() || b.variant == variant);
        });
    if (!uses) continue;
    ++row.processes;
    departments.insert(process.department);
  }
  row.departments = static_cast<int>(departments.size());
  row.process_share = share(row.processes, static_cast<int>(workshop.processes.size()));
  row.department_share = share(row.departments, department_count);
  return row;
}

// Each process as the set of kinds (bits, in `kinds` order) it is made of.
std::vector<std::uint32_t> kind_sets(const Workshop& workshop,
                                     const std::vector<std::string>& kinds) {
  std::vector<std::uint32_t> sets;
  for (const auto& process : workshop.processes) {
    std::uint32_t set = 0;
    for (const auto& block : process.blocks) {
      const auto found = std::find(kinds.begin(), kinds.end(), block.kind);
      if (found != kinds.end()) set |= 1u << (found - kinds.begin());
    }
    sets.push_back(set);
  }
  return sets;
}

int built_from(std::uint32_t core, const std::vector<std::uint32_t>& sets) {
  return static_cast<int>(std::count_if(sets.begin(), sets.end(),
                                        [&](std::uint32_t set) { return (set & ~core) == 0; }));
}

}  // namespace

GenericCore generic_core(const Workshop& workshop, const BlockLibrary& library,
                         double target_share) {
  // NaN passes every comparison, so a range check alone lets it through and
  // the core search would then build nothing; refuse it here, where the
  // share is used, whoever passed it.
  if (!std::isfinite(target_share) || target_share < 0 || target_share > 100) {
    throw std::invalid_argument("the generic core's share of processes must be a number from 0 "
                                "to 100, not " + std::to_string(target_share));
  }
  std::vector<std::string> kinds;  // in use, library order
  for (const auto& kind : library.kinds()) {
    if (count_use(workshop, kind.id, "", 1).processes > 0) kinds.push_back(kind.id);
  }
  const auto sets = kind_sets(workshop, kinds);
  const int total = static_cast<int>(workshop.processes.size());
  const auto enough = [&](int built) { return share(built, total) + 1e-9 >= target_share; };
  std::uint32_t best = (kinds.size() >= 32) ? ~0u : ((1u << kinds.size()) - 1);
  if (kinds.size() <= 20) {
    // Fewest kinds first; among equals, the one that builds the most processes.
    int best_built = -1;
    int best_size = 33;
    for (std::uint32_t core = 0; core < (1u << kinds.size()); ++core) {
      const int size = std::popcount(core);
      if (size > best_size) continue;
      const int built = built_from(core, sets);
      if (!enough(built)) continue;
      if (size < best_size || built > best_built) {
        best = core;
        best_size = size;
        best_built = built;
      }
    }
  } else {
    best = 0;
    while (!enough(built_from(best, sets))) {
      std::uint32_t pick = 0;
      int pick_built = -1;
      for (std::size_t k = 0; k < kinds.size(); ++k) {
        const std::uint32_t bit = 1u << k;
        if ((best & bit) == 0 && built_from(best | bit, sets) > pick_built) {
          pick = bit;
          pick_built = built_from(best | bit, sets);
        }
      }
      best |= pick;
    }
  }
  GenericCore core{target_share, {}, built_from(best, sets), 0};
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    if (best & (1u << k)) core.kinds.push_back(kinds[k]);
  }
  core.share = share(core.processes_built, total);
  return core;
}

CoverageReport coverage(const Workshop& workshop, const BlockLibrary& library,
                        double core_target_share) {
  CoverageReport report;
  report.process_count = static_cast<int>(workshop.processes.size());
  std::set<std::string> owners;
  for (const auto& process : workshop.processes) owners.insert(process.department);
  report.department_count = static_cast<int>(owners.size());
  for (const auto& kind : library.kinds()) {
    report.kinds.push_back(count_use(workshop, kind.id, "", report.department_count));
    for (const auto& variant : kind.variants) {
      report.variants.push_back(count_use(workshop, kind.id, variant.id, report.department_count));
    }
  }
  report.core = generic_core(workshop, library, core_target_share);
  int blocks = 0;
  int generic = 0;
  for (const auto& process : workshop.processes) {
    ProcessGenericShare entry{process.id, static_cast<int>(process.blocks.size()), 0, 0, 0, {}};
    std::set<std::string> generic_kinds;
    for (const auto& block : process.blocks) {
      const BlockKind* kind = library.find_kind(block.kind);
      if (kind && kind->generic) {
        ++entry.generic_blocks;
        generic_kinds.insert(kind->id);
      } else {
        entry.maatwerk_blocks.push_back(block.id);
      }
    }
    entry.generic_kinds_used = static_cast<int>(generic_kinds.size());
    entry.generic_share = share(entry.generic_blocks, entry.blocks);
    blocks += entry.blocks;
    generic += entry.generic_blocks;
    report.processes.push_back(std::move(entry));
  }
  report.generic_block_share = share(generic, blocks);
  return report;
}

}  // namespace blokjes::compare
