#pragma once
// JSON form of zaaktype mappings, shared by the block library (defaults) and
// workshop files (per-block overrides), so both read and write one shape.

#include <nlohmann/json.hpp>

#include "json_reader.h"
#include "zaaktype_mapping.h"

namespace blokjes {

using OrderedJson = nlohmann::ordered_json;

ZaaktypeMapping decode_mapping(const JsonReader& reader);
MappingOverrides decode_overrides(const JsonReader& reader);
OrderedJson encode_overrides(const MappingOverrides& overrides);
LocalizedText decode_localized(const JsonReader& reader);

}  // namespace blokjes
