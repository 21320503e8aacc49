#include "workshop_merge.h"

#include "process_editing.h"

namespace blokjes {

MergedWorkshop with_processes_of(const Workshop& current, const Workshop& imported) {
  MergedWorkshop merged{current, {}};
  Workshop& workshop = merged.workshop;
  for (const auto& department : imported.departments) {
    if (workshop.find_department(department.id) == nullptr) workshop.departments.push_back(department);
  }
  for (Process process : imported.processes) {
    process.id = unique_process_id(workshop.processes, process.id);
    merged.added_process_ids.push_back(process.id);
    workshop.processes.push_back(std::move(process));
  }
  return merged;
}

}  // namespace blokjes
