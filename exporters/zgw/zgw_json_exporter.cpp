// zgw-json: one JSON document per zaaktype. With one zaaktype the path is the
// file; with more it is a directory holding <process id>.json per zaaktype.

#include <filesystem>
#include <set>

#include "core/atomic_file.h"
#include "core/process_editing.h"
#include "zgw_documents.h"

namespace blokjes {
namespace {

void refuse_existing(const std::string& path, bool overwrite) {
  if (!overwrite && std::filesystem::exists(path)) {
    throw OutputExistsError(path);
  }
}

// <directory>/<process id>.json, the id made a slug so that a forced export
// of a malformed workshop cannot write outside the directory, and unique.
std::vector<std::string> file_names(const std::vector<ZaaktypeObjects>& zaaktypen,
                                    const std::string& directory) {
  std::vector<std::string> files;
  std::set<std::string> taken;
  for (const auto& zaaktype : zaaktypen) {
    const auto base = slug_from_name(zaaktype.process_id);
    auto name = base;
    for (int n = 2; taken.contains(name); ++n) name = base + "-" + std::to_string(n);
    taken.insert(name);
    files.push_back(directory + "/" + name + ".json");
  }
  return files;
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
    const auto files = file_names(zaaktypen, path);
    for (const auto& file : files) refuse_existing(file, overwrite);
    for (std::size_t i = 0; i < zaaktypen.size(); ++i) {
      write_file_atomically(files[i], dump_document(zgw_document(catalogus_export, zaaktypen[i])));
    }
    return files;
  }
};

}  // namespace

std::unique_ptr<Exporter> make_zgw_json_exporter() {
  return std::make_unique<ZgwJsonExporter>();
}

}  // namespace blokjes
