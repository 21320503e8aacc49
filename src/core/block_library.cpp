#include "block_library.h"

#include <set>

#include "find_by_id.h"
#include "json_text.h"
#include "load_error.h"
#include "mapping_json.h"

namespace blokjes {
namespace {

constexpr int kLibraryVersion = 1;

bool is_hex_colour(const std::string& text) {
  if (text.size() != 7 || text[0] != '#') return false;
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (std::isxdigit(static_cast<unsigned char>(text[i])) == 0) return false;
  }
  return true;
}

void require_unique(const JsonReader& reader, std::set<std::string>& seen, const std::string& id) {
  if (!seen.insert(id).second) reader.fail("duplicate id \"" + id + "\"");
}

CitizenAction decode_citizen_action(const JsonReader& reader) {
  const auto action = citizen_action_from_string(reader.as_string());
  if (!action) {
    reader.fail(
        "expected a citizen action: none, supplyInformation, pay, attend or collect");
  }
  return *action;
}

BlockVariant decode_variant(const JsonReader& reader) {
  reader.expect_only_fields({"id", "name", "description", "mapping", "citizenAction"});
  BlockVariant variant{reader.field("id").as_string(), decode_localized(reader.field("name")),
                       decode_localized(reader.field("description")),
                       decode_mapping(reader.field("mapping")), std::nullopt};
  if (const auto action = reader.optional_field("citizenAction")) {
    variant.citizen_action = decode_citizen_action(*action);
  }
  return variant;
}

BlockKind decode_kind(const JsonReader& reader) {
  reader.expect_only_fields(
      {"id", "generic", "colour", "name", "description", "citizenAction", "variants"});
  BlockKind kind;
  kind.id = reader.field("id").as_string();
  kind.generic = reader.bool_or("generic", false);
  const auto colour = reader.field("colour");
  kind.colour = colour.as_string();
  if (!is_hex_colour(kind.colour)) colour.fail("expected a colour as \"#RRGGBB\"");
  kind.name = decode_localized(reader.field("name"));
  kind.description = decode_localized(reader.field("description"));
  if (const auto action = reader.optional_field("citizenAction")) {
    kind.citizen_action = decode_citizen_action(*action);
  }
  const auto variants = reader.field("variants");
  std::set<std::string> variant_ids;
  for (const auto& element : variants.as_array()) {
    kind.variants.push_back(decode_variant(element));
    require_unique(element.field("id"), variant_ids, kind.variants.back().id);
  }
  if (kind.variants.empty()) variants.fail("a block kind needs at least one variant");
  return kind;
}

BlockLibrary decode_library(const JsonReader& root) {
  root.expect_only_fields({"format", "version", "kinds"});
  const auto format = root.field("format");
  if (format.as_string() != "blokjessessie-blocks") {
    format.fail("expected \"blokjessessie-blocks\"; this is not a block library");
  }
  const auto version = root.field("version");
  if (version.as_int() != kLibraryVersion) {
    version.fail("unsupported block library version; expected " + std::to_string(kLibraryVersion));
  }
  std::vector<BlockKind> kinds;
  std::set<std::string> kind_ids;
  for (const auto& element : root.field("kinds").as_array()) {
    kinds.push_back(decode_kind(element));
    require_unique(element.field("id"), kind_ids, kinds.back().id);
  }
  return BlockLibrary(std::move(kinds));
}

}  // namespace

std::string_view to_string(CitizenAction action) {
  switch (action) {
    case CitizenAction::none:
      return "none";
    case CitizenAction::supply_information:
      return "supplyInformation";
    case CitizenAction::pay:
      return "pay";
    case CitizenAction::attend:
      return "attend";
    case CitizenAction::collect:
      return "collect";
  }
  return "none";
}

std::optional<CitizenAction> citizen_action_from_string(std::string_view text) {
  for (const auto action : {CitizenAction::none, CitizenAction::supply_information,
                            CitizenAction::pay, CitizenAction::attend, CitizenAction::collect}) {
    if (to_string(action) == text) return action;
  }
  return std::nullopt;
}

CitizenAction BlockLibrary::citizen_action(std::string_view kind_id,
                                           std::string_view variant_id) const {
  const BlockKind* kind = find_kind(kind_id);
  if (kind == nullptr) return CitizenAction::none;
  const BlockVariant* variant = kind->find_variant(variant_id);
  if (variant != nullptr && variant->citizen_action) return *variant->citizen_action;
  return kind->citizen_action;
}

const BlockVariant* BlockKind::find_variant(std::string_view variant_id) const {
  return find_by_id(variants, variant_id);
}

const BlockKind* BlockLibrary::find_kind(std::string_view kind_id) const {
  return find_by_id(kinds_, kind_id);
}

const BlockVariant* BlockLibrary::find_variant(std::string_view kind_id,
                                               std::string_view variant_id) const {
  const BlockKind* kind = find_kind(kind_id);
  return kind ? kind->find_variant(variant_id) : nullptr;
}

std::vector<const BlockKind*> BlockLibrary::generic_kinds() const {
  std::vector<const BlockKind*> generic;
  for (const auto& kind : kinds_) {
    if (kind.generic) generic.push_back(&kind);
  }
  return generic;
}

BlockLibrary parse_block_library(const std::string& text, const std::string& name) {
  const auto document = parse_json_text(text, name);
  try {
    return decode_library(JsonReader(document, ""));
  } catch (const DecodeError& error) {
    const JsonSourceMap source(text);
    throw LoadError(name, source.locate(error.pointer()), error.pointer(), error.message());
  }
}

BlockLibrary load_block_library(const std::string& path) {
  return parse_block_library(read_text_file(path, JsonLimits{}.max_bytes), path);
}

}  // namespace blokjes
