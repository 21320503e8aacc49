#include "dot_voting.h"

// [SECTION] Counting dots
// [SECTION] Casting and withdrawing
// [SECTION] The ranking

#include <algorithm>
#include <map>
#include <tuple>

namespace blokjes {
namespace {

class AddVote : public Command {
 public:
  explicit AddVote(Vote vote) : vote_(std::move(vote)) {}
  void apply(Workshop& workshop) override { workshop.votes.push_back(vote_); }
  void revert(Workshop& workshop) override {
    // The last equal dot is this one: dots are appended and undo is linear.
    for (auto it = workshop.votes.rbegin(); it != workshop.votes.rend(); ++it) {
      if (*it == vote_) {
        workshop.votes.erase(std::next(it).base());
        return;
      }
    }
  }
  std::string description() const override { return "Cast vote"; }

 private:
  Vote vote_;
};

class RemoveVote : public Command {
 public:
  RemoveVote(Vote vote, std::size_t index) : vote_(std::move(vote)), index_(index) {}
  void apply(Workshop& workshop) override {
    if (index_ < workshop.votes.size() && workshop.votes[index_] == vote_) {
      workshop.votes.erase(workshop.votes.begin() + static_cast<std::ptrdiff_t>(index_));
    }
  }
  void revert(Workshop& workshop) override {
    const std::size_t at = std::min(index_, workshop.votes.size());
    workshop.votes.insert(workshop.votes.begin() + static_cast<std::ptrdiff_t>(at), vote_);
  }
  std::string description() const override { return "Withdraw vote"; }

 private:
  Vote vote_;
  std::size_t index_;
};

bool target_exists(const Workshop& workshop, const Vote& vote) {
  if (vote.target_kind == VoteTarget::note) {
    const Note* note = workshop.find_note(vote.target);
    return note != nullptr && note->process == vote.process;
  }
  const Process* process = workshop.find_process(vote.process);
  return process != nullptr && process->find_block(vote.target) != nullptr;
}

VoteRefused refused(std::string dutch, std::string english) {
  return {std::move(dutch), std::move(english)};
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Counting dots
// -----------------------------------------------------------------------------

int dots_allowed(const Workshop& workshop, std::string_view round_id) {
  const Round* round = workshop.find_round(round_id);
  return round == nullptr ? 0 : std::max(0, round->dots);
}

int dots_used(const Workshop& workshop, std::string_view round_id,
              std::string_view participant_id) {
  return static_cast<int>(std::count_if(workshop.votes.begin(), workshop.votes.end(),
                                        [&](const Vote& vote) {
                                          return vote.round == round_id &&
                                                 vote.participant == participant_id;
                                        }));
}

int dots_left(const Workshop& workshop, std::string_view round_id,
              std::string_view participant_id) {
  return std::max(0, dots_allowed(workshop, round_id) -
                         dots_used(workshop, round_id, participant_id));
}

int dots_on(const Workshop& workshop, std::string_view process_id, VoteTarget kind,
            std::string_view target_id, std::string_view round_id) {
  return static_cast<int>(
      std::count_if(workshop.votes.begin(), workshop.votes.end(), [&](const Vote& vote) {
        return vote.process == process_id && vote.target_kind == kind &&
               vote.target == target_id && (round_id.empty() || vote.round == round_id);
      }));
}

// -----------------------------------------------------------------------------
// [SECTION] Casting and withdrawing
// -----------------------------------------------------------------------------

std::variant<std::unique_ptr<Command>, VoteRefused> make_cast_vote(const Workshop& workshop,
                                                                   Vote vote) {
  const Participant* participant = workshop.find_participant(vote.participant);
  if (participant == nullptr) {
    return refused("Kies eerst wie er stemt.", "Choose who is voting first.");
  }
  const Round* round = workshop.find_round(vote.round);
  if (round == nullptr) {
    return refused("Kies eerst een ronde van de agenda.", "Choose a round of the agenda first.");
  }
  if (round->dots <= 0) {
    return refused("In de ronde \"" + round->name + "\" wordt niet gestemd.",
                   "There is no voting in round \"" + round->name + "\".");
  }
  if (!target_exists(workshop, vote)) {
    return refused("Daar kan geen stip op: dat blok of die notitie bestaat niet.",
                   "No dot can go there: that block or note does not exist.");
  }
  if (dots_left(workshop, vote.round, vote.participant) <= 0) {
    const std::string count = std::to_string(round->dots);
    return refused(participant->name + " heeft al alle " + count + " stippen gezet.",
                   participant->name + " has already placed all " + count + " dots.");
  }
  return std::unique_ptr<Command>(std::make_unique<AddVote>(std::move(vote)));
}

std::unique_ptr<Command> make_withdraw_vote(const Workshop& workshop, const Vote& vote) {
  // The most recent such dot goes first, as a participant expects of "take one back".
  for (std::size_t i = workshop.votes.size(); i-- > 0;) {
    if (workshop.votes[i] == vote) return std::make_unique<RemoveVote>(vote, i);
  }
  return nullptr;
}

// -----------------------------------------------------------------------------
// [SECTION] The ranking
// -----------------------------------------------------------------------------

std::vector<VoteTally> vote_ranking(const Workshop& workshop, const BlockLibrary& library,
                                    Language language, std::string_view round_id) {
  std::vector<VoteTally> tallies;
  // (process index, 0 for blocks / 1 for notes, item index): the tie order.
  std::vector<std::tuple<std::size_t, int, std::size_t>> order;
  for (std::size_t p = 0; p < workshop.processes.size(); ++p) {
    const Process& process = workshop.processes[p];
    for (std::size_t b = 0; b < process.blocks.size(); ++b) {
      const Block& block = process.blocks[b];
      const int dots = dots_on(workshop, process.id, VoteTarget::block, block.id, round_id);
      if (dots == 0) continue;
      std::string name = block.label;
      if (name.empty()) {
        const BlockVariant* variant = library.find_variant(block.kind, block.variant);
        name = variant != nullptr ? variant->name.in(language) : block.kind;
      }
      tallies.push_back({process.id, process.name, VoteTarget::block, block.id, name, dots});
      order.emplace_back(p, 0, b);
    }
    for (std::size_t n = 0; n < workshop.notes.size(); ++n) {
      const Note& note = workshop.notes[n];
      if (note.process != process.id) continue;
      const int dots = dots_on(workshop, process.id, VoteTarget::note, note.id, round_id);
      if (dots == 0) continue;
      tallies.push_back({process.id, process.name, VoteTarget::note, note.id, note.text, dots});
      order.emplace_back(p, 1, n);
    }
  }
  std::vector<std::size_t> index(tallies.size());
  for (std::size_t i = 0; i < index.size(); ++i) index[i] = i;
  std::stable_sort(index.begin(), index.end(), [&](std::size_t a, std::size_t b) {
    if (tallies[a].dots != tallies[b].dots) return tallies[a].dots > tallies[b].dots;
    return order[a] < order[b];
  });
  std::vector<VoteTally> ranking;
  ranking.reserve(index.size());
  for (const std::size_t i : index) ranking.push_back(std::move(tallies[i]));
  return ranking;
}

}  // namespace blokjes
