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

std::optional<std::string> picture_subject_problem(PictureSubject subject,
                                                   std::size_t process_count, Language language) {
  const bool dutch = language == Language::dutch;
  const std::string got = std::to_string(process_count);
  if (subject == PictureSubject::compare && process_count != 2) {
    return dutch ? "Vergelijken tekent precies twee processen; kies er twee (nu " + got + ")"
                 : "The compare view draws exactly two processes; choose two (now " + got + ")";
  }
  if (subject == PictureSubject::matrix && process_count < 2) {
    return dutch ? "De matrix vergelijkt twee processen of meer; kies er meer (nu " + got + ")"
                 : "The matrix compares two processes or more; choose more (now " + got + ")";
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
