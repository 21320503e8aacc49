// What every workshop exporter shares: the picture subjects' names and the
// processes a request names.

#include "workshop_exporter.h"

namespace blokjes {
namespace {

constexpr std::pair<PictureSubject, std::string_view> kSubjectNames[] = {
    {PictureSubject::canvas, "canvas"},
    {PictureSubject::compare, "compare"},
    {PictureSubject::matrix, "matrix"},
};

}  // namespace

std::string_view to_string(PictureSubject subject) {
  for (const auto& [value, name] : kSubjectNames) {
    if (value == subject) return name;
  }
  return "canvas";
}

std::optional<PictureSubject> picture_subject_from_string(std::string_view text) {
  for (const auto& [value, name] : kSubjectNames) {
    if (name == text) return value;
  }
  return std::nullopt;
}

std::vector<const Process*> requested_processes(const WorkshopExportRequest& request) {
  std::vector<const Process*> processes;
  if (request.workshop == nullptr) return processes;
  if (request.process_ids.empty()) {
    for (const auto& process : request.workshop->processes) processes.push_back(&process);
    return processes;
  }
  for (const auto& id : request.process_ids) {
    const auto* process = request.workshop->find_process(id);
    if (process == nullptr) throw ExportError("the workshop has no process \"" + id + "\"");
    processes.push_back(process);
  }
  return processes;
}

}  // namespace blokjes
