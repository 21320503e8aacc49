// zgw-json: one JSON document per zaaktype. With one zaaktype the path is the
// file; with more it is a directory holding <process id>.json per zaaktype.

#include <filesystem>
#include <set>

#include "core/atomic_directory.h"
#include "core/atomic_file.h"
#include "core/process_editing.h"
#include "zgw_documents.h"

namespace blokjes {
namespace {

void refuse_existing(const std::string& path, bool overwrite) {
  std::error_code ignored;
  // symlink_status: a dangling link is "there" too, and not ours to replace quietly.
  if (!overwrite && std::filesystem::exists(std::filesystem::symlink_status(path, ignored))) {
    throw OutputExistsError(path);
  }
}

// <process id>.json per zaaktype: the id made a slug, so that a forced export
// of a malformed workshop cannot write outside the directory; cut with a hash
// when long, so that any id gives a name that fits NAME_MAX; and unique.
std::vector<std::string> file_names(const std::vector<ZaaktypeObjects>& zaaktypen) {
  std::vector<std::string> names;
  std::set<std::string> taken;
  for (const auto& zaaktype : zaaktypen) {
    const auto base = slug_from_name(zaaktype.process_id);
    auto name = file_name_that_fits(base, ".json");
    for (int n = 2; taken.contains(name); ++n) {
      name = file_name_that_fits(base + "-" + std::to_string(n), ".json");
    }
    taken.insert(name);
    names.push_back(name);
  }
  return names;
}

class ZgwJsonExporter final : public Exporter {
 public:
  std::string_view name() const override { return "zgw-json"; }

  std::vector<std::string> write(const CatalogusExport& catalogus_export, const std::string& path,
                                 bool overwrite) const override {
    const auto& zaaktypen = catalogus_export.zaaktypen;
    refuse_existing(path, overwrite);
    if (zaaktypen.size() == 1) {
      write_file_atomically(path, dump_document(zgw_document(catalogus_export, zaaktypen[0])));
      return {path};
    }
    // Several files are one write: all of them appear, or none, and a
    // directory that was there stays as it was when anything fails.
    const auto names = file_names(zaaktypen);
    std::vector<DirectoryFile> files;
    std::vector<std::string> written;
    for (std::size_t i = 0; i < zaaktypen.size(); ++i) {
      files.push_back({names[i], dump_document(zgw_document(catalogus_export, zaaktypen[i]))});
      written.push_back(path + "/" + names[i]);
    }
    DirectoryWriteOptions options;
    options.replace_existing = overwrite;
    options.replaceable_suffixes = {".json"};
    try {
      write_directory_atomically(path, files, options);
    } catch (const std::runtime_error& error) {
      throw ExportError(error.what());
    }
    return written;
  }
};

}  // namespace

std::unique_ptr<Exporter> make_zgw_json_exporter() {
  return std::make_unique<ZgwJsonExporter>();
}

}  // namespace blokjes
