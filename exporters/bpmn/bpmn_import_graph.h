#pragma once
// One BPMN process's sequence-flow graph folded into flows between blocks: a
// workshop has blocks and flows only, so gateways, intermediate events and
// link events are walked through, and each task reached from a task becomes
// one flow. Plain data in, plain data out: the reader (bpmn_reader.cpp) fills
// the graph from XML and turns the folded flows into the model's.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/process.h"

namespace blokjes::bpmn {

enum class NodeRole {
  activity,     // a task of any type, call activity or subprocess: one block
  start_event,  // where the process starts (its targets come first in the order)
  boundary,     // an event on an activity's border: its paths leave that activity
  gateway,      // walked through; a choice gateway with several ways makes conditional flows
  other,        // other events and nodes: walked through
};

struct ImportNode {
  std::string id;
  std::string type;  // the BPMN element's local name ("exclusiveGateway", "userTask" ...)
  std::string name;
  NodeRole role = NodeRole::other;
  std::string attached_to;   // boundary events: the activity's id
  std::string default_flow;  // gateways and activities: the id of the default sequence flow
  std::string link_name;     // link events: the link's name, to jump from throw to catch
  std::string event_kind;    // events: "timer", "message", "error" ... from the event definition
  bool link_throw = false;
  bool link_catch = false;
};

// What our own export wrote on a sequence flow (<blokjes:flow>).
struct RestoredFlow {
  std::string flow_id;
  std::optional<FlowKind> kind;
  std::optional<std::string> label;
};

struct GraphFlow {
  std::string id;
  std::string source;
  std::string target;
  std::string name;
  std::string condition;  // the conditionExpression's text; empty when none
  bool has_condition = false;
  std::optional<RestoredFlow> restored;
};

struct ProcessGraph {
  std::vector<ImportNode> nodes;
  std::vector<GraphFlow> flows;
};

// One flow between two activities after folding.
struct FoldedFlow {
  std::size_t from = 0;  // index into ProcessGraph::nodes (an activity)
  std::size_t to = 0;
  bool conditional = false;
  std::string label;
  // The <blokjes:flow> nearest the target on the path, when any.
  const RestoredFlow* restored = nullptr;
  std::string boundary_event;  // the id of the boundary event the path leaves by
};

struct FoldedGraph {
  std::vector<FoldedFlow> flows;  // one per (from, to), in order of the sources
  // Activities reached from the start events, in the order reached: the
  // process's first blocks.
  std::vector<std::size_t> entries;
  std::vector<std::string> warnings;  // loops on one activity, cut walks, dead boundary events
};

// The label for a default flow without a name: the way taken otherwise.
inline constexpr const char* kDefaultFlowLabel = "anders";
// The most nodes walked through for one process; a larger gateway network is
// cut short with a warning rather than taking time quadratic in its size.
inline constexpr std::size_t kMaxFoldSteps = 2'000'000;

// `process_name` only words the warnings.
FoldedGraph fold_flows(const ProcessGraph& graph, const std::string& process_name);

// Which edges go back: a depth-first walk from `roots` (then from every node
// not yet reached, in index order), children in edge order; an edge into a
// node still on the walk's path closes a loop. Iterative: any depth.
std::vector<bool> back_edges(std::size_t node_count,
                             const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                             const std::vector<std::size_t>& roots);

}  // namespace blokjes::bpmn
