#include "geometry.h"

#include <algorithm>
#include <cmath>

#include "core/block_index.h"

namespace blokjes::picture {
namespace {

double distance(CanvasPoint a, CanvasPoint b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

double distance_to_segment(CanvasPoint p, CanvasPoint a, CanvasPoint b) {
  const double dx = b.x - a.x;
  const double dy = b.y - a.y;
  const double length_squared = dx * dx + dy * dy;
  if (length_squared == 0) return distance(p, a);
  const double t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length_squared, 0.0, 1.0);
  return distance(p, {a.x + t * dx, a.y + t * dy});
}

// Lanes are bands centred on the blocks placed at the lane's top.
constexpr double kLaneBandOffset = (kLaneHeight - kBlockHeight) / 2;

}  // namespace

CanvasRect block_rect(CanvasPoint block_position) {
  return {block_position, block_position + CanvasPoint{kBlockWidth, kBlockHeight}};
}

CanvasRect block_rect(const Block& block) {
  return block_rect(block.position);
}

CanvasPoint output_port(CanvasPoint block_position) {
  return {block_position.x + kBlockWidth, block_position.y + kBlockHeight / 2};
}

CanvasPoint input_port(CanvasPoint block_position) {
  return {block_position.x, block_position.y + kBlockHeight / 2};
}

CanvasPoint snap_to_grid(CanvasPoint point) {
  return {std::round(point.x / kGridStep) * kGridStep, std::round(point.y / kGridStep) * kGridStep};
}

const Block* block_at(const Process& process, CanvasPoint point) {
  for (auto it = process.blocks.rbegin(); it != process.blocks.rend(); ++it) {
    if (block_rect(*it).contains(point)) return &*it;
  }
  return nullptr;
}

const Block* output_port_at(const Process& process, CanvasPoint point, double zoom) {
  // At least a few screen pixels, however far the view is zoomed out.
  const double radius = std::max(kPortRadius * 1.6, 10.0 / zoom);
  for (auto it = process.blocks.rbegin(); it != process.blocks.rend(); ++it) {
    if (distance(output_port(*it), point) <= radius) return &*it;
  }
  return nullptr;
}

const Flow* flow_at(const Process& process, CanvasPoint point, double tolerance) {
  const BlockIndex index(process);
  const Flow* best = nullptr;
  double best_distance = tolerance;
  for (const auto& flow : process.flows) {
    const Block* from = index.find(flow.from);
    const Block* to = index.find(flow.to);
    if (!from || !to) continue;
    const auto curve = flow_curve(output_port(*from), input_port(*to));
    for (std::size_t i = 1; i < curve.size(); ++i) {
      const double d = distance_to_segment(point, curve[i - 1], curve[i]);
      if (d <= best_distance) {
        best_distance = d;
        best = &flow;
      }
    }
  }
  return best;
}

std::vector<std::string> blocks_in(const Process& process, const CanvasRect& area) {
  std::vector<std::string> ids;
  for (const auto& block : process.blocks) {
    if (area.overlaps(block_rect(block))) ids.push_back(block.id);
  }
  return ids;
}

std::optional<CanvasRect> bounds_of(const Process& process) {
  if (process.blocks.empty()) return std::nullopt;
  CanvasRect bounds = block_rect(process.blocks.front());
  for (const auto& block : process.blocks) {
    const CanvasRect rect = block_rect(block);
    bounds.min = {std::min(bounds.min.x, rect.min.x), std::min(bounds.min.y, rect.min.y)};
    bounds.max = {std::max(bounds.max.x, rect.max.x), std::max(bounds.max.y, rect.max.y)};
  }
  return bounds;
}

CanvasRect lane_band(const Lane& lane, double min_x, double max_x) {
  return {{min_x, lane.top - kLaneBandOffset}, {max_x, lane.top - kLaneBandOffset + kLaneHeight}};
}

std::string lane_at(const std::vector<Lane>& lanes, double y) {
  for (const auto& lane : lanes) {
    if (y >= lane.top - kLaneBandOffset && y < lane.top + kLaneHeight - kLaneBandOffset) {
      return lane.department_id;
    }
  }
  return {};
}

double free_x_in_row(const Process& process, const std::string& department_id, double x) {
  for (bool moved = true; moved;) {
    moved = false;
    for (const auto& block : process.blocks) {
      if (block.lane == department_id &&
          std::fabs(block.position.x - x) < kBlockWidth + kGridStep) {
        x = block.position.x + kBlockWidth + 2 * kGridStep;
        moved = true;
      }
    }
  }
  return x;
}

std::vector<CanvasPoint> flow_curve(CanvasPoint from, CanvasPoint to, int segments) {
  const double pull = std::max(60.0, std::fabs(to.x - from.x) / 2);
  const CanvasPoint c1{from.x + pull, from.y};
  const CanvasPoint c2{to.x - pull, to.y};
  std::vector<CanvasPoint> points;
  points.reserve(static_cast<std::size_t>(segments) + 1);
  for (int i = 0; i <= segments; ++i) {
    const double t = static_cast<double>(i) / segments;
    const double u = 1 - t;
    const double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    points.push_back(
        {a * from.x + b * c1.x + c * c2.x + d * to.x, a * from.y + b * c1.y + c * c2.y + d * to.y});
  }
  return points;
}

}  // namespace blokjes::picture
