#pragma once
// Dot-voting ("where does it hurt?"): each participant has the round's number
// of dots to put on blocks and sticky notes, never more. Casting and
// withdrawing a dot are undoable commands, so a participant's dots move with
// undo. The ranking names what was voted on, for the big screen.

#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "block_library.h"
#include "commands.h"

namespace blokjes {

// The dots each participant has in this round (0: no voting in it).
int dots_allowed(const Workshop& workshop, std::string_view round_id);
int dots_used(const Workshop& workshop, std::string_view round_id,
              std::string_view participant_id);
int dots_left(const Workshop& workshop, std::string_view round_id,
              std::string_view participant_id);

// A command that adds the dot, or why it cannot be cast (in Dutch and English
// a view can show: no such round, participant or target; no voting in this
// round; no dots left: "Anna heeft al haar 3 stippen gezet").
struct VoteRefused {
  std::string message_nl;
  std::string message_en;
};
std::variant<std::unique_ptr<Command>, VoteRefused> make_cast_vote(const Workshop& workshop,
                                                                   Vote vote);
// Takes one such dot back; null when there is none to take.
std::unique_ptr<Command> make_withdraw_vote(const Workshop& workshop, const Vote& vote);

// The dots on one target, and the ranking: most dots first, ties in process
// order then block/note order. `name` is the block's label (else its variant's
// name) or the note's text; `process_name` its process's name.
struct VoteTally {
  std::string process;
  std::string process_name;
  VoteTarget target_kind = VoteTarget::block;
  std::string target;
  std::string name;
  int dots = 0;
};
// round_id empty: all rounds together. Targets without dots are left out;
// dots on removed targets are not counted.
std::vector<VoteTally> vote_ranking(const Workshop& workshop, const BlockLibrary& library,
                                    Language language, std::string_view round_id = {});
int dots_on(const Workshop& workshop, std::string_view process_id, VoteTarget kind,
            std::string_view target_id, std::string_view round_id = {});

}  // namespace blokjes
