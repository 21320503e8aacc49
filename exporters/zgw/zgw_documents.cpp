#include "zgw_documents.h"

#include <set>
#include <string>
#include <vector>

#include "catalogi/zgw_origin.h"
#include "core/utf8_text.h"

namespace blokjes {
namespace {

CatalogiJson data_list(const std::vector<CatalogiObject>& objects) {
  CatalogiJson list = CatalogiJson::array();
  for (const auto& object : objects) list.push_back(object.data);
  return list;
}

// The catalogus-level objects this zaaktype refers to, in catalogus order.
CatalogiJson used_by(const std::vector<CatalogiObject>& objects,
                     const std::set<std::string>& urls) {
  CatalogiJson list = CatalogiJson::array();
  for (const auto& object : objects) {
    if (urls.contains(object.url())) list.push_back(object.data);
  }
  return list;
}

}  // namespace

std::string dump_document(const CatalogiJson& document) {
  // Refused rather than replaced with U+FFFD: an export must carry the text as it is.
  require_valid_utf8(document);
  return document.dump(2) + "\n";
}

CatalogiJson zgw_document(const CatalogusExport& catalogus_export,
                          const ZaaktypeObjects& zaaktype) {
  // Fields an imported original supplied may be of any type here (a
  // workshop's zgwOrigin is only JSON), so only strings are taken.
  const auto strings_in = [](const CatalogiJson& data, const char* field) {
    std::vector<std::string> result;
    const auto found = data.find(field);
    if (found == data.end()) return result;
    if (found->is_string()) result.push_back(found->get<std::string>());
    if (!found->is_array()) return result;
    for (const auto& item : *found) {
      if (item.is_string()) result.push_back(item.get<std::string>());
    }
    return result;
  };
  std::set<std::string> iot_urls;
  for (const auto& link : zaaktype.zaaktype_informatieobjecttypen) {
    for (auto& url : strings_in(link.data, "informatieobjecttype")) iot_urls.insert(std::move(url));
  }
  std::set<std::string> besluittype_urls;
  for (auto& url : strings_in(zaaktype.zaaktype.data, "besluittypen")) {
    besluittype_urls.insert(std::move(url));
  }
  for (const auto& besluittype : catalogus_export.besluittypen) {
    if (!besluittype_urls.contains(besluittype.url())) continue;
    for (auto& url : strings_in(besluittype.data, "informatieobjecttypen")) {
      iot_urls.insert(std::move(url));
    }
  }
  // Members named by the resource table, as the reader and zgwOrigin name them.
  const auto member = [](Resource resource) { return std::string(origin_member(resource)); };
  return {
      {"format", kZgwJsonFormat},
      {"version", kZgwJsonVersion},
      {member(Resource::catalogus), catalogus_export.catalogus.data},
      {member(Resource::zaaktype), zaaktype.zaaktype.data},
      {member(Resource::statustype), data_list(zaaktype.statustypen)},
      {member(Resource::roltype), data_list(zaaktype.roltypen)},
      {member(Resource::resultaattype), data_list(zaaktype.resultaattypen)},
      {member(Resource::eigenschap), data_list(zaaktype.eigenschappen)},
      {member(Resource::informatieobjecttype),
       used_by(catalogus_export.informatieobjecttypen, iot_urls)},
      {member(Resource::zaaktype_informatieobjecttype),
       data_list(zaaktype.zaaktype_informatieobjecttypen)},
      {member(Resource::besluittype), used_by(catalogus_export.besluittypen, besluittype_urls)}};
}

std::vector<std::pair<std::string, std::string>> openzaak_entries(
    const CatalogusExport& catalogus_export) {
  std::vector<std::pair<std::string, std::string>> entries;
  const auto all = catalogus_export.all_objects();
  for (const auto resource : kAllResources) {
    CatalogiJson list = CatalogiJson::array();
    for (const auto* object : all) {
      if (object->resource == resource) list.push_back(object->data);
    }
    entries.emplace_back(std::string(resource_name(resource)) + ".json", dump_document(list));
  }
  return entries;
}

}  // namespace blokjes
