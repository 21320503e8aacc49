#pragma once
// A blokjessessie: the departments and people at the table, the processes they
// laid out, and the notes taken. This is what the app opens and saves.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "process.h"

namespace blokjes {

struct Department {
  std::string id;
  std::string name;
  std::string directorate;
  bool operator==(const Department&) const = default;
};

struct Participant {
  std::string id;  // slug, unique in the workshop; blocks and votes refer to it
  std::string name;
  std::string role;
  std::string department;  // may be empty (a facilitator from outside)
  std::string colour;      // "#RRGGBB"; empty: participant_colour() picks one
  bool operator==(const Participant&) const = default;
};

// A note of the workshop. With a position it is a sticky note on its
// process's canvas (movable, undoable like a block, a target for dots).
struct Note {
  std::string id;
  std::string text;
  std::string author;   // a participant id, or free text in older files
  std::string process;  // may be empty: a note about the whole workshop
  std::optional<Position> position;  // on the canvas of `process`
  std::string colour;                // "#RRGGBB"; empty: the sticky-note yellow
  std::string placed_in_round;       // round id; empty: unknown
  bool operator==(const Note&) const = default;
};

// One round of the workshop's agenda ("Inventariseren", "Blokjes leggen",
// "Vergelijken", "Afspraken"), with its length and the dots each participant
// may place during it (0: no voting in this round).
struct Round {
  std::string id;  // slug, unique in the workshop
  std::string name;
  int minutes = 15;
  int dots = 0;
  bool operator==(const Round&) const = default;
};

// One dot of dot-voting ("where does it hurt?"), on a block or a sticky note.
// A participant may put several dots on one target; never more than the
// round's `dots` in all (core/dot_voting.h).
enum class VoteTarget { block, note };
struct Vote {
  std::string round;        // round id
  std::string participant;  // participant id
  std::string process;      // the target's process
  VoteTarget target_kind = VoteTarget::block;
  std::string target;       // block id or note id
  bool operator==(const Vote&) const = default;
};

// A question that came up and is parked until later (the parking lot).
struct ParkedQuestion {
  std::string id;
  std::string text;
  std::string author;  // participant id or free text
  std::string round;   // round id; may be empty
  bool answered = false;
  std::string answer;
  bool operator==(const ParkedQuestion&) const = default;
};

// One slide of the presentation's running order.
// generic_model: which processes run on the zaakafhandelcomponent's generic model (issue 14).
enum class SlideKind { canvas, compare, matrix, coverage, citizen, votes, generic_model };
struct Slide {
  SlideKind kind = SlideKind::canvas;
  std::string process;        // canvas, citizen, compare (the first)
  std::string other_process;  // compare: the second
  std::string title;          // may be empty: a title from the kind and processes
  bool operator==(const Slide&) const = default;
};

// A product or service a team delivers (Raalte's "grote inventarisatie"),
// mapped onto one of the workshop's processes (a generic shape), or onto
// none (maatwerk).
struct InventoryProduct {
  std::string product;
  std::string department;        // as written in the inventory (free text)
  long long volume_per_year = 0;
  std::string legal_term;        // ISO-8601 duration, may be empty
  std::string process;           // process id; empty: maatwerk / not mapped
  bool confirmed = false;        // the facilitator confirmed the mapping
  bool operator==(const InventoryProduct&) const = default;
};

// The Catalogus the workshop's zaaktypen are exported into.
struct CatalogusFields {
  std::string domein;  // at most 5 characters, e.g. "VELS"
  std::string rsin;    // 9 digits, passing the 11-proef
  std::string contactpersoon_beheer_naam;
  std::string contactpersoon_beheer_telefoonnummer;
  std::string contactpersoon_beheer_emailadres;
  std::string naam;
  std::string versie;
  std::string begindatum_versie;  // YYYY-MM-DD or empty
  // Kept from an import so the catalogus keeps its UUID; empty means derived
  // from rsin and domein.
  std::string uuid;
  bool empty() const { return *this == CatalogusFields{}; }
  bool operator==(const CatalogusFields&) const = default;
};

struct Workshop {
  std::string name;
  std::string date;  // YYYY-MM-DD, may be empty
  std::string description;
  std::vector<Department> departments;
  std::vector<Participant> participants;
  std::vector<Process> processes;
  std::vector<Note> notes;
  CatalogusFields catalogus;
  // The workshop's flow (format version 3): agenda, dots, parking lot, the
  // presentation's running order and the inventory.
  std::vector<Round> rounds;
  std::vector<Vote> votes;
  std::vector<ParkedQuestion> parking_lot;
  std::vector<Slide> running_order;
  std::vector<InventoryProduct> inventory;

  const Process* find_process(std::string_view process_id) const;
  Process* find_process(std::string_view process_id);
  const Department* find_department(std::string_view department_id) const;
  const Participant* find_participant(std::string_view participant_id) const;
  const Round* find_round(std::string_view round_id) const;
  const Note* find_note(std::string_view note_id) const;
  Note* find_note(std::string_view note_id);
  // The index of a round in the agenda, or nothing for an unknown id.
  std::optional<std::size_t> round_index(std::string_view round_id) const;
  bool operator==(const Workshop&) const = default;
};

std::string_view to_string(SlideKind kind);
std::optional<SlideKind> slide_kind_from_string(std::string_view text);
std::string_view to_string(VoteTarget kind);
std::optional<VoteTarget> vote_target_from_string(std::string_view text);

// A participant's colour: their own, else one of a fixed palette of colours
// that stay apart on a projector, by their place in the list.
std::string participant_colour(const Workshop& workshop, std::string_view participant_id);
// The palette participant_colour() falls back to.
extern const char* const kParticipantPalette[];
extern const std::size_t kParticipantPaletteSize;

}  // namespace blokjes
