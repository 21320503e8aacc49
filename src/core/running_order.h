#pragma once
// The presentation's running order: which slides presentation mode steps
// through, whether each slide still refers to processes the workshop has, and
// what a slide is called on screen and on the command line. The facilitator
// edits the order (workshop_flow_commands.h: make_set_running_order); a
// workshop without one still presents, in a default order.

#include <cstddef>
#include <string>
#include <vector>

#include "localized_text.h"
#include "workshop.h"

namespace blokjes {

// Each process's canvas in workshop order, then the matrix, the coverage and
// the votes: what a workshop without a running order presents.
std::vector<Slide> default_running_order(const Workshop& workshop);
// The workshop's running order, or the default when it has none.
std::vector<Slide> effective_running_order(const Workshop& workshop);

// A slide that cannot be shown as written: it names a process the workshop
// does not have (or none), or it is a comparison without two processes.
struct SlideProblem {
  std::size_t slide = 0;  // index into the order checked
  std::string message_nl;
  std::string message_en;
  const std::string& message(Language language) const {
    return language == Language::english ? message_en : message_nl;
  }
};
std::vector<SlideProblem> check_running_order(const Workshop& workshop,
                                              const std::vector<Slide>& slides);

// Whether the slide's kind shows one process (canvas, citizen) or two (compare).
bool slide_needs_process(SlideKind kind);
bool slide_needs_two_processes(SlideKind kind);

// The slide's own title, else one made from its kind and processes (a missing
// process by its id): "Huwelijk — canvas", "Vergelijking: A en B", "Matrix",
// "Dekking", "Burger: A", "Stemmen".
std::string slide_title(const Workshop& workshop, const Slide& slide, Language language);
// The kind's name for a list or a combo: "Canvas", "Vergelijking", ...
std::string slide_kind_name(SlideKind kind, Language language);

}  // namespace blokjes
