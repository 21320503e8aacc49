// zgw-json: one JSON document per zaaktype. With one zaaktype the path is the
// file; with more it is a directory holding <process id>.json per zaaktype.

#include <filesystem>
#include <set>

#include "core/atomic_file.h"
#include "exporter.h"
#include "zgw_documents.h"

namespace blokjes {
namespace {

void refuse_existing(const std::string& path, bool overwrite) {
  if (!overwrite && std::filesystem::exists(path)) {
    throw OutputExistsError(path);
  }
}

class ZgwJsonExporter final : public Exporter {
 public:
  std::string_view name() const override { return "zgw-json"; }

  std::vector<std::string> write(const CatalogusExport& catalogus_export, const std::string& path,
                                 bool overwrite) const override {
    const auto& zaaktypen = catalogus_export.zaaktypen;
    if (zaaktypen.size() == 1) {
      refuse_existing(path, overwrite);
      write_file_atomically(path, dump_document(zgw_document(catalogus_export, zaaktypen[0])));
      return {path};
    }
    std::error_code error;
    std::filesystem::create_directories(path, error);
    if (error || !std::filesystem::is_directory(path)) {
      throw ExportError(path + ": cannot create the output directory (" + error.message() + ")");
    }
    std::vector<std::string> written;
    for (const auto& zaaktype : zaaktypen) {
      refuse_existing(path + "/" + zaaktype.process_id + ".json", overwrite);
    }
    for (const auto& zaaktype : zaaktypen) {
      const auto file = path + "/" + zaaktype.process_id + ".json";
      write_file_atomically(file, dump_document(zgw_document(catalogus_export, zaaktype)));
      written.push_back(file);
    }
    return written;
  }
};

}  // namespace

std::unique_ptr<Exporter> make_zgw_json_exporter() {
  return std::make_unique<ZgwJsonExporter>();
}

}  // namespace blokjes
