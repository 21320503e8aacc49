// openzaak-zip: the ZIP that Open Zaak's catalogus import reads, one
// <Resource>.json per resource at the root, each a JSON array.

#include <zip.h>

#include <filesystem>
#include <memory>

#include "core/atomic_file.h"
#include "zgw_documents.h"

namespace blokjes {
namespace {

// 2000-01-01 00:00 UTC: a fixed entry time keeps the ZIP byte-identical for
// the same input.
constexpr time_t kEntryTime = 946684800;

std::string zip_message(zip_error_t* error) {
  std::string message = zip_error_strerror(error);
  zip_error_fini(error);
  return message;
}

void add_entry(zip_t* archive, const std::string& name, const std::string& text) {
  // The source copies nothing and frees nothing: `text` outlives zip_close.
  zip_source_t* source = zip_source_buffer(archive, text.data(), text.size(), 0);
  if (source == nullptr) throw ExportError("cannot add " + name + ": " + zip_strerror(archive));
  const auto index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(source);
    throw ExportError("cannot add " + name + ": " + zip_strerror(archive));
  }
  zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), kEntryTime, 0);
}

std::string read_source(zip_source_t* source) {
  zip_stat_t stat;
  if (zip_source_open(source) < 0 || zip_source_stat(source, &stat) < 0) {
    throw ExportError("cannot read the ZIP back from memory");
  }
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  const auto read = zip_source_read(source, bytes.data(), stat.size);
  zip_source_close(source);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
    throw ExportError("cannot read the ZIP back from memory");
  }
  return bytes;
}

class OpenZaakZipExporter final : public Exporter {
 public:
  std::string_view name() const override { return "openzaak-zip"; }

  std::vector<std::string> write(const CatalogusExport& catalogus_export, const std::string& path,
                                 bool overwrite) const override {
    if (!overwrite && std::filesystem::exists(path)) {
      throw OutputExistsError(path);
    }
    write_file_atomically(path, openzaak_zip_bytes(catalogus_export));
    return {path};
  }
};

}  // namespace

std::string openzaak_zip_bytes(const CatalogusExport& catalogus_export) {
  const auto entries = openzaak_entries(catalogus_export);
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) throw ExportError("cannot create a ZIP: " + zip_message(&error));
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    zip_source_free(buffer);
    throw ExportError("cannot create a ZIP: " + zip_message(&error));
  }
  zip_source_keep(buffer);
  try {
    for (const auto& [name, text] : entries) add_entry(archive, name, text);
  } catch (...) {
    zip_discard(archive);
    zip_source_free(buffer);
    throw;
  }
  if (zip_close(archive) < 0) {
    const std::string message = zip_strerror(archive);
    zip_discard(archive);
    zip_source_free(buffer);
    throw ExportError("cannot write the ZIP: " + message);
  }
  std::string bytes;
  try {
    bytes = read_source(buffer);
  } catch (...) {
    zip_source_free(buffer);
    throw;
  }
  zip_source_free(buffer);
  return bytes;
}

std::unique_ptr<Exporter> make_openzaak_zip_exporter() {
  return std::make_unique<OpenZaakZipExporter>();
}

}  // namespace blokjes
