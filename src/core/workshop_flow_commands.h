#pragma once
// Undoable edits of the workshop's flow (format version 3): sticky notes on a
// canvas, the agenda of rounds, the participants, the parking lot, the
// presentation's running order and the inventory. Like every edit they go
// through Document::execute, so undo, the modified flag and recovery see
// them. The countdown of a round is not here: the clock is not an edit.

#include <memory>
#include <string>
#include <vector>

#include "commands.h"

namespace blokjes {

// A sticky note (a Note with a position) added to its process's canvas.
std::unique_ptr<Command> make_add_note(Note note);
// Replaces a note by an edited copy with the same id (text, colour, author).
std::unique_ptr<Command> make_update_note(const Workshop& workshop, Note edited);
// Removes notes and the dots on them; undo puts both back where they were.
std::unique_ptr<Command> make_remove_notes(const Workshop& workshop,
                                           const std::vector<std::string>& note_ids);

struct NoteMove {
  std::string note_id;
  Position from;
  Position to;
};
// One command per drag, not per frame.
std::unique_ptr<Command> make_move_notes(std::vector<NoteMove> moves);

// Whole lists replaced as one edit (the panels edit a copy and commit it).
// Removing a participant or a round keeps the blocks that refer to it (their
// placed_by / placed_in_round then name nobody) but removes its votes.
std::unique_ptr<Command> make_set_rounds(const Workshop& workshop, std::vector<Round> rounds);
std::unique_ptr<Command> make_set_participants(const Workshop& workshop,
                                               std::vector<Participant> participants);
std::unique_ptr<Command> make_set_parking_lot(const Workshop& workshop,
                                              std::vector<ParkedQuestion> questions);
std::unique_ptr<Command> make_set_running_order(const Workshop& workshop,
                                                std::vector<Slide> slides);
std::unique_ptr<Command> make_set_inventory(const Workshop& workshop,
                                            std::vector<InventoryProduct> products);

// A fresh id with this prefix that no note (resp. round, participant,
// parked question) has yet: "n3", "r5", "p2", "q1".
std::string next_note_id(const Workshop& workshop);
std::string next_round_id(const Workshop& workshop);
std::string next_participant_id(const Workshop& workshop);
std::string next_question_id(const Workshop& workshop);

}  // namespace blokjes
