#pragma once
// Replaying real cases on the process the workshop drew (issue 15): how well
// they fit (token replay, as pm4py computes it), where they deviate (the
// olifantenpaadjes, grouped and counted), and how long they take against the
// zaaktype's terms.
//
// The process is read as a workflow net (docs/eventlog.md): a place before
// and after each block, a visible transition per block, a silent transition
// per flow (every flow out of a block is one choice, as the BPMN export
// draws it with exclusive gateways), a silent start transition that forks to
// every start block, and a silent end transition from each end block.
// fitness = ½(1 − missing/consumed) + ½(1 − remaining/produced), summed over
// cases as pm4py's log fitness does.
//
// Sections: deviations - per block and per flow - lead times - the result.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "activity_mapping.h"
#include "core/process.h"

namespace blokjes::eventlog {

// [SECTION] Deviations
enum class DeviationKind {
  skipped,       // the case went past a block the process requires on its way (blocks: the skipped ones)
  step_back,     // back to an earlier block without a rework flow (blocks: from, to)
  missing_step,  // between two blocks with no flow between them and no path by skipping (blocks: from, to)
  wrong_order,   // two blocks in the opposite order of the process's flows (blocks: the two, as the case did them)
};
std::string_view to_string(DeviationKind kind);

struct Deviation {
  DeviationKind kind = DeviationKind::skipped;
  std::vector<std::string> blocks;   // block ids, see the kinds
  std::vector<std::uint32_t> cases;  // indexes into MappedLog::cases, ascending
  // In plain words: "312 zaken sloegen Adviseren extern over" (nl) /
  // "312 cases skipped Adviseren extern" (en); labels from the process.
  std::string sentence_nl;
  std::string sentence_en;
};

// [SECTION] Per block and per flow
struct Distribution {
  std::size_t count = 0;
  double mean = 0;
  double median = 0;
  double p90 = 0;
};

struct BlockReplay {
  std::string block;
  std::size_t cases = 0;         // cases that reached it
  std::size_t visits = 0;        // steps on it (a loop counts twice)
  Distribution days;             // time per visit: from the step's first event to the next step's first event
  std::optional<double> norm_days;  // the block's statustype doorlooptijd, as the exporters resolve it
  double share_over_norm = 0;    // of its visits
  std::vector<std::uint32_t> case_list;  // the cases that reached it, ascending
};

// A move some case made from one block to the next: a drawn flow (flow set)
// or a desire path (flow empty).
struct Transition {
  std::string from;
  std::string to;
  std::string flow;  // the process flow id, empty when the process has none
  std::size_t cases = 0;
  std::size_t times = 0;
  std::vector<std::uint32_t> case_list;
};

// [SECTION] Lead times
struct LeadTimes {
  Distribution days;  // per case, end − start
  std::optional<double> servicenorm_days;
  std::optional<double> doorlooptijd_days;
  std::optional<double> verlengingstermijn_days;
  std::optional<double> within_servicenorm;   // share of cases; absent without a servicenorm
  std::optional<double> within_doorlooptijd;
  std::optional<double> within_doorlooptijd_plus_verlenging;
  // A histogram for the panel: `bins` counts of equal width `bin_days`
  // from 0, the last bin holding everything beyond.
  double bin_days = 7;
  std::vector<std::size_t> bins;
};

// [SECTION] The result
struct CaseReplay {
  double fitness = 1;
  std::size_t missing = 0, consumed = 0, remaining = 0, produced = 0;
  bool fits = true;  // missing == 0 && remaining == 0
  double lead_days = 0;
};

struct ReplayResult {
  std::string process;
  std::size_t cases = 0;
  std::size_t events = 0;          // events of the log
  std::size_t mapped_events = 0;
  double fitness = 1;              // the log's
  std::size_t fitting_cases = 0;
  std::vector<CaseReplay> per_case;
  std::vector<Deviation> deviations;  // most cases first, then by kind and blocks
  std::vector<BlockReplay> blocks;    // in MappedLog::blocks order
  std::vector<Transition> transitions;  // most cases first
  LeadTimes lead_times;
};

// Throws std::invalid_argument when the process has no blocks.
ReplayResult replay(const Process& process, const MappedLog& mapped);

// The JSON `blokjes log replay --json` prints: {"process","cases","events",
// "mapped_events","fitness","fitting_cases","fitting_share","deviations":[{"kind",
// "blocks","cases","text"}],"lead_time_days":{"mean","median","p90"},
// "within_servicenorm","within_doorlooptijd","within_doorlooptijd_plus_verlenging",
// "blocks":[{"block","cases","median_days","p90_days","norm_days","share_over_norm"}],
// "transitions":[{"from","to","flow","cases"}]}; `language` picks the deviation texts.
nlohmann::json to_json(const ReplayResult& result, std::string_view language = "nl");

}  // namespace blokjes::eventlog
