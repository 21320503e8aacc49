#pragma once
// Every export format behind one of two interfaces, and the one table of
// formats (kExportFormats in export_formats.cpp) that the command line, the
// export dialog and its labels read. Each format lives in its own folder
// beside this file (zgw/, bpmn/, picture/, handout/, cards/), with its writer
// and, where the format allows, its reader. A zaaktype exporter writes an
// already validated CatalogusExport and decides nothing about the content; a
// workshop exporter (workshop_exporter.h) draws or describes the workshop.

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "catalogi/catalogi_objects.h"
#include "export_error.h"
#include "workshop_exporter.h"

namespace blokjes {

class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual std::string_view name() const = 0;
  // Writes to `path`. Refuses (ExportError) to replace an existing file
  // unless `overwrite`. Returns the files written.
  virtual std::vector<std::string> write(const CatalogusExport& catalogus_export,
                                         const std::string& path, bool overwrite) const = 0;
};

// What an export's path names.
enum class ExportOutput {
  file,                   // always one file
  directory_for_several,  // one file per zaaktype or process: the file itself for one, a directory for more
  directory,              // always a directory (a document and its pictures)
};

// What a format is made from.
enum class ExportSource {
  zaaktypen,  // validated zaaktypen: make() gives an Exporter
  workshop,   // the workshop itself: make_workshop() gives a WorkshopExporter
};

// One row per format. Adding a format is a row here plus its own folder.
struct ExportFormat {
  std::string_view id;           // the --format value and the exporter's name()
  std::string_view label_key;    // translation key of its description in the UI
  std::string_view description;  // English, for --help
  std::string_view extension;    // of the file written (".json", ".zip")
  ExportOutput output;
  bool has_reader;  // `blokjes import` reads it back (exporters/<format>/..._reader.h)
  ExportSource source;
  std::unique_ptr<Exporter> (*make)();                  // zaaktypen formats; null otherwise
  std::unique_ptr<WorkshopExporter> (*make_workshop)();  // workshop formats; null otherwise
};

std::span<const ExportFormat> export_formats();
const ExportFormat* find_export_format(std::string_view id);  // null when unknown

// Null when unknown or of the other source.
std::unique_ptr<Exporter> make_exporter(std::string_view format);
std::unique_ptr<WorkshopExporter> make_workshop_exporter(std::string_view format);

}  // namespace blokjes
