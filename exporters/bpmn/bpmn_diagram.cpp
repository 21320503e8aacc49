#include "bpmn_diagram.h"

#include <algorithm>
#include <limits>

#include "core/lanes.h"
#include "picture/geometry.h"

// Sections: node placement - lanes and pool - edge routing - layout_diagram.

namespace blokjes::bpmn {
namespace {

constexpr double kGap = 20;          // between a task and the gateway or event beside it
constexpr double kLaneMargin = 40;   // left and right of the outermost shapes, inside the lanes
constexpr double kBelowShapes = 12;  // how far below (above) a row a flow runs around it
// A lane band reaches this far above and below its row of blocks (as on the canvas).
constexpr double kLaneOverhang = (kLaneHeight - picture::kBlockHeight) / 2;

Bounds task_bounds(const Block& block) {
  const picture::CanvasRect rect = picture::block_rect(block);
  return {rect.min.x * kDiagramScaleX, rect.min.y, rect.width(), rect.height()};
}

Bounds centred_on(double x, double centre_y, double size) {
  return {x, centre_y - size / 2, size, size};
}

// Node placement -------------------------------------------------------------

// The first node of `kind` that sits beside `block`.
const Bounds* beside(const FlowGraph& graph, const std::vector<Bounds>& placed,
                     const std::vector<bool>& done, const Block* block, NodeKind kind) {
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    if (done[i] && graph.nodes[i].kind == kind && graph.nodes[i].block == block) return &placed[i];
  }
  return nullptr;
}

std::vector<Bounds> place_nodes(const FlowGraph& graph) {
  std::vector<Bounds> placed(graph.nodes.size());
  std::vector<bool> done(graph.nodes.size(), false);
  // Tasks first, then what sits beside them: gateways, then events.
  const NodeKind order[] = {NodeKind::user_task, NodeKind::exclusive_join, NodeKind::exclusive_split,
                            NodeKind::parallel_fork, NodeKind::end_event, NodeKind::start_event};
  for (NodeKind kind : order) {
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
      const GraphNode& node = graph.nodes[i];
      if (node.kind != kind) continue;
      if (node.block == nullptr) {
        // A process without blocks: start and end event on the first row.
        const double row_centre = picture::kBlockHeight / 2;
        placed[i] = centred_on(kind == NodeKind::start_event ? 0 : picture::kBlockWidth, row_centre,
                               kEventSize);
        done[i] = true;
        continue;
      }
      const Bounds task = task_bounds(*node.block);
      const double centre = task.centre_y();
      const Bounds* join = beside(graph, placed, done, node.block, NodeKind::exclusive_join);
      const Bounds* split = beside(graph, placed, done, node.block, NodeKind::exclusive_split);
      const double left = join ? join->x : task.x;  // the leftmost shape of the block
      switch (kind) {
        case NodeKind::user_task: placed[i] = task; break;
        case NodeKind::exclusive_join:
          placed[i] = centred_on(task.x - kGap - kGatewaySize, centre, kGatewaySize);
          break;
        case NodeKind::exclusive_split:
          placed[i] = centred_on(task.right() + kGap, centre, kGatewaySize);
          break;
        case NodeKind::parallel_fork:
          placed[i] = centred_on(left - kGap - kGatewaySize, centre, kGatewaySize);
          break;
        case NodeKind::end_event:
          placed[i] = centred_on((split ? split->right() : task.right()) + kGap, centre, kEventSize);
          break;
        case NodeKind::start_event: {
          const Bounds* fork = beside(graph, placed, done, node.block, NodeKind::parallel_fork);
          placed[i] = centred_on((fork ? fork->x : left) - kGap - kEventSize, centre, kEventSize);
          break;
        }
      }
      done[i] = true;
    }
  }
  return placed;
}

// Lanes and pool -------------------------------------------------------------

void place_lanes_and_pool(const Process& process, ProcessDiagram& diagram) {
  double min_x = std::numeric_limits<double>::max(), max_x = std::numeric_limits<double>::lowest();
  double min_y = min_x, max_y = max_x;
  for (const Bounds& node : diagram.nodes) {
    min_x = std::min(min_x, node.x);
    max_x = std::max(max_x, node.right());
    min_y = std::min(min_y, node.y);
    max_y = std::max(max_y, node.bottom());
  }
  const double lane_left = min_x - kLaneMargin;
  const double lane_right = max_x + kLaneMargin;
  for (const Lane& lane : lanes_of(process)) {
    const picture::CanvasRect band = picture::lane_band(lane, lane_left, lane_right);
    double top = band.min.y, bottom = band.max.y;
    // A block off its lane's row (a hand-edited file, an import) still lies
    // inside its lane: BPMN tools draw a task outside its lane as an error.
    for (const Block& block : process.blocks) {
      if (block.lane != lane.department_id) continue;
      const Bounds task = task_bounds(block);
      top = std::min(top, task.y - kLaneOverhang);
      bottom = std::max(bottom, task.bottom() + kLaneOverhang);
    }
    diagram.lanes.push_back({lane.department_id, {band.min.x, top, band.width(), bottom - top}});
  }
  if (diagram.lanes.empty()) {
    // No blocks, so no departments: the pool frames the two events.
    const double margin = (picture::kBlockHeight - kEventSize) / 2;
    diagram.pool = {lane_left - kPoolHeaderWidth, min_y - margin,
                    lane_right - lane_left + kPoolHeaderWidth, max_y - min_y + 2 * margin};
    return;
  }
  double top = std::numeric_limits<double>::max(), bottom = std::numeric_limits<double>::lowest();
  for (const LaneShape& lane : diagram.lanes) {
    top = std::min(top, lane.bounds.y);
    bottom = std::max(bottom, lane.bounds.bottom());
  }
  diagram.pool = {lane_left - kPoolHeaderWidth, top, lane_right - lane_left + kPoolHeaderWidth,
                  bottom - top};
}

// Edge routing ---------------------------------------------------------------

// Forward on one row: straight from the right side to the left side, or
// over the top of the row when a shape stands between.
// Forward to another row: out of a gateway's top or bottom and along the
// target's row (as bpmn.io draws a split), else along the source's row and
// down or up just before the target, so the run passes no task between.
// Backward (rework): out of the bottom, along under the row of both, and up
// into the bottom of the target.
std::vector<Waypoint> route(const Bounds& from, const Bounds& to, bool from_gateway,
                            const std::vector<Bounds>& shapes) {
  if (to.x >= from.right()) {
    if (from.centre_y() == to.centre_y()) {
      // A shape in between on the row: over the top of the row instead of through it.
      const bool blocked = std::any_of(shapes.begin(), shapes.end(), [&](const Bounds& shape) {
        return shape.x >= from.right() && shape.right() <= to.x && shape.y < from.centre_y() &&
               shape.bottom() > from.centre_y();
      });
      if (!blocked) return {{from.right(), from.centre_y()}, {to.x, to.centre_y()}};
      const double above = from.centre_y() - picture::kBlockHeight / 2 - kBelowShapes;
      return {{from.centre_x(), from.y}, {from.centre_x(), above}, {to.centre_x(), above}, {to.centre_x(), to.y}};
    }
    if (from_gateway) {
      const double side = to.centre_y() > from.centre_y() ? from.bottom() : from.y;
      return {{from.centre_x(), side}, {from.centre_x(), to.centre_y()}, {to.x, to.centre_y()}};
    }
    const double turn = std::max(from.right(), to.x - kGap / 2);
    return {{from.right(), from.centre_y()},
            {turn, from.centre_y()},
            {turn, to.centre_y()},
            {to.x, to.centre_y()}};
  }
  // Under the tasks of both rows, whatever the shapes' own height.
  const double below = std::max(from.centre_y(), to.centre_y()) + picture::kBlockHeight / 2 + kBelowShapes;
  return {{from.centre_x(), from.bottom()},
          {from.centre_x(), below},
          {to.centre_x(), below},
          {to.centre_x(), to.bottom()}};
}

}  // namespace

// layout_diagram --------------------------------------------------------------

ProcessDiagram layout_diagram(const Process& process, const FlowGraph& graph, double top) {
  ProcessDiagram diagram;
  diagram.nodes = place_nodes(graph);
  for (const GraphEdge& edge : graph.edges) {
    const NodeKind from_kind = graph.nodes[edge.from].kind;
    const bool from_gateway = from_kind == NodeKind::exclusive_split || from_kind == NodeKind::parallel_fork;
    diagram.edges.push_back(route(diagram.nodes[edge.from], diagram.nodes[edge.to], from_gateway, diagram.nodes));
  }
  place_lanes_and_pool(process, diagram);
  // Move everything so the pool starts at `top`.
  const double dy = top - diagram.pool.y;
  diagram.pool.y += dy;
  for (LaneShape& lane : diagram.lanes) lane.bounds.y += dy;
  for (Bounds& node : diagram.nodes) node.y += dy;
  for (auto& points : diagram.edges) {
    for (Waypoint& point : points) point.y += dy;
  }
  return diagram;
}

}  // namespace blokjes::bpmn
