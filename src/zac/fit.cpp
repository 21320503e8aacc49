// Fit: does a process run on ZAC's generic model as it is? The rules are
// numbered as in docs/zac.md, which says why each one holds.
//
// [SECTIONS]
//   [GRAPH]     the process as seen by the rules: placements, stages, reachability
//   [TIMED]     how a workshop shows a timed step ("na 6 weken", "na de bezwaartermijn")
//   [RULES]     one function per rule, each appending its misfits
//   [FIT]       fit_process, fit_workshop
//   [TEXT]      describe() and reason(): one plain sentence in Dutch or English

#include "fit.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

namespace blokjes::zac {
namespace {

// [SECTION] [GRAPH]

bool is_forward(const Flow& flow) {
  return flow.kind != FlowKind::rework;
}

// What the rules need to know about a process, computed once.
class ProcessView {
 public:
  ProcessView(const Process& process, const BlockLibrary& library, const GenericModel& model)
      : process_(process), library_(library), model_(model) {
    for (std::size_t i = 0; i < model.places.size(); ++i) {
      if (model.places[i].kind == PlaceKind::stage) stage_order_[model.places[i].id] = i;
    }
    for (const auto& block : process.blocks) {
      if (const BlockMapping* row = model.mapping_for(block.kind, block.variant)) {
        rows_[block.id] = row;
      }
    }
    for (const auto& flow : process.flows) {
      if (is_forward(flow)) forward_[flow.from].push_back(flow.to);
      if (flow.kind == FlowKind::conditional) choices_[flow.from].push_back(&flow);
    }
  }

  const Process& process() const { return process_; }
  const BlockLibrary& library() const { return library_; }
  const GenericModel& model() const { return model_; }
  // The conditional flows out of each block that has any: its choice.
  const std::map<std::string, std::vector<const Flow*>>& choices() const { return choices_; }

  // Null when the generic model has no place for the block.
  const BlockMapping* row(const std::string& block_id) const {
    const auto found = rows_.find(block_id);
    return found == rows_.end() ? nullptr : found->second;
  }
  const Place* main_place(const std::string& block_id) const {
    const BlockMapping* mapping = row(block_id);
    return mapping ? model_.find_place(mapping->places.front()) : nullptr;
  }
  bool any_place(const std::string& block_id, bool (*test)(const Place&)) const {
    const BlockMapping* mapping = row(block_id);
    if (mapping == nullptr) return false;
    return std::any_of(mapping->places.begin(), mapping->places.end(), [&](const auto& id) {
      const Place* place = model_.find_place(id);
      return place != nullptr && test(*place);
    });
  }
  // The stage's position in the model (Intake before In behandeling); none
  // for unmapped blocks and zaak actions, which belong to no stage.
  std::optional<std::size_t> stage_index(const std::string& block_id) const {
    const Place* place = main_place(block_id);
    if (place == nullptr) return std::nullopt;
    const auto found = stage_order_.find(model_.stage_of(*place));
    if (found == stage_order_.end()) return std::nullopt;
    return found->second;
  }
  // Whether `to` follows `from` along forward flows; every block reaches itself.
  // Each block's reach is computed once: the join rule asks often.
  bool reaches(const std::string& from, const std::string& to) const {
    return reach_of(from).count(to) != 0;
  }

 private:
  const Process& process_;
  const BlockLibrary& library_;
  const GenericModel& model_;
  std::map<std::string, std::size_t> stage_order_;
  std::map<std::string, const BlockMapping*> rows_;
  std::map<std::string, std::vector<std::string>> forward_;  // block -> targets of forward flows
  std::map<std::string, std::vector<const Flow*>> choices_;
  mutable std::map<std::string, std::set<std::string>> reach_;

  const std::set<std::string>& reach_of(const std::string& from) const {
    const auto cached = reach_.find(from);
    if (cached != reach_.end()) return cached->second;
    std::set<std::string> seen{from};
    std::vector<std::string> stack{from};
    while (!stack.empty()) {
      const std::string at = stack.back();
      stack.pop_back();
      const auto next = forward_.find(at);
      if (next == forward_.end()) continue;
      for (const auto& to : next->second) {
        if (seen.insert(to).second) stack.push_back(to);
      }
    }
    return reach_.emplace(from, std::move(seen)).first->second;
  }
};

// [SECTION] [TIMED]

// Lower-case words of a label; bytes of UTF-8 letters (é in "één") are kept
// as word characters, so only ASCII punctuation and spaces separate words.
std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0 || byte >= 0x80) {
      word += static_cast<char>(std::tolower(byte));
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

bool one_of(const std::string& word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_number(const std::string& word) {
  if (!word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
      })) {
    return true;
  }
  return one_of(word, {"een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
                       "negen", "tien", "elf", "twaalf", "a", "one", "two", "three", "four",
                       "five", "six", "eight", "ten", "twelve"});
}

bool is_time_unit(const std::string& word) {
  return one_of(word, {"uur", "uren", "dag", "dagen", "werkdag", "werkdagen", "week", "weken",
                       "maand", "maanden", "jaar", "jaren", "hour", "hours", "day", "days",
                       "week", "weeks", "month", "months", "year", "years"});
}

bool ends_with(const std::string& word, std::string_view suffix) {
  return word.size() >= suffix.size() &&
         word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A step that waits for a time rather than for a person: "na 6 weken",
// "na de bezwaartermijn", "wachten tot ...", "wachttijd". A deadline
// ("binnen 2 werkdagen") is a doorlooptijd, not a timed step.
bool names_timed_step(const std::string& label) {
  const auto words = words_of(label);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (one_of(word, {"wachttijd", "wachttermijn", "wachtperiode"})) return true;
    if (one_of(word, {"wacht", "wachten"}) && i + 1 < words.size() && words[i + 1] == "tot") {
      return true;
    }
    if (!one_of(word, {"na", "over", "after"})) continue;
    // "na 6 weken", "na een week", "after two weeks".
    if (i + 2 < words.size() && is_number(words[i + 1]) && is_time_unit(words[i + 2])) return true;
    // "na de termijn", "na afloop van de begunstigingstermijn": a named term, a few words on.
    for (std::size_t j = i + 1; j < words.size() && j <= i + 4; ++j) {
      if (ends_with(words[j], "termijn") || ends_with(words[j], "term")) return true;
    }
  }
  return false;
}

// [SECTION] [RULES]

using Misfits = std::vector<Misfit>;

// Rule 1: every block maps.
void check_unmapped(const ProcessView& view, Misfits& out) {
  for (const Block* block : view.process().ordered_blocks()) {
    if (view.row(block->id) == nullptr) out.push_back({MisfitReason::unmapped_block, block->id, "", ""});
  }
}

bool goes_back_a_stage(const ProcessView& view, const Flow& flow) {
  const auto from = view.stage_index(flow.from);
  const auto to = view.stage_index(flow.to);
  return from && to && *to < *from;
}

// Rule 2: no way back into an earlier stage. Intake afronden completes the
// Intake stage; CMMN does not start a completed stage again.
void check_closed_stage(const ProcessView& view, Misfits& out) {
  for (const auto& flow : view.process().flows) {
    if (goes_back_a_stage(view, flow)) out.push_back({MisfitReason::closed_stage, flow.to, flow.id, ""});
  }
}

bool ends_zaak(const Place& place) { return place.ends_zaak; }

// Rule 3: a conditional route only where the model leaves the choice to a
// person. Out of the intake it is the ontvankelijk decision (or asking for
// more information); inside In behandeling every task is optional and started
// by hand, so a choice between them is the behandelaar's. After a block that
// closes the zaak, what comes next would depend on the outcome: a route the
// model would have to take itself. Reopening is always possible.
void check_conditional(const ProcessView& view, Misfits& out) {
  for (const auto& flow : view.process().flows) {
    if (flow.kind != FlowKind::conditional) continue;
    if (view.row(flow.from) == nullptr || view.row(flow.to) == nullptr) continue;  // rule 1
    if (goes_back_a_stage(view, flow)) continue;                                  // rule 2
    if (!view.any_place(flow.from, ends_zaak)) continue;
    const Place* target = view.main_place(flow.to);
    if (target != nullptr && target->kind == PlaceKind::zaak_action) continue;
    out.push_back({MisfitReason::conditional_route, flow.from, flow.id, ""});
  }
}

// Rule 4: a rework loop returns to a stage or to a repeatable place.
void check_rework(const ProcessView& view, Misfits& out) {
  for (const auto& flow : view.process().flows) {
    if (flow.kind != FlowKind::rework) continue;
    const Place* target = view.main_place(flow.to);
    if (target == nullptr || goes_back_a_stage(view, flow)) continue;  // rules 1 and 2
    if (target->kind == PlaceKind::stage || target->repeatable) continue;
    out.push_back({MisfitReason::rework_not_repeatable, flow.to, flow.id, ""});
  }
}

// Two branches of one conditional choice that meet again are not parallel.
bool alternatives(const ProcessView& view, const std::string& first, const std::string& second) {
  for (const auto& [from, choices] : view.choices()) {
    for (const Flow* a : choices) {
      for (const Flow* b : choices) {
        if (a->to == b->to) continue;
        if (view.reaches(a->to, first) && view.reaches(b->to, second) &&
            !view.reaches(a->to, second) && !view.reaches(b->to, first)) {
          return true;
        }
      }
    }
  }
  return false;
}

// Rule 5: no parallel split (two or more plain flows out of one block to
// different blocks) and no parallel join (two or more plain flows into one
// block from blocks that are not alternatives of one choice).
void check_parallel(const ProcessView& view, Misfits& out) {
  const auto& process = view.process();
  for (const Block* block : process.ordered_blocks()) {
    std::vector<const Flow*> outgoing;
    std::vector<const Flow*> incoming;
    for (const auto& flow : process.flows) {
      if (flow.kind != FlowKind::sequence) continue;
      const auto same_end = [&](const std::vector<const Flow*>& list, bool by_target) {
        return std::any_of(list.begin(), list.end(), [&](const Flow* other) {
          return by_target ? other->to == flow.to : other->from == flow.from;
        });
      };
      if (flow.from == block->id && !same_end(outgoing, true)) outgoing.push_back(&flow);
      if (flow.to == block->id && !same_end(incoming, false)) incoming.push_back(&flow);
    }
    if (outgoing.size() >= 2) {
      out.push_back({MisfitReason::parallel_steps, block->id, outgoing[1]->id, ""});
    }
    bool join = false;
    for (std::size_t i = 0; i < incoming.size() && !join; ++i) {
      for (std::size_t j = i + 1; j < incoming.size() && !join; ++j) {
        join = !alternatives(view, incoming[i]->from, incoming[j]->from);
      }
    }
    if (join) out.push_back({MisfitReason::parallel_steps, block->id, incoming[1]->id, ""});
  }
}

// Rule 6: no timed steps, on a block's label or on a flow's.
void check_timed(const ProcessView& view, Misfits& out) {
  for (const Block* block : view.process().ordered_blocks()) {
    if (names_timed_step(block->label)) out.push_back({MisfitReason::timed_step, block->id, "", ""});
  }
  for (const auto& flow : view.process().flows) {
    if (names_timed_step(flow.label)) {
      out.push_back({MisfitReason::timed_step, flow.to, flow.id, ""});
    }
  }
}

// A block that concludes the zaak by a decision: one of its places is a user
// event that ends the zaak (Zaak afhandelen), which is where Besluiten goes.
bool concludes_by_decision(const Place& place) {
  return place.kind == PlaceKind::user_event && place.ends_zaak;
}

// Rule 7: an order the model cannot enforce. The tasks of In behandeling run
// in any order, and Goedkeuren waits for the behandelaar anyway, so advice
// before a decision needs no enforcing. Two decisions in sequence (the college
// after a mandaat) do: the model has one Zaak afhandelen and no chain of
// beslissers.
void check_order(const ProcessView& view, Misfits& out) {
  std::vector<const Block*> deciding;
  for (const Block* block : view.process().ordered_blocks()) {
    if (view.any_place(block->id, concludes_by_decision)) deciding.push_back(block);
  }
  for (const Block* later : deciding) {
    for (const Block* earlier : deciding) {
      if (earlier == later || !view.reaches(earlier->id, later->id)) continue;
      out.push_back({MisfitReason::enforced_order, later->id, "", earlier->id});
      break;
    }
  }
}

bool tells_citizen(const Place& place) {
  return !place.sets_status.empty() || place.informs_citizen;
}

// Rule 8: a status the citizen sees (informeren in the block's effective
// statustype, as the exporters resolve it) needs a place that sets a status
// or that reaches the citizen itself (a letter, a mail).
void check_status(const ProcessView& view, Misfits& out) {
  for (const Block* block : view.process().ordered_blocks()) {
    if (view.row(block->id) == nullptr) continue;  // rule 1
    const BlockVariant* variant = view.library().find_variant(block->kind, block->variant);
    if (variant == nullptr) continue;
    const ZaaktypeMapping mapping = apply_overrides(variant->mapping, block->overrides);
    if (!mapping.statustype || !mapping.statustype->informeren) continue;
    if (view.any_place(block->id, tells_citizen)) continue;
    out.push_back({MisfitReason::status_never_set, block->id, "", ""});
  }
}

// [SECTION] [TEXT] helpers

std::string block_name(const Process& process, const BlockLibrary& library,
                       const std::string& block_id, Language language) {
  const Block* block = process.find_block(block_id);
  if (block == nullptr) return block_id;
  if (!block->label.empty()) return block->label;
  if (const BlockVariant* variant = library.find_variant(block->kind, block->variant)) {
    return variant->name.in(language);
  }
  if (const BlockKind* kind = library.find_kind(block->kind)) return kind->name.in(language);
  return block->kind;
}

std::string ascii_lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

bool contains_word_ignoring_case(const std::string& text, const std::string& part) {
  return ascii_lower(text).find(ascii_lower(part)) != std::string::npos;
}

// "Leges (Betalen)": the block's label and, unless it names it already, its kind.
std::string block_with_kind(const Process& process, const BlockLibrary& library,
                            const std::string& block_id, Language language) {
  const std::string name = block_name(process, library, block_id, language);
  const Block* block = process.find_block(block_id);
  if (block == nullptr) return name;
  std::string kind_name = block->kind;
  if (const BlockVariant* variant = library.find_variant(block->kind, block->variant)) {
    kind_name = variant->name.in(language);
  } else if (const BlockKind* kind = library.find_kind(block->kind)) {
    kind_name = kind->name.in(language);
  }
  return contains_word_ignoring_case(name, kind_name) ? name : name + " (" + kind_name + ")";
}

std::string quoted(const std::string& text, Language language) {
  return language == Language::dutch ? "\u201C" + text + "\u201D" : "\"" + text + "\"";
}

}  // namespace

std::string_view to_string(MisfitReason reason) {
  switch (reason) {
    case MisfitReason::unmapped_block:
      return "unmapped_block";
    case MisfitReason::enforced_order:
      return "enforced_order";
    case MisfitReason::conditional_route:
      return "conditional_route";
    case MisfitReason::parallel_steps:
      return "parallel_steps";
    case MisfitReason::timed_step:
      return "timed_step";
    case MisfitReason::status_never_set:
      return "status_never_set";
    case MisfitReason::closed_stage:
      return "closed_stage";
    case MisfitReason::rework_not_repeatable:
      return "rework_not_repeatable";
  }
  return "unmapped_block";
}

// [SECTION] [FIT]

ProcessFit fit_process(const Process& process, const BlockLibrary& library,
                       const GenericModel& model) {
  const ProcessView view(process, library, model);
  ProcessFit fit;
  fit.process_id = process.id;
  for (const Block* block : process.ordered_blocks()) {
    BlockPlacement placement{block->id, {}};
    if (const BlockMapping* row = view.row(block->id)) placement.places = row->places;
    fit.placements.push_back(std::move(placement));
  }
  check_unmapped(view, fit.misfits);
  check_closed_stage(view, fit.misfits);
  check_conditional(view, fit.misfits);
  check_rework(view, fit.misfits);
  check_parallel(view, fit.misfits);
  check_timed(view, fit.misfits);
  check_order(view, fit.misfits);
  check_status(view, fit.misfits);
  fit.fits = fit.misfits.empty();
  return fit;
}

WorkshopFit fit_workshop(const Workshop& workshop, const BlockLibrary& library,
                         const GenericModel& model) {
  WorkshopFit result;
  std::set<std::string> fitting;
  for (const auto& process : workshop.processes) {
    result.processes.push_back(fit_process(process, library, model));
    if (result.processes.back().fits) {
      ++result.fitting;
      fitting.insert(process.id);
    }
  }
  // Products mapped onto a process of this workshop; maatwerk (no process)
  // counts in neither sum, as it runs on nothing generic at all.
  for (const auto& product : workshop.inventory) {
    if (product.process.empty() || workshop.find_process(product.process) == nullptr) continue;
    result.volume_total += product.volume_per_year;
    if (fitting.count(product.process) != 0) result.volume_fitting += product.volume_per_year;
  }
  return result;
}

// [SECTION] [TEXT]

std::string describe(const Misfit& misfit, const Process& process, const BlockLibrary& library,
                     Language language) {
  const bool nl = language == Language::dutch;
  const std::string name = block_name(process, library, misfit.block_id, language);
  const Flow* flow = misfit.flow_id.empty() ? nullptr : process.find_flow(misfit.flow_id);
  switch (misfit.reason) {
    case MisfitReason::unmapped_block: {
      const std::string full = block_with_kind(process, library, misfit.block_id, language);
      return nl ? full + " heeft geen plaats in het generieke model."
                : full + " has no place in the generic model.";
    }
    case MisfitReason::closed_stage: {
      const std::string from = flow ? block_name(process, library, flow->from, language) : "";
      return nl ? "Na " + from + " gaat het proces terug naar " + name +
                      ", maar de intake is dan al afgerond."
                : "After " + from + " the process goes back to " + name +
                      ", but the intake is closed by then.";
    }
    case MisfitReason::conditional_route: {
      const std::string label =
          flow && !flow->label.empty() ? " (" + quoted(flow->label, language) + ")" : "";
      return nl ? "De keuze na " + name + label +
                      " hangt af van de uitkomst, en die route kan het generieke model niet nemen."
                : "The choice after " + name + label +
                      " depends on the outcome, a route the generic model cannot take.";
    }
    case MisfitReason::rework_not_repeatable:
      return nl ? "De stap terug naar " + name +
                      " kan niet: het generieke model doet die stap maar één keer."
                : "The step back to " + name +
                      " cannot be: the generic model takes that step only once.";
    case MisfitReason::parallel_steps:
      if (flow != nullptr && flow->to == misfit.block_id) {
        return nl ? name + " wacht op stappen die tegelijk lopen, en die kent het generieke model niet."
                  : name + " waits for steps that run side by side, which the generic model cannot do.";
      }
      return nl ? "Na " + name + " lopen stappen tegelijk, en dat kent het generieke model niet."
                : "After " + name + " steps run side by side, which the generic model cannot do.";
    case MisfitReason::timed_step:
      if (flow != nullptr) {
        const std::string from = block_name(process, library, flow->from, language);
        return nl ? "De stap van " + from + " naar " + name + " wacht op een termijn (" +
                        quoted(flow->label, language) + "), en het generieke model wacht nooit zelf."
                  : "The step from " + from + " to " + name + " waits for a term (" +
                        quoted(flow->label, language) + "), and the generic model never waits by itself.";
      }
      return nl ? name + " wacht op een termijn, en het generieke model wacht nooit zelf."
                : name + " waits for a term, and the generic model never waits by itself.";
    case MisfitReason::enforced_order: {
      const std::string earlier = block_name(process, library, misfit.other_block_id, language);
      return nl ? name + " moet na " + earlier +
                      " komen, en die volgorde tussen twee besluiten dwingt het generieke model niet af."
                : name + " must come after " + earlier +
                      ", an order between two decisions the generic model does not enforce.";
    }
    case MisfitReason::status_never_set:
      return nl ? name + " laat de burger een status zien die het generieke model nooit zet."
                : name + " shows the citizen a status the generic model never sets.";
  }
  return {};
}

std::string reason(const ProcessFit& fit, const Process& process, const BlockLibrary& library,
                   Language language) {
  if (fit.misfits.empty()) return {};
  return describe(fit.misfits.front(), process, library, language);
}

}  // namespace blokjes::zac
