#pragma once
// A process's blocks and flows as BPMN flow nodes and sequence flows, before
// any XML: one user task per block, a start event, end events, and exclusive
// gateways wherever a task would otherwise split or join implicitly (BPMN
// tools read several flows out of a task as parallel, bpmnlint calls it an
// error). The writer (bpmn_writer.cpp) and the diagram (bpmn_diagram.cpp)
// both read this graph, so the XML and its picture cannot disagree.
//
// Sections: nodes and edges - building the graph.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "bpmn_ids.h"
#include "core/process.h"

namespace blokjes::bpmn {

enum class NodeKind {
  start_event,
  end_event,
  user_task,
  exclusive_split,  // after a block with several outgoing flows
  exclusive_join,   // before a block with several incoming flows
  parallel_fork,    // after the start event, when a process has several start blocks
};

struct GraphNode {
  std::string id;  // claimed, unique in the document
  NodeKind kind = NodeKind::user_task;
  // The block this node is, or sits beside (events, gateways); null only for
  // the start and end event of a process without blocks.
  const Block* block = nullptr;
  std::vector<std::size_t> incoming;  // edge indices, in edge order
  std::vector<std::size_t> outgoing;
  std::optional<std::size_t> default_edge;  // exclusive splits: the flow taken when no condition holds
};

struct GraphEdge {
  std::string id;  // claimed
  std::size_t from = 0;
  std::size_t to = 0;
  // The model flow this sequence flow stands for: it runs from the flow's
  // source task (or that task's split) to its target task (or that task's
  // join). Null for the flows the writer adds (into a gateway, from the
  // start event, to an end event).
  const Flow* flow = nullptr;
  // Leaves an exclusive split and is not its default: carries a condition.
  bool conditional = false;
};

struct FlowGraph {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
  // What the model has that BPMN cannot carry, left out: flows to or from a
  // missing block, a second flow with the same id or between the same
  // blocks, a second block with the same id. One sentence each.
  std::vector<std::string> warnings;

  // The user task of a block, if it has one.
  std::optional<std::size_t> task_of(const std::string& block_id) const;
};

// Builds the graph of `process`, claiming its ids from `ids` in a fixed
// order (tasks, model flows, events and gateways, added flows), so the same
// process gets the same ids on every export.
//
// Starts: the blocks without an incoming flow (if every block has one, the
// first of process.ordered_blocks()); several start blocks are forked in
// parallel after the one start event. Ends: an end event after each block
// without an outgoing flow (if every block has one, after the last of
// ordered_blocks()). A process without blocks is a start event straight to
// an end event.
//
// The default flow of each split is the one most likely to move the case
// forward: first, one from which an end event can be reached without a
// rework flow; among those, to an end event, else a sequence flow, else a
// conditional one; a rework flow only when nothing else leaves; ties by
// model order. An engine that finds no condition true then walks forward
// and ends. The other flows out of a split get a condition.
FlowGraph build_flow_graph(const Process& process, IdRegistry& ids);

}  // namespace blokjes::bpmn
