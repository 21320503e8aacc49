#pragma once
// Where things are on the canvas, computed from the model alone (never from
// what was drawn last frame), so hit-testing and drawing always agree: the
// picture (build_picture.h) draws blocks, ports and flows at exactly these
// places.

#include <optional>
#include <string>
#include <vector>

#include "coordinates.h"
#include "core/lanes.h"
#include "core/process.h"

namespace blokjes::picture {

// Sized for the text it carries (style.cpp): the longest kind name word
// ("Adviescommissie") on one line at the title size, and room for two title
// lines and three label lines, so a block reads at a glance from across a room.
inline constexpr double kBlockWidth = 200;
inline constexpr double kBlockHeight = 124;
inline constexpr double kGridStep = 20;
inline constexpr double kPortRadius = 7;
// Lane names stand left of canvas x = 0, wrapped: wide enough for the long
// words of Dutch department names ("informatievoorziening") at the lane
// label's size, narrow enough that a fitted view spends its width on blocks.
inline constexpr double kLaneHeaderWidth = 240;
// The model's layout grid (core/lanes.h) leaves at least a grid step between
// blocks, room for a flow's arrow.
static_assert(kLayoutStepX >= kBlockWidth + kGridStep);
static_assert(kLaneHeight > kBlockHeight);

CanvasRect block_rect(const Block& block);
CanvasRect block_rect(CanvasPoint block_position);
CanvasPoint output_port(CanvasPoint block_position);  // right edge, middle
CanvasPoint input_port(CanvasPoint block_position);   // left edge, middle
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

// Lanes (core/lanes.h) are drawn as bands centred on their row of blocks.
CanvasRect lane_band(const Lane& lane, double min_x, double max_x);
// The department whose lane band holds a block whose top is at canvas y.
std::string lane_at(const std::vector<Lane>& lanes, double y);
// The first x at or right of `x` where a block fits in the department's row.
double free_x_in_row(const Process& process, const std::string& department_id, double x);

// Points along a flow's curve (a cubic Bezier from output to input port).
std::vector<CanvasPoint> flow_curve(CanvasPoint from, CanvasPoint to, int segments = 16);

}  // namespace blokjes::picture
