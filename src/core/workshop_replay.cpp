#include "workshop_replay.h"

#include <algorithm>
#include <set>

namespace blokjes {
namespace {

// The replay step at which something placed in this round appears: after its
// round, so step k+1 for the k-th round; step 0 for no round or one the
// agenda no longer has.
std::size_t step_of(const Workshop& workshop, std::string_view round_id) {
  if (round_id.empty()) return 0;
  const auto index = workshop.round_index(round_id);
  return index ? *index + 1 : 0;
}

}  // namespace

std::size_t final_replay_step(const Workshop& workshop) { return workshop.rounds.size(); }

std::vector<ReplayStep> replay_steps(const Workshop& workshop, const Process& process) {
  std::vector<ReplayStep> steps(workshop.rounds.size() + 1);
  for (std::size_t i = 0; i < workshop.rounds.size(); ++i) {
    steps[i + 1].round = workshop.rounds[i].id;
    steps[i + 1].name = workshop.rounds[i].name;
  }
  for (const Block& block : process.blocks) {
    // A block shown at step s is shown at every later step too.
    for (std::size_t s = step_of(workshop, block.placed_in_round); s < steps.size(); ++s) {
      ++steps[s].blocks;
    }
  }
  return steps;
}

Process process_at_step(const Workshop& workshop, const Process& process, std::size_t step) {
  if (step >= final_replay_step(workshop)) return process;
  Process shown = process;
  std::set<std::string, std::less<>> hidden;
  for (const Block& block : process.blocks) {
    if (step_of(workshop, block.placed_in_round) > step) hidden.insert(block.id);
  }
  std::erase_if(shown.blocks, [&](const Block& block) { return hidden.contains(block.id); });
  std::erase_if(shown.flows, [&](const Flow& flow) {
    return hidden.contains(flow.from) || hidden.contains(flow.to);
  });
  return shown;
}

std::vector<Note> notes_at_step(const Workshop& workshop, std::string_view process_id,
                                std::size_t step) {
  std::vector<Note> shown;
  for (const Note& note : workshop.notes) {
    if (note.process != process_id || !note.position) continue;
    if (step < final_replay_step(workshop) && step_of(workshop, note.placed_in_round) > step) {
      continue;
    }
    shown.push_back(note);
  }
  return shown;
}

}  // namespace blokjes
