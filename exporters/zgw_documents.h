#pragma once
// Shared by the exporters: the JSON text they write.

#include <memory>
#include <string>

#include "exporter.h"

namespace blokjes {

inline constexpr const char* kZgwJsonFormat = "blokjessessie-zgw";
inline constexpr int kZgwJsonVersion = 1;

std::string dump_document(const CatalogiJson& document);
std::unique_ptr<Exporter> make_zgw_json_exporter();
std::unique_ptr<Exporter> make_openzaak_zip_exporter();

}  // namespace blokjes
