#pragma once
// One exporter per format, behind one interface. An exporter writes an
// already validated CatalogusExport; it decides nothing about the content.

#include <memory>
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

std::unique_ptr<Exporter> make_exporter(std::string_view format);  // null when unknown
const std::vector<std::string_view>& exporter_names();

// The zgw-json document of one zaaktype: the zaaktype with its nested types
// and the catalogus-level types it uses (docs/export.md).
CatalogiJson zgw_document(const CatalogusExport& catalogus_export, const ZaaktypeObjects& zaaktype);
// The Open Zaak import ZIP's entries: "<Resource>.json" -> its JSON text.
std::vector<std::pair<std::string, std::string>> openzaak_entries(
    const CatalogusExport& catalogus_export);
// The ZIP itself, in memory; entries get a fixed time so the bytes repeat.
std::string openzaak_zip_bytes(const CatalogusExport& catalogus_export);

}  // namespace blokjes
