#include "workshop.h"

#include <array>
#include <iterator>

#include "find_by_id.h"

namespace blokjes {

const Process* Workshop::find_process(std::string_view process_id) const {
  return find_by_id(processes, process_id);
}

Process* Workshop::find_process(std::string_view process_id) {
  return find_by_id(processes, process_id);
}

const Department* Workshop::find_department(std::string_view department_id) const {
  return find_by_id(departments, department_id);
}

const Participant* Workshop::find_participant(std::string_view participant_id) const {
  return find_by_id(participants, participant_id);
}

const Round* Workshop::find_round(std::string_view round_id) const {
  return find_by_id(rounds, round_id);
}

const Note* Workshop::find_note(std::string_view note_id) const {
  return find_by_id(notes, note_id);
}

Note* Workshop::find_note(std::string_view note_id) { return find_by_id(notes, note_id); }

std::optional<std::size_t> Workshop::round_index(std::string_view round_id) const {
  for (std::size_t i = 0; i < rounds.size(); ++i) {
    if (rounds[i].id == round_id) return i;
  }
  return std::nullopt;
}

namespace {

// Slide kinds and vote targets as the workshop file spells them, in enum order.
constexpr std::array<std::string_view, 7> kSlideKindNames = {
    "canvas", "compare", "matrix", "coverage", "citizen", "votes", "generic-model"};
constexpr std::array<std::string_view, 2> kVoteTargetNames = {"block", "note"};

template <typename Enum, std::size_t N>
std::optional<Enum> enum_from_name(const std::array<std::string_view, N>& names,
                                   std::string_view text) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == text) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view to_string(SlideKind kind) {
  return kSlideKindNames.at(static_cast<std::size_t>(kind));
}

std::optional<SlideKind> slide_kind_from_string(std::string_view text) {
  return enum_from_name<SlideKind>(kSlideKindNames, text);
}

std::string_view to_string(VoteTarget kind) {
  return kVoteTargetNames.at(static_cast<std::size_t>(kind));
}

std::optional<VoteTarget> vote_target_from_string(std::string_view text) {
  return enum_from_name<VoteTarget>(kVoteTargetNames, text);
}

// Okabe–Ito's colour-blind-safe set, then a few more that stay apart on a
// washed-out projector; black is left out (the text on a block is dark).
const char* const kParticipantPalette[] = {"#E69F00", "#56B4E9", "#009E73", "#F0E442",
                                           "#0072B2", "#D55E00", "#CC79A7", "#8C564B",
                                           "#7F7F7F", "#17BECF", "#BCBD22", "#9467BD"};
const std::size_t kParticipantPaletteSize = std::size(kParticipantPalette);

std::string participant_colour(const Workshop& workshop, std::string_view participant_id) {
  for (std::size_t i = 0; i < workshop.participants.size(); ++i) {
    const auto& participant = workshop.participants[i];
    if (participant.id != participant_id) continue;
    if (!participant.colour.empty()) return participant.colour;
    return kParticipantPalette[i % kParticipantPaletteSize];
  }
  return "#9E9E9E";
}

}  // namespace blokjes
