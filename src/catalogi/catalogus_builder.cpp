#include "catalogus_builder.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "core/utf8_text.h"
#include "core/workshop_file.h"
#include "core/zaaktype_fields.h"
#include "resultaat_archiving.h"
#include "stable_uuid.h"
#include "zgw_origin.h"

// [SECTION] Helpers
// [SECTION] Catalogus-level objects (catalogus, informatieobjecttypen, besluittypen)
// [SECTION] One zaaktype
// [SECTION] Entry point

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Helpers
// -----------------------------------------------------------------------------

CatalogiJson nullable(const std::string& text) {
  return text.empty() ? CatalogiJson(nullptr) : CatalogiJson(text);
}

CatalogiJson nullable(const std::optional<std::string>& text) {
  return text && !text->empty() ? CatalogiJson(*text) : CatalogiJson(nullptr);
}

// A zaaktype field's value in the Catalogi API: an unset optional is null; a
// field kept elsewhere (procestype, eigenschappen) is discarded.
CatalogiJson catalogi_value(const ZaaktypeField& field, const ZaaktypeFields& fields) {
  switch (field.kind) {
    case ZaaktypeFieldKind::text:
    case ZaaktypeFieldKind::long_text:
    case ZaaktypeFieldKind::duration:
    case ZaaktypeFieldKind::enumeration:
    case ZaaktypeFieldKind::date:
      return fields.*field.text;
    case ZaaktypeFieldKind::optional_duration:
    case ZaaktypeFieldKind::optional_date:
      return nullable(fields.*field.optional_text);
    case ZaaktypeFieldKind::boolean:
      return fields.*field.flag;
    case ZaaktypeFieldKind::text_list:
      return fields.*field.list;
    case ZaaktypeFieldKind::procestype:
    case ZaaktypeFieldKind::eigenschappen:
      break;
  }
  return CatalogiJson(CatalogiJson::value_t::discarded);
}

// A block with the mapping it really has, in process order.
struct MappedBlock {
  const Block* block = nullptr;
  std::size_t index = 0;  // in process.blocks, for pointers
  ZaaktypeMapping mapping;
};

std::vector<MappedBlock> mapped_blocks(const Process& process, const BlockLibrary& library) {
  std::vector<MappedBlock> result;
  for (const Block* block : process.ordered_blocks()) {
    const auto* variant = library.find_variant(block->kind, block->variant);
    if (variant == nullptr) continue;  // reported by workshop validation
    const auto index = static_cast<std::size_t>(block - process.blocks.data());
    result.push_back({block, index, apply_overrides(variant->mapping, block->overrides)});
  }
  return result;
}

class Builder {
 public:
  Builder(const ExportContext& context, std::vector<Diagnostic>& findings)
      : context_(context), options_(context.options), findings_(findings) {
    const auto& catalogus = context.workshop.catalogus;
    namespace_ = catalogus.uuid.empty() ? catalogus.rsin + ":" + catalogus.domein : catalogus.uuid;
    if (namespace_ == ":") namespace_ = context.workshop.name;
  }

  CatalogusExport build(const std::vector<std::string>& process_ids);

 private:
  CatalogiObject make(Resource resource, const std::string& name, std::string key,
                      Provenance source) const {
    CatalogiObject object;
    object.resource = resource;
    object.uuid = stable_uuid(namespace_ + "/" + name);
    object.key = std::move(key);
    object.source = std::move(source);
    object.data["url"] = object_url(options_.base_url, resource, object.uuid);
    return object;
  }
  void finding(const Provenance& source, const std::string& message,
               Severity severity = Severity::error) {
    const auto text = source.process_id.empty() ? message : source.process_id + ": " + message;
    findings_.push_back({severity, source.pointer, text, source.process_id, source.block_id, ""});
  }

  std::string default_date() const { return context_.workshop.date; }

  void build_catalogus();
  const CatalogiObject& informatieobjecttype(const InformatieobjecttypeMapping& mapping,
                                             const Provenance& source, const ZgwOrigin& origin);
  const CatalogiObject& besluittype(const BesluittypeMapping& mapping,
                                    const std::vector<std::string>& iot_urls,
                                    const Provenance& source, const ZgwOrigin& origin);
  ZaaktypeObjects build_zaaktype(const Process& process, std::size_t process_index);
  void add_statustypen(ZaaktypeObjects& objects, const std::vector<MappedBlock>& blocks,
                       const Process& process, std::size_t process_index, const ZgwOrigin& origin,
                       std::map<std::string, std::string>& status_url_of_block);
  void add_block_children(ZaaktypeObjects& objects, const std::vector<MappedBlock>& blocks,
                          const Process& process, std::size_t process_index,
                          const ZgwOrigin& origin,
                          const std::map<std::string, std::string>& status_url_of_block);
  void add_resultaattypen(ZaaktypeObjects& objects, const MappedBlock& block,
                          const Provenance& source, const std::string& besluittype_url,
                          const Process& process, const ZgwOrigin& origin);
  void add_eigenschappen(ZaaktypeObjects& objects, const Process& process,
                         std::size_t process_index, const ZgwOrigin& origin);
  CatalogiJson zaaktype_data(const Process& process, const ZaaktypeObjects& objects) const;
  CatalogiJson procestype_url(const ZaaktypeFields& fields) const;
  const CatalogiJson* origin_ = nullptr;  // the zaaktype's original while building it
  bool has_besluittype_ = false;          // of the zaaktype being built
  void rebase_references(CatalogusExport& result) const;
  void restore_model_values(CatalogusExport& result,
                            const std::unordered_map<std::string, std::string>& url_of_uuid) const;

  const ExportContext& context_;
  const ExportOptions& options_;
  std::vector<Diagnostic>& findings_;
  std::string namespace_;
  CatalogusExport result_;
  std::unordered_map<std::string, std::size_t> iot_index_;
  std::unordered_map<std::string, std::size_t> besluittype_index_;
};

// -----------------------------------------------------------------------------
// [SECTION] Catalogus-level objects (catalogus, informatieobjecttypen, besluittypen)
// -----------------------------------------------------------------------------

void Builder::build_catalogus() {
  const auto& fields = context_.workshop.catalogus;
  auto catalogus = make(Resource::catalogus, "catalogus", fields.domein, {"", "", "/catalogus"});
  if (!fields.uuid.empty() && is_uuid(fields.uuid)) {
    catalogus.uuid = fields.uuid;
    catalogus.data["url"] = object_url(options_.base_url, Resource::catalogus, fields.uuid);
  }
  auto& data = catalogus.data;
  data["domein"] = fields.domein;
  data["rsin"] = fields.rsin;
  data["contactpersoonBeheerNaam"] = fields.contactpersoon_beheer_naam;
  if (!fields.contactpersoon_beheer_telefoonnummer.empty()) {
    data["contactpersoonBeheerTelefoonnummer"] = fields.contactpersoon_beheer_telefoonnummer;
  }
  if (!fields.contactpersoon_beheer_emailadres.empty()) {
    data["contactpersoonBeheerEmailadres"] = fields.contactpersoon_beheer_emailadres;
  }
  data["naam"] = fields.naam.empty() ? utf8_prefix(context_.workshop.name, 200) : fields.naam;
  if (!fields.versie.empty()) data["versie"] = fields.versie;
  data["begindatumVersie"] = nullable(fields.begindatum_versie);
  result_.catalogus = std::move(catalogus);
}

const CatalogiObject& Builder::informatieobjecttype(const InformatieobjecttypeMapping& mapping,
                                                    const Provenance& source,
                                                    const ZgwOrigin& origin) {
  if (const auto found = iot_index_.find(mapping.omschrijving); found != iot_index_.end()) {
    const auto& existing = result_.informatieobjecttypen[found->second];
    if (existing.data["vertrouwelijkheidaanduiding"] != mapping.vertrouwelijkheidaanduiding) {
      finding(source,
              "informatieobjecttype \"" + mapping.omschrijving +
                  "\" has vertrouwelijkheidaanduiding " + mapping.vertrouwelijkheidaanduiding +
                  " here but " + existing.data["vertrouwelijkheidaanduiding"].get<std::string>() +
                  " where it first appears; the catalogus holds one informatieobjecttype per "
                  "omschrijving, so the first one is exported",
              Severity::warning);
    }
    return existing;
  }
  auto object = make(Resource::informatieobjecttype, "informatieobjecttype/" + mapping.omschrijving,
                     mapping.omschrijving, source);
  auto& data = object.data;
  data["catalogus"] = result_.catalogus.url();
  data["omschrijving"] = mapping.omschrijving;
  data["vertrouwelijkheidaanduiding"] = mapping.vertrouwelijkheidaanduiding;
  data["beginGeldigheid"] = default_date();
  data["informatieobjectcategorie"] = mapping.informatieobjectcategorie;
  if (const auto* original = origin.find(Resource::informatieobjecttype, mapping.omschrijving)) {
    merge_origin(object, *original, options_.base_url, {"beginGeldigheid", "eindeGeldigheid"});
  }
  iot_index_[mapping.omschrijving] = result_.informatieobjecttypen.size();
  result_.informatieobjecttypen.push_back(std::move(object));
  return result_.informatieobjecttypen.back();
}

const CatalogiObject& Builder::besluittype(const BesluittypeMapping& mapping,
                                           const std::vector<std::string>& iot_urls,
                                           const Provenance& source, const ZgwOrigin& origin) {
  if (const auto found = besluittype_index_.find(mapping.omschrijving);
      found != besluittype_index_.end()) {
    return result_.besluittypen[found->second];
  }
  auto object = make(Resource::besluittype, "besluittype/" + mapping.omschrijving,
                     mapping.omschrijving, source);
  auto& data = object.data;
  data["catalogus"] = result_.catalogus.url();
  data["omschrijving"] = mapping.omschrijving;
  data["omschrijvingGeneriek"] = mapping.omschrijving_generiek;
  data["reactietermijn"] = nullable(mapping.reactietermijn);
  data["publicatieIndicatie"] = mapping.publicatie_indicatie;
  data["informatieobjecttypen"] = iot_urls;
  data["beginGeldigheid"] = default_date();
  if (const auto* original = origin.find(Resource::besluittype, mapping.omschrijving)) {
    merge_origin(object, *original, options_.base_url,
                 {"informatieobjecttypen", "beginGeldigheid", "eindeGeldigheid"});
  }
  besluittype_index_[mapping.omschrijving] = result_.besluittypen.size();
  result_.besluittypen.push_back(std::move(object));
  return result_.besluittypen.back();
}

// -----------------------------------------------------------------------------
// [SECTION] One zaaktype
// -----------------------------------------------------------------------------

std::string zaaktype_name(const Process& process) {
  return "zaaktype/" + process.id;
}

void Builder::add_statustypen(ZaaktypeObjects& objects, const std::vector<MappedBlock>& blocks,
                              const Process& process, std::size_t process_index,
                              const ZgwOrigin& origin,
                              std::map<std::string, std::string>& status_url_of_block) {
  int volgnummer = 0;
  for (const auto& mapped : blocks) {
    if (!mapped.mapping.statustype) continue;
    const auto& statustype = *mapped.mapping.statustype;
    Provenance source{process.id, mapped.block->id, block_pointer(process_index, mapped.index)};
    auto object =
        make(Resource::statustype, zaaktype_name(process) + "/statustype/" + mapped.block->id,
             statustype.omschrijving, source);
    auto& data = object.data;
    data["omschrijving"] = statustype.omschrijving;
    data["statustekst"] = statustype.statustekst.nl;
    data["zaaktype"] = objects.zaaktype.url();
    data["volgnummer"] = ++volgnummer;
    data["informeren"] = statustype.informeren;
    data["doorlooptijd"] = nullable(statustype.doorlooptijd);
    if (const auto* original = origin.find(Resource::statustype, statustype.omschrijving)) {
      // A doorlooptijd the block does not override is only the library's
      // guess; the original's (null included: none) beats a guess.
      if (mapped.block->overrides.statustype.doorlooptijd) {
        merge_origin(object, *original, options_.base_url);
      } else {
        merge_origin(object, *original, options_.base_url, {"doorlooptijd"});
      }
    }
    status_url_of_block[mapped.block->id] = object.url();
    objects.statustypen.push_back(std::move(object));
  }
}

void Builder::add_resultaattypen(ZaaktypeObjects& objects, const MappedBlock& block,
                                 const Provenance& source, const std::string& besluittype_url,
                                 const Process& process, const ZgwOrigin& origin) {
  const auto& procestype = process.zaaktype.selectielijst_procestype;
  const int nummer =
      procestype && procestype->jaar == context_.selectielijst.jaar ? procestype->nummer : 0;
  for (const auto& mapping : block.mapping.resultaattypen) {
    const bool seen =
        std::any_of(objects.resultaattypen.begin(), objects.resultaattypen.end(),
                    [&](const auto& other) { return other.key == mapping.omschrijving; });
    if (seen) continue;
    auto object = make(Resource::resultaattype,
                       zaaktype_name(process) + "/resultaattype/" + mapping.omschrijving,
                       mapping.omschrijving, source);
    const auto archiving =
        resolve_archiving(mapping, nummer, has_besluittype_, context_.selectielijst);
    const bool klasse_is_url = mapping.selectielijstklasse.starts_with("http");
    if (!mapping.selectielijstklasse.empty() && !klasse_is_url && archiving.klasse == nullptr) {
      finding(source, "resultaattype \"" + mapping.omschrijving + "\": selectielijstklasse " +
                          mapping.selectielijstklasse + " is not in the Selectielijst " +
                          std::to_string(context_.selectielijst.jaar) +
                          "; expected a volledigNummer such as 11.1 or 11.1.6");
    }
    const auto* omschrijving =
        context_.selectielijst.find_omschrijving(mapping.resultaattypeomschrijving);
    if (omschrijving == nullptr && !mapping.resultaattypeomschrijving.starts_with("http")) {
      finding(source, "resultaattype \"" + mapping.omschrijving +
                          "\": resultaattypeomschrijving \"" + mapping.resultaattypeomschrijving +
                          "\" is not a generic one; expected Toegekend, Afgewezen or Ingetrokken");
    }
    auto& data = object.data;
    data["zaaktype"] = objects.zaaktype.url();
    data["omschrijving"] = mapping.omschrijving;
    // Imported objects may name Selectielijst entries we do not know by URL.
    data["resultaattypeomschrijving"] =
        mapping.resultaattypeomschrijving.starts_with("http") ? mapping.resultaattypeomschrijving
        : omschrijving == nullptr
            ? std::string()
            : options_.selectielijst_base + "/resultaattypeomschrijvingen/" + omschrijving->uuid;
    data["selectielijstklasse"] =
        klasse_is_url ? mapping.selectielijstklasse
        : archiving.klasse == nullptr
            ? std::string()
            : options_.selectielijst_base + "/resultaten/" + archiving.klasse->uuid;
    data["archiefnominatie"] = archiving.archiefnominatie;
    data["archiefactietermijn"] = nullable(archiving.archiefactietermijn);
    const auto& brondatum = archiving.brondatum;
    data["brondatumArchiefprocedure"] = {{"afleidingswijze", brondatum.afleidingswijze},
                                         {"datumkenmerk", brondatum.datumkenmerk},
                                         {"einddatumBekend", brondatum.einddatum_bekend},
                                         {"objecttype", brondatum.objecttype},
                                         {"registratie", brondatum.registratie},
                                         {"procestermijn", nullable(brondatum.procestermijn)}};
    data["besluittypen"] =
        besluittype_url.empty() ? CatalogiJson::array() : CatalogiJson::array({besluittype_url});
    if (const auto* original = origin.find(Resource::resultaattype, mapping.omschrijving)) {
      merge_origin(object, *original, options_.base_url, {"besluittypen"});
    }
    objects.resultaattypen.push_back(std::move(object));
  }
}

void Builder::add_block_children(ZaaktypeObjects& objects, const std::vector<MappedBlock>& blocks,
                                 const Process& process, std::size_t process_index,
                                 const ZgwOrigin& origin,
                                 const std::map<std::string, std::string>& status_url_of_block) {
  int ziot_volgnummer = 0;
  for (const auto& mapped : blocks) {
    Provenance source{process.id, mapped.block->id, block_pointer(process_index, mapped.index)};
    for (const auto& roltype : mapped.mapping.roltypen) {
      const bool seen =
          std::any_of(objects.roltypen.begin(), objects.roltypen.end(),
                      [&](const auto& other) { return other.key == roltype.omschrijving; });
      if (seen) continue;
      auto object =
          make(Resource::roltype, zaaktype_name(process) + "/roltype/" + roltype.omschrijving,
               roltype.omschrijving, source);
      object.data["zaaktype"] = objects.zaaktype.url();
      object.data["omschrijving"] = roltype.omschrijving;
      object.data["omschrijvingGeneriek"] = roltype.omschrijving_generiek;
      if (const auto* original = origin.find(Resource::roltype, roltype.omschrijving)) {
        merge_origin(object, *original, options_.base_url);
      }
      objects.roltypen.push_back(std::move(object));
    }
    std::vector<std::string> uitgaand_urls;
    for (const auto& document : mapped.mapping.informatieobjecttypen) {
      const auto iot_url = informatieobjecttype(document, source, origin).url();
      if (document.richting == "uitgaand") uitgaand_urls.push_back(iot_url);
      const bool seen =
          std::any_of(objects.zaaktype_informatieobjecttypen.begin(),
                      objects.zaaktype_informatieobjecttypen.end(),
                      [&](const auto& other) { return other.key == document.omschrijving; });
      if (seen) continue;
      auto object = make(Resource::zaaktype_informatieobjecttype,
                         zaaktype_name(process) + "/ziot/" + document.omschrijving,
                         document.omschrijving, source);
      const auto status = status_url_of_block.find(mapped.block->id);
      object.data["zaaktype"] = objects.zaaktype.url();
      object.data["informatieobjecttype"] = iot_url;
      object.data["volgnummer"] = ++ziot_volgnummer;
      object.data["richting"] = document.richting;
      object.data["statustype"] = status == status_url_of_block.end()
                                      ? CatalogiJson(nullptr)
                                      : CatalogiJson(status->second);
      if (const auto* original =
              origin.find(Resource::zaaktype_informatieobjecttype, document.omschrijving)) {
        merge_origin(object, *original, options_.base_url, {"statustype", "volgnummer"});
      }
      objects.zaaktype_informatieobjecttypen.push_back(std::move(object));
    }
    std::string besluittype_url;
    if (mapped.mapping.besluittype) {
      besluittype_url =
          besluittype(*mapped.mapping.besluittype, uitgaand_urls, source, origin).url();
      auto& list = objects.zaaktype.data["besluittypen"];
      if (std::find(list.begin(), list.end(), besluittype_url) == list.end()) {
        list.push_back(besluittype_url);
      }
    }
    add_resultaattypen(objects, mapped, source, besluittype_url, process, origin);
  }
}

void Builder::add_eigenschappen(ZaaktypeObjects& objects, const Process& process,
                                std::size_t process_index, const ZgwOrigin& origin) {
  const auto& list = process.zaaktype.eigenschappen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& eigenschap = list[i];
    Provenance source{
        process.id, "",
        process_pointer(process_index) + "/zaaktype/eigenschappen/" + std::to_string(i)};
    auto object =
        make(Resource::eigenschap, zaaktype_name(process) + "/eigenschap/" + eigenschap.naam,
             eigenschap.naam, source);
    CatalogiJson specificatie = {{"groep", eigenschap.groep},
                                 {"formaat", eigenschap.formaat},
                                 {"lengte", eigenschap.lengte},
                                 {"kardinaliteit", eigenschap.kardinaliteit},
                                 {"waardenverzameling", eigenschap.waardenverzameling}};
    object.data["naam"] = eigenschap.naam;
    object.data["definitie"] = eigenschap.definitie;
    object.data["specificatie"] = std::move(specificatie);
    object.data["toelichting"] = eigenschap.toelichting;
    object.data["zaaktype"] = objects.zaaktype.url();
    if (const auto* original = origin.find(Resource::eigenschap, eigenschap.naam)) {
      merge_origin(object, *original, options_.base_url);
    }
    objects.eigenschappen.push_back(std::move(object));
  }
}

// The procestype's Selectielijst URL; null when the model has none we know.
CatalogiJson Builder::procestype_url(const ZaaktypeFields& fields) const {
  CatalogiJson procestype = nullptr;
  if (fields.selectielijst_procestype &&
      fields.selectielijst_procestype->jaar == context_.selectielijst.jaar) {
    if (const auto* entry =
            context_.selectielijst.find_procestype(fields.selectielijst_procestype->nummer)) {
      procestype = options_.selectielijst_base + "/procestypen/" + entry->uuid;
    }
  }
  // An imported original's URL names the same procestype perhaps by another
  // service's UUID: kept while the procestype is unchanged, and kept when the
  // model has none. The API has no null here, so an unknown one is left out.
  if (origin_ != nullptr && origin_->contains("selectielijstProcestype")) {
    const auto original = origin_->value("selectielijstProcestype", CatalogiJson()).is_string()
                              ? (*origin_)["selectielijstProcestype"].get<std::string>()
                              : std::string();
    const auto* entry = context_.selectielijst.find_procestype_by_uuid(uuid_of_url(original));
    const bool same = entry != nullptr && fields.selectielijst_procestype &&
                      fields.selectielijst_procestype->nummer == entry->nummer;
    if (same || procestype.is_null()) procestype = original;
  }
  return procestype;
}

CatalogiJson Builder::zaaktype_data(const Process& process, const ZaaktypeObjects& objects) const {
  const auto& fields = process.zaaktype;
  const std::string begin =
      fields.begin_geldigheid.empty() ? default_date() : fields.begin_geldigheid;
  // The model's values where the export falls back on something else.
  const std::map<std::string_view, std::string> fallbacks = {{"identificatie", process.id},
                                                             {"omschrijving", process.name},
                                                             {"beginGeldigheid", begin},
                                                             {"versiedatum", begin},
                                                             {"referentieproces", process.name}};
  CatalogiJson data = objects.zaaktype.data;  // url and besluittypen so far
  // In the API's order; fields the model has no place for come from the
  // original (merge_origin) or below.
  for (const auto name : writable_fields(Resource::zaaktype)) {
    const auto* field = find_zaaktype_field(name);
    if (field == nullptr) continue;
    const std::string key(name);
    if (field->kind == ZaaktypeFieldKind::procestype) {
      if (const auto value = procestype_url(fields); !value.is_null()) data[key] = value;
      continue;
    }
    auto value = catalogi_value(*field, fields);
    if (value.is_string() && value.get_ref<const std::string&>().empty()) {
      if (const auto fallback = fallbacks.find(name); fallback != fallbacks.end()) {
        value = fallback->second;
      }
    }
    if (!field->catalogi_member.empty()) {
      CatalogiJson wrapped = CatalogiJson::object();
      wrapped[std::string(field->catalogi_member)] = std::move(value);
      value = std::move(wrapped);
    }
    if (!value.is_discarded()) data[key] = std::move(value);
  }
  if (origin_ != nullptr && origin_->contains("referentieproces")) {
    const auto& original = (*origin_)["referentieproces"];
    if (original.is_object() && original.contains("link")) {
      data["referentieproces"]["link"] = original["link"];
    }
  }
  data["catalogus"] = result_.catalogus.url();
  if (!data.contains("besluittypen")) data["besluittypen"] = CatalogiJson::array();
  if (origin_ == nullptr) data["gerelateerdeZaaktypen"] = CatalogiJson::array();
  data["concept"] = options_.mark_concept;
  return data;
}

ZaaktypeObjects Builder::build_zaaktype(const Process& process, std::size_t process_index) {
  const ZgwOrigin origin(process.zgw_origin);
  ZaaktypeObjects objects;
  objects.process_id = process.id;
  objects.zaaktype =
      make(Resource::zaaktype, zaaktype_name(process), process.zaaktype.identificatie,
           {process.id, "", process_pointer(process_index) + "/zaaktype"});
  if (const auto* original = origin.find(Resource::zaaktype, process.zaaktype.identificatie)) {
    merge_origin(objects.zaaktype, CatalogiJson{{"url", original->value("url", "")}},
                 options_.base_url);
  }
  const auto blocks = mapped_blocks(process, context_.library);
  // The whole zaaktype's besluittypen count, wherever its resultaattypen sit.
  has_besluittype_ = std::any_of(blocks.begin(), blocks.end(), [](const auto& mapped) {
    return mapped.mapping.besluittype.has_value();
  });
  std::map<std::string, std::string> status_url_of_block;
  add_statustypen(objects, blocks, process, process_index, origin, status_url_of_block);
  add_block_children(objects, blocks, process, process_index, origin, status_url_of_block);
  add_eigenschappen(objects, process, process_index, origin);
  origin_ = origin.find(Resource::zaaktype, process.zaaktype.identificatie);
  objects.zaaktype.data = zaaktype_data(process, objects);
  if (origin_ != nullptr) merge_origin(objects.zaaktype, *origin_, options_.base_url);
  origin_ = nullptr;
  return objects;
}

// Originals may refer to objects by their old base URL; point them at this
// export's objects when the UUID is one of ours.
void Builder::rebase_references(CatalogusExport& result) const {
  std::unordered_map<std::string, std::string> url_of_uuid;
  for (const auto* object : std::as_const(result).all_objects()) {
    url_of_uuid[object->uuid] = object->url();
  }
  const auto rebase = [&](auto& self, CatalogiJson& value) -> void {
    if (value.is_string()) {
      const auto& text = value.get_ref<const std::string&>();
      if (text.starts_with(options_.base_url)) return;
      if (const auto found = url_of_uuid.find(uuid_of_url(text)); found != url_of_uuid.end()) {
        value = found->second;
      }
    } else if (value.is_structured()) {
      for (auto& element : value) self(self, element);
    }
  };
  for (auto* object : result.all_objects()) {
    for (auto& [field, value] : object->data.items()) {
      if (field != "url") rebase(rebase, value);
    }
  }
  restore_model_values(result, url_of_uuid);
}

// An original's reference that no longer resolves (the analyst renamed or
// removed the step it named) gives way to what the model says.
void Builder::restore_model_values(
    CatalogusExport& result,
    const std::unordered_map<std::string, std::string>& url_of_uuid) const {
  const auto resolves = [&](const CatalogiJson& value) {
    const auto values = value.is_array() ? value : CatalogiJson::array({value});
    // The fields an original wins never hold Selectielijst URLs, so any URL
    // ending in a UUID must name an object of this export, whatever its base.
    return std::all_of(values.begin(), values.end(), [&](const CatalogiJson& item) {
      if (!item.is_string()) return true;
      const auto uuid = uuid_of_url(item.get<std::string>());
      return uuid.empty() || url_of_uuid.contains(uuid);
    });
  };
  for (auto* object : result.all_objects()) {
    for (const auto& [field, model_value] : object->model_values.items()) {
      if (!resolves(object->data[field])) object->data[field] = model_value;
    }
  }
}

CatalogusExport Builder::build(const std::vector<std::string>& process_ids) {
  build_catalogus();
  const auto& processes = context_.workshop.processes;
  for (std::size_t i = 0; i < processes.size(); ++i) {
    const auto& process = processes[i];
    if (!process_ids.empty() &&
        std::find(process_ids.begin(), process_ids.end(), process.id) == process_ids.end()) {
      continue;
    }
    result_.zaaktypen.push_back(build_zaaktype(process, i));
  }
  rebase_references(result_);
  return std::move(result_);
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Entry point
// -----------------------------------------------------------------------------

std::string object_url(const std::string& base_url, Resource resource, const std::string& uuid) {
  return base_url + "/" + std::string(resource_collection(resource)) + "/" + uuid;
}

CatalogusExport build_catalogus_export(const ExportContext& context,
                                       const std::vector<std::string>& process_ids,
                                       std::vector<Diagnostic>& findings) {
  return Builder(context, findings).build(process_ids);
}

}  // namespace blokjes
