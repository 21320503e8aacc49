#include "process_from_catalogus.h"

#include <algorithm>
#include <map>
#include <optional>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "block_kind_guess.h"
#include "core/json_reader.h"
#include "core/process_editing.h"
#include "core/zaaktype_fields.h"
#include "stable_uuid.h"
#include "zgw_origin.h"

// [SECTION] The object set
// [SECTION] Guards on values the model holds
// [SECTION] One zaaktype -> one process
// [SECTION] Entry point

namespace blokjes {

// -----------------------------------------------------------------------------
// [SECTION] The object set
// -----------------------------------------------------------------------------

void CatalogiObjectSet::build_index() {
  index_.clear();
  for (const auto& [resource, list] : objects) {
    auto& index = index_[resource];
    index.size = list.size();
    for (std::size_t i = 0; i < list.size(); ++i) {
      index.by_url.try_emplace(list[i].url, i);
      // The shape check made `zaaktype` a string where the resource has one.
      const auto zaaktype = list[i].data.find("zaaktype");
      if (zaaktype != list[i].data.end() && zaaktype->is_string()) {
        index.by_zaaktype[zaaktype->get<std::string>()].push_back(i);
      }
    }
  }
}

const CatalogiObjectSet::Index* CatalogiObjectSet::index_of(Resource resource) const {
  const auto index = index_.find(resource);
  const auto list = objects.find(resource);
  if (index == index_.end() || list == objects.end()) return nullptr;
  return index->second.size == list->second.size() ? &index->second : nullptr;
}

const SourceObject* CatalogiObjectSet::find(Resource resource, const std::string& url) const {
  const auto list = objects.find(resource);
  if (list == objects.end()) return nullptr;
  if (const auto* index = index_of(resource)) {
    const auto found = index->by_url.find(url);
    return found == index->by_url.end() ? nullptr : &list->second[found->second];
  }
  for (const auto& object : list->second) {
    if (object.url == url) return &object;
  }
  return nullptr;
}

std::vector<const SourceObject*> CatalogiObjectSet::children(
    Resource resource, const std::string& zaaktype_url) const {
  std::vector<const SourceObject*> result;
  const auto list = objects.find(resource);
  if (list == objects.end()) return result;
  if (const auto* index = index_of(resource)) {
    const auto found = index->by_zaaktype.find(zaaktype_url);
    if (found == index->by_zaaktype.end()) return result;
    result.reserve(found->second.size());
    for (const auto i : found->second) result.push_back(&list->second[i]);
    return result;
  }
  for (const auto& object : list->second) {
    const auto zaaktype = object.data.find("zaaktype");
    if (zaaktype != object.data.end() && zaaktype->is_string() && *zaaktype == zaaktype_url) {
      result.push_back(&object);
    }
  }
  return result;
}

std::string located_pointer(const SourceObject& object, const std::string& pointer) {
  return object.file + kLocatedSeparator + pointer;
}

namespace {

// Readers carry the object's file as well as the pointer, so a decode error
// deep in the mapping still names the ZIP entry (process_from_catalogus.h).
JsonReader located_reader(const SourceObject& object) {
  return JsonReader(object.data, located_pointer(object, object.pointer));
}

// -----------------------------------------------------------------------------
// [SECTION] Guards on values the model holds
// -----------------------------------------------------------------------------

// Plain reads of fields the shape check (catalogi_object_shape.h) has already
// typed. They never throw: a field that is absent, null or, in a set built
// without the check, of another type reads as empty.
std::string text_of(const nlohmann::json& data, std::string_view key) {
  const auto found = data.find(key);
  return found != data.end() && found->is_string() ? found->get<std::string>() : std::string();
}

int integer_of(const nlohmann::json& data, std::string_view key) {
  const auto found = data.find(key);
  return found != data.end() && found->is_number_integer() ? found->get<int>() : 0;
}

// The strings of a list field, skipping null items (a URL list may hold them).
std::vector<std::string> strings_of(const nlohmann::json& data, std::string_view key) {
  std::vector<std::string> result;
  const auto found = data.find(key);
  if (found == data.end() || !found->is_array()) return result;
  for (const auto& item : *found) {
    if (item.is_string()) result.push_back(item.get<std::string>());
  }
  return result;
}

bool by_volgnummer(const SourceObject* a, const SourceObject* b) {
  return integer_of(a->data, "volgnummer") < integer_of(b->data, "volgnummer");
}

// An enum field: one of `allowed`, or `fallback` when absent. Values the
// model cannot hold are refused here, with their place, rather than written
// into a workshop that would not load again.
std::string enum_or(const JsonReader& reader, std::string_view key,
                    std::span<const std::string_view> allowed, std::string fallback) {
  const auto field = reader.optional_field(key);
  if (!field) return fallback;
  if (field->value().is_string() && field->value().get<std::string>().empty()) return "";
  return field->as_enum(allowed);
}

// Only writable fields travel: read-only ones (lists of related URLs, say)
// would refer to objects of the old catalogus.
nlohmann::json writable_only(Resource resource, const nlohmann::json& data) {
  nlohmann::json result = {{"url", text_of(data, "url")}};
  for (const auto field : writable_fields(resource)) {
    const std::string name(field);
    if (data.contains(name)) result[name] = data[name];
  }
  return result;
}

// -----------------------------------------------------------------------------
// [SECTION] One zaaktype -> one process
// -----------------------------------------------------------------------------

// Process ids, unique within the import: the base, else base-2, base-3, ...
// (as unique_process_id gives them), with a set of the ids taken and a
// counter per base, so n zaaktypen of one identificatie cost n steps, not n².
class ProcessIds {
 public:
  std::string claim(const std::string& base) {
    if (taken_.insert(base).second) return base;
    // Every suffix below the counter was tried and taken, and ids are never
    // released, so the smallest free one is at or above it.
    int& suffix = next_suffix_.try_emplace(base, 2).first->second;
    for (;; ++suffix) {
      std::string candidate = base + "-" + std::to_string(suffix);
      if (taken_.insert(candidate).second) {
        ++suffix;
        return candidate;
      }
    }
  }

 private:
  std::unordered_set<std::string> taken_;
  std::unordered_map<std::string, int> next_suffix_;
};

// The departments, found by id without a scan of the workshop's list.
class Departments {
 public:
  explicit Departments(Workshop& workshop) : workshop_(workshop) {
    for (std::size_t i = 0; i < workshop.departments.size(); ++i) {
      index_.try_emplace(workshop.departments[i].id, i);
    }
  }
  const std::string& for_verantwoordelijke(const std::string& verantwoordelijke) {
    const std::string name = verantwoordelijke.empty() ? "Onbekend" : verantwoordelijke;
    const auto id = slug_from_name(name);
    const auto [found, added] = index_.try_emplace(id, workshop_.departments.size());
    if (added) workshop_.departments.push_back({id, name, ""});
    return workshop_.departments[found->second].id;
  }

 private:
  Workshop& workshop_;
  std::unordered_map<std::string, std::size_t> index_;
};

class ZaaktypeImporter {
 public:
  ZaaktypeImporter(const CatalogiObjectSet& set, const BlockLibrary& library,
                   const Selectielijst& selectielijst, std::vector<std::string>& warnings)
      : set_(set), library_(library), selectielijst_(selectielijst), warnings_(warnings) {
    // Once, not per statustype: the links of every zaaktype by their statustype.
    if (const auto links = set_.objects.find(Resource::zaaktype_informatieobjecttype);
        links != set_.objects.end()) {
      for (const auto& link : links->second) {
        links_of_statustype_[text_of(link.data, "statustype")].push_back(&link);
      }
    }
  }

  Process import(const SourceObject& zaaktype, ProcessIds& ids, const std::string& department);

 private:
  JsonReader reader_of(const SourceObject& object) const { return located_reader(object); }
  ZaaktypeFields read_fields(const SourceObject& zaaktype) const;
  void add_blocks(Process& process, const std::vector<const SourceObject*>& statustypen,
                  std::size_t besluittype_count, const std::string& department) const;
  void place_roltypen(Process& process, const std::string& zaaktype) const;
  void place_documents(Process& process, const std::string& zaaktype,
                       const std::unordered_map<std::string, std::size_t>& block_of_statustype) const;
  void place_besluiten(Process& process, const SourceObject& zaaktype) const;
  Block* last_without_besluittype(Process& process) const;
  ResultaattypeMapping read_resultaattype(const SourceObject& object) const;
  std::vector<std::string> documents_of(const std::string& statustype) const;
  std::vector<EigenschapMapping> read_eigenschappen(const std::string& zaaktype) const;
  std::string origin_of(const SourceObject& zaaktype) const;

  const CatalogiObjectSet& set_;
  const BlockLibrary& library_;
  const Selectielijst& selectielijst_;
  std::vector<std::string>& warnings_;
  std::unordered_map<std::string, std::vector<const SourceObject*>> links_of_statustype_;
};

ZaaktypeFields ZaaktypeImporter::read_fields(const SourceObject& zaaktype) const {
  const auto reader = reader_of(zaaktype);
  ZaaktypeFields fields;
  for (const auto& field : zaaktype_fields()) {
    switch (field.kind) {
      case ZaaktypeFieldKind::text:
      case ZaaktypeFieldKind::long_text:
      case ZaaktypeFieldKind::duration:
      case ZaaktypeFieldKind::date:
        if (field.catalogi_member.empty()) {
          fields.*field.text = reader.string_or(field.name, "");
        } else if (const auto object = reader.optional_field(field.name)) {
          fields.*field.text = object->string_or(field.catalogi_member, "");
        }
        break;
      case ZaaktypeFieldKind::enumeration:
        fields.*field.text = enum_or(reader, field.name, field.values, fields.*field.text);
        break;
      case ZaaktypeFieldKind::optional_duration:
      case ZaaktypeFieldKind::optional_date:
        fields.*field.optional_text = reader.optional_string(field.name);
        break;
      case ZaaktypeFieldKind::boolean:
        fields.*field.flag = reader.bool_or(field.name, false);
        break;
      case ZaaktypeFieldKind::text_list:
        if (const auto list = reader.optional_field(field.name)) {
          for (const auto& item : list->as_array())
            (fields.*field.list).push_back(item.as_string());
        }
        break;
      case ZaaktypeFieldKind::procestype: {
        // A URL in the API; the model holds the procestype's number.
        const auto url = reader.string_or(field.name, "");
        if (const auto* entry = selectielijst_.find_procestype_by_uuid(uuid_of_url(url))) {
          fields.selectielijst_procestype =
              SelectielijstProcestype{selectielijst_.jaar, entry->nummer};
        }
        break;
      }
      case ZaaktypeFieldKind::eigenschappen:
        fields.eigenschappen = read_eigenschappen(zaaktype.url);
        break;
    }
  }
  return fields;
}

std::vector<EigenschapMapping> ZaaktypeImporter::read_eigenschappen(
    const std::string& zaaktype) const {
  std::vector<EigenschapMapping> result;
  for (const auto* object : set_.children(Resource::eigenschap, zaaktype)) {
    const auto reader = reader_of(*object);
    EigenschapMapping eigenschap;
    eigenschap.naam = reader.field("naam").as_string();
    eigenschap.definitie = reader.string_or("definitie", "");
    eigenschap.toelichting = reader.string_or("toelichting", "");
    if (const auto specificatie = reader.optional_field("specificatie")) {
      eigenschap.formaat =
          enum_or(*specificatie, "formaat", kEigenschapFormaat, eigenschap.formaat);
      eigenschap.lengte = specificatie->string_or("lengte", eigenschap.lengte);
      eigenschap.kardinaliteit = specificatie->string_or("kardinaliteit", eigenschap.kardinaliteit);
      eigenschap.groep = specificatie->string_or("groep", "");
      if (const auto values = specificatie->optional_field("waardenverzameling")) {
        for (const auto& value : values->as_array()) {
          eigenschap.waardenverzameling.push_back(value.as_string());
        }
      }
    }
    result.push_back(std::move(eigenschap));
  }
  return result;
}

// The lower-case omschrijvingen of the documents linked to a statustype.
std::vector<std::string> ZaaktypeImporter::documents_of(const std::string& statustype) const {
  std::vector<std::string> names;
  const auto links = links_of_statustype_.find(statustype);
  if (links == links_of_statustype_.end()) return names;
  for (const auto* link : links->second) {
    if (const auto* iot = set_.find(Resource::informatieobjecttype,
                                    text_of(link->data, "informatieobjecttype"))) {
      names.push_back(lower_ascii(text_of(iot->data, "omschrijving")));
    }
  }
  return names;
}

void ZaaktypeImporter::add_blocks(Process& process,
                                  const std::vector<const SourceObject*>& statustypen,
                                  std::size_t besluittype_count,
                                  const std::string& department) const {
  std::size_t besluiten_left = besluittype_count;
  for (std::size_t i = 0; i < statustypen.size(); ++i) {
    const auto reader = reader_of(*statustypen[i]);
    const auto omschrijving = reader.field("omschrijving").as_string();
    auto choice = guess_block_kind(omschrijving, documents_of(statustypen[i]->url), library_);
    // A Besluiten block always brings a besluittype; without one left to
    // give it, the step is plain work.
    if (choice.kind == "besluiten") {
      if (besluiten_left == 0) {
        choice = {"behandelen", "standaard"};
      } else {
        --besluiten_left;
      }
    }
    Block block;
    block.id = "b" + std::to_string(i + 1);
    block.kind = choice.kind;
    block.variant = choice.variant;
    block.label = omschrijving;
    block.lane = department;
    block.position = {static_cast<double>(i) * kLayoutStepX, 0};
    auto& statustype = block.overrides.statustype;
    statustype.omschrijving = omschrijving;
    statustype.statustekst = reader.string_or("statustekst", "");
    statustype.informeren = reader.bool_or("informeren", false);
    // No doorlooptijd (null, as Open Zaak and the zaakafhandelcomponent
    // allow) sets no override: the model has no "none", and an empty text is
    // not a duration. The export then keeps the original's null, since an
    // original wins over a library default (catalogus_builder.cpp).
    statustype.doorlooptijd = reader.optional_string("doorlooptijd");
    // Every list is set, even empty: the library's defaults must not add objects.
    block.overrides.roltypen.emplace();
    block.overrides.informatieobjecttypen.emplace();
    block.overrides.resultaattypen.emplace();
    process.blocks.push_back(std::move(block));
    if (i > 0) {
      process.flows.push_back({"f" + std::to_string(i), process.blocks[i - 1].id,
                               process.blocks[i].id, FlowKind::sequence, ""});
    }
  }
}

void ZaaktypeImporter::place_roltypen(Process& process, const std::string& zaaktype) const {
  // Each roltype goes to the first block whose kind brings its generic role,
  // else to the first block. Which block that is, per generic role, is found
  // once for the process, not once per roltype.
  std::unordered_map<std::string, std::size_t> first_bringing;
  for (std::size_t i = 0; i < process.blocks.size(); ++i) {
    const auto& block = process.blocks[i];
    if (const auto* variant = library_.find_variant(block.kind, block.variant)) {
      for (const auto& brought : variant->mapping.roltypen) {
        first_bringing.try_emplace(brought.omschrijving_generiek, i);
      }
    }
  }
  for (const auto* object : set_.children(Resource::roltype, zaaktype)) {
    const auto reader = reader_of(*object);
    RoltypeMapping roltype{
        reader.field("omschrijving").as_string(),
        reader.field("omschrijvingGeneriek").as_enum(kRoltypeOmschrijvingGeneriek)};
    const auto found = first_bringing.find(roltype.omschrijving_generiek);
    auto& target = process.blocks[found == first_bringing.end() ? 0 : found->second];
    target.overrides.roltypen->push_back(std::move(roltype));
  }
}

void ZaaktypeImporter::place_documents(
    Process& process, const std::string& zaaktype,
    const std::unordered_map<std::string, std::size_t>& block_of_statustype) const {
  auto links = set_.children(Resource::zaaktype_informatieobjecttype, zaaktype);
  std::stable_sort(links.begin(), links.end(), by_volgnummer);
  std::size_t current = 0;  // index into process.blocks
  for (const auto* link : links) {
    const auto reader = reader_of(*link);
    const auto iot_url = reader.field("informatieobjecttype").as_string();
    const auto* iot = set_.find(Resource::informatieobjecttype, iot_url);
    if (iot == nullptr) {
      reader.field("informatieobjecttype")
          .fail("refers to " + iot_url + ", which is not an InformatieObjectType of this import");
    }
    const auto iot_reader = reader_of(*iot);
    const auto status = block_of_statustype.find(reader.string_or("statustype", ""));
    if (status != block_of_statustype.end()) current = status->second;
    process.blocks[current].overrides.informatieobjecttypen->push_back(
        {iot_reader.field("omschrijving").as_string(),
         enum_or(reader, "richting", kRichting, "inkomend"),
         enum_or(iot_reader, "vertrouwelijkheidaanduiding", kVertrouwelijkheidaanduiding,
                 "zaakvertrouwelijk"),
         iot_reader.string_or("informatieobjectcategorie", "")});
  }
}

ResultaattypeMapping ZaaktypeImporter::read_resultaattype(const SourceObject& object) const {
  const auto reader = reader_of(object);
  ResultaattypeMapping mapping;
  mapping.omschrijving = reader.field("omschrijving").as_string();
  const auto omschrijving_url = reader.string_or("resultaattypeomschrijving", "");
  const auto* generiek = selectielijst_.find_omschrijving_by_uuid(uuid_of_url(omschrijving_url));
  mapping.resultaattypeomschrijving = generiek ? generiek->omschrijving : omschrijving_url;
  const auto klasse_url = reader.string_or("selectielijstklasse", "");
  const auto* klasse = selectielijst_.find_resultaat_by_uuid(uuid_of_url(klasse_url));
  mapping.selectielijstklasse = klasse ? klasse->volledig_nummer : klasse_url;
  mapping.archiefnominatie = enum_or(reader, "archiefnominatie", kArchiefnominatie, "");
  mapping.archiefactietermijn = reader.optional_string("archiefactietermijn").value_or("");
  if (const auto brondatum = reader.optional_field("brondatumArchiefprocedure")) {
    mapping.afleidingswijze = enum_or(*brondatum, "afleidingswijze", kAfleidingswijze, "");
    mapping.procestermijn = brondatum->optional_string("procestermijn").value_or("");
    mapping.datumkenmerk = brondatum->string_or("datumkenmerk", "");
    mapping.objecttype = enum_or(*brondatum, "objecttype", kObjecttype, "");
    mapping.registratie = brondatum->string_or("registratie", "");
    mapping.einddatum_bekend = brondatum->bool_or("einddatumBekend", false);
  }
  return mapping;
}

// The last block, in process order, whose mapping has no besluittype yet.
Block* ZaaktypeImporter::last_without_besluittype(Process& process) const {
  for (auto it = process.blocks.rbegin(); it != process.blocks.rend(); ++it) {
    if (it->overrides.besluittype) continue;
    const auto* variant = library_.find_variant(it->kind, it->variant);
    if (variant != nullptr && variant->mapping.besluittype) continue;
    return &*it;
  }
  return nullptr;
}

void ZaaktypeImporter::place_besluiten(Process& process, const SourceObject& zaaktype) const {
  std::vector<Block*> besluiten;
  for (auto& block : process.blocks) {
    if (block.kind == "besluiten") besluiten.push_back(&block);
  }
  std::map<std::string, Block*> block_of_besluittype;
  const auto reader = reader_of(zaaktype);
  if (const auto list = reader.optional_field("besluittypen")) {
    const auto urls = list->as_array();
    for (std::size_t i = 0; i < urls.size(); ++i) {
      const auto url = urls[i].as_string();
      const auto* object = set_.find(Resource::besluittype, url);
      if (object == nullptr)
        urls[i].fail("refers to " + url + ", which is not a BesluitType of this import");
      const auto besluit = reader_of(*object);
      // A besluittype no Besluiten step owns (a zaakafhandelcomponent
      // zaaktype decides without a status called "Besluit") goes to the last
      // step that holds none yet: a block's override may carry a besluittype
      // whatever its kind, so the export writes it again.
      Block* owner = i < besluiten.size() ? besluiten[i] : last_without_besluittype(process);
      if (owner == nullptr) {
        warnings_.push_back(zaaktype.file + ": zaaktype " + process.zaaktype.identificatie +
                            ": besluittype \"" + besluit.string_or("omschrijving", "") +
                            "\" has no step left to hold it; it is not placed (a block "
                            "holds one besluittype)");
        continue;
      }
      owner->overrides.besluittype = BesluittypeMapping{
          besluit.string_or("omschrijving", ""), besluit.string_or("omschrijvingGeneriek", ""),
          besluit.optional_string("reactietermijn").value_or(""),
          besluit.bool_or("publicatieIndicatie", false)};
      block_of_besluittype[url] = owner;
    }
  }
  Block* fallback = besluiten.empty() ? &process.blocks.back() : besluiten.back();
  for (const auto* object : set_.children(Resource::resultaattype, zaaktype.url)) {
    Block* target = fallback;
    for (const auto& url : strings_of(object->data, "besluittypen")) {
      if (const auto found = block_of_besluittype.find(url); found != block_of_besluittype.end()) {
        target = found->second;
        break;
      }
    }
    target->overrides.resultaattypen->push_back(read_resultaattype(*object));
  }
}

std::string ZaaktypeImporter::origin_of(const SourceObject& zaaktype) const {
  nlohmann::json origin = nlohmann::json::object();
  const auto add_list = [&](Resource resource, const std::vector<const SourceObject*>& objects) {
    auto list = nlohmann::json::array();
    for (const auto* object : objects) list.push_back(writable_only(resource, object->data));
    origin[std::string(origin_member(resource))] = std::move(list);
  };
  origin["zaaktype"] = writable_only(Resource::zaaktype, zaaktype.data);
  for (const auto resource : {Resource::statustype, Resource::roltype, Resource::resultaattype,
                              Resource::eigenschap, Resource::zaaktype_informatieobjecttype}) {
    add_list(resource, set_.children(resource, zaaktype.url));
  }
  std::vector<const SourceObject*> iots;
  std::unordered_set<const SourceObject*> listed;
  for (const auto* link : set_.children(Resource::zaaktype_informatieobjecttype, zaaktype.url)) {
    if (const auto* iot = set_.find(Resource::informatieobjecttype,
                                    text_of(link->data, "informatieobjecttype"))) {
      iots.push_back(iot);
      listed.insert(iot);
    }
  }
  std::vector<const SourceObject*> besluittypen;
  for (const auto& url : strings_of(zaaktype.data, "besluittypen")) {
    if (const auto* object = set_.find(Resource::besluittype, url)) {
      besluittypen.push_back(object);
      for (const auto& iot_url : strings_of(object->data, "informatieobjecttypen")) {
        if (const auto* iot = set_.find(Resource::informatieobjecttype, iot_url)) {
          if (listed.insert(iot).second) iots.push_back(iot);
        }
      }
    }
  }
  add_list(Resource::informatieobjecttype, iots);
  add_list(Resource::besluittype, besluittypen);
  return origin.dump();
}

Process ZaaktypeImporter::import(const SourceObject& zaaktype, ProcessIds& ids,
                                 const std::string& department) {
  Process process;
  process.zaaktype = read_fields(zaaktype);
  const auto& fields = process.zaaktype;
  process.name = fields.omschrijving.empty() ? fields.identificatie : fields.omschrijving;
  process.id =
      ids.claim(slug_from_name(fields.identificatie.empty() ? process.name : fields.identificatie));
  process.department = department;
  auto statustypen = set_.children(Resource::statustype, zaaktype.url);
  std::stable_sort(statustypen.begin(), statustypen.end(), by_volgnummer);
  if (statustypen.empty()) {
    located_reader(zaaktype).fail("zaaktype \"" + process.name +
                                  "\" has no statustypen; a process needs at least one step");
  }
  add_blocks(process, statustypen, strings_of(zaaktype.data, "besluittypen").size(), department);
  std::unordered_map<std::string, std::size_t> block_of_statustype;
  for (std::size_t i = 0; i < statustypen.size(); ++i) {
    block_of_statustype.try_emplace(statustypen[i]->url, i);
  }
  place_roltypen(process, zaaktype.url);
  place_documents(process, zaaktype.url, block_of_statustype);
  place_besluiten(process, zaaktype);
  process.zgw_origin = origin_of(zaaktype);
  return process;
}

// The catalogus and the departments.
CatalogusFields read_catalogus(const CatalogiObjectSet& set) {
  CatalogusFields fields;
  const auto list = set.objects.find(Resource::catalogus);
  if (list == set.objects.end() || list->second.empty()) return fields;
  const auto& object = list->second.front();
  const auto reader = located_reader(object);
  fields.domein = reader.string_or("domein", "");
  fields.rsin = reader.string_or("rsin", "");
  fields.contactpersoon_beheer_naam = reader.string_or("contactpersoonBeheerNaam", "");
  fields.contactpersoon_beheer_telefoonnummer =
      reader.string_or("contactpersoonBeheerTelefoonnummer", "");
  fields.contactpersoon_beheer_emailadres = reader.string_or("contactpersoonBeheerEmailadres", "");
  fields.naam = reader.string_or("naam", "");
  fields.versie = reader.string_or("versie", "");
  fields.begindatum_versie = reader.optional_string("begindatumVersie").value_or("");
  fields.uuid = uuid_of_url(object.url);
  return fields;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Entry point
// -----------------------------------------------------------------------------

ImportResult workshop_from_catalogi(const CatalogiObjectSet& set, const std::string& name,
                                    const BlockLibrary& library, const Selectielijst& selectielijst,
                                    std::vector<std::string> warnings) {
  ImportResult result;
  result.warnings = std::move(warnings);
  auto& workshop = result.workshop;
  workshop.catalogus = read_catalogus(set);
  workshop.name = workshop.catalogus.naam.empty() ? "Import " + name : workshop.catalogus.naam;
  workshop.description = "Geïmporteerd uit " + name + ".";
  ZaaktypeImporter importer(set, library, selectielijst, result.warnings);
  ProcessIds ids;
  Departments departments(workshop);
  if (const auto zaaktypen = set.objects.find(Resource::zaaktype); zaaktypen != set.objects.end()) {
    workshop.processes.reserve(zaaktypen->second.size());
    for (const auto& zaaktype : zaaktypen->second) {
      // Copied: the next department may grow the list the reference points into.
      const std::string department = departments.for_verantwoordelijke(
          located_reader(zaaktype).string_or("verantwoordelijke", ""));
      workshop.processes.push_back(importer.import(zaaktype, ids, department));
    }
  }
  // The earliest geldigheid dates the workshop, so exports default to it.
  for (const auto& process : workshop.processes) {
    const auto& begin = process.zaaktype.begin_geldigheid;
    if (!begin.empty() && (workshop.date.empty() || begin < workshop.date)) workshop.date = begin;
  }
  return result;
}

}  // namespace blokjes
