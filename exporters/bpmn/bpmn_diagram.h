#pragma once
// Where each part of a process sits in the BPMN diagram (BPMN DI), from the
// canvas: tasks at their blocks' rectangles (picture/geometry.h), lanes at
// the canvas's lane bands (core/lanes.h), the pool around the lanes, events
// and gateways beside the task they belong to, and sequence flows as
// right-angled polylines. So the file opens in bpmn.io looking like the
// canvas.
//
// The canvas leaves a grid step (20) between neighbouring blocks, too little
// for a split gateway, a join gateway and their arrows, so the diagram
// stretches canvas x by kDiagramScaleX; y is the canvas's. The canvas
// positions themselves travel unscaled in each task's extension element.
//
// Sections: types - layout.

#include <string>
#include <vector>

#include "bpmn_flow_graph.h"
#include "core/process.h"

namespace blokjes::bpmn {

// From one block to the next in a row: 220 canvas units become 360 in the
// diagram, leaving 160 between two 200-wide tasks.
inline constexpr double kDiagramScaleX = 360.0 / 220.0;
inline constexpr double kEventSize = 36;    // bpmn.io's
inline constexpr double kGatewaySize = 50;  // bpmn.io's
inline constexpr double kPoolHeaderWidth = 30;  // the strip with the pool's name

struct Bounds {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
  double right() const { return x + width; }
  double bottom() const { return y + height; }
  double centre_x() const { return x + width / 2; }
  double centre_y() const { return y + height / 2; }
};

struct Waypoint {
  double x = 0;
  double y = 0;
};

struct LaneShape {
  std::string department_id;
  Bounds bounds;
};

struct ProcessDiagram {
  Bounds pool;
  std::vector<LaneShape> lanes;  // in core/lanes.h order, top to bottom
  std::vector<Bounds> nodes;     // one per graph node, same index
  std::vector<std::vector<Waypoint>> edges;  // one per graph edge, same index
};

// The diagram of one process, moved down by `top`: the writer stacks the
// pools of several processes from top to bottom.
ProcessDiagram layout_diagram(const Process& process, const FlowGraph& graph, double top);

}  // namespace blokjes::bpmn
