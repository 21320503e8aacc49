#pragma once
// The rules a workshop must meet to be a sound model: ids unique, references
// resolved, blocks known to the library, durations well-formed, and a process
// graph that starts somewhere and reaches every block. Zaaktype publishing
// rules (Open Zaak, ZAC) live in src/catalogi, not here.

#include <vector>

#include "block_library.h"
#include "diagnostic.h"
#include "workshop.h"

namespace blokjes {

std::vector<Diagnostic> validate_workshop(const Workshop& workshop, const BlockLibrary& library);

}  // namespace blokjes
