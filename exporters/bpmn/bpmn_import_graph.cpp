#include "bpmn_import_graph.h"

#include <deque>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/utf8_text.h"

// [SECTION] Lookups
// [SECTION] Walking one path's way through gateways and events
// [SECTION] Folding
// [SECTION] Loops

namespace blokjes::bpmn {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Lookups
// -----------------------------------------------------------------------------

// A gateway whose outgoing ways are chosen between: each way is a condition.
// A parallel gateway takes every way, so its ways stay plain sequence flows.
bool is_choice_gateway(std::string_view type) {
  return type == "exclusiveGateway" || type == "inclusiveGateway" || type == "complexGateway" ||
         type == "eventBasedGateway";
}

// Labels longer than this are cut: a condition script is not a label.
constexpr std::size_t kMaxLabelCharacters = 200;

std::string quoted(const ImportNode& node) {
  return "\"" + (node.name.empty() ? node.id : node.name) + "\"";
}

class Lookups {
 public:
  explicit Lookups(const ProcessGraph& graph) {
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
      const auto& node = graph.nodes[i];
      node_.try_emplace(node.id, i);
      if (node.role == NodeRole::boundary) boundaries_[node.attached_to].push_back(i);
      if (node.link_catch) link_catches_[node.link_name].push_back(i);
    }
    for (std::size_t i = 0; i < graph.flows.size(); ++i) outgoing_[graph.flows[i].source].push_back(i);
  }
  std::optional<std::size_t> node(std::string_view id) const {
    const auto found = node_.find(id);
    if (found == node_.end()) return std::nullopt;
    return found->second;
  }
  const std::vector<std::size_t>& outgoing(std::string_view id) const { return find(outgoing_, id); }
  const std::vector<std::size_t>& boundaries(std::string_view id) const {
    return find(boundaries_, id);
  }
  const std::vector<std::size_t>& link_catches(std::string_view name) const {
    return find(link_catches_, name);
  }

 private:
  using Index = std::unordered_map<std::string_view, std::vector<std::size_t>>;
  static const std::vector<std::size_t>& find(const Index& index, std::string_view key) {
    static const std::vector<std::size_t> none;
    const auto found = index.find(key);
    return found == index.end() ? none : found->second;
  }
  std::unordered_map<std::string_view, std::size_t> node_;
  Index outgoing_;
  Index boundaries_;
  Index link_catches_;
};

// -----------------------------------------------------------------------------
// [SECTION] Walking one path's way through gateways and events
// -----------------------------------------------------------------------------

// What a path has met so far, from the activity it left.
struct PathInfo {
  bool conditional = false;
  std::vector<std::string> labels;       // names or conditions of its sequence flows
  std::vector<std::string> event_names;  // named intermediate events on the way
  const RestoredFlow* restored = nullptr;
  std::string boundary_event;
};

struct PathStart {
  std::size_t flow = 0;
  PathInfo info;
};

std::string label_of(const PathInfo& info) {
  const auto& parts = info.labels.empty() ? info.event_names : info.labels;
  std::string label;
  for (const auto& part : parts) label += (label.empty() ? "" : "; ") + part;
  return utf8_prefix(label, kMaxLabelCharacters);
}

// Breadth first, so the shortest way to each activity is the one kept; every
// node other than an activity is passed once per walk.
class Walker {
 public:
  Walker(const ProcessGraph& graph, const Lookups& lookups, std::size_t& budget)
      : graph_(graph), lookups_(lookups), budget_(budget) {}

  bool cut() const { return cut_; }

  template <typename Emit>
  void walk(std::vector<PathStart> starts, Emit emit) {
    std::deque<PathStart> queue(std::make_move_iterator(starts.begin()),
                                std::make_move_iterator(starts.end()));
    std::unordered_set<std::size_t> passed;
    while (!queue.empty()) {
      PathStart state = std::move(queue.front());
      queue.pop_front();
      const GraphFlow& flow = graph_.flows[state.flow];
      PathInfo info = std::move(state.info);
      note_flow(flow, info);
      const auto target = lookups_.node(flow.target);
      if (!target) continue;  // a node outside this process's own level
      const ImportNode& node = graph_.nodes[*target];
      if (node.role == NodeRole::activity) {
        emit(*target, info);
        continue;
      }
      if (!passed.insert(*target).second) continue;
      if (budget_ == 0) {
        cut_ = true;
        return;
      }
      --budget_;
      const bool intermediate =
          node.type == "intermediateCatchEvent" || node.type == "intermediateThrowEvent";
      if (intermediate && !node.name.empty() && !node.link_throw && !node.link_catch) {
        info.event_names.push_back(node.name);
      }
      std::vector<std::size_t> continue_from{*target};
      if (node.link_throw) {
        for (const auto catcher : lookups_.link_catches(node.link_name)) {
          if (passed.insert(catcher).second) continue_from.push_back(catcher);
        }
      }
      for (const auto from : continue_from) {
        for (const auto next : lookups_.outgoing(graph_.nodes[from].id)) queue.push_back({next, info});
      }
    }
  }

 private:
  void note_flow(const GraphFlow& flow, PathInfo& info) const {
    const auto source = lookups_.node(flow.source);
    const ImportNode* from = source ? &graph_.nodes[*source] : nullptr;
    const bool is_default = from != nullptr && !from->default_flow.empty() && from->default_flow == flow.id;
    std::string label = !flow.name.empty() ? flow.name : flow.condition;
    if (label.empty() && is_default) label = kDefaultFlowLabel;
    if (!label.empty() && (info.labels.empty() || info.labels.back() != label)) {
      info.labels.push_back(std::move(label));
    }
    if (flow.has_condition || is_default) info.conditional = true;
    if (from != nullptr && from->role == NodeRole::gateway && is_choice_gateway(from->type) &&
        lookups_.outgoing(from->id).size() > 1) {
      info.conditional = true;
    }
    if (flow.restored) info.restored = &*flow.restored;
  }

  const ProcessGraph& graph_;
  const Lookups& lookups_;
  std::size_t& budget_;
  bool cut_ = false;
};

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Folding
// -----------------------------------------------------------------------------

FoldedGraph fold_flows(const ProcessGraph& graph, const std::string& process_name) {
  FoldedGraph folded;
  const Lookups lookups(graph);
  std::size_t budget = kMaxFoldSteps;
  Walker walker(graph, lookups, budget);
  const std::string where = "process \"" + process_name + "\": ";
  // Where each boundary event's ways lead, also when another way to the
  // same block came first and the flow is that one.
  std::unordered_map<std::string, std::vector<std::size_t>> boundary_targets;

  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    const ImportNode& activity = graph.nodes[i];
    if (activity.role != NodeRole::activity) continue;
    std::vector<PathStart> starts;
    for (const auto flow : lookups.outgoing(activity.id)) starts.push_back({flow, {}});
    // A boundary event's ways leave its activity only when the event happens.
    for (const auto event : lookups.boundaries(activity.id)) {
      const ImportNode& boundary = graph.nodes[event];
      PathInfo info;
      info.conditional = true;
      info.labels.push_back(!boundary.name.empty()         ? boundary.name
                            : !boundary.event_kind.empty() ? boundary.event_kind
                                                           : std::string("boundary event"));
      info.boundary_event = boundary.id;
      for (const auto flow : lookups.outgoing(boundary.id)) starts.push_back({flow, info});
    }
    std::unordered_map<std::size_t, std::size_t> to_flow;  // target -> index in folded.flows
    bool loop_on_itself = false;
    walker.walk(std::move(starts), [&](std::size_t target, const PathInfo& info) {
      if (!info.boundary_event.empty()) boundary_targets[info.boundary_event].push_back(target);
      if (target == i) {
        loop_on_itself = true;
        return;
      }
      if (to_flow.contains(target)) return;  // the first (shortest) way wins
      to_flow.emplace(target, folded.flows.size());
      folded.flows.push_back(
          {i, target, info.conditional, label_of(info), info.restored, info.boundary_event});
    });
    if (loop_on_itself) {
      folded.warnings.push_back(where + "activity " + quoted(activity) +
                                " loops back to itself; a block has no flow to itself, so the "
                                "loop is not shown");
    }
  }

  std::unordered_set<std::size_t> entered;
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    if (graph.nodes[i].role != NodeRole::start_event) continue;
    std::vector<PathStart> starts;
    for (const auto flow : lookups.outgoing(graph.nodes[i].id)) starts.push_back({flow, {}});
    walker.walk(std::move(starts), [&](std::size_t target, const PathInfo&) {
      if (entered.insert(target).second) folded.entries.push_back(target);
    });
  }

  // Every boundary event is named: what became of it is part of the import.
  for (const auto& node : graph.nodes) {
    if (node.role != NodeRole::boundary) continue;
    const auto attached = lookups.node(node.attached_to);
    const std::string event =
        "boundary event " + quoted(node) + (node.event_kind.empty() ? "" : " (" + node.event_kind + ")");
    if (!attached || graph.nodes[*attached].role != NodeRole::activity) {
      folded.warnings.push_back(where + event + " is attached to no activity of the process; not shown");
      continue;
    }
    std::string targets;
    for (const auto target : boundary_targets[node.id]) {
      targets += (targets.empty() ? "" : ", ") + quoted(graph.nodes[target]);
    }
    folded.warnings.push_back(
        where + event + " on " + quoted(graph.nodes[*attached]) +
        (targets.empty() ? ": its way leads to no task; not shown"
                         : ": the event is not shown; its way is a conditional flow from " +
                               quoted(graph.nodes[*attached]) + " to " + targets +
                               " (unless that flow was already there)"));
  }
  if (walker.cut()) {
    folded.warnings.push_back(where + "more than " + std::to_string(kMaxFoldSteps) +
                              " gateway and event steps; the remaining ways were not followed");
  }
  return folded;
}

// -----------------------------------------------------------------------------
// [SECTION] Loops
// -----------------------------------------------------------------------------

std::vector<bool> back_edges(std::size_t node_count,
                             const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                             const std::vector<std::size_t>& roots) {
  std::vector<std::vector<std::size_t>> out(node_count);
  for (std::size_t e = 0; e < edges.size(); ++e) {
    if (edges[e].first < node_count && edges[e].second < node_count) out[edges[e].first].push_back(e);
  }
  enum : char { unseen, on_path, done };
  std::vector<char> state(node_count, unseen);
  std::vector<bool> back(edges.size(), false);
  std::vector<std::pair<std::size_t, std::size_t>> path;  // node, next edge to try
  const auto walk_from = [&](std::size_t root) {
    if (root >= node_count || state[root] != unseen) return;
    state[root] = on_path;
    path.push_back({root, 0});
    while (!path.empty()) {
      const std::size_t node = path.back().first;
      const std::size_t next = path.back().second;
      if (next == out[node].size()) {
        state[node] = done;
        path.pop_back();
        continue;
      }
      ++path.back().second;
      const std::size_t edge = out[node][next];
      const std::size_t to = edges[edge].second;
      if (state[to] == on_path) {
        back[edge] = true;
      } else if (state[to] == unseen) {
        state[to] = on_path;
        path.push_back({to, 0});
      }
    }
  };
  for (const auto root : roots) walk_from(root);
  for (std::size_t node = 0; node < node_count; ++node) walk_from(node);
  return back;
}

}  // namespace blokjes::bpmn
