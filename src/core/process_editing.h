#pragma once
// Model-side operations behind the canvas's editing gestures: copy and paste
// of block fragments (in the same JSON form as workshop files), a new process
// from the five generic blocks, and the left-to-right layout in lanes.

#include <memory>
#include <string>
#include <vector>

#include "block_library.h"
#include "commands.h"
#include "lanes.h"
#include "process.h"
#include "workshop_file.h"

namespace blokjes {

ProcessFragment copy_fragment(const Process& process, const std::vector<std::string>& block_ids);
// The fragment with fresh ids for `process`, moved so its top-left block
// corner lands on `top_left`; flows follow the renamed blocks.
ProcessFragment place_fragment(const ProcessFragment& fragment, const Process& process,
                               Position top_left);

// A process laid out from the generic blocks of the library, all in one lane,
// connected in sequence: the starting point of every blokjessessie.
Process make_generic_process(const BlockLibrary& library, std::string id, std::string name,
                             std::string department);
// A slug for a name: lower-case ASCII letters and digits joined by dashes
// ("Melding openbare ruimte" -> "melding-openbare-ruimte"); "proces" when empty.
std::string slug_from_name(const std::string& name);
// A slug not yet used by any process: base, base-2, base-3, ...
std::string unique_process_id(const std::vector<Process>& processes, const std::string& base);

// Layered layout: x by kLayoutStepX along the forward flows, y on each
// department's lane row (lanes.h, in order of first use); blocks of one lane
// never share a step.
std::unique_ptr<Command> make_auto_layout(const Process& process);

}  // namespace blokjes
