#pragma once
// Discovering the log's own process at block level (issue 15): the
// directly-follows graph of the mapped cases, kept where at least `min_share`
// of the cases took an edge, becomes a new process in the workshop: the
// reference process's blocks that the log visits (same kind, variant, label
// and lane), flows for the kept edges (a flow back to an earlier block is a
// rework flow, a block with several kept outgoing edges has conditional
// ones, each labelled with its share of cases), laid out in lanes. So the
// compare view, the matrix and the coverage treat it like a drawn process,
// and several municipalities' logs of the same permit stand side by side.

#include <string>

#include "activity_mapping.h"
#include "core/process.h"

namespace blokjes::eventlog {

struct DiscoverOptions {
  std::string id;    // the new process's id (a slug); required
  std::string name;  // empty: "<reference name> (uit log)"
  double min_share = 0.05;  // of the cases, for an edge to become a flow
};

// Throws std::invalid_argument for an empty or malformed id, or a min_share
// outside [0, 1].
Process discover_process(const Process& reference, const MappedLog& mapped, const DiscoverOptions& options);

}  // namespace blokjes::eventlog
