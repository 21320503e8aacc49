#include "workshop_validation.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>
#include <unordered_map>
#include <unordered_set>

#include "block_index.h"
#include "identifier_text.h"
#include "iso8601.h"
#include "utf8_text.h"
#include "workshop_file.h"

// [SECTION] Findings
// [SECTION] Identifiers and coordinates
// [SECTION] Workshop-level rules
// [SECTION] The workshop's flow: participants, rounds, notes, votes, slides
// [SECTION] Zaaktype fields
// [SECTION] Blocks and flows
// [SECTION] Graph shape

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Findings
// -----------------------------------------------------------------------------

class Findings {
 public:
  Diagnostic& add(Severity severity, std::string pointer, std::string message) {
    diagnostics_.push_back({severity, std::move(pointer), std::move(message), "", "", ""});
    return diagnostics_.back();
  }
  void error(std::string pointer, std::string message) {
    add(Severity::error, std::move(pointer), std::move(message));
  }
  void warning(std::string pointer, std::string message) {
    add(Severity::warning, std::move(pointer), std::move(message));
  }
  std::vector<Diagnostic> take() { return std::move(diagnostics_); }
  std::vector<Diagnostic>& all() { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

// -----------------------------------------------------------------------------
// [SECTION] Identifiers and coordinates
// -----------------------------------------------------------------------------

// An id in a message: short and printable, however long or strange the id is.
std::string quoted_id(std::string_view id) {
  return "\"" + shown_identifier(id) + "\"";
}

void check_duration(const std::string& text, const std::string& pointer, Findings& findings) {
  if (!parse_iso_duration(text)) {
    findings.error(pointer, quoted_id(text) + " is not an ISO-8601 duration such as P8W or P1Y6M");
  }
}

// One finding per problem id, not per occurrence: 1,000 blocks sharing an id
// give one finding with the count (at the second occurrence, where the
// duplication starts), in linear time.
template <typename Items, typename PointerOf>
void check_unique_ids(const Items& items, const char* what, PointerOf pointer_of,
                      Findings& findings) {
  struct Occurrences {
    std::size_t first = 0;
    std::size_t second = 0;
    std::size_t count = 0;
  };
  std::unordered_map<std::string_view, Occurrences> seen;
  std::vector<std::string_view> duplicated;  // in order of their second occurrence
  std::size_t empty_count = 0;
  std::size_t first_empty = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string& id = items[i].id;
    if (id.empty()) {
      if (empty_count++ == 0) first_empty = i;
      continue;
    }
    if (id.size() > kMaxIdentifierLength &&
        (is_valid_utf8(id) ? utf8_length(id) : id.size()) > kMaxIdentifierLength) {
      findings.error(pointer_of(i) + "/id",
                     std::string(what) + " id " + quoted_id(id) + " is longer than " +
                         std::to_string(kMaxIdentifierLength) +
                         " characters; ids are short names used in file names and lists");
    }
    auto& occurrences = seen[id];
    if (occurrences.count == 0) occurrences.first = i;
    if (occurrences.count == 1) {
      occurrences.second = i;
      duplicated.push_back(id);
    }
    ++occurrences.count;
  }
  if (empty_count == 1) {
    findings.error(pointer_of(first_empty) + "/id", std::string("empty ") + what + " id");
  } else if (empty_count > 1) {
    findings.error(pointer_of(first_empty) + "/id",
                   std::to_string(empty_count) + " " + what + " ids are empty (this is the first)");
  }
  for (const auto id : duplicated) {
    const auto& occurrences = seen[id];
    findings.error(pointer_of(occurrences.second) + "/id",
                   std::string("duplicate ") + what + " id " + quoted_id(id) + " is used " +
                       std::to_string(occurrences.count) + " times (first at " +
                       pointer_of(occurrences.first) + "); ids must be unique");
  }
}

// Positions are model data: a canvas is a few thousand units across, and a
// coordinate such as 1e308 overflows every sum a view makes with it. The loader
// keeps such a file (so it can be opened and fixed); validation reports it.
constexpr double kMaxCoordinate = 1e6;

void check_position(const Position& position, const std::string& pointer, Findings& findings) {
  const auto check = [&](double value, const char* axis) {
    if (std::isfinite(value) && std::fabs(value) <= kMaxCoordinate) return;
    char shown[64];
    std::snprintf(shown, sizeof shown, "%g", value);
    findings.error(pointer + "/position/" + axis,
                   std::string("position ") + axis + " = " + shown +
                       " is outside the canvas; expected -1000000 to 1000000");
  };
  check(position.x, "x");
  check(position.y, "y");
}

// -----------------------------------------------------------------------------
// [SECTION] Workshop-level rules
// -----------------------------------------------------------------------------

void check_workshop_fields(const Workshop& workshop, Findings& findings) {
  if (!workshop.date.empty() && !is_iso_date(workshop.date)) {
    findings.error("/date", quoted_id(workshop.date) + " is not a date as YYYY-MM-DD");
  }
  check_unique_ids(
      workshop.departments, "department",
      [](std::size_t i) { return "/departments/" + std::to_string(i); }, findings);
  check_unique_ids(workshop.processes, "process", process_pointer, findings);
  check_unique_ids(
      workshop.notes, "note", [](std::size_t i) { return "/notes/" + std::to_string(i); },
      findings);
  for (std::size_t i = 0; i < workshop.participants.size(); ++i) {
    const auto& department = workshop.participants[i].department;
    if (!department.empty() && !workshop.find_department(department)) {
      findings.warning("/participants/" + std::to_string(i) + "/department",
                       "participant's department " + quoted_id(department) + " is not in departments");
    }
  }
  for (std::size_t i = 0; i < workshop.notes.size(); ++i) {
    const auto& process = workshop.notes[i].process;
    if (!process.empty() && !workshop.find_process(process)) {
      findings.error("/notes/" + std::to_string(i) + "/process",
                     "note refers to unknown process " + quoted_id(process));
    }
  }
}

// -----------------------------------------------------------------------------
// [SECTION] The workshop's flow: participants, rounds, notes, votes, slides
// -----------------------------------------------------------------------------

std::string item_pointer(const char* list, std::size_t index) {
  return std::string("/") + list + "/" + std::to_string(index);
}

bool is_hex_colour(const std::string& colour) {
  if (colour.size() != 7 || colour[0] != '#') return false;
  for (std::size_t i = 1; i < colour.size(); ++i) {
    if (!std::isxdigit(static_cast<unsigned char>(colour[i]))) return false;
  }
  return true;
}

void check_colour(const std::string& colour, const std::string& pointer, Findings& findings) {
  if (!colour.empty() && !is_hex_colour(colour)) {
    findings.error(pointer, quoted_id(colour) + " is not a colour as #RRGGBB");
  }
}

void check_participants_and_rounds(const Workshop& workshop, Findings& findings) {
  check_unique_ids(
      workshop.participants, "participant",
      [](std::size_t i) { return item_pointer("participants", i); }, findings);
  for (std::size_t i = 0; i < workshop.participants.size(); ++i) {
    check_colour(workshop.participants[i].colour, item_pointer("participants", i) + "/colour",
                 findings);
  }
  check_unique_ids(
      workshop.rounds, "round", [](std::size_t i) { return item_pointer("rounds", i); },
      findings);
  for (std::size_t i = 0; i < workshop.rounds.size(); ++i) {
    const Round& round = workshop.rounds[i];
    if (round.minutes < 1) {
      findings.error(item_pointer("rounds", i) + "/minutes",
                     "round " + quoted_id(round.id) + " lasts " + std::to_string(round.minutes) +
                         " minutes; expected at least 1");
    }
    if (round.dots < 0) {
      findings.error(item_pointer("rounds", i) + "/dots",
                     "round " + quoted_id(round.id) + " gives " + std::to_string(round.dots) +
                         " dots; expected 0 (no voting) or more");
    }
  }
}

void check_sticky_notes(const Workshop& workshop, Findings& findings) {
  for (std::size_t i = 0; i < workshop.notes.size(); ++i) {
    const Note& note = workshop.notes[i];
    const auto pointer = item_pointer("notes", i);
    if (note.position) {
      check_position(*note.position, pointer, findings);
      if (note.process.empty()) {
        findings.warning(pointer + "/process",
                         "note has a position but no process whose canvas it is on");
      }
    }
    check_colour(note.colour, pointer + "/colour", findings);
    if (!note.placed_in_round.empty() && !workshop.find_round(note.placed_in_round)) {
      findings.warning(pointer + "/placedInRound",
                       "note was placed in unknown round " + quoted_id(note.placed_in_round));
    }
  }
}

// A dot names its round, participant and target; one that names something
// missing is not counted (core/dot_voting.h), so it is a warning, not an error.
void check_vote_references(const Workshop& workshop, const Vote& vote, const std::string& pointer,
                           Findings& findings) {
  const auto warn = [&](const char* field, std::string message) {
    findings.warning(pointer + "/" + field, std::move(message));
  };
  if (!workshop.find_round(vote.round)) warn("round", "dot in unknown round " + quoted_id(vote.round));
  if (!workshop.find_participant(vote.participant)) {
    warn("participant", "dot by unknown participant " + quoted_id(vote.participant));
  }
  const Process* process = workshop.find_process(vote.process);
  if (!process) {
    warn("process", "dot on unknown process " + quoted_id(vote.process));
  } else if (vote.target_kind == VoteTarget::block && !process->find_block(vote.target)) {
    warn("target", "dot on unknown block " + quoted_id(vote.target) + " of process " +
                       quoted_id(vote.process));
  } else if (vote.target_kind == VoteTarget::note) {
    const Note* note = workshop.find_note(vote.target);
    if (!note) {
      warn("target", "dot on unknown note " + quoted_id(vote.target));
    } else if (note->process != vote.process) {
      warn("process", "dot on note " + quoted_id(vote.target) + " names process " +
                          quoted_id(vote.process) + " but the note is on " +
                          quoted_id(note->process));
    }
  }
}

// One finding per participant and round, at the first dot over the limit.
void check_votes(const Workshop& workshop, Findings& findings) {
  std::map<std::pair<std::string_view, std::string_view>, int> used;
  for (std::size_t i = 0; i < workshop.votes.size(); ++i) {
    const Vote& vote = workshop.votes[i];
    const auto pointer = item_pointer("votes", i);
    check_vote_references(workshop, vote, pointer, findings);
    const Round* round = workshop.find_round(vote.round);
    if (!round) continue;
    const int count = ++used[{vote.round, vote.participant}];
    if (count == round->dots + 1) {
      findings.error(pointer, "participant " + quoted_id(vote.participant) +
                                  " has more dots in round " + quoted_id(vote.round) +
                                  " than the " + std::to_string(round->dots) + " it allows");
    }
  }
}

void check_parking_lot(const Workshop& workshop, Findings& findings) {
  check_unique_ids(
      workshop.parking_lot, "parked question",
      [](std::size_t i) { return item_pointer("parkingLot", i); }, findings);
  for (std::size_t i = 0; i < workshop.parking_lot.size(); ++i) {
    const auto& round = workshop.parking_lot[i].round;
    if (!round.empty() && !workshop.find_round(round)) {
      findings.warning(item_pointer("parkingLot", i) + "/round",
                       "parked question refers to unknown round " + quoted_id(round));
    }
  }
}

void check_slide_process(const Workshop& workshop, const std::string& process_id,
                         const std::string& pointer, Findings& findings) {
  if (!process_id.empty() && !workshop.find_process(process_id)) {
    findings.warning(pointer, "slide shows unknown process " + quoted_id(process_id));
  }
}

void check_running_order(const Workshop& workshop, Findings& findings) {
  for (std::size_t i = 0; i < workshop.running_order.size(); ++i) {
    const Slide& slide = workshop.running_order[i];
    const auto pointer = item_pointer("runningOrder", i);
    check_slide_process(workshop, slide.process, pointer + "/process", findings);
    check_slide_process(workshop, slide.other_process, pointer + "/otherProcess", findings);
    if (slide.kind == SlideKind::compare &&
        (slide.process.empty() || slide.other_process.empty())) {
      findings.error(pointer, "a compare slide needs two processes (process and otherProcess)");
    }
    if ((slide.kind == SlideKind::canvas || slide.kind == SlideKind::citizen) &&
        slide.process.empty()) {
      findings.error(pointer + "/process", "a " + std::string(to_string(slide.kind)) +
                                               " slide needs the process it shows");
    }
  }
}

void check_inventory(const Workshop& workshop, Findings& findings) {
  for (std::size_t i = 0; i < workshop.inventory.size(); ++i) {
    const auto& process = workshop.inventory[i].process;
    if (!process.empty() && !workshop.find_process(process)) {
      findings.warning(item_pointer("inventory", i) + "/process",
                       "product is mapped onto unknown process " + quoted_id(process));
    }
  }
}

void check_flow_of_the_session(const Workshop& workshop, Findings& findings) {
  check_participants_and_rounds(workshop, findings);
  check_sticky_notes(workshop, findings);
  check_votes(workshop, findings);
  check_parking_lot(workshop, findings);
  check_running_order(workshop, findings);
  check_inventory(workshop, findings);
}

// -----------------------------------------------------------------------------
// [SECTION] Zaaktype fields
// -----------------------------------------------------------------------------

void check_zaaktype(const ZaaktypeFields& fields, const std::string& pointer, Findings& findings) {
  check_duration(fields.doorlooptijd, pointer + "/doorlooptijd", findings);
  // Only that the servicenorm is a duration: whether it fits the doorlooptijd is
  // a publishing rule of the zaaktype, checked once, by src/catalogi's profiles.
  if (fields.servicenorm) check_duration(*fields.servicenorm, pointer + "/servicenorm", findings);
  if (fields.verlengingstermijn) {
    check_duration(*fields.verlengingstermijn, pointer + "/verlengingstermijn", findings);
  }
  if (fields.verlenging_mogelijk && !fields.verlengingstermijn) {
    findings.warning(pointer + "/verlengingstermijn",
                     "verlengingMogelijk is true but no verlengingstermijn is given");
  }
  if (const auto& procestype = fields.selectielijst_procestype) {
    if (procestype->jaar != 2017 && procestype->jaar != 2020) {
      findings.error(pointer + "/selectielijstProcestype/jaar",
                     "Selectielijst year " + std::to_string(procestype->jaar) +
                         " is unknown; expected 2017 or 2020");
    }
    if (procestype->nummer < 1 || procestype->nummer > 29) {
      findings.error(pointer + "/selectielijstProcestype/nummer",
                     "Selectielijst procestype " + std::to_string(procestype->nummer) +
                         " does not exist; expected 1 to 29");
    }
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Blocks and flows
// -----------------------------------------------------------------------------

void check_overrides(const MappingOverrides& overrides, const std::string& pointer,
                     Findings& findings) {
  if (overrides.statustype.doorlooptijd) {
    check_duration(*overrides.statustype.doorlooptijd, pointer + "/statustype/doorlooptijd",
                   findings);
  }
  if (overrides.besluittype) {
    check_duration(overrides.besluittype->reactietermijn, pointer + "/besluittype/reactietermijn",
                   findings);
  }
  if (overrides.resultaattypen) {
    // Empty terms come from the Selectielijst at export.
    for (std::size_t i = 0; i < overrides.resultaattypen->size(); ++i) {
      const auto& resultaattype = (*overrides.resultaattypen)[i];
      const auto item = pointer + "/resultaattypen/" + std::to_string(i);
      if (!resultaattype.archiefactietermijn.empty()) {
        check_duration(resultaattype.archiefactietermijn, item + "/archiefactietermijn", findings);
      }
      if (!resultaattype.procestermijn.empty()) {
        check_duration(resultaattype.procestermijn, item + "/procestermijn", findings);
      }
    }
  }
}

void check_block(const Workshop& workshop, const BlockLibrary& library, const Block& block,
                 const std::string& pointer, Findings& findings) {
  const BlockKind* kind = library.find_kind(block.kind);
  if (!kind) {
    std::string known;
    for (const auto& candidate : library.kinds())
      known += (known.empty() ? "" : ", ") + candidate.id;
    findings.error(pointer + "/kind",
                   "unknown block kind " + quoted_id(block.kind) + "; expected one of: " + known);
  } else if (!kind->find_variant(block.variant)) {
    std::string known;
    for (const auto& variant : kind->variants) known += (known.empty() ? "" : ", ") + variant.id;
    findings.error(pointer + "/variant", "block kind \"" + block.kind + "\" has no variant " +
                                             quoted_id(block.variant) + "; expected one of: " + known);
  }
  if (block.lane.empty()) {
    findings.warning(pointer + "/lane", "block has no lane (department)");
  } else if (!workshop.find_department(block.lane)) {
    findings.error(pointer + "/lane", "lane " + quoted_id(block.lane) + " is not a department");
  }
  check_position(block.position, pointer, findings);
  check_overrides(block.overrides, pointer + "/overrides", findings);
  // Provenance that names nobody is kept (a participant may have been removed
  // from the list); replay and colouring by participant then skip it.
  if (!block.placed_by.empty() && !workshop.find_participant(block.placed_by)) {
    findings.warning(pointer + "/placedBy",
                     "block was placed by unknown participant " + quoted_id(block.placed_by));
  }
  if (!block.placed_in_round.empty() && !workshop.find_round(block.placed_in_round)) {
    findings.warning(pointer + "/placedInRound",
                     "block was placed in unknown round " + quoted_id(block.placed_in_round));
  }
}

void check_flow(const BlockIndex& blocks, const Flow& flow, const std::string& pointer,
                Findings& findings) {
  if (!blocks.find(flow.from)) {
    findings.error(pointer + "/from", "flow starts at unknown block " + quoted_id(flow.from));
  }
  if (!blocks.find(flow.to)) {
    findings.error(pointer + "/to", "flow ends at unknown block " + quoted_id(flow.to));
  }
  if (flow.from == flow.to) {
    findings.error(pointer + "/to", "flow connects block " + quoted_id(flow.from) + " to itself");
  }
  if (flow.kind == FlowKind::conditional && flow.label.empty()) {
    findings.warning(pointer + "/label", "conditional flow has no label saying when it is taken");
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Graph shape
// -----------------------------------------------------------------------------

void check_reachability(const Process& process, std::size_t process_index, Findings& findings) {
  const auto starts = process.start_blocks();
  if (starts.empty()) {
    findings.warning(process_pointer(process_index) + "/flows",
                     "every block has an incoming flow, so the process has no start");
    return;
  }
  if (starts.size() > 1) {
    findings.warning(process_pointer(process_index) + "/blocks",
                     "process has " + std::to_string(starts.size()) +
                         " blocks without an incoming flow; expected one start");
  }
  std::unordered_map<std::string_view, std::vector<std::string_view>> successors;
  for (const auto& flow : process.flows) successors[flow.from].push_back(flow.to);
  std::unordered_set<std::string_view> reached;
  std::vector<std::string_view> stack{starts.front()->id};
  while (!stack.empty()) {
    const auto id = stack.back();
    stack.pop_back();
    if (!reached.insert(id).second) continue;
    for (const auto next : successors[id]) stack.push_back(next);
  }
  for (std::size_t i = 0; i < process.blocks.size(); ++i) {
    const Block& block = process.blocks[i];
    if (starts.size() == 1 && !reached.contains(block.id)) {
      findings
          .add(Severity::warning, block_pointer(process_index, i),
               "block " + quoted_id(block.id) + " cannot be reached from the start block " +
                   quoted_id(starts.front()->id))
          .block_id = block.id;
    }
  }
}

void check_process(const Workshop& workshop, const BlockLibrary& library, std::size_t index,
                   Findings& findings) {
  const Process& process = workshop.processes[index];
  const std::string pointer = process_pointer(index);
  const std::size_t first = findings.all().size();
  if (!process.id.empty() && !is_slug(process.id)) {
    findings.error(pointer + "/id", "process id " + quoted_id(process.id) +
                                        " is not a slug (lower-case letters, digits, dashes)");
  }
  if (process.department.empty()) {
    findings.warning(pointer + "/department", "process has no owning department");
  } else if (!workshop.find_department(process.department)) {
    findings.error(pointer + "/department",
                   "department " + quoted_id(process.department) + " is not in departments");
  }
  check_zaaktype(process.zaaktype, pointer + "/zaaktype", findings);
  check_unique_ids(
      process.blocks, "block", [&](std::size_t i) { return block_pointer(index, i); }, findings);
  check_unique_ids(
      process.flows, "flow", [&](std::size_t i) { return flow_pointer(index, i); }, findings);
  for (std::size_t i = 0; i < process.blocks.size(); ++i) {
    const std::size_t before = findings.all().size();
    check_block(workshop, library, process.blocks[i], block_pointer(index, i), findings);
    for (std::size_t d = before; d < findings.all().size(); ++d) {
      findings.all()[d].block_id = process.blocks[i].id;
    }
  }
  const BlockIndex blocks(process);  // a lookup per flow end: linear, not blocks x flows
  for (std::size_t i = 0; i < process.flows.size(); ++i) {
    const std::size_t before = findings.all().size();
    check_flow(blocks, process.flows[i], flow_pointer(index, i), findings);
    for (std::size_t d = before; d < findings.all().size(); ++d) {
      findings.all()[d].flow_id = process.flows[i].id;
    }
  }
  if (process.blocks.empty()) {
    findings.warning(pointer + "/blocks", "process has no blocks yet");
  } else {
    check_reachability(process, index, findings);
  }
  for (std::size_t d = first; d < findings.all().size(); ++d) {
    findings.all()[d].process_id = process.id;
  }
}

}  // namespace

std::vector<Diagnostic> validate_workshop(const Workshop& workshop, const BlockLibrary& library) {
  Findings findings;
  check_workshop_fields(workshop, findings);
  check_flow_of_the_session(workshop, findings);
  for (std::size_t i = 0; i < workshop.processes.size(); ++i) {
    check_process(workshop, library, i, findings);
  }
  return findings.take();
}

}  // namespace blokjes
