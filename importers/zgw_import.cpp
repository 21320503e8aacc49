#include "zgw_import.h"

#include <algorithm>
#include <map>
#include <optional>
#include <span>

#include "catalogi/catalogi_objects.h"
#include "catalogi/stable_uuid.h"
#include "catalogi/zgw_origin.h"
#include "core/json_reader.h"
#include "core/json_text.h"
#include "core/load_error.h"
#include "core/process_editing.h"
#include "zip_reader.h"

// [SECTION] Reading the objects
// [SECTION] Block kinds from statustypen
// [SECTION] One zaaktype -> one process
// [SECTION] Entry points

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Reading the objects
// -----------------------------------------------------------------------------

// One object as read, with the reader that knows its place for errors.
struct SourceObject {
  nlohmann::json data;
  std::string file;     // "export.zip:ZaakType.json"
  std::string pointer;  // "/3"
  std::string url;
};

// Every object of an import, by resource, plus how to point into its file.
struct ObjectSet {
  std::map<Resource, std::vector<SourceObject>> objects;
  std::map<std::string, std::shared_ptr<const JsonSourceMap>> sources;

  const SourceObject* find(Resource resource, const std::string& url) const {
    const auto list = objects.find(resource);
    if (list == objects.end()) return nullptr;
    for (const auto& object : list->second) {
      if (object.url == url) return &object;
    }
    return nullptr;
  }
  std::vector<const SourceObject*> children(Resource resource, const std::string& zaaktype) const {
    std::vector<const SourceObject*> result;
    const auto list = objects.find(resource);
    if (list == objects.end()) return result;
    for (const auto& object : list->second) {
      if (object.data.value("zaaktype", "") == zaaktype) result.push_back(&object);
    }
    return result;
  }
};

// Readers carry "<file><kFileSeparator><pointer>" so that a decode error deep
// in the import still knows which ZIP entry it is about.
constexpr char kFileSeparator = '\x1f';

JsonReader located_reader(const SourceObject& object) {
  return JsonReader(object.data, object.file + kFileSeparator + object.pointer);
}

[[noreturn]] void fail_at(const ObjectSet& set, const std::string& file, const std::string& pointer,
                          const std::string& message) {
  const auto source = set.sources.find(file);
  const SourcePosition position =
      source == set.sources.end() ? SourcePosition{} : source->second->locate(pointer);
  throw LoadError(file, position, pointer, message);
}

std::optional<Resource> resource_of_entry(const std::string& entry) {
  for (const auto resource : kAllResources) {
    if (entry == std::string(resource_name(resource)) + ".json") return resource;
  }
  return std::nullopt;
}

void add_object(ObjectSet& set, Resource resource, const JsonReader& item,
                const std::string& file) {
  item.as_object();
  const auto url = item.field("url").as_string();
  if (uuid_of_url(url).empty()) {
    item.field("url").fail("expected a URL that ends in the object's UUID, got \"" + url + "\"");
  }
  set.objects[resource].push_back({item.value(), file, item.pointer(), url});
}

void add_objects(ObjectSet& set, Resource resource, const nlohmann::json& list,
                 const std::string& file, const std::string& base_pointer) {
  for (const auto& item : JsonReader(list, base_pointer).as_array()) {
    add_object(set, resource, item, file);
  }
}

// Parses one JSON text into the set, turning decode errors into LoadErrors.
template <typename Fill>
void parse_into(ObjectSet& set, const std::string& text, const std::string& file, Fill fill) {
  auto source = std::make_shared<const JsonSourceMap>(text);
  set.sources[file] = source;
  // Shallower than a workshop allows: the objects travel inside one.
  const auto document = parse_json_text(text, file, JsonLimits{JsonLimits{}.max_bytes, 48});
  try {
    fill(document);
  } catch (const DecodeError& error) {
    throw LoadError(file, source->locate(error.pointer()), error.pointer(), error.what());
  }
}

ObjectSet read_zip(const std::string& bytes, const std::string& name,
                   std::vector<std::string>& warnings) {
  ObjectSet set;
  for (const auto& entry : read_zip_entries_from_memory(bytes, name)) {
    const auto resource = resource_of_entry(entry.name);
    const std::string file = name + ":" + entry.name;
    if (!resource) {
      warnings.push_back(file + ": not a resource Blokjessessie reads; skipped");
      continue;
    }
    parse_into(set, entry.bytes, file, [&](const nlohmann::json& document) {
      add_objects(set, *resource, document, file, "");
    });
  }
  if (set.objects[Resource::zaaktype].empty()) {
    throw LoadError(name, {}, "", "the ZIP holds no ZaakType.json with zaaktypen");
  }
  return set;
}

ObjectSet read_zgw_json(const std::string& text, const std::string& name) {
  ObjectSet set;
  parse_into(set, text, name, [&](const nlohmann::json& document) {
    const JsonReader root(document, "");
    if (root.field("format").as_string() != "blokjessessie-zgw") {
      root.field("format").fail("expected \"blokjessessie-zgw\"; this is not a zgw-json document");
    }
    if (const auto version = root.field("version"); version.as_int() != 1) {
      version.fail("version " + std::to_string(version.as_int()) +
                   " of zgw-json is not one this Blokjessessie reads; expected 1");
    }
    for (const auto resource : kAllResources) {
      const std::string member(origin_member(resource));
      const auto field = root.optional_field(member);
      if (!field) continue;
      if (field->value().is_object()) {
        add_object(set, resource, *field, name);
      } else {
        add_objects(set, resource, field->value(), name, "/" + member);
      }
    }
  });
  if (set.objects[Resource::zaaktype].empty()) {
    throw LoadError(name, {}, "/zaaktype", "the document holds no zaaktype");
  }
  return set;
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

constexpr std::string_view kInternOfExtern[] = {"intern", "extern"};

// Only writable fields travel: read-only ones (lists of related URLs, say)
// would refer to objects of the old catalogus.
nlohmann::json writable_only(Resource resource, const nlohmann::json& data) {
  nlohmann::json result = {{"url", data.value("url", "")}};
  for (const auto field : writable_fields(resource)) {
    const std::string name(field);
    if (data.contains(name)) result[name] = data[name];
  }
  return result;
}

// -----------------------------------------------------------------------------
// [SECTION] Block kinds from statustypen
// -----------------------------------------------------------------------------

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

struct KindChoice {
  std::string kind;
  std::string variant;
};

// Which kind a step name suggests, from the Dutch words municipalities use.
std::string kind_of_words(const std::string& name) {
  static const std::vector<std::pair<std::string, std::string>> kWords = {
      {"intake", "intake"},        {"ontvang", "intake"},
      {"geregistreerd", "intake"}, {"aanvull", "aanvullende-informatie"},
      {"advies", "adviseren"},     {"besluit", "besluiten"},
      {"beslis", "besluiten"},     {"heropen", "heropenen"},
      {"bezwaar", "heroverwegen"}, {"publica", "publiceren"},
      {"betaal", "betalen"},       {"betaling", "betalen"},
      {"inspectie", "uitvoeren"},  {"uitgevoerd", "uitvoeren"},
      {"uitvoering", "uitvoeren"}, {"voltrokken", "uitvoeren"},
      {"hersteld", "uitvoeren"},   {"ingepland", "uitvoeren"},
      {"archiv", "archiveren"},    {"afgerond", "archiveren"},
      {"informeer", "informeren"}, {"beantwoord", "informeren"},
      {"onderzoek", "behandelen"}, {"behandeling", "behandelen"}};
  for (const auto& [word, kind] : kWords) {
    if (name.find(word) != std::string::npos) return kind;
  }
  return "";
}

// Scores each library variant for a statustype: its own default name is
// decisive, a suggestive word weighs next, and each document the step needs
// that the variant also brings tips the balance between variants.
KindChoice infer_kind(const std::string& omschrijving, const std::vector<std::string>& documents,
                      const BlockLibrary& library) {
  const auto name = lower(omschrijving);
  const auto suggested = kind_of_words(name);
  KindChoice best{"behandelen", "standaard"};
  int best_score = 0;
  for (const auto& kind : library.kinds()) {
    for (const auto& variant : kind.variants) {
      const auto& mapping = variant.mapping;
      int score = 0;
      if (mapping.statustype && lower(mapping.statustype->omschrijving) == name) score += 100;
      if (kind.id == suggested) score += 10;
      for (const auto& document : mapping.informatieobjecttypen) {
        score += 2 * static_cast<int>(std::count(documents.begin(), documents.end(),
                                                 lower(document.omschrijving)));
      }
      // Documents alone do not make a kind: a name must point that way too.
      if (score > best_score && (score >= 10)) {
        best = {kind.id, variant.id};
        best_score = score;
      }
    }
  }
  return best;
}

// -----------------------------------------------------------------------------
// [SECTION] One zaaktype -> one process
// -----------------------------------------------------------------------------

class ZaaktypeImporter {
 public:
  ZaaktypeImporter(const ObjectSet& set, const BlockLibrary& library,
                   const Selectielijst& selectielijst, std::vector<std::string>& warnings)
      : set_(set), library_(library), selectielijst_(selectielijst), warnings_(warnings) {}

  Process import(const SourceObject& zaaktype, const std::vector<Process>& existing,
                 const std::string& department);

 private:
  JsonReader reader_of(const SourceObject& object) const { return located_reader(object); }
  ZaaktypeFields read_fields(const SourceObject& zaaktype) const;
  void add_blocks(Process& process, const std::vector<const SourceObject*>& statustypen,
                  std::size_t besluittype_count, const std::string& department) const;
  void place_roltypen(Process& process, const std::string& zaaktype) const;
  void place_documents(Process& process, const std::string& zaaktype,
                       const std::map<std::string, std::string>& block_of_statustype) const;
  void place_besluiten(Process& process, const SourceObject& zaaktype) const;
  ResultaattypeMapping read_resultaattype(const SourceObject& object) const;
  std::vector<std::string> documents_of(const std::string& statustype) const;
  std::vector<EigenschapMapping> read_eigenschappen(const std::string& zaaktype) const;
  std::string origin_of(const SourceObject& zaaktype) const;

  const ObjectSet& set_;
  const BlockLibrary& library_;
  const Selectielijst& selectielijst_;
  std::vector<std::string>& warnings_;
};

ZaaktypeFields ZaaktypeImporter::read_fields(const SourceObject& zaaktype) const {
  const auto reader = reader_of(zaaktype);
  ZaaktypeFields fields;
  fields.identificatie = reader.string_or("identificatie", "");
  fields.omschrijving = reader.string_or("omschrijving", "");
  fields.doel = reader.string_or("doel", "");
  fields.aanleiding = reader.string_or("aanleiding", "");
  fields.onderwerp = reader.string_or("onderwerp", "");
  fields.handeling_initiator = reader.string_or("handelingInitiator", "");
  fields.handeling_behandelaar = reader.string_or("handelingBehandelaar", "");
  fields.doorlooptijd = reader.string_or("doorlooptijd", "");
  fields.servicenorm = reader.optional_string("servicenorm");
  fields.opschorting_en_aanhouding_mogelijk =
      reader.bool_or("opschortingEnAanhoudingMogelijk", false);
  fields.verlenging_mogelijk = reader.bool_or("verlengingMogelijk", false);
  fields.verlengingstermijn = reader.optional_string("verlengingstermijn");
  fields.vertrouwelijkheidaanduiding =
      enum_or(reader, "vertrouwelijkheidaanduiding", kVertrouwelijkheidaanduiding,
              fields.vertrouwelijkheidaanduiding);
  fields.indicatie_intern_of_extern = enum_or(reader, "indicatieInternOfExtern", kInternOfExtern,
                                              fields.indicatie_intern_of_extern);
  const auto procestype_url = reader.string_or("selectielijstProcestype", "");
  if (const auto* entry = selectielijst_.find_procestype_by_uuid(uuid_of_url(procestype_url))) {
    fields.selectielijst_procestype = SelectielijstProcestype{selectielijst_.jaar, entry->nummer};
  }
  fields.verantwoordelijke = reader.string_or("verantwoordelijke", "");
  if (const auto list = reader.optional_field("trefwoorden")) {
    for (const auto& item : list->as_array()) fields.trefwoorden.push_back(item.as_string());
  }
  fields.toelichting = reader.string_or("toelichting", "");
  fields.begin_geldigheid = reader.string_or("beginGeldigheid", "");
  fields.einde_geldigheid = reader.optional_string("eindeGeldigheid");
  fields.versiedatum = reader.string_or("versiedatum", "");
  if (const auto referentie = reader.optional_field("referentieproces")) {
    fields.referentieproces = referentie->string_or("naam", "");
  }
  fields.publicatie_indicatie = reader.bool_or("publicatieIndicatie", false);
  if (const auto list = reader.optional_field("productenOfDiensten")) {
    for (const auto& item : list->as_array())
      fields.producten_of_diensten.push_back(item.as_string());
  }
  fields.eigenschappen = read_eigenschappen(zaaktype.url);
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
  const auto links = set_.objects.find(Resource::zaaktype_informatieobjecttype);
  if (links == set_.objects.end()) return names;
  for (const auto& link : links->second) {
    if (link.data.value("statustype", nlohmann::json()) != statustype) continue;
    if (const auto* iot = set_.find(Resource::informatieobjecttype,
                                    link.data.value("informatieobjecttype", ""))) {
      names.push_back(lower(iot->data.value("omschrijving", "")));
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
    auto choice = infer_kind(omschrijving, documents_of(statustypen[i]->url), library_);
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
    statustype.doorlooptijd = reader.string_or("doorlooptijd", "");
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
  for (const auto* object : set_.children(Resource::roltype, zaaktype)) {
    const auto reader = reader_of(*object);
    RoltypeMapping roltype{
        reader.field("omschrijving").as_string(),
        reader.field("omschrijvingGeneriek").as_enum(kRoltypeOmschrijvingGeneriek)};
    // To the first block whose kind brings this generic role, else the first.
    Block* target = &process.blocks.front();
    for (auto& block : process.blocks) {
      const auto* variant = library_.find_variant(block.kind, block.variant);
      const bool brings =
          variant != nullptr &&
          std::any_of(variant->mapping.roltypen.begin(), variant->mapping.roltypen.end(),
                      [&](const auto& r) {
                        return r.omschrijving_generiek == roltype.omschrijving_generiek;
                      });
      if (brings) {
        target = &block;
        break;
      }
    }
    target->overrides.roltypen->push_back(std::move(roltype));
  }
}

void ZaaktypeImporter::place_documents(
    Process& process, const std::string& zaaktype,
    const std::map<std::string, std::string>& block_of_statustype) const {
  auto links = set_.children(Resource::zaaktype_informatieobjecttype, zaaktype);
  std::stable_sort(links.begin(), links.end(), [](const auto* a, const auto* b) {
    return a->data.value("volgnummer", 0) < b->data.value("volgnummer", 0);
  });
  std::string current = process.blocks.front().id;
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
    process.find_block(current)->overrides.informatieobjecttypen->push_back(
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
      if (i >= besluiten.size()) {
        warnings_.push_back(zaaktype.file + ": zaaktype " + process.zaaktype.identificatie +
                            ": besluittype \"" + besluit.string_or("omschrijving", "") +
                            "\" has no Besluiten step of its own; it is not placed (a block "
                            "holds one besluittype)");
        continue;
      }
      besluiten[i]->overrides.besluittype = BesluittypeMapping{
          besluit.string_or("omschrijving", ""), besluit.string_or("omschrijvingGeneriek", ""),
          besluit.optional_string("reactietermijn").value_or(""),
          besluit.bool_or("publicatieIndicatie", false)};
      block_of_besluittype[url] = besluiten[i];
    }
  }
  Block* fallback = besluiten.empty() ? &process.blocks.back() : besluiten.back();
  for (const auto* object : set_.children(Resource::resultaattype, zaaktype.url)) {
    Block* target = fallback;
    for (const auto& url : object->data.value("besluittypen", nlohmann::json::array())) {
      if (url.is_string() && block_of_besluittype.contains(url.get<std::string>())) {
        target = block_of_besluittype[url.get<std::string>()];
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
  for (const auto* link : set_.children(Resource::zaaktype_informatieobjecttype, zaaktype.url)) {
    if (const auto* iot = set_.find(Resource::informatieobjecttype,
                                    link->data.value("informatieobjecttype", ""))) {
      iots.push_back(iot);
    }
  }
  std::vector<const SourceObject*> besluittypen;
  for (const auto& url : zaaktype.data.value("besluittypen", nlohmann::json::array())) {
    if (!url.is_string()) continue;
    if (const auto* object = set_.find(Resource::besluittype, url.get<std::string>())) {
      besluittypen.push_back(object);
      for (const auto& iot_url :
           object->data.value("informatieobjecttypen", nlohmann::json::array())) {
        if (!iot_url.is_string()) continue;
        if (const auto* iot =
                set_.find(Resource::informatieobjecttype, iot_url.get<std::string>())) {
          if (std::find(iots.begin(), iots.end(), iot) == iots.end()) iots.push_back(iot);
        }
      }
    }
  }
  add_list(Resource::informatieobjecttype, iots);
  add_list(Resource::besluittype, besluittypen);
  return origin.dump();
}

Process ZaaktypeImporter::import(const SourceObject& zaaktype, const std::vector<Process>& existing,
                                 const std::string& department) {
  Process process;
  process.zaaktype = read_fields(zaaktype);
  const auto& fields = process.zaaktype;
  process.name = fields.omschrijving.empty() ? fields.identificatie : fields.omschrijving;
  process.id = unique_process_id(
      existing, slug_from_name(fields.identificatie.empty() ? process.name : fields.identificatie));
  process.department = department;
  auto statustypen = set_.children(Resource::statustype, zaaktype.url);
  std::stable_sort(statustypen.begin(), statustypen.end(), [](const auto* a, const auto* b) {
    return a->data.value("volgnummer", 0) < b->data.value("volgnummer", 0);
  });
  if (statustypen.empty()) {
    fail_at(
        set_, zaaktype.file, zaaktype.pointer,
        "zaaktype \"" + process.name + "\" has no statustypen; a process needs at least one step");
  }
  const auto besluittypen = zaaktype.data.value("besluittypen", nlohmann::json::array());
  add_blocks(process, statustypen, besluittypen.is_array() ? besluittypen.size() : 0, department);
  std::map<std::string, std::string> block_of_statustype;
  for (std::size_t i = 0; i < statustypen.size(); ++i) {
    block_of_statustype[statustypen[i]->url] = process.blocks[i].id;
  }
  place_roltypen(process, zaaktype.url);
  place_documents(process, zaaktype.url, block_of_statustype);
  place_besluiten(process, zaaktype);
  process.zgw_origin = origin_of(zaaktype);
  return process;
}

// -----------------------------------------------------------------------------
// [SECTION] Entry points
// -----------------------------------------------------------------------------

CatalogusFields read_catalogus(const ObjectSet& set) {
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

Department department_for(const std::string& verantwoordelijke, Workshop& workshop) {
  const std::string name = verantwoordelijke.empty() ? "Onbekend" : verantwoordelijke;
  const auto id = slug_from_name(name);
  if (const auto* existing = workshop.find_department(id)) return *existing;
  workshop.departments.push_back({id, name, ""});
  return workshop.departments.back();
}

ImportResult import_objects(const ObjectSet& set, const std::string& name,
                            const BlockLibrary& library, const Selectielijst& selectielijst,
                            std::vector<std::string> warnings) {
  ImportResult result;
  result.warnings = std::move(warnings);
  auto& workshop = result.workshop;
  workshop.catalogus = read_catalogus(set);
  workshop.name = workshop.catalogus.naam.empty() ? "Import " + name : workshop.catalogus.naam;
  workshop.description = "Geïmporteerd uit " + name + ".";
  ZaaktypeImporter importer(set, library, selectielijst, result.warnings);
  try {
    for (const auto& zaaktype : set.objects.at(Resource::zaaktype)) {
      const auto department =
          department_for(located_reader(zaaktype).string_or("verantwoordelijke", ""), workshop);
      workshop.processes.push_back(importer.import(zaaktype, workshop.processes, department.id));
    }
  } catch (const DecodeError& error) {
    const auto& located = error.pointer();
    const auto separator = located.rfind(kFileSeparator);
    if (separator == std::string::npos) throw LoadError(name, {}, located, error.what());
    fail_at(set, located.substr(0, separator), located.substr(separator + 1), error.what());
  }
  // The earliest geldigheid dates the workshop, so exports default to it.
  for (const auto& process : workshop.processes) {
    const auto& begin = process.zaaktype.begin_geldigheid;
    if (!begin.empty() && (workshop.date.empty() || begin < workshop.date)) workshop.date = begin;
  }
  return result;
}

bool looks_like_zip(const std::string& bytes) {
  return bytes.starts_with("PK");
}

}  // namespace

ImportResult import_catalogi_bytes(const std::string& bytes, const std::string& name,
                                   const BlockLibrary& library,
                                   const Selectielijst& selectielijst) {
  std::vector<std::string> warnings;
  const auto set =
      looks_like_zip(bytes) ? read_zip(bytes, name, warnings) : read_zgw_json(bytes, name);
  return import_objects(set, name, library, selectielijst, std::move(warnings));
}

ImportResult import_catalogi_file(const std::string& path, const BlockLibrary& library,
                                  const Selectielijst& selectielijst) {
  return import_catalogi_bytes(read_text_file(path, ZipLimits{}.max_total_bytes), path, library,
                               selectielijst);
}

}  // namespace blokjes
