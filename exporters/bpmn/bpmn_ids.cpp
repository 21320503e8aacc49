#include "bpmn_ids.h"

namespace blokjes::bpmn {

std::string ncname_part(std::string_view slug) {
  std::string part;
  part.reserve(slug.size());
  for (char c : slug) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.' || c == '_';
    part += keep ? c : '_';
  }
  return part;
}

std::string IdRegistry::claim(const std::string& wanted) {
  std::string id = wanted;
  for (int suffix = 2; used_.count(id) != 0; ++suffix) id = wanted + "_" + std::to_string(suffix);
  used_.insert(id);
  return id;
}

namespace {

std::string join_parts(std::string_view prefix, std::string_view a, std::string_view b = {}) {
  std::string id(prefix);
  id += '_';
  id += ncname_part(a);
  if (!b.empty()) {
    id += '_';
    id += ncname_part(b);
  }
  return id;
}

}  // namespace

std::string process_id(std::string_view pid) { return join_parts("Process", pid); }
std::string participant_id(std::string_view pid) { return join_parts("Participant", pid); }
std::string lane_set_id(std::string_view pid) { return join_parts("LaneSet", pid); }
std::string lane_id(std::string_view pid, std::string_view dept) { return join_parts("Lane", pid, dept); }
std::string task_id(std::string_view pid, std::string_view bid) { return join_parts("Task", pid, bid); }
std::string flow_id(std::string_view pid, std::string_view fid) { return join_parts("Flow", pid, fid); }
std::string start_event_id(std::string_view pid) { return join_parts("Start", pid); }
std::string end_event_id(std::string_view pid, std::string_view bid) { return join_parts("End", pid, bid); }
std::string split_gateway_id(std::string_view pid, std::string_view bid) {
  return join_parts("Split", pid, bid);
}
std::string join_gateway_id(std::string_view pid, std::string_view bid) {
  return join_parts("Join", pid, bid);
}
std::string fork_gateway_id(std::string_view pid) { return join_parts("Fork", pid); }
std::string connector_id(std::string_view pid, std::string_view what) {
  return join_parts("Flow", pid, what);
}
std::string diagram_element_id(std::string_view element_id) {
  return std::string(element_id) + "_di";
}

}  // namespace blokjes::bpmn
