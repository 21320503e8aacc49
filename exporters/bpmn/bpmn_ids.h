#pragma once
// The ids of a BPMN document: valid NCNames (xsd:ID), unique in the
// document, and the same on every export of the same workshop, so a diff of
// two exports shows what changed in the process and not renumbering.
//
// Sections: NCName parts - IdRegistry - the id names of each element.

#include <set>
#include <string>
#include <string_view>

namespace blokjes::bpmn {

// A slug as part of an id: ASCII letters, digits, '-', '.' and '_' are kept,
// every other byte becomes '_'. Deterministic, but not one-to-one: "a b" and
// "a_b" give the same part, which IdRegistry then tells apart.
std::string ncname_part(std::string_view slug);

// Hands out each id once per document. The first claim of a wanted id gets
// it as is; a later claim of the same id gets "_2", "_3", ... appended. The
// writer claims in a fixed order (document, process by process, blocks and
// flows in model order), so the same workshop gets the same ids.
class IdRegistry {
 public:
  std::string claim(const std::string& wanted);
  bool contains(const std::string& id) const { return used_.count(id) != 0; }

 private:
  std::set<std::string, std::less<>> used_;
};

// Wanted ids (before IdRegistry::claim). `pid` is the process id, `bid` a
// block id, `fid` a flow id, `dept` a department id; each passes through
// ncname_part, and each starts with a letter, as an NCName must.
std::string process_id(std::string_view pid);
std::string participant_id(std::string_view pid);
std::string lane_set_id(std::string_view pid);
std::string lane_id(std::string_view pid, std::string_view dept);
std::string task_id(std::string_view pid, std::string_view bid);
std::string flow_id(std::string_view pid, std::string_view fid);
std::string start_event_id(std::string_view pid);
std::string end_event_id(std::string_view pid, std::string_view bid);  // bid empty: the process's only end
std::string split_gateway_id(std::string_view pid, std::string_view bid);
std::string join_gateway_id(std::string_view pid, std::string_view bid);
std::string fork_gateway_id(std::string_view pid);
// A sequence flow the writer adds (into a gateway, to an event): `what`
// says which, e.g. "b3_split", "start_b1".
std::string connector_id(std::string_view pid, std::string_view what);
std::string diagram_element_id(std::string_view element_id);  // "<id>_di"

}  // namespace blokjes::bpmn
