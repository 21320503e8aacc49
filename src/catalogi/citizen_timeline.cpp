#include "citizen_timeline.h"

#include <cmath>
#include <functional>
#include <map>
#include <queue>
#include <set>

#include "core/iso8601.h"

// [SECTION] Helpers
// [SECTION] Steps in process order
// [SECTION] Gaps
// [SECTION] Entry points and JSON

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Helpers
// -----------------------------------------------------------------------------

const std::string& words(Language language, const std::string& nl, const std::string& en) {
  return language == Language::english ? en : nl;
}

std::optional<int> duration_days(const std::string& text) {
  if (text.empty()) return std::nullopt;
  const auto duration = parse_iso_duration(text);
  if (!duration) return std::nullopt;
  return static_cast<int>(std::lround(duration->approximate_days()));
}

std::string day_words(int day, Language language) {
  return words(language, "dag ", "day ") + std::to_string(day);
}

// "b2, b3 en b4" names the blocks in a message the analyst can act on.
std::string block_list(const std::vector<std::string>& ids, Language language) {
  std::string text;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) text += (i + 1 == ids.size()) ? words(language, " en ", " and ") : ", ";
    text += ids[i];
  }
  return text;
}

// -----------------------------------------------------------------------------
// [SECTION] Steps in process order
// -----------------------------------------------------------------------------

// The days each block's status is reached at the earliest: along the flows,
// each block adding its statustype doorlooptijd (the time to reach that
// status). The quickest path is what the citizen can expect; optional side
// steps (an onderzoek that only some zaken need) and rework loops then no
// longer add their time to every later status. Blocks without a statustype
// add nothing. Empty when the days cannot be found this way (no flows, or a
// doorlooptijd that is missing or not ISO-8601): the caller then adds up the
// process order instead.
std::map<std::string, int> earliest_days(const Process& process,
                                         const std::map<std::string, std::optional<int>>& lengths) {
  std::map<std::string, int> days;
  if (process.flows.empty()) return days;
  for (const auto& [id, length] : lengths) {
    if (!length) return days;
  }
  auto length_of = [&](const std::string& id) {
    const auto found = lengths.find(id);
    return found == lengths.end() ? 0 : *found->second;
  };
  std::map<std::string, std::vector<std::string>> next;
  std::set<std::string> entered;
  for (const auto& flow : process.flows) {
    if (flow.kind == FlowKind::rework) continue;  // back to an earlier step: never quicker
    next[flow.from].push_back(flow.to);
    entered.insert(flow.to);
  }
  // Dijkstra from every block nothing flows into (the start, and any stray block).
  using Entry = std::pair<int, std::string>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
  for (const auto& block : process.blocks) {
    if (entered.count(block.id) == 0) queue.emplace(length_of(block.id), block.id);
  }
  while (!queue.empty()) {
    const auto [day, id] = queue.top();
    queue.pop();
    if (days.count(id) != 0) continue;
    days[id] = day;
    for (const auto& to : next[id]) {
      if (days.count(to) == 0) queue.emplace(day + length_of(to), to);
    }
  }
  return days;
}

// The blocks the export maps, in the order it writes their statustypen
// (catalogus_builder.cpp: ordered_blocks, unknown variants skipped).
std::vector<CitizenStep> citizen_steps(const Process& process, const BlockLibrary& library,
                                       Language language) {
  std::vector<CitizenStep> steps;
  std::map<std::string, std::optional<int>> lengths;  // per block with a statustype
  for (const Block* block : process.ordered_blocks()) {
    const auto* variant = library.find_variant(block->kind, block->variant);
    if (variant == nullptr) continue;  // reported by workshop validation
    const auto mapping = apply_overrides(variant->mapping, block->overrides);
    CitizenStep step;
    step.block_id = block->id;
    step.kind = block->kind;
    step.name = block->label.empty() ? variant->name.in(language) : block->label;
    step.action = library.citizen_action(block->kind, block->variant);
    step.can_suspend =
        mapping.suspends_deadline && process.zaaktype.opschorting_en_aanhouding_mogelijk;
    step.decision = mapping.besluittype.has_value() || !mapping.resultaattypen.empty();
    if (mapping.statustype) {
      const auto& statustype = *mapping.statustype;
      step.sets_status = true;
      step.omschrijving = statustype.omschrijving;
      step.informs = statustype.informeren;
      step.statustekst = statustype.statustekst.in(language);
      lengths[block->id] = duration_days(statustype.doorlooptijd);
    }
    steps.push_back(std::move(step));
  }
  const auto earliest = earliest_days(process, lengths);
  if (!earliest.empty()) {
    for (auto& step : steps) {
      const auto found = earliest.find(step.block_id);
      if (found != earliest.end()) step.day = found->second;
    }
    return steps;
  }
  // Without flows to follow: the process order, one step after the other.
  // Once one step's duration is unknown, so is every later day.
  std::optional<int> day = 0;
  for (auto& step : steps) {
    if (step.sets_status) {
      const auto& length = lengths[step.block_id];
      day = (day && length) ? std::optional<int>(*day + *length) : std::nullopt;
    }
    step.day = day;
  }
  return steps;
}

// -----------------------------------------------------------------------------
// [SECTION] Gaps
// -----------------------------------------------------------------------------

class GapFinder {
 public:
  GapFinder(const CitizenTimeline& timeline, const CitizenGapLimits& limits)
      : timeline_(timeline), limits_(limits), language_(timeline.language) {}

  std::vector<CitizenGap> find() {
    find_silences();
    const auto* outcome = find_outcome();
    if (outcome != nullptr) {
      check_deadline(*outcome, timeline_.expected_day, "servicenorm", "servicenorm");
      check_deadline(*outcome, timeline_.latest_day, "doorlooptijd", "doorlooptijd");
    }
    return std::move(gaps_);
  }

 private:
  // Between two messages (or the start, or the end) the citizen waits.
  void find_silences() {
    std::optional<int> last_day = 0;  // the start counts as a message: he applied
    std::vector<const CitizenStep*> silent;
    for (const auto& step : timeline_.steps) {
      if (!step.informs) {
        silent.push_back(&step);
        continue;
      }
      check_stretch(last_day, step.day, silent, &step);
      last_day = step.day;
      silent.clear();
    }
    if (!silent.empty()) check_stretch(last_day, timeline_.end_day, silent, nullptr);
  }

  void check_stretch(std::optional<int> from, std::optional<int> to,
                     const std::vector<const CitizenStep*>& silent, const CitizenStep* ending) {
    const bool too_many = static_cast<int>(silent.size()) > limits_.max_silent_steps;
    const bool known = from && to;
    const bool too_long = known && *to - *from > limits_.max_silent_days;
    if (!too_many && !too_long) return;
    CitizenGap gap;
    gap.kind = CitizenGapKind::silence;
    for (const auto* step : silent) gap.block_ids.push_back(step->block_id);
    if (ending != nullptr) gap.block_ids.push_back(ending->block_id);
    if (known) {
      gap.from_day = from;
      gap.to_day = to;
    }
    std::string text = words(language_, "De burger hoort niets", "The citizen hears nothing");
    if (known) {
      text += words(language_, " van ", " from ") + day_words(*from, language_) +
              words(language_, " tot ", " to ") + day_words(*to, language_) + " (" +
              std::to_string(*to - *from) + words(language_, " dagen", " days") + ")";
    }
    if (too_many) {
      text += words(language_, ", ", ", ") + std::to_string(silent.size()) +
              words(language_, " stappen achter elkaar zonder bericht",
                    " steps in a row without a message");
    }
    text += words(language_, "; grens ", "; limit ") + std::to_string(limits_.max_silent_days) +
            words(language_, " dagen of ", " days or ") +
            std::to_string(limits_.max_silent_steps) + words(language_, " stappen", " steps") +
            " (" + block_list(gap.block_ids, language_) + ")";
    gap.message = std::move(text);
    gaps_.push_back(std::move(gap));
  }

  // The message that tells the outcome: the first informing status at or
  // after the decision. Without a decision step, any informing status after
  // the first step counts (what the process ends with is the silence rule's).
  const CitizenStep* find_outcome() {
    const auto& steps = timeline_.steps;
    if (steps.empty()) return nullptr;
    std::size_t anchor = 1;
    const CitizenStep* decision = nullptr;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      if (steps[i].decision) {
        anchor = i;
        decision = &steps[i];
        break;
      }
    }
    for (std::size_t i = anchor; i < steps.size(); ++i) {
      if (steps[i].informs) return &steps[i];
    }
    CitizenGap gap;
    gap.kind = CitizenGapKind::no_outcome;
    for (std::size_t i = decision ? anchor : 0; i < steps.size(); ++i) {
      gap.block_ids.push_back(steps[i].block_id);
    }
    if (decision != nullptr) {
      gap.message = words(language_, "Geen bericht aan de burger bij of na het besluit (",
                          "No message to the citizen at or after the decision (") +
                    decision->block_id +
                    words(language_, "): hij hoort de uitkomst nooit",
                          "): he never hears the outcome");
    } else {
      gap.message = words(language_,
                          "Na de eerste stap krijgt de burger geen enkel bericht: hij hoort de "
                          "uitkomst nooit",
                          "After the first step the citizen gets no message at all: he never "
                          "hears the outcome");
    }
    gaps_.push_back(std::move(gap));
    return nullptr;
  }

  void check_deadline(const CitizenStep& outcome, std::optional<int> deadline,
                      const std::string& nl, const std::string& en) {
    if (!deadline || !outcome.day || *outcome.day <= *deadline) return;
    CitizenGap gap;
    gap.kind = CitizenGapKind::deadline;
    gap.from_day = deadline;
    gap.to_day = outcome.day;
    // The steps that run past the deadline, up to the message with the outcome.
    for (const auto& step : timeline_.steps) {
      if (step.day && *step.day > *deadline) gap.block_ids.push_back(step.block_id);
      if (&step == &outcome) break;
    }
    gap.message = words(language_, "De ", "The ") + words(language_, nl, en) + " (" +
                  day_words(*deadline, language_) +
                  words(language_, ") verstrijkt zonder bericht over de uitkomst; dat komt pas op ",
                        ") passes without a message about the outcome; that comes only on ") +
                  day_words(*outcome.day, language_) + " (" +
                  block_list(gap.block_ids, language_) + ")";
    gaps_.push_back(std::move(gap));
  }

  const CitizenTimeline& timeline_;
  const CitizenGapLimits& limits_;
  Language language_;
  std::vector<CitizenGap> gaps_;
};

nlohmann::ordered_json optional_day(const std::optional<int>& day) {
  return day ? nlohmann::ordered_json(*day) : nlohmann::ordered_json(nullptr);
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Entry points and JSON
// -----------------------------------------------------------------------------

std::vector<const CitizenStep*> CitizenTimeline::messages() const {
  std::vector<const CitizenStep*> result;
  for (const auto& step : steps) {
    if (step.informs) result.push_back(&step);
  }
  return result;
}

const CitizenStep* CitizenTimeline::find_step(const std::string& block_id) const {
  for (const auto& step : steps) {
    if (step.block_id == block_id) return &step;
  }
  return nullptr;
}

CitizenTimeline citizen_timeline(const Process& process, const BlockLibrary& library,
                                 Language language, const CitizenGapLimits& limits) {
  CitizenTimeline timeline;
  timeline.process_id = process.id;
  timeline.process_name = process.name;
  timeline.language = language;
  timeline.steps = citizen_steps(process, library, language);
  if (process.zaaktype.servicenorm) {
    timeline.expected_day = duration_days(*process.zaaktype.servicenorm);
  }
  timeline.latest_day = duration_days(process.zaaktype.doorlooptijd);
  timeline.opschorting_possible = process.zaaktype.opschorting_en_aanhouding_mogelijk;
  timeline.end_day = timeline.steps.empty() ? std::optional<int>(0) : timeline.steps.back().day;
  timeline.gaps = GapFinder(timeline, limits).find();
  return timeline;
}

std::string_view to_string(CitizenGapKind kind) {
  switch (kind) {
    case CitizenGapKind::silence:
      return "silence";
    case CitizenGapKind::deadline:
      return "deadline";
    case CitizenGapKind::no_outcome:
      return "noOutcome";
  }
  return "";
}

std::string citizen_action_words(CitizenAction action, Language language) {
  switch (action) {
    case CitizenAction::none:
      return "";
    case CitizenAction::supply_information:
      return words(language, "informatie aanleveren", "supply information");
    case CitizenAction::pay:
      return words(language, "betalen", "pay");
    case CitizenAction::attend:
      return words(language, "langskomen voor een gesprek", "attend a conversation");
    case CitizenAction::collect:
      return words(language, "iets ophalen", "collect something");
  }
  return "";
}

nlohmann::ordered_json to_json(const CitizenTimeline& timeline) {
  nlohmann::ordered_json messages = nlohmann::ordered_json::array();
  nlohmann::ordered_json actions = nlohmann::ordered_json::array();
  nlohmann::ordered_json suspensions = nlohmann::ordered_json::array();
  for (const auto& step : timeline.steps) {
    if (step.informs) {
      messages.push_back({{"block", step.block_id},
                          {"statustype", step.omschrijving},
                          {"statustekst", step.statustekst},
                          {"day", optional_day(step.day)}});
    }
    if (step.action != CitizenAction::none) {
      actions.push_back({{"block", step.block_id},
                         {"action", std::string(to_string(step.action))},
                         {"words", citizen_action_words(step.action, timeline.language)},
                         {"day", optional_day(step.day)}});
    }
    if (step.can_suspend) suspensions.push_back(step.block_id);
  }
  nlohmann::ordered_json gaps = nlohmann::ordered_json::array();
  for (const auto& gap : timeline.gaps) {
    gaps.push_back({{"kind", std::string(to_string(gap.kind))},
                    {"blocks", gap.block_ids},
                    {"fromDay", optional_day(gap.from_day)},
                    {"toDay", optional_day(gap.to_day)},
                    {"message", gap.message}});
  }
  return {{"process", timeline.process_id},
          {"name", timeline.process_name},
          {"expectedDay", optional_day(timeline.expected_day)},
          {"latestDay", optional_day(timeline.latest_day)},
          {"endDay", optional_day(timeline.end_day)},
          {"opschortingPossible", timeline.opschorting_possible},
          {"messages", messages},
          {"citizenActions", actions},
          {"opschorting", suspensions},
          {"gaps", gaps}};
}

}  // namespace blokjes
