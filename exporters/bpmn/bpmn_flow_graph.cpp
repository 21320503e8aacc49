#include "bpmn_flow_graph.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

// Sections: helpers - tasks and model flows - start and end - gateways -
// incoming/outgoing and ids of the added flows.

namespace blokjes::bpmn {

std::optional<std::size_t> FlowGraph::task_of(const std::string& block_id) const {
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].kind == NodeKind::user_task && nodes[i].block != nullptr &&
        nodes[i].block->id == block_id) {
      return i;
    }
  }
  return std::nullopt;
}

namespace {

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

// How strongly an edge out of a split is the way forward (lower: more).
int forward_rank(const FlowGraph& graph, const GraphEdge& edge) {
  if (graph.nodes[edge.to].kind == NodeKind::end_event) return 0;
  if (edge.flow == nullptr) return 1;
  switch (edge.flow->kind) {
    case FlowKind::sequence: return 1;
    case FlowKind::conditional: return 2;
    case FlowKind::rework: return 3;
  }
  return 3;
}

class GraphBuilder {
 public:
  GraphBuilder(const Process& process, IdRegistry& ids) : process_(process), ids_(ids) {}

  FlowGraph build() {
    add_tasks();
    add_model_flows();
    add_start_and_end();
    add_gateways();
    choose_defaults();
    finish();
    return std::move(graph_);
  }

 private:
  std::size_t add_node(NodeKind kind, const Block* block, const std::string& wanted_id) {
    GraphNode node;
    node.id = ids_.claim(wanted_id);
    node.kind = kind;
    node.block = block;
    graph_.nodes.push_back(std::move(node));
    return graph_.nodes.size() - 1;
  }

  // Added flows get their ids at the end (finish), after every node's, so a
  // model flow or node never loses its id to an added flow.
  void add_connector(std::size_t from, std::size_t to, std::string what) {
    GraphEdge edge;
    edge.from = from;
    edge.to = to;
    graph_.edges.push_back(std::move(edge));
    connector_names_.emplace_back(graph_.edges.size() - 1, std::move(what));
  }

  // Tasks and model flows ---------------------------------------------------

  void add_tasks() {
    for (const Block& block : process_.blocks) {
      if (task_by_block_.count(block.id) != 0) {
        graph_.warnings.push_back("block " + quoted(block.id) +
                                  " appears twice; the second is left out");
        continue;
      }
      task_by_block_[block.id] = add_node(NodeKind::user_task, &block, task_id(process_.id, block.id));
    }
  }

  void add_model_flows() {
    std::set<std::string> seen_ids;
    std::set<std::pair<std::string, std::string>> seen_pairs;
    for (const Flow& flow : process_.flows) {
      const std::string name = "flow " + quoted(flow.id);
      if (task_by_block_.count(flow.from) == 0) {
        graph_.warnings.push_back(name + " starts at block " + quoted(flow.from) +
                                  ", which the process does not have; it is left out");
        continue;
      }
      if (task_by_block_.count(flow.to) == 0) {
        graph_.warnings.push_back(name + " ends at block " + quoted(flow.to) +
                                  ", which the process does not have; it is left out");
        continue;
      }
      if (!seen_ids.insert(flow.id).second) {
        graph_.warnings.push_back(name + " appears twice; the second is left out");
        continue;
      }
      if (!seen_pairs.insert({flow.from, flow.to}).second) {
        graph_.warnings.push_back(name + " runs from " + quoted(flow.from) + " to " + quoted(flow.to) +
                                  " as an earlier flow does; BPMN has one sequence flow per pair, "
                                  "so it is left out");
        continue;
      }
      GraphEdge edge;
      edge.id = ids_.claim(flow_id(process_.id, flow.id));
      edge.from = task_by_block_.at(flow.from);
      edge.to = task_by_block_.at(flow.to);
      edge.flow = &flow;
      graph_.edges.push_back(std::move(edge));
    }
  }

  // Start and end -----------------------------------------------------------

  // Tasks in block order that no edge enters (resp. leaves).
  std::vector<std::size_t> tasks_without(bool incoming) const {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < graph_.nodes.size(); ++i) {
      const bool has = std::any_of(graph_.edges.begin(), graph_.edges.end(), [&](const GraphEdge& e) {
        return (incoming ? e.to : e.from) == i;
      });
      if (!has) found.push_back(i);
    }
    return found;
  }

  // The first (or last) block of process order that has a task.
  std::optional<std::size_t> ordered_task(bool last) const {
    auto order = process_.ordered_blocks();
    if (last) std::reverse(order.begin(), order.end());
    for (const Block* block : order) {
      auto found = task_by_block_.find(block->id);
      if (found != task_by_block_.end()) return found->second;
    }
    return std::nullopt;
  }

  void add_start_and_end() {
    std::vector<std::size_t> starts = tasks_without(true);
    std::vector<std::size_t> ends = tasks_without(false);
    if (starts.empty()) {
      if (auto first = ordered_task(false)) starts.push_back(*first);
    }
    if (ends.empty()) {
      if (auto last = ordered_task(true)) ends.push_back(*last);
    }
    const Block* first_block = starts.empty() ? nullptr : graph_.nodes[starts.front()].block;
    const std::size_t start = add_node(NodeKind::start_event, first_block, start_event_id(process_.id));
    if (starts.empty()) {
      const std::size_t end = add_node(NodeKind::end_event, nullptr, end_event_id(process_.id, ""));
      add_connector(start, end, "start_end");
      return;
    }
    if (starts.size() == 1) {
      add_connector(start, starts.front(), "start_" + first_block->id);
    } else {
      const std::size_t fork = add_node(NodeKind::parallel_fork, first_block, fork_gateway_id(process_.id));
      add_connector(start, fork, "start");
      for (std::size_t task : starts) add_connector(fork, task, "start_" + graph_.nodes[task].block->id);
    }
    for (std::size_t task : ends) {
      const Block* block = graph_.nodes[task].block;
      const std::size_t end = add_node(NodeKind::end_event, block, end_event_id(process_.id, block->id));
      add_connector(task, end, block->id + "_end");
    }
  }

  // Gateways ----------------------------------------------------------------

  void add_gateways() {
    const std::size_t node_count = graph_.nodes.size();
    for (std::size_t task = 0; task < node_count; ++task) {
      if (graph_.nodes[task].kind != NodeKind::user_task) continue;
      const Block* block = graph_.nodes[task].block;
      std::vector<std::size_t> in, out;
      for (std::size_t e = 0; e < graph_.edges.size(); ++e) {
        if (graph_.edges[e].to == task) in.push_back(e);
        if (graph_.edges[e].from == task) out.push_back(e);
      }
      if (in.size() > 1) {
        const std::size_t join =
            add_node(NodeKind::exclusive_join, block, join_gateway_id(process_.id, block->id));
        for (std::size_t e : in) graph_.edges[e].to = join;
        add_connector(join, task, block->id + "_join");
      }
      if (out.size() > 1) {
        const std::size_t split =
            add_node(NodeKind::exclusive_split, block, split_gateway_id(process_.id, block->id));
        for (std::size_t e : out) graph_.edges[e].from = split;
        add_connector(task, split, block->id + "_split");
        splits_.push_back(split);
      }
    }
  }

  // The default flow of each split: among the flows from which an end event
  // can be reached without a rework flow (so an engine taking defaults ends),
  // the most forward by forward_rank; ties in model order.
  void choose_defaults() {
    std::vector<bool> ends_without_rework(graph_.nodes.size(), false);
    std::vector<std::size_t> pending;
    for (std::size_t i = 0; i < graph_.nodes.size(); ++i) {
      if (graph_.nodes[i].kind == NodeKind::end_event) {
        ends_without_rework[i] = true;
        pending.push_back(i);
      }
    }
    while (!pending.empty()) {
      const std::size_t node = pending.back();
      pending.pop_back();
      for (const GraphEdge& edge : graph_.edges) {
        const bool rework = edge.flow != nullptr && edge.flow->kind == FlowKind::rework;
        if (edge.to == node && !rework && !ends_without_rework[edge.from]) {
          ends_without_rework[edge.from] = true;
          pending.push_back(edge.from);
        }
      }
    }
    for (std::size_t split : splits_) {
      std::vector<std::size_t> out;
      for (std::size_t e = 0; e < graph_.edges.size(); ++e) {
        if (graph_.edges[e].from == split) out.push_back(e);
      }
      auto rank = [&](std::size_t e) {
        const GraphEdge& edge = graph_.edges[e];
        const bool rework = edge.flow != nullptr && edge.flow->kind == FlowKind::rework;
        const bool ends = !rework && ends_without_rework[edge.to];
        return std::pair(ends ? 0 : 1, forward_rank(graph_, edge));
      };
      // Edges are in model order, so a stable sort keeps ties in that order.
      std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) { return rank(a) < rank(b); });
      graph_.nodes[split].default_edge = out.front();
      for (std::size_t i = 1; i < out.size(); ++i) graph_.edges[out[i]].conditional = true;
    }
  }

  // Incoming/outgoing and ids of the added flows -----------------------------

  void finish() {
    for (auto& [edge, what] : connector_names_) {
      graph_.edges[edge].id = ids_.claim(connector_id(process_.id, what));
    }
    for (std::size_t e = 0; e < graph_.edges.size(); ++e) {
      graph_.nodes[graph_.edges[e].from].outgoing.push_back(e);
      graph_.nodes[graph_.edges[e].to].incoming.push_back(e);
    }
  }

  const Process& process_;
  IdRegistry& ids_;
  FlowGraph graph_;
  std::map<std::string, std::size_t> task_by_block_;
  std::vector<std::pair<std::size_t, std::string>> connector_names_;
  std::vector<std::size_t> splits_;
};

}  // namespace

FlowGraph build_flow_graph(const Process& process, IdRegistry& ids) {
  return GraphBuilder(process, ids).build();
}

}  // namespace blokjes::bpmn
