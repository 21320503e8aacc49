#include "bpmn_writer.h"

#include <charconv>
#include <cmath>
#include <set>
#include <sstream>

#include <pugixml.hpp>

#include "bpmn_diagram.h"
#include "bpmn_flow_graph.h"
#include "bpmn_ids.h"
#include "bpmn_vocabulary.h"
#include "core/lanes.h"
#include "core/zaaktype_mapping.h"
#include "exporters/export_error.h"

// Sections: text and numbers - names - one process (semantics) - diagram
// interchange - the document.

namespace blokjes::bpmn {
namespace {

// Text and numbers -------------------------------------------------------------


// The shortest text that reads back as the same double; non-finite numbers
// (which no valid model has) become 0.
std::string number(double value) {
  if (!std::isfinite(value)) value = 0;
  if (value == 0) value = 0;  // no "-0"
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

void set(pugi::xml_node node, std::string_view name, std::string_view value) {
  node.append_attribute(std::string(name).c_str()).set_value(xml_text(value).c_str());
}

pugi::xml_node child(pugi::xml_node parent, std::string_view name) {
  return parent.append_child(std::string(name).c_str());
}

std::string blokjes_name(std::string_view local) {
  return std::string(kBlokjesPrefix) + ":" + std::string(local);
}

bool blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Names -----------------------------------------------------------------------

class Names {
 public:
  Names(const Workshop& workshop, const BlockLibrary& library, Language language)
      : workshop_(workshop), library_(library), language_(language) {}

  // A task is named after its block's label; a block without one after its
  // variant (or kind), since BPMN tools want every activity named.
  std::string task(const Block& block) const {
    if (!blank(block.label)) return block.label;
    if (const BlockVariant* variant = library_.find_variant(block.kind, block.variant)) {
      if (const BlockKind* kind = library_.find_kind(block.kind)) {
        return kind->name.in(language_) + ": " + variant->name.in(language_);
      }
    }
    if (const BlockKind* kind = library_.find_kind(block.kind)) return kind->name.in(language_);
    return block.kind.empty() ? block.id : block.kind;
  }

  std::string lane(const std::string& department_id) const {
    if (const Department* department = workshop_.find_department(department_id)) {
      if (!blank(department->name)) return department->name;
    }
    if (!department_id.empty()) return department_id;
    return language_ == Language::english ? "(no department)" : "(geen afdeling)";
  }

  // The reader needs the directorate to restore the department.
  std::string directorate(const std::string& department_id) const {
    const Department* department = workshop_.find_department(department_id);
    return department != nullptr ? department->directorate : std::string();
  }

  std::string participant(const Process& process) const {
    return blank(process.name) ? process.id : process.name;
  }

  // "Statustype: Aanvraag ontvangen (doorlooptijd P1W)", or nothing for a
  // block that sets no statustype.
  std::string statustype(const Block& block) const {
    ZaaktypeMapping defaults;
    if (const BlockVariant* variant = library_.find_variant(block.kind, block.variant)) {
      defaults = variant->mapping;
    }
    const ZaaktypeMapping mapping = apply_overrides(defaults, block.overrides);
    if (!mapping.statustype || blank(mapping.statustype->omschrijving)) return {};
    std::string text = "Statustype: " + mapping.statustype->omschrijving;
    if (!mapping.statustype->doorlooptijd.empty()) {
      text += " (doorlooptijd " + mapping.statustype->doorlooptijd + ")";
    }
    return text;
  }

 private:
  const Workshop& workshop_;
  const BlockLibrary& library_;
  Language language_;
};

// One process (semantics) -----------------------------------------------------

struct ProcessIds {
  std::string process;
  std::string participant;
  std::string lane_set;
  std::vector<std::pair<std::string, std::string>> lanes;  // department id, lane id
};

std::string_view element_name(NodeKind kind) {
  switch (kind) {
    case NodeKind::start_event: return "bpmn:startEvent";
    case NodeKind::end_event: return "bpmn:endEvent";
    case NodeKind::user_task: return "bpmn:userTask";
    case NodeKind::exclusive_split:
    case NodeKind::exclusive_join: return "bpmn:exclusiveGateway";
    case NodeKind::parallel_fork: return "bpmn:parallelGateway";
  }
  return "bpmn:task";
}

// The condition an engine evaluates on a conditional flow: a process
// variable named after the flow, unset (so false) until someone sets it.
// The human condition is the flow's name.
std::string condition_of(const std::string& edge_id) {
  std::string variable;
  for (char c : edge_id) variable += (c == '-' || c == '.') ? '_' : c;
  return "${environment.variables." + variable + "}";
}

class ProcessWriter {
 public:
  ProcessWriter(const Process& process, const FlowGraph& graph, const ProcessIds& ids,
                const Names& names)
      : process_(process), graph_(graph), ids_(ids), names_(names) {}

  void write(pugi::xml_node definitions) const {
    pugi::xml_node element = child(definitions, "bpmn:process");
    set(element, "id", ids_.process);
    set(element, "name", names_.participant(process_));
    set(element, "isExecutable", "true");
    if (!blank(process_.description)) {
      child(element, "bpmn:documentation").text().set(xml_text(process_.description).c_str());
    }
    pugi::xml_node zaaktype =
        child(child(element, "bpmn:extensionElements"), blokjes_name(kZaaktypeElement));
    set(zaaktype, kAttrIdentificatie, process_.zaaktype.identificatie);
    set(zaaktype, kAttrOmschrijving, process_.zaaktype.omschrijving);
    set(zaaktype, kAttrProcessId, process_.id);
    set(zaaktype, kAttrDepartment, process_.department);
    write_lanes(element);
    for (const GraphNode& node : graph_.nodes) write_node(element, node);
    for (const GraphEdge& edge : graph_.edges) write_edge(element, edge);
  }

  std::string node_name(const GraphNode& node) const {
    switch (node.kind) {
      case NodeKind::start_event: return std::string(kStartEventName);
      case NodeKind::end_event: return std::string(kEndEventName);
      case NodeKind::user_task: return names_.task(*node.block);
      // A split is forking, and bpmnlint wants forking gateways named: the
      // question the task answers.
      case NodeKind::exclusive_split: return names_.task(*node.block) + "?";
      case NodeKind::exclusive_join:
      case NodeKind::parallel_fork: return {};
    }
    return {};
  }

 private:
  void write_lanes(pugi::xml_node element) const {
    if (ids_.lanes.empty()) return;
    pugi::xml_node lane_set = child(element, "bpmn:laneSet");
    set(lane_set, "id", ids_.lane_set);
    for (const auto& [department_id, id] : ids_.lanes) {
      pugi::xml_node lane = child(lane_set, "bpmn:lane");
      set(lane, "id", id);
      set(lane, "name", names_.lane(department_id));
      pugi::xml_node department =
          child(child(lane, "bpmn:extensionElements"), blokjes_name(kDepartmentElement));
      set(department, kAttrId, department_id);
      set(department, kAttrDirectorate, names_.directorate(department_id));
      for (const GraphNode& node : graph_.nodes) {
        if (node.block != nullptr && node.block->lane == department_id) {
          child(lane, "bpmn:flowNodeRef").text().set(node.id.c_str());
        }
      }
    }
  }

  void write_node(pugi::xml_node element, const GraphNode& node) const {
    pugi::xml_node xml = child(element, element_name(node.kind));
    set(xml, "id", node.id);
    const std::string name = node_name(node);
    if (!name.empty()) set(xml, "name", name);
    if (node.kind == NodeKind::exclusive_split || node.kind == NodeKind::parallel_fork) {
      set(xml, "gatewayDirection", "Diverging");
    } else if (node.kind == NodeKind::exclusive_join) {
      set(xml, "gatewayDirection", "Converging");
    }
    if (node.default_edge) set(xml, "default", graph_.edges[*node.default_edge].id);
    if (node.kind == NodeKind::user_task) {
      const Block& block = *node.block;
      const std::string documentation = names_.statustype(block);
      if (!documentation.empty()) {
        child(xml, "bpmn:documentation").text().set(xml_text(documentation).c_str());
      }
      pugi::xml_node extension = child(child(xml, "bpmn:extensionElements"), blokjes_name(kBlockElement));
      set(extension, kAttrBlockId, block.id);
      set(extension, kAttrKind, block.kind);
      set(extension, kAttrVariant, block.variant);
      set(extension, kAttrLabel, block.label);
      set(extension, kAttrDepartment, block.lane);
      set(extension, kAttrX, number(block.position.x));
      set(extension, kAttrY, number(block.position.y));
    }
    for (std::size_t e : node.incoming) child(xml, "bpmn:incoming").text().set(graph_.edges[e].id.c_str());
    for (std::size_t e : node.outgoing) child(xml, "bpmn:outgoing").text().set(graph_.edges[e].id.c_str());
  }

  void write_edge(pugi::xml_node element, const GraphEdge& edge) const {
    pugi::xml_node xml = child(element, "bpmn:sequenceFlow");
    set(xml, "id", edge.id);
    std::string name = edge.flow != nullptr ? edge.flow->label : std::string();
    // A conditional flow must be named (bpmnlint); without a label, after where it leads.
    if (edge.conditional && blank(name)) name = node_name_towards(edge.to);
    if (!blank(name)) set(xml, "name", name);
    set(xml, "sourceRef", graph_.nodes[edge.from].id);
    set(xml, "targetRef", graph_.nodes[edge.to].id);
    if (edge.flow != nullptr) {
      pugi::xml_node extension = child(child(xml, "bpmn:extensionElements"), blokjes_name(kFlowElement));
      set(extension, kAttrFlowId, edge.flow->id);
      set(extension, kAttrKind, to_string(edge.flow->kind));
      set(extension, kAttrLabel, edge.flow->label);
    }
    if (edge.conditional) {
      pugi::xml_node condition = child(xml, "bpmn:conditionExpression");
      set(condition, "xsi:type", "bpmn:tFormalExpression");
      condition.text().set(condition_of(edge.id).c_str());
    }
  }

  // The name of the task a flow leads to, through a join gateway.
  std::string node_name_towards(std::size_t node) const {
    const GraphNode& target = graph_.nodes[node];
    if (target.kind == NodeKind::exclusive_join && target.block != nullptr) return names_.task(*target.block);
    const std::string name = node_name(target);
    return name.empty() ? target.id : name;
  }

 private:
  const Process& process_;
  const FlowGraph& graph_;
  const ProcessIds& ids_;
  const Names& names_;
};

// Diagram interchange -----------------------------------------------------------

void write_bounds(pugi::xml_node shape, const Bounds& bounds) {
  pugi::xml_node xml = child(shape, "dc:Bounds");
  set(xml, "x", number(bounds.x));
  set(xml, "y", number(bounds.y));
  set(xml, "width", number(bounds.width));
  set(xml, "height", number(bounds.height));
}

void write_shape(pugi::xml_node plane, IdRegistry& ids, const std::string& element, const Bounds& bounds,
                 bool horizontal, bool marker) {
  pugi::xml_node shape = child(plane, "bpmndi:BPMNShape");
  set(shape, "id", ids.claim(diagram_element_id(element)));
  set(shape, "bpmnElement", element);
  if (horizontal) set(shape, "isHorizontal", "true");
  if (marker) set(shape, "isMarkerVisible", "true");
  write_bounds(shape, bounds);
}

void write_diagram(pugi::xml_node plane, IdRegistry& ids, const ProcessIds& process_ids,
                   const FlowGraph& graph, const ProcessDiagram& diagram) {
  write_shape(plane, ids, process_ids.participant, diagram.pool, true, false);
  for (std::size_t i = 0; i < diagram.lanes.size() && i < process_ids.lanes.size(); ++i) {
    write_shape(plane, ids, process_ids.lanes[i].second, diagram.lanes[i].bounds, true, false);
  }
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    const bool exclusive = graph.nodes[i].kind == NodeKind::exclusive_split ||
                           graph.nodes[i].kind == NodeKind::exclusive_join;
    write_shape(plane, ids, graph.nodes[i].id, diagram.nodes[i], false, exclusive);
  }
  for (std::size_t e = 0; e < graph.edges.size(); ++e) {
    pugi::xml_node edge = child(plane, "bpmndi:BPMNEdge");
    set(edge, "id", ids.claim(diagram_element_id(graph.edges[e].id)));
    set(edge, "bpmnElement", graph.edges[e].id);
    for (const Waypoint& point : diagram.edges[e]) {
      pugi::xml_node waypoint = child(edge, "di:waypoint");
      set(waypoint, "x", number(point.x));
      set(waypoint, "y", number(point.y));
    }
  }
}

// The pools of several processes stand one below the other, this far apart.
constexpr double kPoolSpacing = 60;

}  // namespace

// XML 1.0 cannot carry every string: invalid UTF-8 becomes U+FFFD, control
// characters other than tab, newline and carriage return are dropped, as are
// U+FFFE and U+FFFF. Everything else (accents, ĳ, emoji) goes through as is.
std::string xml_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size;) {
    const unsigned char lead = bytes[i];
    std::size_t length = 0;
    char32_t code = 0;
    if (lead < 0x80) {
      length = 1;
      code = lead;
    } else if ((lead & 0xE0) == 0xC0) {
      length = 2;
      code = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3;
      code = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4;
      code = lead & 0x07;
    }
    bool valid = length != 0 && i + length <= size;
    for (std::size_t k = 1; valid && k < length; ++k) {
      if ((bytes[i + k] & 0xC0) != 0x80) valid = false;
      code = (code << 6) | (bytes[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    static constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (valid && (code < kMinimum[length] || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)) {
      valid = false;
    }
    if (!valid) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const bool control = code < 0x20 && code != '\t' && code != '\n' && code != '\r';
    if (!control && code != 0xFFFE && code != 0xFFFF) out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

// The document ---------------------------------------------------------------------

BpmnDocument write_bpmn_document(const Workshop& workshop, const std::vector<std::string>& process_ids,
                                 const BlockLibrary& library, const BpmnOptions& options) {
  BpmnDocument document;
  std::vector<const Process*> processes;
  if (process_ids.empty()) {
    for (const Process& process : workshop.processes) processes.push_back(&process);
  } else {
    std::set<std::string> seen;
    for (const std::string& id : process_ids) {
      const Process* process = workshop.find_process(id);
      if (process == nullptr) {
        throw ExportError("BPMN export: the workshop has no process \"" + id + "\"");
      }
      if (!seen.insert(id).second) {
        document.warnings.push_back("process \"" + id + "\" was asked for twice; it is written once");
        continue;
      }
      processes.push_back(process);
    }
  }

  IdRegistry ids;
  const std::string definitions_id = ids.claim("Definitions");
  const std::string collaboration_id = ids.claim("Collaboration");
  const std::string diagram_id = ids.claim("BPMNDiagram");
  const std::string plane_id = ids.claim("BPMNPlane");

  // Ids, graphs and layouts first, process by process in order, so each
  // process claims its ids in the same order on every export.
  std::vector<ProcessIds> all_ids;
  std::vector<FlowGraph> graphs;
  std::vector<ProcessDiagram> diagrams;
  double top = 0;
  for (const Process* process : processes) {
    ProcessIds process_ids_of;
    process_ids_of.process = ids.claim(process_id(process->id));
    process_ids_of.participant = ids.claim(participant_id(process->id));
    process_ids_of.lane_set = ids.claim(lane_set_id(process->id));
    for (const Lane& lane : lanes_of(*process)) {
      process_ids_of.lanes.emplace_back(lane.department_id, ids.claim(lane_id(process->id, lane.department_id)));
    }
    FlowGraph graph = build_flow_graph(*process, ids);
    for (const std::string& warning : graph.warnings) {
      document.warnings.push_back("process \"" + process->id + "\": " + warning);
    }
    ProcessDiagram diagram = layout_diagram(*process, graph, top);
    top = diagram.pool.bottom() + kPoolSpacing;
    all_ids.push_back(std::move(process_ids_of));
    graphs.push_back(std::move(graph));
    diagrams.push_back(std::move(diagram));
  }

  pugi::xml_document xml;
  pugi::xml_node declaration = xml.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node definitions = xml.append_child("bpmn:definitions");
  set(definitions, "xmlns:bpmn", kBpmnNamespace);
  set(definitions, "xmlns:bpmndi", kBpmnDiNamespace);
  set(definitions, "xmlns:dc", kDcNamespace);
  set(definitions, "xmlns:di", kDiNamespace);
  set(definitions, "xmlns:xsi", kXsiNamespace);
  set(definitions, std::string("xmlns:") + std::string(kBlokjesPrefix), kBlokjesNamespace);
  set(definitions, "id", definitions_id);
  set(definitions, "targetNamespace", kBlokjesNamespace);
  set(definitions, "exporter", "Blokjessessie");
  set(definitions, "exporterVersion", "1");

  pugi::xml_node collaboration = child(definitions, "bpmn:collaboration");
  set(collaboration, "id", collaboration_id);
  const Names names(workshop, library, options.language);
  for (std::size_t i = 0; i < processes.size(); ++i) {
    pugi::xml_node participant = child(collaboration, "bpmn:participant");
    set(participant, "id", all_ids[i].participant);
    set(participant, "name", names.participant(*processes[i]));
    set(participant, "processRef", all_ids[i].process);
  }
  for (std::size_t i = 0; i < processes.size(); ++i) {
    ProcessWriter(*processes[i], graphs[i], all_ids[i], names).write(definitions);
  }

  pugi::xml_node diagram = child(definitions, "bpmndi:BPMNDiagram");
  set(diagram, "id", diagram_id);
  pugi::xml_node plane = child(diagram, "bpmndi:BPMNPlane");
  set(plane, "id", plane_id);
  set(plane, "bpmnElement", collaboration_id);
  for (std::size_t i = 0; i < processes.size(); ++i) {
    write_diagram(plane, ids, all_ids[i], graphs[i], diagrams[i]);
  }

  std::ostringstream out;
  xml.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  document.xml = out.str();
  return document;
}

std::string write_bpmn(const Workshop& workshop, const std::vector<std::string>& process_ids,
                       const BlockLibrary& library, const BpmnOptions& options) {
  return write_bpmn_document(workshop, process_ids, library, options).xml;
}

}  // namespace blokjes::bpmn
