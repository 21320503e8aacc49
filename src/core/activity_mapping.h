#pragma once
// How the activities of a real event log map onto a process's blocks (issue
// 15): a list of rules, each matching one attribute of an event exactly, by
// prefix or by regular expression, onto a block of the process or onto
// "ignore". The rules belong to the process and are saved with it in the
// workshop file (`activityMapping`, format version 4), so the next log of the
// same zaaksysteem maps the same way. Applying them is src/eventlog's job
// (eventlog/activity_mapping.h); the model only holds them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace blokjes {

enum class ActivityMatch { exact, prefix, regex };

struct ActivityRule {
  // The event attribute the rule reads: "concept:name" (the activity code in
  // most XES files), "activityNameNL", or any other key the log has.
  std::string attribute = "concept:name";
  ActivityMatch match = ActivityMatch::exact;
  std::string pattern;  // exact text, a prefix, or an ECMAScript regular expression (whole value)
  // The block id the matching events stand for; empty means "ignore": the
  // event is known and deliberately left out of the replay (a registration
  // step, a system message).
  std::string block;
  std::string note;  // why, for the analyst who reads the mapping later
  bool operator==(const ActivityRule&) const = default;
};

// The longest pattern accepted (a regular expression on hostile input is
// bounded by its length as well as by the value's).
inline constexpr std::size_t kMaxActivityPatternLength = 200;

std::string_view to_string(ActivityMatch match);
std::optional<ActivityMatch> activity_match_from_string(std::string_view text);

}  // namespace blokjes
