#include "workshop_flow_commands.h"

// [SECTION] One edit of the flow's lists
// [SECTION] Sticky notes
// [SECTION] Whole lists
// [SECTION] Fresh ids

#include <algorithm>
#include <optional>
#include <set>
#include <utility>

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] One edit of the flow's lists
// -----------------------------------------------------------------------------

// The lists of the workshop's flow an edit changes, each before and after.
// The lists are short (tens of items, an inventory of a few hundred), so a
// command keeps the whole changed lists: reverting puts them back exactly,
// order included, which the undo stack's linear history makes safe.
struct FlowLists {
  std::optional<std::vector<Note>> notes;
  std::optional<std::vector<Round>> rounds;
  std::optional<std::vector<Vote>> votes;
  std::optional<std::vector<Participant>> participants;
  std::optional<std::vector<ParkedQuestion>> parking_lot;
  std::optional<std::vector<Slide>> running_order;
  std::optional<std::vector<InventoryProduct>> inventory;
};

template <typename T>
void put(std::vector<T>& target, const std::optional<std::vector<T>>& value) {
  if (value) target = *value;
}

void put(Workshop& workshop, const FlowLists& lists) {
  put(workshop.notes, lists.notes);
  put(workshop.rounds, lists.rounds);
  put(workshop.votes, lists.votes);
  put(workshop.participants, lists.participants);
  put(workshop.parking_lot, lists.parking_lot);
  put(workshop.running_order, lists.running_order);
  put(workshop.inventory, lists.inventory);
}

class EditFlowLists : public Command {
 public:
  EditFlowLists(FlowLists before, FlowLists after, std::string description)
      : before_(std::move(before)), after_(std::move(after)), description_(std::move(description)) {}
  void apply(Workshop& workshop) override { put(workshop, after_); }
  void revert(Workshop& workshop) override { put(workshop, before_); }
  std::string description() const override { return description_; }

 private:
  FlowLists before_;
  FlowLists after_;
  std::string description_;
};

std::unique_ptr<Command> edit(FlowLists before, FlowLists after, std::string description) {
  return std::make_unique<EditFlowLists>(std::move(before), std::move(after),
                                         std::move(description));
}

// Votes whose participant, round or note no longer exists.
std::vector<Vote> votes_still_valid(const std::vector<Vote>& votes,
                                    const std::vector<Participant>& participants,
                                    const std::vector<Round>& rounds,
                                    const std::vector<Note>& notes) {
  const auto has = [](const auto& items, const std::string& id) {
    return std::any_of(items.begin(), items.end(), [&](const auto& item) { return item.id == id; });
  };
  std::vector<Vote> kept;
  for (const auto& vote : votes) {
    if (!has(participants, vote.participant) || !has(rounds, vote.round)) continue;
    if (vote.target_kind == VoteTarget::note && !has(notes, vote.target)) continue;
    kept.push_back(vote);
  }
  return kept;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Sticky notes
// -----------------------------------------------------------------------------

// Adding and moving notes touches the notes alone; they stay commands of
// their own (not snapshots) so a drag of one note does not copy the others.
namespace {

class AddNote : public Command {
 public:
  explicit AddNote(Note note) : note_(std::move(note)) {}
  void apply(Workshop& workshop) override { workshop.notes.push_back(note_); }
  void revert(Workshop& workshop) override {
    std::erase_if(workshop.notes, [&](const Note& note) { return note.id == note_.id; });
  }
  std::string description() const override { return "Add note"; }

 private:
  Note note_;
};

class MoveNotes : public Command {
 public:
  explicit MoveNotes(std::vector<NoteMove> moves) : moves_(std::move(moves)) {}
  void apply(Workshop& workshop) override { place(workshop, &NoteMove::to); }
  void revert(Workshop& workshop) override { place(workshop, &NoteMove::from); }
  std::string description() const override { return "Move notes"; }

 private:
  void place(Workshop& workshop, Position NoteMove::*where) {
    for (const auto& move : moves_) {
      if (auto* note = workshop.find_note(move.note_id)) note->position = move.*where;
    }
  }
  std::vector<NoteMove> moves_;
};

}  // namespace

std::unique_ptr<Command> make_add_note(Note note) { return std::make_unique<AddNote>(std::move(note)); }

std::unique_ptr<Command> make_update_note(const Workshop& workshop, Note edited) {
  FlowLists before{.notes = workshop.notes};
  FlowLists after{.notes = workshop.notes};
  for (auto& note : *after.notes) {
    if (note.id == edited.id) note = edited;
  }
  return edit(std::move(before), std::move(after), "Edit note");
}

std::unique_ptr<Command> make_remove_notes(const Workshop& workshop,
                                           const std::vector<std::string>& note_ids) {
  const std::set<std::string> removed(note_ids.begin(), note_ids.end());
  FlowLists before{.notes = workshop.notes, .votes = workshop.votes};
  FlowLists after{.notes = workshop.notes, .votes = workshop.votes};
  std::erase_if(*after.notes, [&](const Note& note) { return removed.contains(note.id); });
  std::erase_if(*after.votes, [&](const Vote& vote) {
    return vote.target_kind == VoteTarget::note && removed.contains(vote.target);
  });
  return edit(std::move(before), std::move(after), "Remove notes");
}

std::unique_ptr<Command> make_move_notes(std::vector<NoteMove> moves) {
  return std::make_unique<MoveNotes>(std::move(moves));
}

// -----------------------------------------------------------------------------
// [SECTION] Whole lists
// -----------------------------------------------------------------------------

std::unique_ptr<Command> make_set_rounds(const Workshop& workshop, std::vector<Round> rounds) {
  FlowLists before{.rounds = workshop.rounds, .votes = workshop.votes};
  auto votes = votes_still_valid(workshop.votes, workshop.participants, rounds, workshop.notes);
  FlowLists after{.rounds = std::move(rounds), .votes = std::move(votes)};
  return edit(std::move(before), std::move(after), "Edit agenda");
}

std::unique_ptr<Command> make_set_participants(const Workshop& workshop,
                                               std::vector<Participant> participants) {
  FlowLists before{.votes = workshop.votes, .participants = workshop.participants};
  auto votes = votes_still_valid(workshop.votes, participants, workshop.rounds, workshop.notes);
  FlowLists after{.votes = std::move(votes), .participants = std::move(participants)};
  return edit(std::move(before), std::move(after), "Edit participants");
}

std::unique_ptr<Command> make_set_parking_lot(const Workshop& workshop,
                                              std::vector<ParkedQuestion> questions) {
  return edit({.parking_lot = workshop.parking_lot}, {.parking_lot = std::move(questions)},
              "Edit parking lot");
}

std::unique_ptr<Command> make_set_running_order(const Workshop& workshop,
                                                std::vector<Slide> slides) {
  return edit({.running_order = workshop.running_order}, {.running_order = std::move(slides)},
              "Edit running order");
}

std::unique_ptr<Command> make_set_inventory(const Workshop& workshop,
                                            std::vector<InventoryProduct> products) {
  return edit({.inventory = workshop.inventory}, {.inventory = std::move(products)},
              "Edit inventory");
}

// -----------------------------------------------------------------------------
// [SECTION] Fresh ids
// -----------------------------------------------------------------------------

namespace {

// The prefix followed by one more than the highest number any id of that form has.
template <typename Items>
std::string next_id(const Items& items, const std::string& prefix) {
  unsigned long highest = 0;
  for (const auto& item : items) {
    const std::string& id = item.id;
    if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string digits = id.substr(prefix.size());
    if (digits.size() > 9 || !std::all_of(digits.begin(), digits.end(),
                                          [](char c) { return c >= '0' && c <= '9'; })) {
      continue;
    }
    highest = std::max(highest, std::stoul(digits));
  }
  return prefix + std::to_string(highest + 1);
}

}  // namespace

std::string next_note_id(const Workshop& workshop) { return next_id(workshop.notes, "n"); }
std::string next_round_id(const Workshop& workshop) { return next_id(workshop.rounds, "r"); }
std::string next_participant_id(const Workshop& workshop) {
  return next_id(workshop.participants, "p");
}
std::string next_question_id(const Workshop& workshop) {
  return next_id(workshop.parking_lot, "q");
}

}  // namespace blokjes
