#pragma once
// The citizen's view of a process ("Dirk", docs/citizen.md): the statuses that
// inform him with their statustekst, in order, each on an indicative day from
// the start; the expected and the latest date; where opschorting can stop the
// clock; where he has to act; and the gaps where he hears nothing. Derived from
// the same mapping the export uses, so the statustypen and their order are the
// exported zaaktype's. No UI here: the CLI, the app and validation call it.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/block_library.h"
#include "core/localized_text.h"
#include "core/process.h"

namespace blokjes {

// When silence becomes a gap. A stretch is the time between two messages to
// the citizen (or the start, or the end of the process).
struct CitizenGapLimits {
  int max_silent_days = 28;  // four weeks: the Awb's usual term for a reply
  int max_silent_steps = 3;  // steps in a row that set no informing status
};

// One block of the process in process order, as the citizen meets it.
struct CitizenStep {
  std::string block_id;
  std::string kind;
  std::string name;          // the block's label, else its variant's name
  std::string omschrijving;  // the statustype's; empty when the block sets none
  std::string statustekst;   // in the chosen language; what the citizen reads
  bool sets_status = false;
  bool informs = false;       // statustype.informeren
  std::optional<int> day;     // indicative day from the start the status is reached
  bool can_suspend = false;   // opschorting can stop the clock while it runs
  bool decision = false;      // the step that decides (besluittype or resultaattypen)
  CitizenAction action = CitizenAction::none;
};

enum class CitizenGapKind {
  silence,     // longer than the limits without a message
  deadline,    // a deadline passes before the citizen is told the outcome
  no_outcome,  // no informing status at or after the decision (or at all)
};

struct CitizenGap {
  CitizenGapKind kind = CitizenGapKind::silence;
  std::vector<std::string> block_ids;  // the blocks concerned, in process order
  std::optional<int> from_day;         // the stretch, when its days are known
  std::optional<int> to_day;
  std::string message;  // in the timeline's language
};

struct CitizenTimeline {
  std::string process_id;
  std::string process_name;
  Language language = Language::dutch;
  std::vector<CitizenStep> steps;    // every mapped block; filter on `informs` for messages
  std::optional<int> expected_day;   // servicenorm, from the start
  std::optional<int> latest_day;     // doorlooptijd, from the start
  bool opschorting_possible = false;  // the zaaktype allows opschorting
  std::optional<int> end_day;        // the last step's day, when known
  std::vector<CitizenGap> gaps;

  std::vector<const CitizenStep*> messages() const;
  const CitizenStep* find_step(const std::string& block_id) const;
};

CitizenTimeline citizen_timeline(const Process& process, const BlockLibrary& library,
                                 Language language, const CitizenGapLimits& limits = {});

std::string_view to_string(CitizenGapKind kind);
// The citizen action in words: "informatie aanleveren" / "supply information".
std::string citizen_action_words(CitizenAction action, Language language);
// The whole timeline as JSON for `blokjes citizen --json` (docs/citizen.md).
nlohmann::ordered_json to_json(const CitizenTimeline& timeline);

}  // namespace blokjes
