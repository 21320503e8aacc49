#pragma once
// Where things are on the canvas, computed from the model alone (never from
// what was drawn last frame), so hit-testing and drawing always agree.

#include <optional>
#include <string>
#include <vector>

#include "canvas_view.h"
#include "core/process.h"
#include "core/workshop.h"

namespace blokjes::app {

inline constexpr double kBlockWidth = 180;
inline constexpr double kBlockHeight = 72;
inline constexpr double kLaneHeight = 160;
inline constexpr double kGridStep = 20;
inline constexpr double kPortRadius = 7;
inline constexpr double kLaneHeaderWidth = 200;  // lane names stand left of canvas x = 0

CanvasRect block_rect(const Block& block);
CanvasPoint output_port(Position block_position);  // right edge, middle
CanvasPoint input_port(Position block_position);   // left edge, middle
inline CanvasPoint output_port(const Block& block) {
  return output_port(block.position);
}
inline CanvasPoint input_port(const Block& block) {
  return input_port(block.position);
}
CanvasPoint snap_to_grid(CanvasPoint point);

// The topmost block under `point` (the last drawn wins), or nothing.
const Block* block_at(const Process& process, CanvasPoint point);
// A block whose output port is within the port radius of `point`.
const Block* output_port_at(const Process& process, CanvasPoint point, double zoom);
// The flow whose curve passes within `tolerance` canvas units of `point`.
const Flow* flow_at(const Process& process, CanvasPoint point, double tolerance);
std::vector<std::string> blocks_in(const Process& process, const CanvasRect& area);
std::optional<CanvasRect> bounds_of(const Process& process);

// Lanes: one row per department, in order of first use by the process's blocks.
struct Lane {
  std::string department_id;
  double top = 0;
};
std::vector<Lane> lanes_of(const Process& process);
// The department whose lane holds a block whose top is at canvas y.
std::string lane_at(const std::vector<Lane>& lanes, double y);
// The first x at or right of `x` where a block fits in the department's row.
double free_x_in_row(const Process& process, const std::string& department_id, double x);
std::optional<double> lane_top(const std::vector<Lane>& lanes, const std::string& department_id);

// Points along a flow's curve (a cubic Bezier from output to input port).
std::vector<CanvasPoint> flow_curve(CanvasPoint from, CanvasPoint to, int segments = 16);

}  // namespace blokjes::app
