#pragma once
// Processes from another workshop (an import: BPMN, a Catalogi ZIP) added to
// the open one, as the app's File > Importeren does: one undoable step, and
// nothing of what is there changes. A process id already taken gets a
// suffix; a department keeps the open workshop's name when both have it, and
// an imported department that the open workshop lacks is added.

#include <string>
#include <vector>

#include "workshop.h"

namespace blokjes {

struct MergedWorkshop {
  Workshop workshop;
  std::vector<std::string> added_process_ids;  // in the imported order, as renamed
};

MergedWorkshop with_processes_of(const Workshop& current, const Workshop& imported);

}  // namespace blokjes
