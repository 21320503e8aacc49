#pragma once
// "A block sits on its department's lane": one row per department, in the
// order the process first uses them. The canvas (drop, drag), the inspector
// (moving a block to another department) and auto-layout all place blocks
// through these functions, so they agree on where a lane is.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "process.h"

namespace blokjes {

// The model's layout grid, in canvas units. src/picture draws blocks on it
// and checks at compile time that its block size fits this step.
inline constexpr double kLaneHeight = 160;   // from one lane's row to the next
inline constexpr double kLayoutStepX = 220;  // from one block to the next in a row

struct Lane {
  std::string department_id;
  double top = 0;  // the row: the y of the blocks on this lane
};

// A lane sits where its department's highest block is, lanes top to bottom.
std::vector<Lane> lanes_of(const Process& process);
// The row of `department_id`'s lane, if the process has one.
std::optional<double> lane_top(const std::vector<Lane>& lanes, const std::string& department_id);
// The row for a department that has no lane yet: below the others.
double new_lane_top(const std::vector<Lane>& lanes);
// Where a block of `department_id` goes: its lane's row, or a new one below.
double lane_row_for(const std::vector<Lane>& lanes, const std::string& department_id);
// The row of the `index`th lane when lanes are laid out from the top (auto-layout).
inline double lane_row(std::size_t index) {
  return static_cast<double>(index) * kLaneHeight;
}

}  // namespace blokjes
