#pragma once
// Replay: how the canvas grew, round by round. Step 0 is what was there
// before the first round (blocks and notes without a round, or with a round
// the agenda no longer has); step k is the canvas after the k-th round of the
// agenda; the last step is the final state, equal to the process itself.
// Flows show once both their blocks do.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "workshop.h"

namespace blokjes {

struct ReplayStep {
  std::string round;  // empty for step 0
  std::string name;   // the round's name; "Begin" / "Start" for step 0 is the view's
  std::size_t blocks = 0;  // blocks of the process shown at this step
};
// rounds.size() + 1 steps for this process.
std::vector<ReplayStep> replay_steps(const Workshop& workshop, const Process& process);
std::size_t final_replay_step(const Workshop& workshop);

// The process as it stood after `step` (clamped to the last step), blocks and
// flows in their original order.
Process process_at_step(const Workshop& workshop, const Process& process, std::size_t step);
// The sticky notes of this process shown at `step`.
std::vector<Note> notes_at_step(const Workshop& workshop, std::string_view process_id,
                                std::size_t step);

}  // namespace blokjes
