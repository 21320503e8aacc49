#include "mapping_json.h"

namespace blokjes {
namespace {

RoltypeMapping decode_roltype(const JsonReader& reader) {
  reader.expect_only_fields({"omschrijving", "omschrijvingGeneriek"});
  return {reader.field("omschrijving").as_string(),
          reader.field("omschrijvingGeneriek").as_enum(kRoltypeOmschrijvingGeneriek)};
}

InformatieobjecttypeMapping decode_informatieobjecttype(const JsonReader& reader) {
  reader.expect_only_fields(
      {"omschrijving", "richting", "vertrouwelijkheidaanduiding", "informatieobjectcategorie"});
  return {reader.field("omschrijving").as_string(), reader.field("richting").as_enum(kRichting),
          reader.field("vertrouwelijkheidaanduiding").as_enum(kVertrouwelijkheidaanduiding),
          reader.string_or("informatieobjectcategorie", "")};
}

BesluittypeMapping decode_besluittype(const JsonReader& reader) {
  reader.expect_only_fields(
      {"omschrijving", "omschrijvingGeneriek", "reactietermijn", "publicatieIndicatie"});
  return {reader.field("omschrijving").as_string(), reader.string_or("omschrijvingGeneriek", ""),
          reader.field("reactietermijn").as_string(), reader.bool_or("publicatieIndicatie", false)};
}

std::string optional_enum(const JsonReader& reader, std::string_view key,
                          std::span<const std::string_view> allowed) {
  const auto field = reader.optional_field(key);
  if (!field || (field->value().is_string() && field->value().get<std::string>().empty())) {
    return "";
  }
  return field->as_enum(allowed);
}

ResultaattypeMapping decode_resultaattype(const JsonReader& reader) {
  reader.expect_only_fields({"omschrijving", "resultaattypeomschrijving", "selectielijstklasse",
                             "archiefnominatie", "archiefactietermijn", "afleidingswijze",
                             "procestermijn", "datumkenmerk", "objecttype", "registratie",
                             "einddatumBekend"});
  ResultaattypeMapping type;
  type.omschrijving = reader.field("omschrijving").as_string();
  type.resultaattypeomschrijving = reader.field("resultaattypeomschrijving").as_string();
  type.selectielijstklasse = reader.string_or("selectielijstklasse", "");
  type.archiefnominatie = optional_enum(reader, "archiefnominatie", kArchiefnominatie);
  type.archiefactietermijn = reader.string_or("archiefactietermijn", "");
  type.afleidingswijze = optional_enum(reader, "afleidingswijze", kAfleidingswijze);
  type.procestermijn = reader.string_or("procestermijn", "");
  type.datumkenmerk = reader.string_or("datumkenmerk", "");
  type.objecttype = optional_enum(reader, "objecttype", kObjecttype);
  type.registratie = reader.string_or("registratie", "");
  type.einddatum_bekend = reader.bool_or("einddatumBekend", false);
  return type;
}

template <typename Item, typename Decode>
std::vector<Item> decode_list(const JsonReader& reader, Decode decode) {
  std::vector<Item> items;
  for (const auto& element : reader.as_array()) items.push_back(decode(element));
  return items;
}

template <typename Item, typename Decode>
std::vector<Item> decode_list_or_empty(const JsonReader& parent, std::string_view key,
                                       Decode decode) {
  const auto list = parent.optional_field(key);
  return list ? decode_list<Item>(*list, decode) : std::vector<Item>{};
}

StatustypeMapping decode_statustype(const JsonReader& reader) {
  reader.expect_only_fields({"omschrijving", "statustekst", "informeren", "doorlooptijd"});
  return {reader.field("omschrijving").as_string(), decode_localized(reader.field("statustekst")),
          reader.field("informeren").as_bool(), reader.field("doorlooptijd").as_string()};
}

StatustypeOverride decode_statustype_override(const JsonReader& reader) {
  reader.expect_only_fields({"omschrijving", "statustekst", "informeren", "doorlooptijd"});
  StatustypeOverride override;
  if (const auto field = reader.optional_field("omschrijving")) {
    override.omschrijving = field->as_string();
  }
  override.statustekst = reader.optional_string("statustekst");
  if (const auto field = reader.optional_field("informeren"))
    override.informeren = field->as_bool();
  override.doorlooptijd = reader.optional_string("doorlooptijd");
  return override;
}

OrderedJson encode_roltypen(const std::vector<RoltypeMapping>& roltypen) {
  OrderedJson list = OrderedJson::array();
  for (const auto& roltype : roltypen) {
    list.push_back({{"omschrijving", roltype.omschrijving},
                    {"omschrijvingGeneriek", roltype.omschrijving_generiek}});
  }
  return list;
}

OrderedJson encode_informatieobjecttypen(const std::vector<InformatieobjecttypeMapping>& types) {
  OrderedJson list = OrderedJson::array();
  for (const auto& type : types) {
    OrderedJson item = {{"omschrijving", type.omschrijving},
                        {"richting", type.richting},
                        {"vertrouwelijkheidaanduiding", type.vertrouwelijkheidaanduiding}};
    if (!type.informatieobjectcategorie.empty()) {
      item["informatieobjectcategorie"] = type.informatieobjectcategorie;
    }
    list.push_back(std::move(item));
  }
  return list;
}

OrderedJson encode_besluittype(const BesluittypeMapping& besluittype) {
  return {{"omschrijving", besluittype.omschrijving},
          {"omschrijvingGeneriek", besluittype.omschrijving_generiek},
          {"reactietermijn", besluittype.reactietermijn},
          {"publicatieIndicatie", besluittype.publicatie_indicatie}};
}

OrderedJson encode_resultaattypen(const std::vector<ResultaattypeMapping>& resultaattypen) {
  OrderedJson list = OrderedJson::array();
  for (const auto& type : resultaattypen) {
    OrderedJson item = {{"omschrijving", type.omschrijving},
                        {"resultaattypeomschrijving", type.resultaattypeomschrijving}};
    // Empty fields come from the Selectielijst at export, so they stay out of the file.
    const auto put = [&item](const char* key, const std::string& value) {
      if (!value.empty()) item[key] = value;
    };
    put("selectielijstklasse", type.selectielijstklasse);
    put("archiefnominatie", type.archiefnominatie);
    put("archiefactietermijn", type.archiefactietermijn);
    put("afleidingswijze", type.afleidingswijze);
    put("procestermijn", type.procestermijn);
    put("datumkenmerk", type.datumkenmerk);
    put("objecttype", type.objecttype);
    put("registratie", type.registratie);
    if (type.einddatum_bekend) item["einddatumBekend"] = true;
    list.push_back(std::move(item));
  }
  return list;
}

OrderedJson encode_statustype_override(const StatustypeOverride& override) {
  OrderedJson object = OrderedJson::object();
  if (override.omschrijving) object["omschrijving"] = *override.omschrijving;
  if (override.statustekst) object["statustekst"] = *override.statustekst;
  if (override.informeren) object["informeren"] = *override.informeren;
  if (override.doorlooptijd) object["doorlooptijd"] = *override.doorlooptijd;
  return object;
}

}  // namespace

LocalizedText decode_localized(const JsonReader& reader) {
  if (reader.value().is_string()) return {reader.as_string(), ""};
  reader.expect_only_fields({"nl", "en"});
  return {reader.field("nl").as_string(), reader.string_or("en", "")};
}

ZaaktypeMapping decode_mapping(const JsonReader& reader) {
  reader.expect_only_fields({"statustype", "roltypen", "informatieobjecttypen", "besluittype",
                             "resultaattypen", "suspendsDeadline"});
  ZaaktypeMapping mapping;
  if (const auto field = reader.optional_field("statustype")) {
    mapping.statustype = decode_statustype(*field);
  }
  mapping.roltypen = decode_list_or_empty<RoltypeMapping>(reader, "roltypen", decode_roltype);
  mapping.informatieobjecttypen = decode_list_or_empty<InformatieobjecttypeMapping>(
      reader, "informatieobjecttypen", decode_informatieobjecttype);
  if (const auto field = reader.optional_field("besluittype")) {
    mapping.besluittype = decode_besluittype(*field);
  }
  mapping.resultaattypen =
      decode_list_or_empty<ResultaattypeMapping>(reader, "resultaattypen", decode_resultaattype);
  mapping.suspends_deadline = reader.bool_or("suspendsDeadline", false);
  return mapping;
}

MappingOverrides decode_overrides(const JsonReader& reader) {
  reader.expect_only_fields(
      {"statustype", "roltypen", "informatieobjecttypen", "besluittype", "resultaattypen"});
  MappingOverrides overrides;
  if (const auto field = reader.optional_field("statustype")) {
    overrides.statustype = decode_statustype_override(*field);
  }
  if (const auto field = reader.optional_field("roltypen")) {
    overrides.roltypen = decode_list<RoltypeMapping>(*field, decode_roltype);
  }
  if (const auto field = reader.optional_field("informatieobjecttypen")) {
    overrides.informatieobjecttypen =
        decode_list<InformatieobjecttypeMapping>(*field, decode_informatieobjecttype);
  }
  if (const auto field = reader.optional_field("besluittype")) {
    overrides.besluittype = decode_besluittype(*field);
  }
  if (const auto field = reader.optional_field("resultaattypen")) {
    overrides.resultaattypen = decode_list<ResultaattypeMapping>(*field, decode_resultaattype);
  }
  return overrides;
}

OrderedJson encode_overrides(const MappingOverrides& overrides) {
  OrderedJson object = OrderedJson::object();
  if (!overrides.statustype.empty()) {
    object["statustype"] = encode_statustype_override(overrides.statustype);
  }
  if (overrides.roltypen) object["roltypen"] = encode_roltypen(*overrides.roltypen);
  if (overrides.informatieobjecttypen) {
    object["informatieobjecttypen"] =
        encode_informatieobjecttypen(*overrides.informatieobjecttypen);
  }
  if (overrides.besluittype) object["besluittype"] = encode_besluittype(*overrides.besluittype);
  if (overrides.resultaattypen) {
    object["resultaattypen"] = encode_resultaattypen(*overrides.resultaattypen);
  }
  return object;
}

}  // namespace blokjes
