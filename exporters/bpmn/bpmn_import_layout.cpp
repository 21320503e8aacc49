#include "bpmn_import_layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "core/lanes.h"
#include "core/process_editing.h"
#include "core/workshop.h"
#include "picture/geometry.h"

// [SECTION] Rows
// [SECTION] Placing

namespace blokjes::bpmn {
namespace {

// A DI scale outside this range means a diagram drawn at a strange size; the
// scaled positions would either pile up or run off the canvas (validation
// accepts coordinates up to 1e6).
constexpr double kMinScale = 0.25;
constexpr double kMaxScale = 8;

double snapped(double value) {
  return std::round(value / picture::kGridStep) * picture::kGridStep;
}

// -----------------------------------------------------------------------------
// [SECTION] Rows
// -----------------------------------------------------------------------------

// The row of each department: rows restored blocks hold stay; the others
// follow below, in the diagram's lane order, then in order of first use.
std::map<std::string, double> rows_of(const Process& process,
                                      const std::vector<BlockPlacement>& placements,
                                      const std::vector<std::string>& lane_order) {
  Process restored_only;
  for (std::size_t i = 0; i < process.blocks.size(); ++i) {
    if (placements[i].restored) restored_only.blocks.push_back(process.blocks[i]);
  }
  auto lanes = lanes_of(restored_only);
  std::map<std::string, double> rows;
  for (const auto& lane : lanes) rows.emplace(lane.department_id, lane.top);
  const auto add = [&](const std::string& department) {
    if (rows.contains(department)) return;
    const double top = new_lane_top(lanes);
    lanes.push_back({department, top});
    rows.emplace(department, top);
  };
  for (const auto& department : lane_order) {
    const bool used = std::any_of(process.blocks.begin(), process.blocks.end(),
                                  [&](const Block& block) { return block.lane == department; });
    if (used) add(department);
  }
  for (const auto& block : process.blocks) add(block.lane);
  return rows;
}

// -----------------------------------------------------------------------------
// [SECTION] Placing
// -----------------------------------------------------------------------------

void auto_layout(Process& process) {
  Workshop scratch;
  scratch.processes.push_back(std::move(process));
  make_auto_layout(scratch.processes.front())->apply(scratch);
  process = std::move(scratch.processes.front());
}

}  // namespace

void place_blocks(Process& process, const std::vector<BlockPlacement>& placements,
                  const std::vector<std::string>& lane_order, bool vertical) {
  const bool any_position = std::any_of(placements.begin(), placements.end(),
                                        [](const auto& p) { return p.restored || p.shape; });
  if (!any_position) {
    auto_layout(process);
    return;
  }
  const auto rows = rows_of(process, placements, lane_order);
  const auto along = [vertical](const DiBounds& b) { return vertical ? b.y : b.x; };
  const auto across = [vertical](const DiBounds& b) { return vertical ? b.x : b.y; };
  const auto length = [vertical](const DiBounds& b) { return vertical ? b.height : b.width; };

  std::vector<double> lengths;
  double origin = 0;
  bool first = true;
  for (const auto& placement : placements) {
    if (placement.restored || !placement.shape) continue;
    if (length(*placement.shape) > 0) lengths.push_back(length(*placement.shape));
    origin = first ? along(*placement.shape) : std::min(origin, along(*placement.shape));
    first = false;
  }
  double scale = 1;
  if (!lengths.empty()) {
    std::nth_element(lengths.begin(), lengths.begin() + static_cast<long>(lengths.size() / 2),
                     lengths.end());
    scale = std::clamp(kLayoutStepX / lengths[lengths.size() / 2], kMinScale, kMaxScale);
  }

  // Per row: the x restored blocks hold, then the DI blocks in their diagram
  // order, each at least a step right of the one before and clear of every
  // restored block.
  std::map<std::string, std::vector<double>> restored_x;
  std::map<std::string, double> next_free;  // per row: the leftmost x still free after the last placed
  for (std::size_t i = 0; i < process.blocks.size(); ++i) {
    if (!placements[i].restored) continue;
    auto& block = process.blocks[i];
    block.position = *placements[i].restored;
    restored_x[block.lane].push_back(block.position.x);
  }
  const auto place = [&](Block& block, double x) {
    if (const auto cursor = next_free.find(block.lane); cursor != next_free.end()) {
      x = std::max(x, cursor->second);
    }
    const auto& held = restored_x[block.lane];
    for (bool moved = true; moved;) {
      moved = false;
      for (const double other : held) {
        if (std::fabs(other - x) < kLayoutStepX) {
          x = other + kLayoutStepX;
          moved = true;
        }
      }
    }
    block.position = {x, rows.at(block.lane)};
    next_free[block.lane] = x + kLayoutStepX;
  };
  std::vector<std::tuple<std::string, double, double, std::size_t>> order;  // lane, x, across, block
  for (std::size_t i = 0; i < process.blocks.size(); ++i) {
    const auto& placement = placements[i];
    if (placement.restored || !placement.shape) continue;
    order.emplace_back(process.blocks[i].lane, snapped((along(*placement.shape) - origin) * scale),
                       across(*placement.shape), i);
  }
  std::sort(order.begin(), order.end());
  for (const auto& [lane, x, cross, index] : order) place(process.blocks[index], x);
  // Blocks the diagram does not show: after the rightmost block of their row.
  for (std::size_t i = 0; i < process.blocks.size(); ++i) {
    if (placements[i].restored || placements[i].shape) continue;
    auto& block = process.blocks[i];
    double x = 0;
    for (const double held : restored_x[block.lane]) x = std::max(x, held + kLayoutStepX);
    place(block, x);
  }
}

}  // namespace blokjes::bpmn
