#pragma once
// Upgrades older workshop documents to the current format version, one step
// at a time, before decoding. See docs/file-format.md, "Versions".

#include <nlohmann/json.hpp>

#include "json_reader.h"

namespace blokjes {

// Reads "format" and "version" and migrates `document` in place to
// kWorkshopFormatVersion. Throws DecodeError for other formats and for
// versions newer than this program understands.
void migrate_workshop_document(nlohmann::json& document);

}  // namespace blokjes
