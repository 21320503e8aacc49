#pragma once
// The zgw formats' JSON: the zgw-json document of one zaaktype and the Open
// Zaak ZIP's entries, shared by the two writers, the reader and the tests.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "exporters/exporter.h"

namespace blokjes {

inline constexpr const char* kZgwJsonFormat = "blokjessessie-zgw";
inline constexpr int kZgwJsonVersion = 1;

std::string dump_document(const CatalogiJson& document);
std::unique_ptr<Exporter> make_zgw_json_exporter();
std::unique_ptr<Exporter> make_openzaak_zip_exporter();

// The zgw-json document of one zaaktype: the zaaktype with its nested types
// and the catalogus-level types it uses (docs/export.md).
CatalogiJson zgw_document(const CatalogusExport& catalogus_export, const ZaaktypeObjects& zaaktype);
// The Open Zaak import ZIP's entries: "<Resource>.json" -> its JSON text.
std::vector<std::pair<std::string, std::string>> openzaak_entries(
    const CatalogusExport& catalogus_export);
// The ZIP itself, in memory; entries get a fixed time so the bytes repeat.
std::string openzaak_zip_bytes(const CatalogusExport& catalogus_export);

}  // namespace blokjes
