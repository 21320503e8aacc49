#pragma once
// Applying a process's activity mapping (core/activity_mapping.h) to a log:
// every event either stands for a block, is ignored on purpose, or maps to
// nothing (listed with its count, so the analyst can add a rule). Also the
// suggestion of rules for the frequent activities, and the mapping file
// (scenarios/bpic2015-mapping.json), which carries rules between workshops.
//
// Sections: the mapped log - applying rules - suggesting rules - the mapping file.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/activity_mapping.h"
#include "core/process.h"
#include "event_log.h"

namespace blokjes {
class BlockLibrary;
}

namespace blokjes::eventlog {

// [SECTION] The mapped log
// One step of a case at block level: consecutive events of the same block
// (01_HOOFD_010, 01_HOOFD_011, 01_HOOFD_020 all "Intake") are one step, from
// its first event's time to its last.
struct BlockStep {
  std::uint32_t block = 0;  // index into MappedLog::blocks
  Timestamp first = kNoTime;
  Timestamp last = kNoTime;
  std::uint32_t events = 0;
};

struct MappedCase {
  std::uint32_t log_case = 0;  // index into EventLog::cases
  std::vector<BlockStep> steps;
  Timestamp start = kNoTime;  // the case's start: Case::start, else its first event
  Timestamp end = kNoTime;    // Case::end, else its last event
};

struct UnmappedActivity {
  std::string value;     // the activity (Event::activity)
  std::size_t events = 0;
  std::size_t cases = 0;
};

struct MappedLog {
  std::vector<std::string> blocks;  // the process's block ids, in process order
  std::vector<MappedCase> cases;    // one per log case, in log order
  std::size_t events = 0;           // all events of the log
  std::size_t mapped_events = 0;
  std::size_t ignored_events = 0;
  std::vector<UnmappedActivity> unmapped;  // most events first
  std::vector<std::size_t> rule_events;    // per rule, the events it matched
};

// [SECTION] Applying rules
// Throws std::invalid_argument naming the rule (by its number, from 1) when
// a regular expression does not compile, a pattern is longer than
// kMaxActivityPatternLength, or a rule names a block the process lacks.
// Matching is done once per distinct (attribute, value), not per event.
MappedLog map_log(const EventLog& log, const Process& process, const std::vector<ActivityRule>& rules);
// The process's own rules.
MappedLog map_log(const EventLog& log, const Process& process);

// [SECTION] Suggesting rules
// A rule per frequent activity (at least `min_share` of the cases, most
// frequent first) whose text resembles a block: its label, its kind's and
// variant's names in the library, its statustype omschrijving. Each
// suggestion says why (ActivityRule::note); activities already matched by
// `existing` are left out. The analyst confirms each one in the app.
struct SuggestedRule {
  ActivityRule rule;
  std::size_t events = 0;
  std::size_t cases = 0;
  double score = 0;  // 0..1, how alike the texts are
};
std::vector<SuggestedRule> suggest_mapping(const EventLog& log, const Process& process, const BlockLibrary& library,
                                           const std::vector<ActivityRule>& existing = {}, double min_share = 0.05);

// [SECTION] The mapping file
// {"format": "blokjessessie-activity-mapping", "version": 1, "process": ID,
//  "description": TEXT, "rules": [{"attribute", "match", "pattern", "block", "note"}]}
// The rules' JSON is the same as a process's `activityMapping` in the workshop file.
struct MappingFile {
  std::string process;  // the process id it was written for
  std::string description;
  std::vector<ActivityRule> rules;
};
// Errors name the file, line:column and what was expected (core's LoadError).
MappingFile read_mapping_file(const std::string& path);
void write_mapping_file(const MappingFile& mapping, const std::string& path);  // atomic

}  // namespace blokjes::eventlog
