#pragma once
// What the room is doing right now, shared by the canvas, the workshop panel
// (agenda, timer, participants, parking lot, replay) and the presentation:
// view state only, never saved, never undone. The rules it relies on live in
// src/core (round_timer.h, dot_voting.h, workshop_replay.h).

#include <cstddef>
#include <optional>
#include <string>

#include "core/round_timer.h"

namespace blokjes::app {

// What a block's fill colour says on the canvas.
enum class BlockColouring { kind, participant, round };

struct SessionState {
  BlockColouring colouring = BlockColouring::kind;
  // New blocks and sticky notes are placed by this participant in this round
  // (ids; empty: nobody / no round), and dots are theirs.
  std::string current_participant;
  std::string current_round;
  // Clicks on blocks and notes put (left) or take back (right) one of the
  // current participant's dots in the current round, instead of selecting.
  bool voting = false;
  // Set: the canvas shows the process as it stood after this replay step,
  // read-only (core/workshop_replay.h).
  std::optional<std::size_t> replay_step;
  // The countdown of the current round.
  RoundTimer timer;
  // Presentation mode (F5): no chrome, large type, high contrast, pointer ring.
  bool presenting = false;
};

}  // namespace blokjes::app
