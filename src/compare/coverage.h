#pragma once
// How generic a workshop really is: for each block kind and variant, the
// share of processes and of departments that use it; the generic core (the
// smallest set of block kinds from which a chosen share of the processes can
// be built entirely); and per process, which part is generic and which is
// maatwerk. This measures the "80 to 90% of departments use the same blocks"
// claim on the workshop's own data.

#include <string>
#include <vector>

#include "core/block_library.h"
#include "core/workshop.h"

namespace blokjes::compare {

struct CoverageRow {
  std::string kind;
  std::string variant;  // empty: the kind as a whole, any variant
  int processes = 0;
  int departments = 0;
  double process_share = 0;     // 0-100
  double department_share = 0;  // 0-100
};

struct GenericCore {
  double target_share = 80;  // 0-100: the share of processes the core must build
  std::vector<std::string> kinds;
  int processes_built = 0;
  double share = 0;  // 0-100
};

struct ProcessGenericShare {
  std::string process_id;
  int blocks = 0;
  int generic_blocks = 0;                    // blocks of the five generic kinds
  double generic_share = 0;                  // 0-100
  int generic_kinds_used = 0;                // how many of the five it uses
  std::vector<std::string> maatwerk_blocks;  // ids of blocks of other kinds
};

struct CoverageReport {
  int process_count = 0;
  int department_count = 0;           // departments that own a process
  std::vector<CoverageRow> kinds;     // one row per kind, library order
  std::vector<CoverageRow> variants;  // one row per kind and variant
  GenericCore core;
  std::vector<ProcessGenericShare> processes;
  double generic_block_share = 0;  // share of all blocks that are of generic kinds, 0-100
};

CoverageReport coverage(const Workshop& workshop, const BlockLibrary& library,
                        double core_target_share = 80);

// Exact for up to 20 kinds in use (every subset is tried), greedy beyond.
// Throws std::invalid_argument when target_share is not a finite number in 0-100.
GenericCore generic_core(const Workshop& workshop, const BlockLibrary& library,
                         double target_share);

}  // namespace blokjes::compare
