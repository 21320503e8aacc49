#include <set>

#include "exporter.h"
#include "zgw_documents.h"

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
  return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

CatalogiJson zgw_document(const CatalogusExport& catalogus_export,
                          const ZaaktypeObjects& zaaktype) {
  std::set<std::string> iot_urls;
  for (const auto& link : zaaktype.zaaktype_informatieobjecttypen) {
    iot_urls.insert(link.data.value("informatieobjecttype", ""));
  }
  std::set<std::string> besluittype_urls;
  for (const auto& url : zaaktype.zaaktype.data.value("besluittypen", CatalogiJson::array())) {
    if (url.is_string()) besluittype_urls.insert(url.get<std::string>());
  }
  for (const auto& besluittype : catalogus_export.besluittypen) {
    if (!besluittype_urls.contains(besluittype.url())) continue;
    for (const auto& url : besluittype.data.value("informatieobjecttypen", CatalogiJson::array())) {
      if (url.is_string()) iot_urls.insert(url.get<std::string>());
    }
  }
  return {{"format", kZgwJsonFormat},
          {"version", kZgwJsonVersion},
          {"catalogus", catalogus_export.catalogus.data},
          {"zaaktype", zaaktype.zaaktype.data},
          {"statustypen", data_list(zaaktype.statustypen)},
          {"roltypen", data_list(zaaktype.roltypen)},
          {"resultaattypen", data_list(zaaktype.resultaattypen)},
          {"eigenschappen", data_list(zaaktype.eigenschappen)},
          {"informatieobjecttypen", used_by(catalogus_export.informatieobjecttypen, iot_urls)},
          {"zaaktypeInformatieobjecttypen", data_list(zaaktype.zaaktype_informatieobjecttypen)},
          {"besluittypen", used_by(catalogus_export.besluittypen, besluittype_urls)}};
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

const std::vector<std::string_view>& exporter_names() {
  static const std::vector<std::string_view> names = {"zgw-json", "openzaak-zip"};
  return names;
}

std::unique_ptr<Exporter> make_exporter(std::string_view format) {
  if (format == "zgw-json") return make_zgw_json_exporter();
  if (format == "openzaak-zip") return make_openzaak_zip_exporter();
  return nullptr;
}

}  // namespace blokjes
