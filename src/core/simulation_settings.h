#pragma once
// What a "what if" simulation of a process needs beyond the drawing (issue
// 16): arrivals, the chance of each conditional flow and rework loop, work
// and waiting times per block, staff and working hours per department. All
// of it optional: what is not set comes from the block library's defaults
// (src/simulation/simulation_defaults.h, a documented table), so a process
// simulates without any setting. Saved in the workshop with the process
// (`simulation`); src/simulation reads it and runs it. Plain data only.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace blokjes {

// A duration in hours, drawn from a distribution.
enum class DistributionKind { fixed, exponential, lognormal, empirical };
std::string_view to_string(DistributionKind kind);
std::optional<DistributionKind> distribution_kind_from_string(std::string_view text);

struct Distribution {
  DistributionKind kind = DistributionKind::fixed;
  double hours = 0;             // fixed: the value; exponential: the mean
  double median_hours = 0;      // lognormal: from a median and a 90th percentile
  double p90_hours = 0;
  std::vector<double> samples;  // empirical: hours, drawn uniformly (from an event log)
  bool operator==(const Distribution&) const = default;
};

struct BlockSimulation {
  std::string block;  // block id
  std::optional<Distribution> work_time;     // the staff's hands-on time
  // Aanvullende informatie and other waiting steps: how long the case waits
  // for the citizen. The clock is suspended meanwhile, as opschorting does.
  std::optional<Distribution> citizen_wait;
  std::string department;  // who does the work; empty: the block's lane
  bool operator==(const BlockSimulation&) const = default;
};

// The chance that a case leaving the flow's source takes this flow, for
// conditional and rework flows (the sequence flows share what is left).
struct FlowSimulation {
  std::string flow;  // flow id
  double probability = 0;
  bool operator==(const FlowSimulation&) const = default;
};

// Working hours of one weekday: open from `start` to `end` hours (8.5 =
// 08:30); closed when both are 0.
struct WorkingDay {
  double start = 0;
  double end = 0;
  bool operator==(const WorkingDay&) const = default;
};

struct DepartmentSimulation {
  std::string department;  // department id
  double fte = 0;          // staff available for this process
  // Monday first. Absent: the office calendar (Monday to Friday 8:30–17:00)
  // with the Dutch public holidays of the simulated year.
  std::optional<std::array<WorkingDay, 7>> week;
  bool operator==(const DepartmentSimulation&) const = default;
};

struct ProcessSimulation {
  std::optional<double> cases_per_year;  // absent: the inventory's volume, else the library default
  // Relative arrivals per weekday, Monday first (all equal: flat). Absent:
  // the default office pattern (more on Monday, none at the weekend).
  std::optional<std::array<double, 7>> weekly_pattern;
  std::optional<std::array<double, 12>> monthly_pattern;  // January first; absent: flat
  std::vector<FlowSimulation> flows;
  std::vector<BlockSimulation> blocks;
  std::vector<DepartmentSimulation> departments;
  bool empty() const {
    return !cases_per_year && !weekly_pattern && !monthly_pattern && flows.empty() && blocks.empty() &&
           departments.empty();
  }
  bool operator==(const ProcessSimulation&) const = default;
};

}  // namespace blokjes
