#include "workshop_validation.h"

#include <regex>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "iso8601.h"
#include "workshop_file.h"

// [SECTION] Findings
// [SECTION] Workshop-level rules
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

bool is_slug(const std::string& text) {
  static const std::regex slug("[a-z0-9]+(-[a-z0-9]+)*");
  return std::regex_match(text, slug);
}

template <typename Items, typename PointerOf>
void check_unique_ids(const Items& items, const char* what, PointerOf pointer_of,
                      Findings& findings) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string& id = items[i].id;
    if (id.empty()) {
      findings.error(pointer_of(i) + "/id", std::string("empty ") + what + " id");
    } else if (!seen.insert(id).second) {
      findings.error(pointer_of(i) + "/id",
                     std::string("duplicate ") + what + " id \"" + id + "\"; ids must be unique");
    }
  }
}

void check_duration(const std::string& text, const std::string& pointer, Findings& findings) {
  if (!parse_iso_duration(text)) {
    findings.error(pointer, "\"" + text + "\" is not an ISO-8601 duration such as P8W or P1Y6M");
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Workshop-level rules
// -----------------------------------------------------------------------------

void check_workshop_fields(const Workshop& workshop, Findings& findings) {
  if (!workshop.date.empty() && !is_iso_date(workshop.date)) {
    findings.error("/date", "\"" + workshop.date + "\" is not a date as YYYY-MM-DD");
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
                       "participant's department \"" + department + "\" is not in departments");
    }
  }
  for (std::size_t i = 0; i < workshop.notes.size(); ++i) {
    const auto& process = workshop.notes[i].process;
    if (!process.empty() && !workshop.find_process(process)) {
      findings.error("/notes/" + std::to_string(i) + "/process",
                     "note refers to unknown process \"" + process + "\"");
    }
  }
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
                   "unknown block kind \"" + block.kind + "\"; expected one of: " + known);
  } else if (!kind->find_variant(block.variant)) {
    std::string known;
    for (const auto& variant : kind->variants) known += (known.empty() ? "" : ", ") + variant.id;
    findings.error(pointer + "/variant", "block kind \"" + block.kind + "\" has no variant \"" +
                                             block.variant + "\"; expected one of: " + known);
  }
  if (block.lane.empty()) {
    findings.warning(pointer + "/lane", "block has no lane (department)");
  } else if (!workshop.find_department(block.lane)) {
    findings.error(pointer + "/lane", "lane \"" + block.lane + "\" is not a department");
  }
  check_overrides(block.overrides, pointer + "/overrides", findings);
}

void check_flow(const Process& process, const Flow& flow, const std::string& pointer,
                Findings& findings) {
  if (!process.find_block(flow.from)) {
    findings.error(pointer + "/from", "flow starts at unknown block \"" + flow.from + "\"");
  }
  if (!process.find_block(flow.to)) {
    findings.error(pointer + "/to", "flow ends at unknown block \"" + flow.to + "\"");
  }
  if (flow.from == flow.to) {
    findings.error(pointer + "/to", "flow connects block \"" + flow.from + "\" to itself");
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
               "block \"" + block.id + "\" cannot be reached from the start block \"" +
                   starts.front()->id + "\"")
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
    findings.error(pointer + "/id", "process id \"" + process.id +
                                        "\" is not a slug (lower-case letters, digits, dashes)");
  }
  if (process.department.empty()) {
    findings.warning(pointer + "/department", "process has no owning department");
  } else if (!workshop.find_department(process.department)) {
    findings.error(pointer + "/department",
                   "department \"" + process.department + "\" is not in departments");
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
  for (std::size_t i = 0; i < process.flows.size(); ++i) {
    const std::size_t before = findings.all().size();
    check_flow(process, process.flows[i], flow_pointer(index, i), findings);
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
  for (std::size_t i = 0; i < workshop.processes.size(); ++i) {
    check_process(workshop, library, i, findings);
  }
  return findings.take();
}

}  // namespace blokjes
