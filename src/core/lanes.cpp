#include "lanes.h"

#include <algorithm>
#include <map>
#include <utility>

namespace blokjes {

std::vector<Lane> lanes_of(const Process& process) {
  // Blocks are kept on their lane's row (drops and department changes snap
  // to it), so the highest block of a department marks its lane; ties keep
  // the order of first use.
  std::map<std::string_view, std::pair<double, std::size_t>> first_seen;
  for (std::size_t i = 0; i < process.blocks.size(); ++i) {
    const Block& block = process.blocks[i];
    auto [entry, inserted] = first_seen.try_emplace(block.lane, block.position.y, i);
    if (!inserted) entry->second.first = std::min(entry->second.first, block.position.y);
  }
  std::vector<std::pair<std::pair<double, std::size_t>, std::string_view>> order;
  order.reserve(first_seen.size());
  for (const auto& [department, key] : first_seen) order.push_back({key, department});
  std::sort(order.begin(), order.end());
  std::vector<Lane> lanes;
  lanes.reserve(order.size());
  for (const auto& [key, department] : order) lanes.push_back({std::string(department), key.first});
  return lanes;
}

std::optional<double> lane_top(const std::vector<Lane>& lanes, const std::string& department_id) {
  for (const auto& lane : lanes) {
    if (lane.department_id == department_id) return lane.top;
  }
  return std::nullopt;
}

double new_lane_top(const std::vector<Lane>& lanes) {
  return lanes.empty() ? 0.0 : lanes.back().top + kLaneHeight;
}

double lane_row_for(const std::vector<Lane>& lanes, const std::string& department_id) {
  return lane_top(lanes, department_id).value_or(new_lane_top(lanes));
}

}  // namespace blokjes
