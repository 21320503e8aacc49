#pragma once
// Every export format behind one interface, and the one table of formats
// (kExportFormats in export_formats.cpp) that the command line, the export
// dialog and its labels read. Each format lives in its own folder beside this
// file (zgw/ today; bpmn/, svg/, html/, xes/ later), with its writer and, where
// the format allows, its reader. An exporter writes an already validated
// CatalogusExport; it decides nothing about the content.

#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "catalogi/catalogi_objects.h"

namespace blokjes {

class ExportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The output is there already and overwriting was not allowed: the caller
// decides how to ask (--force on the command line, a question in the app).
class OutputExistsError : public ExportError {
 public:
  explicit OutputExistsError(const std::string& path) : ExportError(path + ": already exists") {}
};

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
  directory_for_several,  // one file per zaaktype: the file itself for one, a directory for more
};

// One row per format. Adding a format is a row here plus its own folder.
struct ExportFormat {
  std::string_view id;           // the --format value and the exporter's name()
  std::string_view label_key;    // translation key of its description in the UI
  std::string_view description;  // English, for --help
  std::string_view extension;    // of the file written (".json", ".zip")
  ExportOutput output;
  bool has_reader;  // `blokjes import` reads it back (exporters/<format>/..._reader.h)
  std::unique_ptr<Exporter> (*make)();
};

std::span<const ExportFormat> export_formats();
const ExportFormat* find_export_format(std::string_view id);  // null when unknown

std::unique_ptr<Exporter> make_exporter(std::string_view format);  // null when unknown

}  // namespace blokjes
