#pragma once
// The Catalogi API objects an export consists of, as API representations
// (JSON with a `url` ending in the object's UUID), each remembering where in
// the workshop it came from so a finding can point at the block or field.

#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace blokjes {

using CatalogiJson = nlohmann::ordered_json;

enum class Resource {
  catalogus,
  informatieobjecttype,
  besluittype,
  zaaktype,
  zaaktype_informatieobjecttype,
  resultaattype,
  roltype,
  statustype,
  eigenschap,
};

// Open Zaak's import order (IMPORT_ORDER): what an object refers to comes first.
inline constexpr Resource kAllResources[] = {
    Resource::catalogus,     Resource::informatieobjecttype,
    Resource::besluittype,   Resource::zaaktype,
    Resource::statustype,    Resource::zaaktype_informatieobjecttype,
    Resource::resultaattype, Resource::roltype,
    Resource::eigenschap};

// Everything the code knows about a resource, in one table (kResources in
// catalogi_objects.cpp), indexed by the enum.
struct ResourceInfo {
  Resource resource;
  std::string_view name;        // "ZaakType": the schema and Open Zaak ZIP entry (ZaakType.json)
  std::string_view collection;  // "zaaktypen": the collection in the URL
  std::string_view noun;        // "zaaktype": the word a message uses
  // The member of a zgw-json document or a process's zgwOrigin that holds it:
  // "zaaktype" (one object) or "statustypen" (a list).
  std::string_view origin_member;
  // The field that identifies an object within its zaaktype ("omschrijving",
  // "naam"...); empty for a ZIOT, named by its informatieobjecttype.
  std::string_view key_field;
  // The writable fields of the Open Zaak `<Name>Request` schema, in spec order.
  std::span<const std::string_view> writable_fields;
};

const ResourceInfo& resource_info(Resource resource);
std::string_view resource_name(Resource resource);
std::string_view resource_collection(Resource resource);
std::string_view resource_noun(Resource resource);
std::span<const std::string_view> writable_fields(Resource resource);

// Where an object came from in the workshop.
struct Provenance {
  std::string process_id;  // empty for catalogus-level objects
  std::string block_id;    // empty for zaaktype-level objects
  std::string pointer;     // JSON pointer into the workshop file
};

struct CatalogiObject {
  Resource resource = Resource::catalogus;
  std::string uuid;
  std::string key;  // what identifies it within its zaaktype: omschrijving, naam, ...
  CatalogiJson data;
  Provenance source;
  // What the model said for fields an imported original overrode; restored
  // when the original's value refers to an object this export no longer has.
  CatalogiJson model_values = CatalogiJson::object();

  // Empty when absent or not a string (an original from a workshop file may be anything).
  std::string url() const {
    const auto found = data.find("url");
    return found != data.end() && found->is_string() ? found->get<std::string>() : std::string();
  }
  std::string label() const;  // e.g. resultaattype "Verleend"
};

struct ZaaktypeObjects {
  std::string process_id;
  CatalogiObject zaaktype;
  std::vector<CatalogiObject> statustypen;
  std::vector<CatalogiObject> roltypen;
  std::vector<CatalogiObject> resultaattypen;
  std::vector<CatalogiObject> eigenschappen;
  std::vector<CatalogiObject> zaaktype_informatieobjecttypen;
};

struct CatalogusExport {
  CatalogiObject catalogus;
  std::vector<CatalogiObject> informatieobjecttypen;
  std::vector<CatalogiObject> besluittypen;
  std::vector<ZaaktypeObjects> zaaktypen;

  // Every object, catalogus first, in the order an API client creates them.
  std::vector<const CatalogiObject*> all_objects() const;
  std::vector<CatalogiObject*> all_objects();
  const CatalogiObject* find_by_url(std::string_view url) const;
};

}  // namespace blokjes
