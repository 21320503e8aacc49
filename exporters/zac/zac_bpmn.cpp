#include "zac_bpmn.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <sstream>
#include <vector>

#include <pugixml.hpp>

#include "exporters/bpmn/bpmn_diagram.h"
#include "exporters/bpmn/bpmn_flow_graph.h"
#include "exporters/bpmn/bpmn_ids.h"
#include "exporters/bpmn/bpmn_vocabulary.h"
#include "exporters/bpmn/bpmn_writer.h"
#include "exporters/export_error.h"
#include "picture/geometry.h"

// Sections: ZAC's words and form keys - text and numbers - checking the
// options - the ZAC graph (from the BPMN writer's flow graph) - layout -
// the XML (process, diagram) - zac_bpmn_xml.

namespace blokjes::zac {

// ZAC's words and form keys -----------------------------------------------------

bool is_zac_statustype(std::string_view omschrijving) {
  return std::find(std::begin(kZacStatustypen), std::end(kZacStatustypen), omschrijving) !=
         std::end(kZacStatustypen);
}

std::string_view form_key_for(std::string_view kind) {
  for (const FormKeyRow& row : kFormKeys) {
    if (row.kind == kind) return row.form_key;
  }
  return kDefaultFormKey;
}

namespace {

using bpmn::Bounds;
using bpmn::Waypoint;

// Text and numbers -----------------------------------------------------------------

// XML 1.0 cannot carry every string: the BPMN writer's rule.
using bpmn::xml_text;

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::string number(double value) {
  if (!std::isfinite(value) || value == 0) value = 0;  // no "-0", no NaN
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

// A string literal of Flowable's expression language (JUEL): single quotes,
// with backslash and quote escaped.
std::string juel_string(std::string_view text) {
  std::string literal = "'";
  for (char c : text) {
    if (c == '\\' || c == '\'') literal += '\\';
    literal += c;
  }
  return literal + "'";
}

// An identifier of JUEL: letters, digits and '_' (an NCName's '-' and '.'
// would read as operators).
std::string juel_identifier(std::string_view text) {
  std::string identifier;
  for (char c : text) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    identifier += keep ? c : '_';
  }
  return identifier;
}

std::string decision_variable(const Block& block) {
  return std::string(kDecisionVariablePrefix) + juel_identifier(block.id);
}

// Flowable's process key: the zaaktype identificatie, else the process id,
// as an NCName (which starts with a letter or '_').
std::string process_key(const Process& process) {
  std::string key = bpmn::ncname_part(blank(process.zaaktype.identificatie) ? process.id
                                                                             : process.zaaktype.identificatie);
  if (key.empty()) return "Process";
  const char first = key.front();
  if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '_')) key = "Process_" + key;
  return key;
}

// A task is named after its block's label; a block without one after its
// kind and variant, since BPMN tools want every activity named.
std::string task_name(const Block& block, const BlockLibrary& library, Language language) {
  if (!blank(block.label)) return block.label;
  const BlockKind* kind = library.find_kind(block.kind);
  if (kind != nullptr) {
    if (const BlockVariant* variant = library.find_variant(block.kind, block.variant)) {
      return kind->name.in(language) + ": " + variant->name.in(language);
    }
    return kind->name.in(language);
  }
  return block.kind.empty() ? block.id : block.kind;
}

// Checking the options --------------------------------------------------------------

void check_options(const Process& process, const ZacBpmnOptions& options) {
  const std::string where = "ZAC BPMN export of process " + in_quotes(process.id) + ": ";
  if (blank(options.resultaat_omschrijving)) {
    throw ExportError(where + "no resultaat omschrijving for " + std::string(kResultVariable) +
                      "; expected the resultaattype the process ends with");
  }
  for (const auto& [block_id, status] : options.status_by_block) {
    if (process.find_block(block_id) == nullptr) {
      throw ExportError(where + "a status is given for block " + in_quotes(block_id) +
                        ", which the process does not have");
    }
    if (!is_zac_statustype(status)) {
      std::string expected;
      for (std::string_view name : kZacStatustypen) expected += (expected.empty() ? "" : ", ") + in_quotes(name);
      throw ExportError(where + "block " + in_quotes(block_id) + " sets status " + in_quotes(status) +
                        ", which is not one of ZAC's statustypen; expected one of " + expected);
    }
  }
}

// The ZAC graph -----------------------------------------------------------------------

enum class ZacKind {
  start_event,
  end_event,
  status_task,  // service task: UpdateZaakJavaDelegate with the block's status
  user_task,
  result_task,  // service task: ZK_Result
  close_task,   // service task: UpdateZaakJavaDelegate with the eindstatus and ZK_Result
  exclusive_split,
  exclusive_join,
  end_join,     // where several ends of the process meet before the closing tasks
  start_split,  // several start blocks: which one the zaak starts at
};

struct ZacNode {
  std::string id;
  ZacKind kind = ZacKind::user_task;
  const Block* block = nullptr;  // the block it is (tasks) or sits beside (gateways, start)
  std::string status;            // status_task: the omschrijving it sets
  std::optional<std::size_t> default_edge;
  std::vector<std::size_t> incoming;
  std::vector<std::size_t> outgoing;
};

struct ZacEdge {
  std::string id;
  std::size_t from = 0;
  std::size_t to = 0;
  const Flow* flow = nullptr;  // the model flow it stands for, if any
  bool conditional = false;
};

struct ZacGraph {
  std::vector<ZacNode> nodes;
  std::vector<ZacEdge> edges;
  // The row the closing tasks sit on: the block before the (first) end.
  const Block* end_row_block = nullptr;
};

// The BPMN writer's graph, with a status task before each user task whose
// block sets a status, and the ends of the process gathered into one
// closing sequence. Ids are claimed after the flow graph's, in a fixed
// order (blocks in graph order, then the closing tasks), so they are stable.
ZacGraph build_zac_graph(const Process& process, const ZacBpmnOptions& options, bpmn::IdRegistry& ids) {
  const bpmn::FlowGraph flow_graph = bpmn::build_flow_graph(process, ids);
  ZacGraph graph;
  const std::size_t none = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> entry(flow_graph.nodes.size(), none), exit(flow_graph.nodes.size(), none);
  std::vector<std::pair<std::size_t, std::size_t>> added_edges;  // status task -> user task
  std::vector<std::string> added_edge_names;
  std::vector<std::size_t> ends;  // flow graph end events

  auto add_node = [&](ZacKind kind, const Block* block, std::string id) {
    ZacNode node;
    node.id = std::move(id);
    node.kind = kind;
    node.block = block;
    graph.nodes.push_back(std::move(node));
    return graph.nodes.size() - 1;
  };

  for (std::size_t i = 0; i < flow_graph.nodes.size(); ++i) {
    const bpmn::GraphNode& node = flow_graph.nodes[i];
    switch (node.kind) {
      case bpmn::NodeKind::user_task: {
        const auto status = options.status_by_block.find(node.block->id);
        const bool sets_status = status != options.status_by_block.end() && status->second != kZacEindstatus;
        std::size_t status_task = none;
        if (sets_status) {
          status_task = add_node(ZacKind::status_task, node.block,
                                 ids.claim("Status_" + bpmn::ncname_part(process.id) + "_" +
                                           bpmn::ncname_part(node.block->id)));
          graph.nodes[status_task].status = status->second;
        }
        const std::size_t user_task = add_node(ZacKind::user_task, node.block, node.id);
        entry[i] = sets_status ? status_task : user_task;
        exit[i] = user_task;
        if (sets_status) {
          added_edges.emplace_back(status_task, user_task);
          added_edge_names.push_back(node.block->id + "_status");
        }
        break;
      }
      case bpmn::NodeKind::end_event:
        ends.push_back(i);
        break;
      case bpmn::NodeKind::start_event:
        entry[i] = exit[i] = add_node(ZacKind::start_event, node.block, node.id);
        break;
      case bpmn::NodeKind::exclusive_split:
        entry[i] = exit[i] = add_node(ZacKind::exclusive_split, node.block, node.id);
        break;
      case bpmn::NodeKind::exclusive_join:
        entry[i] = exit[i] = add_node(ZacKind::exclusive_join, node.block, node.id);
        break;
      // The BPMN writer forks several start blocks in parallel; a zaak in
      // ZAC comes in one way (balie or digitaal), and running the rest in
      // parallel would close it once per branch. So one of them, chosen.
      case bpmn::NodeKind::parallel_fork:
        entry[i] = exit[i] = add_node(ZacKind::start_split, node.block, node.id);
        break;
    }
  }

  // The closing sequence: [join of the ends] -> ZK_Result -> Afgerond -> end.
  const std::string pid = bpmn::ncname_part(process.id);
  std::size_t closing_entry = none;
  if (ends.size() > 1) closing_entry = add_node(ZacKind::end_join, nullptr, ids.claim("EindeJoin_" + pid));
  const std::size_t result_task = add_node(ZacKind::result_task, nullptr, ids.claim("Resultaat_" + pid));
  const std::size_t close_task = add_node(ZacKind::close_task, nullptr, ids.claim("Afronden_" + pid));
  const std::size_t end_event = add_node(ZacKind::end_event, nullptr, ids.claim("Einde_" + pid));
  if (closing_entry == none) closing_entry = result_task;
  for (std::size_t end : ends) entry[end] = closing_entry;
  if (!ends.empty()) graph.end_row_block = flow_graph.nodes[ends.front()].block;

  // The flow graph's edges keep their index, so its default edges still
  // point at the right ones.
  for (const bpmn::GraphEdge& edge : flow_graph.edges) {
    ZacEdge copy;
    copy.id = edge.id;
    copy.from = exit[edge.from];
    copy.to = entry[edge.to];
    copy.flow = edge.flow;
    copy.conditional = edge.conditional;
    graph.edges.push_back(std::move(copy));
  }
  for (std::size_t i = 0; i < flow_graph.nodes.size(); ++i) {
    if (flow_graph.nodes[i].default_edge && exit[i] != none) {
      graph.nodes[exit[i]].default_edge = flow_graph.nodes[i].default_edge;
    }
    if (flow_graph.nodes[i].kind == bpmn::NodeKind::parallel_fork) {
      // The first start block (in block order) by default, the others on condition.
      for (std::size_t e = 0; e < flow_graph.edges.size(); ++e) {
        if (flow_graph.edges[e].from != i) continue;
        if (graph.nodes[exit[i]].default_edge) {
          graph.edges[e].conditional = true;
        } else {
          graph.nodes[exit[i]].default_edge = e;
        }
      }
    }
  }
  auto connect = [&](std::size_t from, std::size_t to, const std::string& what) {
    ZacEdge edge;
    edge.id = ids.claim(bpmn::connector_id(process.id, what));
    edge.from = from;
    edge.to = to;
    graph.edges.push_back(std::move(edge));
  };
  for (std::size_t k = 0; k < added_edges.size(); ++k) {
    connect(added_edges[k].first, added_edges[k].second, added_edge_names[k]);
  }
  if (closing_entry != result_task) connect(closing_entry, result_task, "einde_resultaat");
  connect(result_task, close_task, "resultaat_afronden");
  connect(close_task, end_event, "afronden_einde");

  for (std::size_t e = 0; e < graph.edges.size(); ++e) {
    graph.nodes[graph.edges[e].from].outgoing.push_back(e);
    graph.nodes[graph.edges[e].to].incoming.push_back(e);
  }
  return graph;
}

// Layout ------------------------------------------------------------------------------

// Each block becomes up to four shapes in a row (join, status task, user
// task, split) where the canvas has one, so canvas x is stretched: 220
// canvas units (one block to the next) become 484, leaving 74 between the
// split of one block and the join of the next. y is the canvas's.
constexpr double kScaleX = 2.2;
constexpr double kServiceWidth = 100;  // bpmn.io's task size
constexpr double kUserWidth = 140;     // wider: it carries the block's label
constexpr double kTaskHeight = 80;
constexpr double kJoinOffset = 0;      // from the block's left edge in the diagram
constexpr double kStatusOffset = 70;
constexpr double kUserOffset = 200;
constexpr double kSplitOffset = 360;
constexpr double kGap = 20;
constexpr double kChainGap = 40;       // between the closing shapes
constexpr double kChannel = 60;        // a flow between rows runs this far from a row's centre

double row_centre(const Block* block) {
  if (block == nullptr) return picture::kBlockHeight / 2;
  const picture::CanvasRect rect = picture::block_rect(*block);
  return (rect.min.y + rect.max.y) / 2;
}

double slot_left(const Block& block) { return picture::block_rect(block).min.x * kScaleX; }

Bounds centred(double x, double centre_y, double width, double height) {
  return {x, centre_y - height / 2, width, height};
}

std::vector<Bounds> place_nodes(const ZacGraph& graph) {
  std::vector<Bounds> placed(graph.nodes.size());
  std::vector<bool> done(graph.nodes.size(), false);
  // Block shapes first.
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    const ZacNode& node = graph.nodes[i];
    if (node.block == nullptr || node.kind == ZacKind::start_event || node.kind == ZacKind::start_split) {
      continue;
    }
    const double left = slot_left(*node.block);
    const double centre = row_centre(node.block);
    switch (node.kind) {
      case ZacKind::exclusive_join:
        placed[i] = centred(left + kJoinOffset, centre, bpmn::kGatewaySize, bpmn::kGatewaySize);
        break;
      case ZacKind::status_task: placed[i] = centred(left + kStatusOffset, centre, kServiceWidth, kTaskHeight); break;
      case ZacKind::user_task: placed[i] = centred(left + kUserOffset, centre, kUserWidth, kTaskHeight); break;
      case ZacKind::exclusive_split:
        placed[i] = centred(left + kSplitOffset, centre, bpmn::kGatewaySize, bpmn::kGatewaySize);
        break;
      default: continue;
    }
    done[i] = true;
  }
  // The start event (and the start split) left of the first block's first shape.
  std::size_t fork = graph.nodes.size();
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    if (graph.nodes[i].kind == ZacKind::start_split) fork = i;
  }
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    const ZacNode& node = graph.nodes[i];
    if (node.kind != ZacKind::start_event) continue;
    double left = 0;
    if (node.block != nullptr) {
      left = std::numeric_limits<double>::max();
      for (std::size_t k = 0; k < graph.nodes.size(); ++k) {
        if (done[k] && graph.nodes[k].block == node.block) left = std::min(left, placed[k].x);
      }
    }
    const double centre = row_centre(node.block);
    if (fork < graph.nodes.size()) {
      placed[fork] = centred(left - kGap - bpmn::kGatewaySize, centre, bpmn::kGatewaySize, bpmn::kGatewaySize);
      done[fork] = true;
      left = placed[fork].x;
    }
    placed[i] = centred(left - kGap - bpmn::kEventSize, centre, bpmn::kEventSize, bpmn::kEventSize);
    done[i] = true;
  }
  // The closing sequence right of everything else, on the row of the end.
  double right = std::numeric_limits<double>::lowest();
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    if (done[i]) right = std::max(right, placed[i].right());
  }
  const double centre = row_centre(graph.end_row_block);
  double x = right + kChainGap + kGap;
  for (ZacKind kind : {ZacKind::end_join, ZacKind::result_task, ZacKind::close_task, ZacKind::end_event}) {
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
      if (graph.nodes[i].kind != kind) continue;
      const double width = kind == ZacKind::end_join ? bpmn::kGatewaySize
                           : kind == ZacKind::end_event ? bpmn::kEventSize
                                                        : kServiceWidth;
      const double height = kind == ZacKind::end_join ? bpmn::kGatewaySize
                            : kind == ZacKind::end_event ? bpmn::kEventSize
                                                         : kTaskHeight;
      placed[i] = centred(x, centre, width, height);
      x += width + kChainGap;
    }
  }
  return placed;
}

// Forward on one row: straight, or over the top of the row when a shape
// stands between. Forward to another row: out of the top or bottom into the
// channel between the rows, along it to just before the target, then into
// the target's side. Backward (rework): out of the bottom, along under both
// rows, up into the target's bottom.
std::vector<Waypoint> route(const Bounds& from, const Bounds& to, const std::vector<Bounds>& shapes) {
  if (to.x >= from.right()) {
    if (from.centre_y() == to.centre_y()) {
      const bool blocked = std::any_of(shapes.begin(), shapes.end(), [&](const Bounds& shape) {
        return shape.x >= from.right() && shape.right() <= to.x && shape.y < from.centre_y() &&
               shape.bottom() > from.centre_y();
      });
      if (!blocked) return {{from.right(), from.centre_y()}, {to.x, to.centre_y()}};
      const double above = from.centre_y() - kChannel;
      return {{from.centre_x(), from.y}, {from.centre_x(), above}, {to.centre_x(), above}, {to.centre_x(), to.y}};
    }
    const bool down = to.centre_y() > from.centre_y();
    const double channel = from.centre_y() + (down ? kChannel : -kChannel);
    const double turn = to.x - kGap / 2;
    return {{from.centre_x(), down ? from.bottom() : from.y},
            {from.centre_x(), channel},
            {turn, channel},
            {turn, to.centre_y()},
            {to.x, to.centre_y()}};
  }
  const double below = std::max(from.centre_y(), to.centre_y()) + kChannel;
  return {{from.centre_x(), from.bottom()}, {from.centre_x(), below}, {to.centre_x(), below}, {to.centre_x(), to.bottom()}};
}

// The XML -----------------------------------------------------------------------------

void set(pugi::xml_node node, std::string_view name, std::string_view value) {
  node.append_attribute(std::string(name).c_str()).set_value(xml_text(value).c_str());
}

pugi::xml_node child(pugi::xml_node parent, std::string_view name) {
  return parent.append_child(std::string(name).c_str());
}

void text(pugi::xml_node parent, std::string_view name, std::string_view value) {
  child(parent, name).text().set(xml_text(value).c_str());
}

std::string prefixed(std::string_view prefix, std::string_view local) {
  return std::string(prefix) + ":" + std::string(local);
}

// <flowable:field name="..."><flowable:string>...</flowable:string></flowable:field>
// (or <flowable:expression>), as the BPMN guide writes the delegate's fields.
void field(pugi::xml_node extensions, std::string_view name, std::string_view kind, std::string_view value) {
  pugi::xml_node xml = child(extensions, "flowable:field");
  set(xml, "name", name);
  text(xml, prefixed("flowable", kind), value);
}

class ProcessWriter {
 public:
  ProcessWriter(const Process& process, const ZacGraph& graph, const BlockLibrary& library,
                const ZacBpmnOptions& options)
      : process_(process), graph_(graph), library_(library), options_(options) {}

  void write(pugi::xml_node definitions, const std::string& id) const {
    pugi::xml_node element = child(definitions, "bpmn:process");
    set(element, "id", id);
    set(element, "name", blank(process_.name) ? process_.id : process_.name);
    set(element, "isExecutable", "true");
    if (!blank(process_.description)) text(element, "bpmn:documentation", process_.description);
    pugi::xml_node zaaktype =
        child(child(element, "bpmn:extensionElements"), prefixed(bpmn::kBlokjesPrefix, bpmn::kZaaktypeElement));
    set(zaaktype, bpmn::kAttrIdentificatie, process_.zaaktype.identificatie);
    set(zaaktype, bpmn::kAttrOmschrijving, process_.zaaktype.omschrijving);
    set(zaaktype, bpmn::kAttrProcessId, process_.id);
    set(zaaktype, bpmn::kAttrDepartment, process_.department);
    for (const ZacNode& node : graph_.nodes) write_node(element, node);
    for (const ZacEdge& edge : graph_.edges) write_edge(element, edge);
  }

 private:
  std::string name_of(const ZacNode& node) const {
    switch (node.kind) {
      case ZacKind::start_event: return std::string(bpmn::kStartEventName);
      case ZacKind::end_event: return std::string(bpmn::kEndEventName);
      case ZacKind::status_task: return "Status: " + node.status;
      case ZacKind::user_task: return task_name(*node.block, library_, options_.language);
      case ZacKind::result_task: return "Resultaat: " + options_.resultaat_omschrijving;
      case ZacKind::close_task: return "Status: " + std::string(kZacEindstatus);
      // A split is forking, and bpmnlint wants forking gateways named: the
      // question the task answers.
      case ZacKind::exclusive_split: return task_name(*node.block, library_, options_.language) + "?";
      case ZacKind::start_split: return options_.language == Language::english ? "Where does the zaak start?"
                                                                               : "Waar begint de zaak?";
      case ZacKind::exclusive_join:
      case ZacKind::end_join: return {};
    }
    return {};
  }

  static std::string_view element_of(ZacKind kind) {
    switch (kind) {
      case ZacKind::start_event: return "bpmn:startEvent";
      case ZacKind::end_event: return "bpmn:endEvent";
      case ZacKind::status_task:
      case ZacKind::result_task:
      case ZacKind::close_task: return "bpmn:serviceTask";
      case ZacKind::user_task: return "bpmn:userTask";
      case ZacKind::exclusive_split:
      case ZacKind::exclusive_join:
      case ZacKind::end_join:
      case ZacKind::start_split: return "bpmn:exclusiveGateway";
    }
    return "bpmn:task";
  }

  void write_node(pugi::xml_node element, const ZacNode& node) const {
    pugi::xml_node xml = child(element, element_of(node.kind));
    set(xml, "id", node.id);
    const std::string name = name_of(node);
    if (!name.empty()) set(xml, "name", name);
    switch (node.kind) {
      case ZacKind::exclusive_split:
      case ZacKind::start_split: set(xml, "gatewayDirection", "Diverging"); break;
      case ZacKind::exclusive_join:
      case ZacKind::end_join: set(xml, "gatewayDirection", "Converging"); break;
      case ZacKind::status_task: {
        set(xml, "flowable:class", kUpdateZaakDelegate);
        field(child(xml, "bpmn:extensionElements"), kStatustypeField, "string", node.status);
        break;
      }
      case ZacKind::result_task: {
        // A form with a ZAC_resultaat select (ZK_Result) chooses first; the
        // workshop's resultaat is the default.
        set(xml, "flowable:expression",
            "${var:getOrDefault(" + std::string(kResultVariable) + ", " +
                juel_string(options_.resultaat_omschrijving) + ")}");
        set(xml, "flowable:resultVariable", kResultVariable);
        break;
      }
      case ZacKind::close_task: {
        set(xml, "flowable:class", kUpdateZaakDelegate);
        pugi::xml_node extensions = child(xml, "bpmn:extensionElements");
        field(extensions, kStatustypeField, "string", kZacEindstatus);
        field(extensions, kResultaattypeField, "expression", "${" + std::string(kResultVariable) + "}");
        break;
      }
      case ZacKind::user_task: {
        const Block& block = *node.block;
        // As the BPMN guide's example: the zaak's behandelaar when it has
        // one, its group as candidates, the form of the block's kind.
        set(xml, "flowable:assignee", "${var:get(zaakBehandelaar)}");
        set(xml, "flowable:candidateGroups", kCandidateGroups);
        set(xml, "flowable:formKey", form_key_for(block.kind));
        set(xml, "flowable:formFieldValidation", "false");
        if (!blank(block.note)) text(xml, "bpmn:documentation", block.note);
        pugi::xml_node extension = child(child(xml, "bpmn:extensionElements"),
                                         prefixed(bpmn::kBlokjesPrefix, bpmn::kBlockElement));
        set(extension, bpmn::kAttrBlockId, block.id);
        set(extension, bpmn::kAttrKind, block.kind);
        set(extension, bpmn::kAttrVariant, block.variant);
        break;
      }
      case ZacKind::start_event:
      case ZacKind::end_event: break;
    }
    if (node.default_edge) set(xml, "default", graph_.edges[*node.default_edge].id);
    for (std::size_t e : node.incoming) text(xml, "bpmn:incoming", graph_.edges[e].id);
    for (std::size_t e : node.outgoing) text(xml, "bpmn:outgoing", graph_.edges[e].id);
  }

  void write_edge(pugi::xml_node element, const ZacEdge& edge) const {
    pugi::xml_node xml = child(element, "bpmn:sequenceFlow");
    set(xml, "id", edge.id);
    std::string name = edge.flow != nullptr ? edge.flow->label : std::string();
    // A conditional flow must be named (bpmnlint); without a label, after
    // where it leads.
    if (edge.conditional && blank(name)) name = name_towards(edge.to);
    if (!blank(name)) set(xml, "name", name);
    set(xml, "sourceRef", graph_.nodes[edge.from].id);
    set(xml, "targetRef", graph_.nodes[edge.to].id);
    if (edge.flow != nullptr) {
      pugi::xml_node extension = child(child(xml, "bpmn:extensionElements"),
                                       prefixed(bpmn::kBlokjesPrefix, bpmn::kFlowElement));
      set(extension, bpmn::kAttrFlowId, edge.flow->id);
      set(extension, bpmn::kAttrKind, to_string(edge.flow->kind));
    }
    if (edge.conditional) {
      // One process variable per decision, named after the block before the
      // split (the flow's id as its value), or keuze_start (the start
      // block's id); null-safe, so an unset variable is false, not an error.
      const ZacNode& split = graph_.nodes[edge.from];
      const ZacNode& target = graph_.nodes[edge.to];
      std::string variable = std::string(kDecisionVariablePrefix) + "start";
      std::string value = target.block != nullptr ? target.block->id : target.id;
      if (split.kind == ZacKind::exclusive_split && split.block != nullptr) {
        variable = decision_variable(*split.block);
        value = edge.flow != nullptr ? edge.flow->id : edge.id;
      }
      pugi::xml_node condition = child(xml, "bpmn:conditionExpression");
      set(condition, "xsi:type", "bpmn:tFormalExpression");
      condition.text().set(xml_text("${var:equals(" + variable + ", " + juel_string(value) + ")}").c_str());
    }
  }

  // The name of the task a flow leads to, through a join and a status task.
  std::string name_towards(std::size_t node) const {
    const ZacNode& target = graph_.nodes[node];
    if (target.block != nullptr &&
        (target.kind == ZacKind::exclusive_join || target.kind == ZacKind::status_task)) {
      return task_name(*target.block, library_, options_.language);
    }
    const std::string name = name_of(target);
    return name.empty() ? target.id : name;
  }

  const Process& process_;
  const ZacGraph& graph_;
  const BlockLibrary& library_;
  const ZacBpmnOptions& options_;
};

void write_diagram(pugi::xml_node definitions, bpmn::IdRegistry& ids, const std::string& process_id,
                   const ZacGraph& graph) {
  const std::vector<Bounds> shapes = place_nodes(graph);
  pugi::xml_node diagram = child(definitions, "bpmndi:BPMNDiagram");
  set(diagram, "id", ids.claim("BPMNDiagram"));
  pugi::xml_node plane = child(diagram, "bpmndi:BPMNPlane");
  set(plane, "id", ids.claim("BPMNPlane"));
  set(plane, "bpmnElement", process_id);
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    pugi::xml_node shape = child(plane, "bpmndi:BPMNShape");
    set(shape, "id", ids.claim(bpmn::diagram_element_id(graph.nodes[i].id)));
    set(shape, "bpmnElement", graph.nodes[i].id);
    const ZacKind kind = graph.nodes[i].kind;
    if (kind != ZacKind::start_event && kind != ZacKind::end_event && kind != ZacKind::status_task &&
        kind != ZacKind::user_task && kind != ZacKind::result_task && kind != ZacKind::close_task) {
      set(shape, "isMarkerVisible", "true");
    }
    pugi::xml_node bounds = child(shape, "dc:Bounds");
    set(bounds, "x", number(shapes[i].x));
    set(bounds, "y", number(shapes[i].y));
    set(bounds, "width", number(shapes[i].width));
    set(bounds, "height", number(shapes[i].height));
  }
  for (const ZacEdge& edge : graph.edges) {
    pugi::xml_node xml = child(plane, "bpmndi:BPMNEdge");
    set(xml, "id", ids.claim(bpmn::diagram_element_id(edge.id)));
    set(xml, "bpmnElement", edge.id);
    for (const Waypoint& point : route(shapes[edge.from], shapes[edge.to], shapes)) {
      pugi::xml_node waypoint = child(xml, "di:waypoint");
      set(waypoint, "x", number(point.x));
      set(waypoint, "y", number(point.y));
    }
  }
}

}  // namespace

// zac_bpmn_xml -------------------------------------------------------------------------

std::string zac_bpmn_xml(const Process& process, const BlockLibrary& library, const ZacBpmnOptions& options) {
  check_options(process, options);
  bpmn::IdRegistry ids;
  const std::string definitions_id = ids.claim("Definitions");
  const std::string process_id = ids.claim(process_key(process));
  const ZacGraph graph = build_zac_graph(process, options, ids);

  pugi::xml_document xml;
  pugi::xml_node declaration = xml.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node definitions = xml.append_child("bpmn:definitions");
  set(definitions, "xmlns:bpmn", bpmn::kBpmnNamespace);
  set(definitions, "xmlns:bpmndi", bpmn::kBpmnDiNamespace);
  set(definitions, "xmlns:dc", bpmn::kDcNamespace);
  set(definitions, "xmlns:di", bpmn::kDiNamespace);
  set(definitions, "xmlns:xsi", bpmn::kXsiNamespace);
  set(definitions, "xmlns:flowable", kFlowableNamespace);
  set(definitions, "xmlns:" + std::string(bpmn::kBlokjesPrefix), bpmn::kBlokjesNamespace);
  set(definitions, "id", definitions_id);
  set(definitions, "targetNamespace", bpmn::kBlokjesNamespace);
  set(definitions, "exporter", "Blokjessessie");
  set(definitions, "exporterVersion", "1");

  ProcessWriter(process, graph, library, options).write(definitions, process_id);
  write_diagram(definitions, ids, process_id, graph);

  std::ostringstream out;
  xml.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace blokjes::zac
