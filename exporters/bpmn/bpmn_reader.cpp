#include "bpmn_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bpmn_import_graph.h"
#include "bpmn_import_layout.h"
#include "bpmn_import_xml.h"
#include "bpmn_vocabulary.h"
#include "catalogi/block_kind_guess.h"
#include "core/identifier_text.h"
#include "core/json_text.h"
#include "core/process_editing.h"
#include "core/utf8_text.h"

// [SECTION] Element kinds
// [SECTION] Small readers: numbers, names, our extension elements
// [SECTION] The whole document: pools, diagram, what a workshop cannot hold
// [SECTION] One process: its nodes, flows and lanes
// [SECTION] Departments and ids
// [SECTION] One process -> one workshop process
// [SECTION] looks_like_bpmn
// [SECTION] Entry points

namespace blokjes::bpmn {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Element kinds
// -----------------------------------------------------------------------------

// Every kind of activity becomes one block; subprocesses are not flattened
// (one block under the subprocess's name, with a warning that its inside is
// not shown), so a process keeps the shape its modeller drew at its level.
constexpr std::string_view kTaskTypes[] = {
    "task",         "userTask",         "serviceTask", "manualTask", "sendTask",
    "receiveTask",  "scriptTask",       "businessRuleTask", "callActivity"};
constexpr std::string_view kSubprocessTypes[] = {"subProcess", "adHocSubProcess", "transaction"};
constexpr std::string_view kGatewayTypes[] = {"exclusiveGateway", "inclusiveGateway",
                                              "parallelGateway", "complexGateway",
                                              "eventBasedGateway"};
constexpr std::string_view kPassedEventTypes[] = {"endEvent", "intermediateCatchEvent",
                                                  "intermediateThrowEvent", "implicitThrowEvent"};
// Children of a process the import reads elsewhere or that carry nothing a
// workshop shows: passed without a word. Data and artifacts are counted by
// the document scan instead.
constexpr std::string_view kQuietTypes[] = {
    "documentation", "extensionElements", "ioSpecification", "property", "auditing",
    "monitoring",    "supports",          "laneSet",         "dataObject", "dataObjectReference",
    "dataStoreReference", "textAnnotation", "association",   "group",     "correlationSubscription",
    "resourceRole",  "performer",         "humanPerformer",  "potentialOwner", "dataInput",
    "dataOutput",    "inputSet",          "outputSet"};
// What a workshop cannot hold, counted over the whole document.
constexpr std::string_view kDataTypes[] = {"dataObject", "dataObjectReference", "dataStore",
                                           "dataStoreReference"};
constexpr std::string_view kDataAssociationTypes[] = {"dataInputAssociation",
                                                      "dataOutputAssociation"};

template <std::size_t N>
bool one_of(std::string_view value, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), value) != std::end(list);
}

bool is_activity_type(std::string_view type) {
  return one_of(type, kTaskTypes) || one_of(type, kSubprocessTypes);
}

// -----------------------------------------------------------------------------
// [SECTION] Small readers: numbers, names, our extension elements
// -----------------------------------------------------------------------------

std::optional<double> number(pugi::xml_attribute attribute) {
  if (!attribute) return std::nullopt;
  std::string_view text = attribute.value();
  while (!text.empty() && (text.front() == ' ' || text.front() == '+')) text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::string attribute_text(pugi::xml_node node, const char* name) {
  return clean_text(node.attribute(name).value());
}

// The element's name, else its id: every block and message needs a name.
std::string name_or_id(pugi::xml_node node) {
  auto name = attribute_text(node, "name");
  return name.empty() ? attribute_text(node, "id") : name;
}

// Ids in messages: the first few and how many more.
std::string listed(const std::vector<std::string>& ids) {
  constexpr std::size_t kShown = 5;
  std::string list;
  for (std::size_t i = 0; i < ids.size() && i < kShown; ++i) {
    list += (i == 0 ? "" : ", ") + shown_identifier(ids[i], 60);
  }
  if (ids.size() > kShown) list += " and " + std::to_string(ids.size() - kShown) + " more";
  return list;
}

std::string plural(std::size_t count, const std::string& one, const std::string& more) {
  return std::to_string(count) + " " + (count == 1 ? one : more);
}

// A slug short enough to be a zaaktype identificatie (50 characters), for
// process and department ids.
std::string short_slug(const std::string& name) {
  constexpr std::size_t kMaxSlug = 50;
  std::string slug = slug_from_name(name);
  if (slug.size() > kMaxSlug) slug.resize(kMaxSlug);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "proces" : slug;
}

// Our element `local` inside the element's <extensionElements>.
pugi::xml_node blokjes_extension(pugi::xml_node element, std::string_view local) {
  const auto extensions = child_in(element, kBpmnNamespace, "extensionElements");
  return extensions ? child_in(extensions, kBlokjesNamespace, local) : pugi::xml_node{};
}

std::optional<std::string> optional_attribute(pugi::xml_node node, std::string_view name) {
  const auto attribute = node.attribute(std::string(name).c_str());
  if (!attribute) return std::nullopt;
  return clean_text(attribute.value());
}

std::string extension_text(pugi::xml_node node, std::string_view name) {
  return optional_attribute(node, name).value_or("");
}

// -----------------------------------------------------------------------------
// [SECTION] The whole document: pools, diagram, what a workshop cannot hold
// -----------------------------------------------------------------------------

struct DiShape {
  DiBounds bounds;
  std::optional<bool> horizontal;
};

struct DocumentFacts {
  std::unordered_map<std::string, std::string> pool_name;     // process id -> participant name
  std::unordered_map<std::string, std::string> pool_of;       // process id -> participant id
  std::unordered_map<std::string, DiShape> shapes;            // BPMN element id -> first shape
  std::vector<std::string> message_flows;
  std::vector<std::string> data_objects;
  std::vector<std::string> data_associations;
  std::vector<std::string> annotations;
  std::vector<std::string> groups;
  std::vector<std::string> black_box_pools;  // participants without a process
  bool nested_too_deep = false;
};

void read_diagram(pugi::xml_node definitions, DocumentFacts& facts) {
  for (const auto diagram : definitions.children()) {
    if (!is_in(diagram, kBpmnDiNamespace, "BPMNDiagram")) continue;
    for (const auto plane : diagram.children()) {
      if (!is_in(plane, kBpmnDiNamespace, "BPMNPlane")) continue;
      for (const auto shape : plane.children()) {
        if (!is_in(shape, kBpmnDiNamespace, "BPMNShape")) continue;
        const auto bounds = child_in(shape, kDcNamespace, "Bounds");
        const auto x = number(bounds.attribute("x"));
        const auto y = number(bounds.attribute("y"));
        if (!x || !y) continue;
        DiShape read{{*x, *y, number(bounds.attribute("width")).value_or(0),
                      number(bounds.attribute("height")).value_or(0)},
                     std::nullopt};
        if (const auto horizontal = shape.attribute("isHorizontal")) {
          read.horizontal = horizontal.as_bool();
        }
        facts.shapes.try_emplace(shape.attribute("bpmnElement").value(), read);
      }
    }
  }
}

void read_collaborations(pugi::xml_node definitions, DocumentFacts& facts) {
  for (const auto collaboration : definitions.children()) {
    if (!is_bpmn(collaboration, "collaboration")) continue;
    for (const auto child : collaboration.children()) {
      if (is_bpmn(child, "participant")) {
        const std::string process = child.attribute("processRef").value();
        if (process.empty()) {
          facts.black_box_pools.push_back(name_or_id(child));
          continue;
        }
        facts.pool_name.try_emplace(process, attribute_text(child, "name"));
        facts.pool_of.try_emplace(process, child.attribute("id").value());
      } else if (is_bpmn(child, "messageFlow")) {
        facts.message_flows.push_back(child.attribute("id").value());
      }
    }
  }
}

// One walk over the document, at most kMaxReadDepth deep, counting what a
// workshop has no place for. Iterative, so nesting costs no call stack.
void scan_artifacts(pugi::xml_node definitions, DocumentFacts& facts) {
  std::vector<std::pair<pugi::xml_node, int>> stack{{definitions, 0}};
  while (!stack.empty()) {
    const auto [node, depth] = stack.back();
    stack.pop_back();
    for (const auto child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      if (depth + 1 > kMaxReadDepth) {
        facts.nested_too_deep = true;
        break;
      }
      if (is_bpmn(child)) {
        const auto type = local_name(child);
        const std::string id = child.attribute("id").value();
        if (one_of(type, kDataTypes)) facts.data_objects.push_back(id.empty() ? name_or_id(child) : id);
        if (one_of(type, kDataAssociationTypes)) facts.data_associations.push_back(id);
        if (type == "textAnnotation") facts.annotations.push_back(id);
        if (type == "group") facts.groups.push_back(id);
      }
      stack.push_back({child, depth + 1});
    }
  }
}

void warn_document(const DocumentFacts& facts, const std::string& file,
                   std::vector<std::string>& warnings) {
  if (!facts.message_flows.empty()) {
    warnings.push_back(file + ": " + plural(facts.message_flows.size(), "message flow", "message flows") +
                       " not shown (a workshop has no messages between pools): " +
                       listed(facts.message_flows));
  }
  if (!facts.data_objects.empty()) {
    warnings.push_back(file + ": " +
                       plural(facts.data_objects.size(), "data object or store", "data objects and stores") +
                       " not shown: " + listed(facts.data_objects));
  }
  if (!facts.data_associations.empty()) {
    warnings.push_back(file + ": " +
                       plural(facts.data_associations.size(), "data association", "data associations") +
                       " not shown");
  }
  if (!facts.annotations.empty()) {
    warnings.push_back(file + ": " + plural(facts.annotations.size(), "text annotation", "text annotations") +
                       " not shown: " + listed(facts.annotations));
  }
  if (!facts.groups.empty()) {
    warnings.push_back(file + ": " + plural(facts.groups.size(), "group", "groups") +
                       " not shown: " + listed(facts.groups));
  }
  if (!facts.black_box_pools.empty()) {
    warnings.push_back(file + ": " + plural(facts.black_box_pools.size(), "pool has", "pools have") +
                       " no process and no blocks: " + listed(facts.black_box_pools));
  }
  if (facts.nested_too_deep) {
    warnings.push_back(file + ": elements nested deeper than " + std::to_string(kMaxReadDepth) +
                       " levels were not read");
  }
}

// -----------------------------------------------------------------------------
// [SECTION] One process: its nodes, flows and lanes
// -----------------------------------------------------------------------------

struct LaneInfo {
  std::string name;
  std::string department_id;  // from <blokjes:department id>, else the slug of the name
  std::string directorate;    // from <blokjes:department>, else the enclosing lane's name
  std::optional<double> across;  // the lane shape's place across the flow (y, or x when vertical)
  std::size_t order = 0;         // in the lane sets
};

struct ActivityInfo {
  std::size_t node = 0;  // index into ProcessGraph::nodes
  pugi::xml_node element;
  std::string type;
  std::string name;  // cleaned; may be empty
  std::string id;
  std::string documentation;
  pugi::xml_node restored;  // <blokjes:block>, when present
  std::optional<std::size_t> lane;
  std::size_t inside_tasks = 0;  // subprocesses: activities within
};

struct ReadProcess {
  pugi::xml_node element;
  std::string id;
  std::string name;
  ProcessGraph graph;
  std::vector<ActivityInfo> activities;
  std::vector<LaneInfo> lanes;
  std::vector<std::string> unknown;  // element kinds passed without being shown
};

std::size_t count_inside_activities(pugi::xml_node subprocess, bool& too_deep) {
  std::size_t count = 0;
  std::vector<std::pair<pugi::xml_node, int>> stack{{subprocess, 0}};
  while (!stack.empty()) {
    const auto [node, depth] = stack.back();
    stack.pop_back();
    for (const auto child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      if (depth + 1 > kMaxReadDepth) {
        too_deep = true;
        break;
      }
      if (is_bpmn(child) && is_activity_type(local_name(child))) ++count;
      stack.push_back({child, depth + 1});
    }
  }
  return count;
}

// "timer" for a <timerEventDefinition>: what kind of event it is.
std::string event_kind(pugi::xml_node event) {
  constexpr std::string_view kSuffix = "EventDefinition";
  for (const auto child : event.children()) {
    const auto name = local_name(child);
    if (is_bpmn(child) && name.ends_with(kSuffix) && name.size() > kSuffix.size()) {
      return std::string(name.substr(0, name.size() - kSuffix.size()));
    }
  }
  return {};
}

std::optional<RestoredFlow> restored_flow(pugi::xml_node sequence_flow) {
  const auto flow = blokjes_extension(sequence_flow, kFlowElement);
  if (!flow) return std::nullopt;
  RestoredFlow restored;
  restored.flow_id = extension_text(flow, kAttrFlowId);
  restored.kind = flow_kind_from_string(extension_text(flow, kAttrKind));
  restored.label = optional_attribute(flow, kAttrLabel);
  return restored;
}

// `unnamed` names a lane without a name (often the one lane of a pool): the
// pool's or process's name reads better as a department than a generated id.
void read_lanes(pugi::xml_node lane_set, ReadProcess& read,
                std::unordered_map<std::string, std::size_t>& lane_of_node, const DocumentFacts& facts,
                bool vertical, const std::string& unnamed) {
  struct Pending {
    pugi::xml_node lane_set;
    std::string enclosing;  // the enclosing lane's name
    int depth;
  };
  std::vector<Pending> stack{{lane_set, "", 0}};
  while (!stack.empty()) {
    const Pending pending = stack.back();
    stack.pop_back();
    for (const auto lane : pending.lane_set.children()) {
      if (!is_bpmn(lane, "lane")) continue;
      LaneInfo info;
      info.name = attribute_text(lane, "name");
      if (info.name.empty()) info.name = unnamed;
      if (info.name.empty()) info.name = name_or_id(lane);
      info.order = read.lanes.size();
      const auto department = blokjes_extension(lane, kDepartmentElement);
      info.department_id = extension_text(department, kAttrId);
      if (info.department_id.empty()) info.department_id = short_slug(info.name);
      info.directorate = department ? extension_text(department, kAttrDirectorate) : pending.enclosing;
      if (const auto shape = facts.shapes.find(lane.attribute("id").value()); shape != facts.shapes.end()) {
        info.across = vertical ? shape->second.bounds.x : shape->second.bounds.y;
      }
      const std::size_t index = read.lanes.size();
      read.lanes.push_back(info);
      // Children come later in the walk than their lane, so a node listed by
      // both ends up in the innermost lane.
      for (const auto reference : lane.children()) {
        if (is_bpmn(reference, "flowNodeRef")) lane_of_node[clean_text(reference.text().get())] = index;
      }
      const auto child_set = child_in(lane, kBpmnNamespace, "childLaneSet");
      if (child_set && pending.depth < kMaxReadDepth) {
        stack.push_back({child_set, info.name, pending.depth + 1});
      }
    }
  }
}

// Whether the pool (or its lanes) is drawn vertically.
bool drawn_vertically(pugi::xml_node process, const std::string& process_id, const DocumentFacts& facts) {
  if (const auto pool = facts.pool_of.find(process_id); pool != facts.pool_of.end()) {
    if (const auto shape = facts.shapes.find(pool->second);
        shape != facts.shapes.end() && shape->second.horizontal) {
      return !*shape->second.horizontal;
    }
  }
  for (const auto lane_set : process.children()) {
    if (!is_bpmn(lane_set, "laneSet")) continue;
    for (const auto lane : lane_set.children()) {
      if (const auto shape = facts.shapes.find(lane.attribute("id").value());
          shape != facts.shapes.end() && shape->second.horizontal) {
        return !*shape->second.horizontal;
      }
    }
  }
  return false;
}

ReadProcess read_process(pugi::xml_node process, const DocumentFacts& facts, bool vertical,
                         bool& too_deep) {
  ReadProcess read;
  read.element = process;
  read.id = process.attribute("id").value();
  std::unordered_map<std::string, std::size_t> lane_of_node;
  for (const auto child : process.children()) {
    if (child.type() != pugi::node_element) continue;
    if (!is_bpmn(child)) continue;  // other tools' extensions
    const std::string type(local_name(child));
    ImportNode node;
    node.id = child.attribute("id").value();
    node.type = type;
    node.name = attribute_text(child, "name");
    node.default_flow = child.attribute("default").value();
    if (is_activity_type(type)) {
      node.role = NodeRole::activity;
      ActivityInfo activity;
      activity.node = read.graph.nodes.size();
      activity.element = child;
      activity.type = type;
      activity.name = node.name;
      activity.id = node.id;
      activity.documentation =
          clean_text(child_in(child, kBpmnNamespace, "documentation").text().get());
      activity.restored = blokjes_extension(child, kBlockElement);
      if (one_of(type, kSubprocessTypes)) activity.inside_tasks = count_inside_activities(child, too_deep);
      read.activities.push_back(std::move(activity));
    } else if (type == "startEvent") {
      node.role = NodeRole::start_event;
    } else if (type == "boundaryEvent") {
      node.role = NodeRole::boundary;
      node.attached_to = child.attribute("attachedToRef").value();
      node.event_kind = event_kind(child);
    } else if (one_of(type, kGatewayTypes)) {
      node.role = NodeRole::gateway;
    } else if (one_of(type, kPassedEventTypes)) {
      node.role = NodeRole::other;
      if (const auto link = child_in(child, kBpmnNamespace, "linkEventDefinition")) {
        node.link_name = clean_text(link.attribute("name").value());
        if (node.link_name.empty()) node.link_name = node.name;
        node.link_throw = type == "intermediateThrowEvent";
        node.link_catch = type == "intermediateCatchEvent";
      }
    } else if (type == "sequenceFlow") {
      GraphFlow flow;
      flow.id = node.id;
      flow.source = child.attribute("sourceRef").value();
      flow.target = child.attribute("targetRef").value();
      flow.name = node.name;
      if (const auto condition = child_in(child, kBpmnNamespace, "conditionExpression")) {
        flow.has_condition = true;
        flow.condition = clean_text(condition.text().get());
      }
      flow.restored = restored_flow(child);
      read.graph.flows.push_back(std::move(flow));
      continue;
    } else {
      if (type == "laneSet") {
        const auto pool = facts.pool_name.find(read.id);
        const std::string unnamed = pool != facts.pool_name.end() && !pool->second.empty()
                                        ? pool->second
                                        : attribute_text(process, "name");
        read_lanes(child, read, lane_of_node, facts, vertical, unnamed);
      }
      if (!one_of(std::string_view(type), kQuietTypes) && !one_of(std::string_view(type), kDataTypes) &&
          !one_of(std::string_view(type), kDataAssociationTypes)) {
        read.unknown.push_back(type);
      }
      continue;
    }
    read.graph.nodes.push_back(std::move(node));
  }
  for (auto& activity : read.activities) {
    if (const auto lane = lane_of_node.find(activity.id); lane != lane_of_node.end()) {
      activity.lane = lane->second;
    }
  }
  return read;
}

// -----------------------------------------------------------------------------
// [SECTION] Departments and ids
// -----------------------------------------------------------------------------

// The workshop's departments, each added once, found by id.
class Departments {
 public:
  explicit Departments(Workshop& workshop) : workshop_(workshop) {}
  std::string add(const std::string& id, const std::string& name, const std::string& directorate) {
    const auto [found, added] = index_.try_emplace(id, workshop_.departments.size());
    if (added) {
      workshop_.departments.push_back({id, name.empty() ? id : name, directorate});
    } else if (workshop_.departments[found->second].directorate.empty()) {
      workshop_.departments[found->second].directorate = directorate;
    }
    return id;
  }
  bool has(const std::string& id) const { return index_.contains(id); }

 private:
  Workshop& workshop_;
  std::unordered_map<std::string, std::size_t> index_;
};

// Ids handed out within one process: restored ones first, then b1, b2 ...
// (f1, f2 ...) skipping those.
class IdSet {
 public:
  explicit IdSet(char prefix) : prefix_(prefix) {}
  bool claim(const std::string& id) {
    return !id.empty() && id.size() <= kMaxIdentifierLength && taken_.insert(id).second;
  }
  std::string fresh() {
    for (;;) {
      std::string id = std::string(1, prefix_) + std::to_string(++counter_);
      if (taken_.insert(id).second) return id;
    }
  }

 private:
  char prefix_;
  std::size_t counter_ = 0;
  std::unordered_set<std::string> taken_;
};

// -----------------------------------------------------------------------------
// [SECTION] One process -> one workshop process
// -----------------------------------------------------------------------------

class ProcessBuilder {
 public:
  ProcessBuilder(const ReadProcess& read, const DocumentFacts& facts, const BlockLibrary& library,
                 Workshop& workshop, Departments& departments, const std::string& file,
                 std::vector<std::string>& warnings)
      : read_(read),
        facts_(facts),
        library_(library),
        workshop_(workshop),
        departments_(departments),
        file_(file),
        warnings_(warnings) {}

  Process build(bool vertical) {
    Process process;
    name_process(process);
    where_ = file_ + ": process \"" + process.name + "\": ";
    restore_zaaktype(process);
    add_lane_departments();
    process.department = owning_department();
    add_blocks(process);
    add_flows(process);
    place(process, vertical);
    warn_unknown();
    return process;
  }

 private:
  void name_process(Process& process) {
    process.name = attribute_text(read_.element, "name");
    if (process.name.empty()) {
      if (const auto pool = facts_.pool_name.find(read_.id); pool != facts_.pool_name.end()) {
        process.name = pool->second;
      }
    }
    if (process.name.empty()) process.name = clean_text(read_.id);
    if (process.name.empty()) process.name = "Proces " + std::to_string(workshop_.processes.size() + 1);
    process.description = clean_text(child_in(read_.element, kBpmnNamespace, "documentation").text().get());
    // The Catalogi API allows 80 characters; cut on a character, not a byte.
    process.zaaktype.omschrijving = utf8_prefix(process.name, 80);
  }

  void restore_zaaktype(Process& process) {
    const auto zaaktype = blokjes_extension(read_.element, kZaaktypeElement);
    std::string base = short_slug(process.name);
    if (zaaktype) {
      process.zaaktype.identificatie = extension_text(zaaktype, kAttrIdentificatie);
      if (const auto omschrijving = optional_attribute(zaaktype, kAttrOmschrijving)) {
        process.zaaktype.omschrijving = *omschrijving;
      }
      restored_department_ = extension_text(zaaktype, kAttrDepartment);
      const auto id = extension_text(zaaktype, kAttrProcessId);
      if (is_slug(id) && id.size() <= kMaxIdentifierLength) {
        base = id;
      } else if (!id.empty()) {
        warnings_.push_back(where_ + "processId \"" + shown_identifier(id, 60) +
                            "\" is not a slug; the process id is made from its name");
      }
    }
    process.id = unique_process_id(workshop_.processes, base);
    if (zaaktype && process.id != base) {
      warnings_.push_back(where_ + "processId \"" + base + "\" is taken; the process is \"" +
                          process.id + "\"");
    }
  }

  void add_lane_departments() {
    for (const auto& lane : read_.lanes) {
      lane_department_.push_back(departments_.add(lane.department_id, lane.name, lane.directorate));
    }
  }

  // A department the extension names but no lane of ours declares: kept, under its id.
  std::string known_department(const std::string& id) {
    return departments_.has(id) ? id : departments_.add(id, id, "");
  }

  std::string owning_department() {
    if (!restored_department_.empty()) return known_department(restored_department_);
    // The first lane in the diagram's order that holds an activity.
    const auto order = lane_order();
    for (const auto& department : order) {
      const bool used = std::any_of(read_.activities.begin(), read_.activities.end(), [&](const auto& a) {
        return a.lane && lane_department_[*a.lane] == department;
      });
      if (used) return department;
    }
    std::string name = "Onbekend";
    if (const auto pool = facts_.pool_name.find(read_.id);
        pool != facts_.pool_name.end() && !pool->second.empty()) {
      name = pool->second;
    }
    return departments_.add(short_slug(name), name, "");
  }

  // Departments in the diagram's lane order (lanes without a shape after, in
  // the order of the lane sets).
  std::vector<std::string> lane_order() const {
    std::vector<const LaneInfo*> lanes;
    for (const auto& lane : read_.lanes) lanes.push_back(&lane);
    std::stable_sort(lanes.begin(), lanes.end(), [](const LaneInfo* a, const LaneInfo* b) {
      if (a->across.has_value() != b->across.has_value()) return a->across.has_value();
      return a->across && *a->across < *b->across;
    });
    std::vector<std::string> order;
    for (const auto* lane : lanes) {
      const auto& department = lane_department_[lane->order];
      if (std::find(order.begin(), order.end(), department) == order.end()) order.push_back(department);
    }
    return order;
  }

  void add_blocks(Process& process) {
    IdSet ids('b');
    std::vector<std::string> block_ids(read_.activities.size());
    for (std::size_t i = 0; i < read_.activities.size(); ++i) {
      const auto& activity = read_.activities[i];
      if (!activity.restored) continue;
      const auto id = extension_text(activity.restored, kAttrBlockId);
      if (ids.claim(id)) {
        block_ids[i] = id;
      } else if (!id.empty()) {
        warnings_.push_back(where_ + "blockId \"" + shown_identifier(id, 60) +
                            "\" is used twice or too long; the block gets a new id");
      }
    }
    for (std::size_t i = 0; i < read_.activities.size(); ++i) {
      const auto& activity = read_.activities[i];
      Block block;
      block.id = block_ids[i].empty() ? ids.fresh() : block_ids[i];
      block.label = activity.name.empty() ? clean_text(activity.id) : activity.name;
      if (block.label.empty()) block.label = block.id;
      block.lane = activity.lane ? lane_department_[*activity.lane] : process.department;
      if (activity.restored) {
        restore_block(activity, block);
        restore_statustype(activity.documentation, block);
      } else {
        const auto choice = guess_block_kind(block.label, {}, library_);
        block.kind = choice.kind;
        block.variant = choice.variant;
        block.note = activity.documentation;
      }
      if (one_of(std::string_view(activity.type), kSubprocessTypes)) {
        warnings_.push_back(where_ + activity.type + " \"" + block.label + "\" is one block (" +
                            block.id + "); its inside (" +
                            plural(activity.inside_tasks, "activity", "activities") +
                            ") is not shown");
      }
      BlockPlacement placement;
      if (activity.restored) {
        const auto x = number(activity.restored.attribute(std::string(kAttrX).c_str()));
        const auto y = number(activity.restored.attribute(std::string(kAttrY).c_str()));
        if (x && y) placement.restored = Position{*x, *y};
      }
      if (const auto shape = facts_.shapes.find(activity.id); shape != facts_.shapes.end()) {
        placement.shape = shape->second.bounds;
      }
      placements_.push_back(placement);
      block_of_node_[activity.node] = process.blocks.size();
      process.blocks.push_back(std::move(block));
    }
  }

  // What our own export wrote wins; a kind the library lacks is kept as
  // written (validation names it), a variant the kind lacks becomes its first.
  void restore_block(const ActivityInfo& activity, Block& block) {
    const auto& element = activity.restored;
    if (const auto label = extension_text(element, kAttrLabel); !label.empty()) block.label = label;
    if (const auto department = extension_text(element, kAttrDepartment); !department.empty()) {
      block.lane = known_department(department);
    }
    block.kind = extension_text(element, kAttrKind);
    block.variant = extension_text(element, kAttrVariant);
    if (block.kind.empty()) {
      const auto choice = guess_block_kind(block.label, {}, library_);
      block.kind = choice.kind;
      block.variant = choice.variant;
      return;
    }
    const BlockKind* kind = library_.find_kind(block.kind);
    if (kind == nullptr) {
      warnings_.push_back(where_ + "block \"" + block.id + "\" has kind \"" + block.kind +
                          "\", which the block library does not have");
    } else if (!kind->find_variant(block.variant) && !kind->variants.empty()) {
      warnings_.push_back(where_ + "block \"" + block.id + "\": kind \"" + block.kind +
                          "\" has no variant \"" + block.variant + "\"; using \"" +
                          kind->variants.front().id + "\"");
      block.variant = kind->variants.front().id;
    }
  }

  // The writer's documentation, "Statustype: X (doorlooptijd P1W)", names the
  // statustype the block sets; where it is not the variant's own, the block
  // had overridden it, and the override comes back.
  void restore_statustype(const std::string& documentation, Block& block) const {
    constexpr std::string_view kPrefix = "Statustype: ";
    constexpr std::string_view kTerm = " (doorlooptijd ";
    if (!documentation.starts_with(kPrefix)) return;
    std::string omschrijving = documentation.substr(kPrefix.size());
    std::string doorlooptijd;
    if (const auto term = omschrijving.rfind(kTerm);
        term != std::string::npos && omschrijving.ends_with(")")) {
      doorlooptijd = omschrijving.substr(term + kTerm.size(),
                                         omschrijving.size() - term - kTerm.size() - 1);
      omschrijving.resize(term);
    }
    const BlockVariant* variant = library_.find_variant(block.kind, block.variant);
    if (variant == nullptr || !variant->mapping.statustype) return;
    const auto& defaults = *variant->mapping.statustype;
    if (omschrijving != defaults.omschrijving) block.overrides.statustype.omschrijving = omschrijving;
    if (doorlooptijd != defaults.doorlooptijd) block.overrides.statustype.doorlooptijd = doorlooptijd;
  }

  void add_flows(Process& process) {
    const auto folded = fold_flows(read_.graph, process.name);
    for (const auto& warning : folded.warnings) warnings_.push_back(file_ + ": " + warning);

    std::vector<std::pair<std::size_t, std::size_t>> edges;
    for (const auto& flow : folded.flows) {
      edges.push_back({block_of_node_.at(flow.from), block_of_node_.at(flow.to)});
    }
    std::vector<std::size_t> roots;
    for (const auto entry : folded.entries) roots.push_back(block_of_node_.at(entry));
    std::vector<bool> has_incoming(process.blocks.size(), false);
    for (const auto& edge : edges) has_incoming[edge.second] = true;
    for (std::size_t i = 0; i < has_incoming.size(); ++i) {
      if (!has_incoming[i]) roots.push_back(i);
    }
    const auto back = back_edges(process.blocks.size(), edges, roots);

    IdSet ids('f');
    std::vector<std::string> flow_ids(folded.flows.size());
    for (std::size_t i = 0; i < folded.flows.size(); ++i) {
      const auto* restored = folded.flows[i].restored;
      if (restored != nullptr && ids.claim(restored->flow_id)) flow_ids[i] = restored->flow_id;
    }
    for (std::size_t i = 0; i < folded.flows.size(); ++i) {
      const auto& folded_flow = folded.flows[i];
      Flow flow;
      flow.id = flow_ids[i].empty() ? ids.fresh() : flow_ids[i];
      flow.from = process.blocks[edges[i].first].id;
      flow.to = process.blocks[edges[i].second].id;
      flow.kind = back[i]                   ? FlowKind::rework
                  : folded_flow.conditional ? FlowKind::conditional
                                            : FlowKind::sequence;
      flow.label = folded_flow.label;
      if (const auto* restored = folded_flow.restored) {
        if (restored->kind) flow.kind = *restored->kind;
        if (restored->label) flow.label = *restored->label;
      }
      process.flows.push_back(std::move(flow));
    }
    keep_document_order(process, folded);
  }

  // Our own export writes the flows in the model's order; restored flows go
  // back in that order (their sequence flows' order in the file), so an
  // export of the import is the same file. Flows without our words follow,
  // in the order the folding found them.
  void keep_document_order(Process& process, const FoldedGraph& folded) const {
    const auto& graph_flows = read_.graph.flows;
    std::vector<std::size_t> rank(folded.flows.size(), graph_flows.size());
    for (std::size_t i = 0; i < folded.flows.size(); ++i) {
      const auto* restored = folded.flows[i].restored;
      for (std::size_t j = 0; restored != nullptr && j < graph_flows.size(); ++j) {
        if (graph_flows[j].restored && &*graph_flows[j].restored == restored) rank[i] = j;
      }
    }
    std::vector<std::size_t> order(process.flows.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&rank](std::size_t a, std::size_t b) { return rank[a] < rank[b]; });
    std::vector<Flow> sorted;
    sorted.reserve(order.size());
    for (const auto i : order) sorted.push_back(std::move(process.flows[i]));
    process.flows = std::move(sorted);
  }

  void place(Process& process, bool vertical) {
    place_blocks(process, placements_, lane_order(), vertical);
  }

  void warn_unknown() {
    if (read_.unknown.empty()) return;
    std::vector<std::string> kinds = read_.unknown;
    std::sort(kinds.begin(), kinds.end());
    kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
    warnings_.push_back(where_ + plural(read_.unknown.size(), "element", "elements") +
                        " of a kind a workshop does not show: " + listed(kinds));
  }

  const ReadProcess& read_;
  const DocumentFacts& facts_;
  const BlockLibrary& library_;
  Workshop& workshop_;
  Departments& departments_;
  const std::string& file_;
  std::vector<std::string>& warnings_;
  std::string where_;
  std::string restored_department_;
  std::vector<std::string> lane_department_;  // per lane of read_.lanes
  std::vector<BlockPlacement> placements_;    // per block
  std::unordered_map<std::size_t, std::size_t> block_of_node_;
};

// -----------------------------------------------------------------------------
// [SECTION] looks_like_bpmn
// -----------------------------------------------------------------------------

// The root start tag's name and the namespaces it declares, read without a
// parser: the CLI asks this of any file before choosing a reader.
struct RootTag {
  std::string_view name;
  std::map<std::string_view, std::string_view> namespaces;  // prefix ("" = default) -> URI
};

std::optional<RootTag> root_tag(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::size_t at = 0;
  const auto skip_past = [&](std::string_view end) {
    const auto found = text.find(end, at);
    if (found == std::string_view::npos) return false;
    at = found + end.size();
    return true;
  };
  for (;;) {
    while (at < text.size() && std::strchr(" \t\r\n", text[at]) != nullptr) ++at;
    const auto rest = text.substr(at);
    if (rest.starts_with("<?")) {
      if (!skip_past("?>")) return std::nullopt;
    } else if (rest.starts_with("<!--")) {
      if (!skip_past("-->")) return std::nullopt;
    } else if (rest.starts_with("<!")) {
      const auto bracket = rest.find('[');
      const auto close = rest.find('>');
      if (close == std::string_view::npos) return std::nullopt;
      if (bracket != std::string_view::npos && bracket < close) {
        if (!skip_past("]>")) return std::nullopt;
      } else {
        at += close + 1;
      }
    } else if (rest.starts_with("<")) {
      break;
    } else {
      return std::nullopt;
    }
  }
  RootTag tag;
  std::size_t end = ++at;
  while (end < text.size() && std::strchr(" \t\r\n/>", text[end]) == nullptr) ++end;
  tag.name = text.substr(at, end - at);
  at = end;
  // Attributes: name = "value" or 'value', up to the tag's end.
  while (at < text.size()) {
    while (at < text.size() && std::strchr(" \t\r\n", text[at]) != nullptr) ++at;
    if (at >= text.size() || text[at] == '>' || text[at] == '/') break;
    std::size_t name_end = at;
    while (name_end < text.size() && std::strchr(" \t\r\n=/>", text[name_end]) == nullptr) ++name_end;
    const auto name = text.substr(at, name_end - at);
    at = name_end;
    while (at < text.size() && std::strchr(" \t\r\n", text[at]) != nullptr) ++at;
    if (at >= text.size() || text[at] != '=') return std::nullopt;
    ++at;
    while (at < text.size() && std::strchr(" \t\r\n", text[at]) != nullptr) ++at;
    if (at >= text.size() || (text[at] != '"' && text[at] != '\'')) return std::nullopt;
    const char quote = text[at++];
    const auto close = text.find(quote, at);
    if (close == std::string_view::npos) return std::nullopt;
    const auto value = text.substr(at, close - at);
    at = close + 1;
    if (name == "xmlns") tag.namespaces[""] = value;
    if (name.starts_with("xmlns:")) tag.namespaces[name.substr(6)] = value;
  }
  return tag;
}

// -----------------------------------------------------------------------------
// [SECTION] Entry points
// -----------------------------------------------------------------------------

[[noreturn]] void not_bpmn(const XmlSource& source, pugi::xml_node root) {
  const std::string uri(namespace_of(root));
  throw LoadError(source.file_name, source.position_of(root), "",
                  "root element <" + clean_text(root.name()) + ">" +
                      (uri.empty() ? " has no namespace" : " is in namespace " + clean_text(uri)) +
                      "; expected a BPMN 2.0 <definitions> in namespace " +
                      std::string(kBpmnNamespace));
}

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

std::size_t max_bpmn_bytes() {
  return JsonLimits{}.max_bytes;
}

bool looks_like_bpmn(std::string_view bytes) {
  constexpr std::size_t kMaxProlog = 64 * 1024;  // a root tag's namespaces fit easily
  const auto tag = root_tag(bytes.substr(0, kMaxProlog));
  if (!tag) return false;
  const auto colon = tag->name.find(':');
  const auto prefix = colon == std::string_view::npos ? std::string_view{} : tag->name.substr(0, colon);
  const auto local = colon == std::string_view::npos ? tag->name : tag->name.substr(colon + 1);
  const auto uri = tag->namespaces.find(prefix);
  return local == "definitions" && uri != tag->namespaces.end() && uri->second == kBpmnNamespace;
}

ImportResult import_bpmn_text(const std::string& xml, const std::string& file_name,
                              const BlockLibrary& library) {
  if (xml.size() > max_bpmn_bytes()) {
    throw LoadError(file_name, {}, "",
                    "file is " + std::to_string(xml.size() / (1024 * 1024)) + " MiB; at most " +
                        std::to_string(max_bpmn_bytes() / (1024 * 1024)) + " MiB is accepted");
  }
  if (xml.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw LoadError(file_name, {1, 1}, "",
                    "the file is empty; expected a BPMN 2.0 XML document with a <definitions> root "
                    "in namespace " + std::string(kBpmnNamespace));
  }
  XmlSource source;
  parse_xml(xml, file_name, source);
  const auto definitions = source.document.document_element();
  if (!is_bpmn(definitions, "definitions")) not_bpmn(source, definitions);

  ImportResult result;
  auto& workshop = result.workshop;
  workshop.name = attribute_text(definitions, "name");
  if (workshop.name.empty()) workshop.name = "Import " + clean_text(base_name(file_name));
  workshop.description = "Geïmporteerd uit " + clean_text(file_name) + ".";

  DocumentFacts facts;
  read_collaborations(definitions, facts);
  read_diagram(definitions, facts);
  scan_artifacts(definitions, facts);
  warn_document(facts, file_name, result.warnings);

  Departments departments(workshop);
  bool too_deep = false;
  for (const auto process : definitions.children()) {
    if (!is_bpmn(process, "process")) continue;
    const std::string id = process.attribute("id").value();
    const bool vertical = drawn_vertically(process, id, facts);
    const auto read = read_process(process, facts, vertical, too_deep);
    if (read.activities.empty()) {
      result.warnings.push_back(file_name + ": process \"" + name_or_id(process) +
                                "\" has no tasks; not imported");
      continue;
    }
    ProcessBuilder builder(read, facts, library, workshop, departments, file_name, result.warnings);
    workshop.processes.push_back(builder.build(vertical));
  }
  if (too_deep && !facts.nested_too_deep) {
    result.warnings.push_back(file_name + ": elements nested deeper than " +
                              std::to_string(kMaxReadDepth) + " levels were not read");
  }
  return result;
}

ImportResult import_bpmn_file(const std::string& path, const BlockLibrary& library) {
  return import_bpmn_text(read_text_file(path, max_bpmn_bytes()), path, library);
}

}  // namespace blokjes::bpmn
