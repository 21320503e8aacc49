// Reading the zgw formats: the entries of an Open Zaak ZIP or the members of
// a zgw-json document become one CatalogiObjectSet, each object remembering
// its file and JSON pointer so that any error names line and column.

#include "zgw_reader.h"

#include <memory>
#include <optional>

#include "catalogi/catalogi_object_shape.h"
#include "catalogi/stable_uuid.h"
#include "catalogi/zgw_origin.h"
#include "core/json_reader.h"
#include "core/json_text.h"
#include "core/load_error.h"
#include "zgw_documents.h"
#include "zip_reader.h"

// [SECTION] Objects with their place
// [SECTION] The two formats
// [SECTION] Entry points

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Objects with their place
// -----------------------------------------------------------------------------

// The objects, plus each file's text map for turning pointers into line:col.
struct ReadObjects {
  CatalogiObjectSet set;
  std::map<std::string, std::shared_ptr<const JsonSourceMap>> sources;
};

[[noreturn]] void fail_at(const ReadObjects& read, const std::string& file,
                          const std::string& pointer, const std::string& message) {
  const auto source = read.sources.find(file);
  const SourcePosition position =
      source == read.sources.end() ? SourcePosition{} : source->second->locate(pointer);
  throw LoadError(file, position, pointer, message);
}

std::optional<Resource> resource_of_entry(const std::string& entry) {
  for (const auto resource : kAllResources) {
    if (entry == std::string(resource_name(resource)) + ".json") return resource;
  }
  return std::nullopt;
}

// Every object passes the shape check (catalogi_object_shape.h) before it
// joins the set: what reads the set afterwards, the mapping here and the
// engine's deploy alike, relies on the types the table promises.
void add_object(ReadObjects& read, Resource resource, const JsonReader& item,
                const std::string& file, const std::string& label) {
  check_object_shape(resource, item, label);
  const auto url = item.field("url").as_string();
  if (uuid_of_url(url).empty()) {
    item.field("url").fail("expected a URL that ends in the object's UUID, got \"" + url + "\"");
  }
  read.set.objects[resource].push_back({item.value(), file, item.pointer(), url});
}

void add_objects(ReadObjects& read, Resource resource, const nlohmann::json& list,
                 const std::string& file, const std::string& base_pointer) {
  const auto items = JsonReader(list, base_pointer).as_array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    add_object(read, resource, items[i], file,
               std::string(resource_noun(resource)) + " " + std::to_string(i + 1));
  }
}

// Parses one JSON text into the set, turning decode errors into LoadErrors.
template <typename Fill>
void parse_into(ReadObjects& read, const std::string& text, const std::string& file, Fill fill) {
  auto source = std::make_shared<const JsonSourceMap>(text);
  read.sources[file] = source;
  // Shallower than a workshop allows: the objects travel inside one.
  const auto document = parse_json_text(text, file, JsonLimits{JsonLimits{}.max_bytes, 48});
  try {
    fill(document);
  } catch (const DecodeError& error) {
    throw LoadError(file, source->locate(error.pointer()), error.pointer(), error.message());
  }
}

// -----------------------------------------------------------------------------
// [SECTION] The two formats
// -----------------------------------------------------------------------------

ReadObjects read_zip(const std::string& bytes, const std::string& name,
                     std::vector<std::string>& warnings) {
  ReadObjects read;
  for (const auto& entry : read_zip_entries_from_memory(bytes, name)) {
    const auto resource = resource_of_entry(entry.name);
    const std::string file = name + ":" + entry.name;
    if (!resource) {
      warnings.push_back(file + ": not a resource Blokjessessie reads; skipped");
      continue;
    }
    parse_into(read, entry.bytes, file, [&](const nlohmann::json& document) {
      add_objects(read, *resource, document, file, "");
    });
  }
  if (read.set.objects[Resource::zaaktype].empty()) {
    throw LoadError(name, {}, "", "the ZIP holds no ZaakType.json with zaaktypen");
  }
  read.set.build_index();
  return read;
}

ReadObjects read_zgw_json(const std::string& text, const std::string& name) {
  ReadObjects read;
  parse_into(read, text, name, [&](const nlohmann::json& document) {
    const JsonReader root(document, "");
    if (root.field("format").as_string() != kZgwJsonFormat) {
      root.field("format").fail("expected \"" + std::string(kZgwJsonFormat) +
                                "\"; this is not a zgw-json document");
    }
    if (const auto version = root.field("version"); version.as_int() != kZgwJsonVersion) {
      version.fail("version " + std::to_string(version.as_int()) +
                   " of zgw-json is not one this Blokjessessie reads; expected " +
                   std::to_string(kZgwJsonVersion));
    }
    for (const auto resource : kAllResources) {
      const std::string member(origin_member(resource));
      const auto field = root.optional_field(member);
      if (!field) continue;
      if (field->value().is_object()) {
        add_object(read, resource, *field, name, std::string(resource_noun(resource)));
      } else {
        add_objects(read, resource, field->value(), name, "/" + member);
      }
    }
  });
  if (read.set.objects[Resource::zaaktype].empty()) {
    throw LoadError(name, {}, "/zaaktype", "the document holds no zaaktype");
  }
  read.set.build_index();
  return read;
}

bool looks_like_zip(const std::string& bytes) {
  return bytes.starts_with("PK");
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Entry points
// -----------------------------------------------------------------------------

ImportResult import_catalogi_bytes(const std::string& bytes, const std::string& name,
                                   const BlockLibrary& library,
                                   const Selectielijst& selectielijst) {
  std::vector<std::string> warnings;
  const auto read =
      looks_like_zip(bytes) ? read_zip(bytes, name, warnings) : read_zgw_json(bytes, name);
  try {
    return workshop_from_catalogi(read.set, name, library, selectielijst, std::move(warnings));
  } catch (const DecodeError& error) {
    // The mapping names the object's file and pointer (process_from_catalogus.h).
    const auto& located = error.pointer();
    const auto separator = located.rfind(kLocatedSeparator);
    if (separator == std::string::npos) throw LoadError(name, {}, located, error.message());
    fail_at(read, located.substr(0, separator), located.substr(separator + 1), error.message());
  }
}

CatalogiObjectSet read_catalogi_objects_file(const std::string& path,
                                             std::vector<std::string>& warnings) {
  const auto bytes = read_text_file(path, ZipLimits{}.max_total_bytes);
  return looks_like_zip(bytes) ? read_zip(bytes, path, warnings).set : read_zgw_json(bytes, path).set;
}

ImportResult import_catalogi_file(const std::string& path, const BlockLibrary& library,
                                  const Selectielijst& selectielijst) {
  return import_catalogi_bytes(read_text_file(path, ZipLimits{}.max_total_bytes), path, library,
                               selectielijst);
}

}  // namespace blokjes
