#pragma once
// What `blokjes log stats` prints: the size of a log, its period, its
// variants (distinct activity sequences) and its most frequent activities.

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "event_log.h"

namespace blokjes::eventlog {

struct ActivityCount {
  std::string activity;
  std::size_t events = 0;
  std::size_t cases = 0;  // cases with at least one such event
};

struct LogStats {
  std::size_t cases = 0;
  std::size_t events = 0;
  std::size_t activities = 0;  // distinct Event::activity values
  std::size_t resources = 0;
  std::size_t variants = 0;    // distinct activity sequences
  Timestamp first = kNoTime;   // earliest event
  Timestamp last = kNoTime;    // latest event
  std::size_t skipped_events = 0;
  std::vector<ActivityCount> top_activities;  // most events first, ties by name
  std::vector<std::size_t> top_variant_cases; // cases of the most frequent variants, most first
};

LogStats log_stats(const EventLog& log, std::size_t top = 10);
// {"cases","events","activities","resources","variants","first","last",
//  "skipped_events","top_activities":[{"activity","events","cases"}],"top_variants":[cases...]}
nlohmann::json to_json(const LogStats& stats);

}  // namespace blokjes::eventlog
