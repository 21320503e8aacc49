// Suggested export paths: the rule of what an export writes (a file or a
// directory) per format, picture subject and number of processes.

#include "export_paths.h"

#include <filesystem>

namespace blokjes {

namespace {

// svg and png always draw pictures; pdf does when a subject is chosen (else
// it prints the handout).
bool draws_pictures(const ExportFormat& format, std::optional<PictureSubject> subject) {
  if (format.source != ExportSource::workshop) return false;
  return format.output == ExportOutput::directory_for_several || (format.id == "pdf" && subject);
}

}  // namespace

bool export_writes_directory(const ExportFormat& format, std::optional<PictureSubject> subject,
                             std::size_t process_count) {
  // Pictures of the canvas are one per process; the compare view and the
  // matrix are one picture of several processes.
  if (draws_pictures(format, subject)) {
    return subject.value_or(PictureSubject::canvas) == PictureSubject::canvas && process_count > 1;
  }
  switch (format.output) {
    case ExportOutput::file: return false;
    case ExportOutput::directory: return true;
    case ExportOutput::directory_for_several: return process_count > 1;
  }
  return false;
}

std::string suggested_export_path(const ExportFormat& format,
                                  std::optional<PictureSubject> subject,
                                  const std::vector<std::string>& process_ids,
                                  const std::string& workshop_path) {
  namespace fs = std::filesystem;
  const fs::path workshop(workshop_path);
  const fs::path directory = workshop.parent_path();
  const std::string stem = workshop.empty() ? "export" : workshop.stem().string();
  const std::string extension(format.extension);
  const auto beside = [&](const std::string& name) { return (directory / name).string(); };

  if (format.source == ExportSource::zaaktypen) {
    if (format.output == ExportOutput::file) return beside(stem + extension);
    // One file per zaaktype (a directory for several), and never
    // "<stem>.json", which is the workshop file itself.
    if (process_ids.size() == 1) return beside(stem + "-" + process_ids.front() + extension);
    return beside(stem + "-zaaktypen");
  }
  if (format.id == "cards") return beside(stem + "-blokjes" + extension);
  if (format.id == "zac") return beside(stem + "-zac");
  if (format.id == "bpmn") {
    if (process_ids.size() == 1) return beside(stem + "-" + process_ids.front() + extension);
    return beside(stem + extension);
  }
  // What is not a picture (html, md, pdf without a subject) is the handout.
  if (!draws_pictures(format, subject)) return beside(stem + "-handout" + extension);
  const PictureSubject drawn = subject.value_or(PictureSubject::canvas);
  if (drawn == PictureSubject::compare) return beside(stem + "-vergelijking" + extension);
  if (drawn == PictureSubject::matrix) return beside(stem + "-matrix" + extension);
  if (process_ids.size() == 1) return beside(stem + "-" + process_ids.front() + extension);
  return beside(stem + "-afbeeldingen");
}

}  // namespace blokjes
