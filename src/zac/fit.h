#pragma once
// Fit: does a workshop process run on ZAC's generic model as it is? Each
// block is mapped through the model's table (generic_model.h); a process
// fits when every block maps and its flows ask for nothing the generic model
// cannot do. Otherwise the misfits say why, the first one in one plain
// sentence for the big screen. Plain C++, no UI (issue 14).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/block_library.h"
#include "core/localized_text.h"
#include "core/workshop.h"
#include "generic_model.h"

namespace blokjes::zac {

enum class MisfitReason {
  unmapped_block,     // a step the generic model has no place for (Betalen, Uitvoeren, ...)
  enforced_order,     // an order between tasks the model cannot enforce
  conditional_route,  // a conditional route other than ontvankelijk
  parallel_steps,     // steps that must run side by side
  timed_step,         // a step that waits for a time or a date
  status_never_set,   // a status the citizen must see that the model never sets
  // Added with the implementation (docs/zac.md, rules 2 and 5):
  closed_stage,           // a step back into the Intake stage after Intake afronden
  rework_not_repeatable,  // a step back to a place the model does only once
};

// A stable code for JSON, e.g. "unmapped_block".
std::string_view to_string(MisfitReason reason);

struct Misfit {
  MisfitReason reason = MisfitReason::unmapped_block;
  std::string block_id;  // the block it is about; may be empty
  std::string flow_id;   // the flow it is about; may be empty
  std::string other_block_id;  // enforced_order: the block that must come first
};

// Where one block goes in the generic model.
struct BlockPlacement {
  std::string block_id;
  std::vector<std::string> places;  // place ids; empty when unmapped
};

struct ProcessFit {
  std::string process_id;
  bool fits = false;
  std::vector<BlockPlacement> placements;  // one per block, in process order
  std::vector<Misfit> misfits;             // empty when it fits
};

struct WorkshopFit {
  std::vector<ProcessFit> processes;  // in workshop order
  std::size_t fitting = 0;
  // Yearly volume from the inventory (products mapped onto a process); both
  // zero when the inventory has no volumes.
  long long volume_fitting = 0;
  long long volume_total = 0;
};

ProcessFit fit_process(const Process& process, const BlockLibrary& library,
                       const GenericModel& model);
WorkshopFit fit_workshop(const Workshop& workshop, const BlockLibrary& library,
                         const GenericModel& model);

// One plain sentence about a misfit, naming the block by its label, e.g.
// "Betalen heeft geen plaats in het generieke model." / "... has no place
// in the generic model."
std::string describe(const Misfit& misfit, const Process& process, const BlockLibrary& library,
                     Language language);
// Why a process does not fit, in one plain sentence (its first misfit);
// empty when it fits.
std::string reason(const ProcessFit& fit, const Process& process, const BlockLibrary& library,
                   Language language);

}  // namespace blokjes::zac
