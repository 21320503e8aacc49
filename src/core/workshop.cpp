#include "workshop.h"

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

}  // namespace blokjes
