#pragma once
// Where an export goes when the user has not said: beside the workshop file,
// named after it, with the format's extension, or a directory when the
// format writes several files. The app's export dialog suggests it.

#include <optional>
#include <string>
#include <vector>

#include "exporter.h"
#include "workshop_exporter.h"

namespace blokjes {

// The path for `format` of `process_ids` (in order; several means one file
// per process for formats that write so) from the workshop at
// `workshop_path` (empty: a workshop never saved, named "export"). Never the
// workshop file itself. `subject` is the picture chosen for svg, png and pdf.
std::string suggested_export_path(const ExportFormat& format,
                                  std::optional<PictureSubject> subject,
                                  const std::vector<std::string>& process_ids,
                                  const std::string& workshop_path);

// True when that export writes a directory rather than one file.
bool export_writes_directory(const ExportFormat& format, std::optional<PictureSubject> subject,
                             std::size_t process_count);

}  // namespace blokjes
