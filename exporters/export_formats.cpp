// The table of export formats. Everything that lists, names or chooses a
// format reads it: `blokjes export --format`, `blokjes import`'s help, the
// export dialog's combo, suggested path and hint, and the UI labels.

#include "exporter.h"
#include "zgw/zgw_documents.h"

namespace blokjes {
namespace {

const ExportFormat kExportFormats[] = {
    {"zgw-json", "export.format_zgw_json",
     "one document per zaaktype (a directory for more than one)", ".json",
     ExportOutput::directory_for_several, true, make_zgw_json_exporter},
    {"openzaak-zip", "export.format_openzaak_zip",
     "the ZIP that Open Zaak's catalogus import reads", ".zip", ExportOutput::file, true,
     make_openzaak_zip_exporter},
};

}  // namespace

std::span<const ExportFormat> export_formats() {
  return kExportFormats;
}

const ExportFormat* find_export_format(std::string_view id) {
  for (const auto& format : kExportFormats) {
    if (format.id == id) return &format;
  }
  return nullptr;
}

std::unique_ptr<Exporter> make_exporter(std::string_view format) {
  const auto* found = find_export_format(format);
  return found == nullptr ? nullptr : found->make();
}

}  // namespace blokjes
