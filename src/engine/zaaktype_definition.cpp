// Catalogi objects -> the engine's zaaktype definitions, and their stored form.

#include "zaaktype_definition.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <stdexcept>

#include "catalogi/stable_uuid.h"

// [SECTION] Finding by what a person types
// [SECTION] The process graph
// [SECTION] From Catalogi objects
// [SECTION] From a workshop's export
// [SECTION] Stored form

namespace blokjes::engine {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Finding by what a person types
// -----------------------------------------------------------------------------

bool same_text(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

template <typename T, typename Name>
const T* find_by(const std::vector<T>& items, std::string_view key, Name name) {
  for (const auto& item : items) {
    if (item.uuid == key || name(item) == key) return &item;
  }
  for (const auto& item : items) {
    if (same_text(name(item), key)) return &item;
  }
  return nullptr;
}

}  // namespace

const StatustypeDefinition* ZaaktypeDefinition::eindstatus() const {
  const StatustypeDefinition* last = nullptr;
  for (const auto& statustype : statustypen) {
    if (!last || statustype.volgnummer > last->volgnummer) last = &statustype;
  }
  return last;
}

const StatustypeDefinition* ZaaktypeDefinition::find_statustype(std::string_view key) const {
  if (const auto* found = find_by(statustypen, key, [](const auto& s) { return s.omschrijving; })) {
    return found;
  }
  if (!key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
      key.size() < 6) {
    const int volgnummer = std::stoi(std::string(key));
    for (const auto& statustype : statustypen) {
      if (statustype.volgnummer == volgnummer) return &statustype;
    }
  }
  return nullptr;
}

const StatustypeDefinition* ZaaktypeDefinition::statustype_by_uuid(std::string_view uuid) const {
  for (const auto& statustype : statustypen) {
    if (statustype.uuid == uuid) return &statustype;
  }
  return nullptr;
}

const RoltypeDefinition* ZaaktypeDefinition::find_roltype(std::string_view key) const {
  if (const auto* found = find_by(roltypen, key, [](const auto& r) { return r.omschrijving; })) {
    return found;
  }
  // "initiator" names the roltype whose generic description it is.
  return find_by(roltypen, key, [](const auto& r) { return r.omschrijving_generiek; });
}

const ResultaattypeDefinition* ZaaktypeDefinition::find_resultaattype(std::string_view key) const {
  return find_by(resultaattypen, key, [](const auto& r) { return r.omschrijving; });
}

const EigenschapDefinition* ZaaktypeDefinition::find_eigenschap(std::string_view key) const {
  return find_by(eigenschappen, key, [](const auto& e) { return e.naam; });
}

const InformatieobjecttypeDefinition* ZaaktypeDefinition::find_informatieobjecttype(
    std::string_view key) const {
  return find_by(informatieobjecttypen, key, [](const auto& i) { return i.omschrijving; });
}

const BesluittypeDefinition* ZaaktypeDefinition::find_besluittype(std::string_view key) const {
  return find_by(besluittypen, key, [](const auto& b) { return b.omschrijving; });
}

std::string ZaaktypeDefinition::department_of(std::string_view statustype_uuid) const {
  const auto* node = graph.node_of_statustype(statustype_uuid);
  return node ? node->department : std::string();
}

// -----------------------------------------------------------------------------
// [SECTION] The process graph
// -----------------------------------------------------------------------------

const ProcessNode* ProcessGraph::node_of_statustype(std::string_view statustype_uuid) const {
  if (statustype_uuid.empty()) return nullptr;
  for (const auto& node : nodes) {
    if (node.statustype_uuid == statustype_uuid) return &node;
  }
  return nullptr;
}

const ProcessNode* ProcessGraph::find_node(std::string_view block_id) const {
  for (const auto& node : nodes) {
    if (node.block_id == block_id) return &node;
  }
  return nullptr;
}

std::vector<std::string> ProcessGraph::next_statustypen(std::string_view current) const {
  std::vector<std::string> next;
  std::set<std::string> seen;
  std::vector<std::string> frontier;
  if (current.empty()) {
    std::set<std::string> has_incoming;
    for (const auto& edge : edges) has_incoming.insert(edge.to);
    for (const auto& node : nodes) {
      if (!has_incoming.contains(node.block_id)) frontier.push_back(node.block_id);
    }
    // A start block that sets no status hands on to the blocks after it.
    std::vector<std::string> starts;
    for (const auto& block : frontier) {
      const auto* node = find_node(block);
      seen.insert(block);
      if (!node->statustype_uuid.empty()) {
        next.push_back(node->statustype_uuid);
      } else {
        starts.push_back(block);
      }
    }
    frontier = std::move(starts);
  } else {
    const auto* node = node_of_statustype(current);
    if (!node) return next;
    frontier.push_back(node->block_id);
  }
  // Breadth first through blocks that set no status.
  while (!frontier.empty()) {
    std::vector<std::string> following;
    for (const auto& from : frontier) {
      for (const auto& edge : edges) {
        if (edge.from != from || seen.contains(edge.to)) continue;
        seen.insert(edge.to);
        const auto* target = find_node(edge.to);
        if (!target) continue;
        if (target->statustype_uuid.empty()) {
          following.push_back(edge.to);
        } else if (std::find(next.begin(), next.end(), target->statustype_uuid) == next.end()) {
          next.push_back(target->statustype_uuid);
        }
      }
    }
    frontier = std::move(following);
  }
  return next;
}

namespace {

// -----------------------------------------------------------------------------
// [SECTION] From Catalogi objects
// -----------------------------------------------------------------------------

std::string text_of(const nlohmann::json& object, const char* field) {
  const auto found = object.find(field);
  if (found == object.end() || !found->is_string()) return {};
  return found->get<std::string>();
}

std::optional<std::string> optional_text(const nlohmann::json& object, const char* field) {
  const auto found = object.find(field);
  if (found == object.end() || !found->is_string() || found->get<std::string>().empty()) {
    return std::nullopt;
  }
  return found->get<std::string>();
}

bool flag_of(const nlohmann::json& object, const char* field) {
  const auto found = object.find(field);
  return found != object.end() && found->is_boolean() && found->get<bool>();
}

std::string required_text(const SourceObject& object, const char* field) {
  const auto value = text_of(object.data, field);
  if (value.empty()) {
    throw std::runtime_error(object.file + object.pointer + ": the " + field +
                             " is missing; the engine needs it");
  }
  return value;
}

bool lists_url(const nlohmann::json& object, const char* field, const std::string& url) {
  const auto found = object.find(field);
  if (found == object.end() || !found->is_array()) return false;
  return std::any_of(found->begin(), found->end(),
                     [&](const nlohmann::json& item) { return item.is_string() && item == url; });
}

ZaaktypeDefinition definition_of(const CatalogiObjectSet& set, const SourceObject& zaaktype) {
  ZaaktypeDefinition definition;
  const auto& data = zaaktype.data;
  definition.url = zaaktype.url;
  definition.uuid = uuid_of_url(zaaktype.url);
  definition.identificatie = required_text(zaaktype, "identificatie");
  definition.omschrijving = text_of(data, "omschrijving");
  definition.versiedatum = text_of(data, "versiedatum");
  definition.doorlooptijd = required_text(zaaktype, "doorlooptijd");
  definition.servicenorm = optional_text(data, "servicenorm");
  definition.vertrouwelijkheidaanduiding = text_of(data, "vertrouwelijkheidaanduiding");
  if (definition.vertrouwelijkheidaanduiding.empty()) {
    definition.vertrouwelijkheidaanduiding = "zaakvertrouwelijk";
  }
  definition.opschorting_en_aanhouding_mogelijk = flag_of(data, "opschortingEnAanhoudingMogelijk");
  definition.verlenging_mogelijk = flag_of(data, "verlengingMogelijk");
  definition.verlengingstermijn = optional_text(data, "verlengingstermijn");
  definition.is_concept = flag_of(data, "concept");

  for (const auto* object : set.children(Resource::statustype, zaaktype.url)) {
    StatustypeDefinition statustype;
    statustype.uuid = uuid_of_url(object->url);
    statustype.omschrijving = text_of(object->data, "omschrijving");
    const auto volgnummer = object->data.find("volgnummer");
    statustype.volgnummer =
        volgnummer != object->data.end() && volgnummer->is_number_integer() ? volgnummer->get<int>() : 0;
    definition.statustypen.push_back(std::move(statustype));
  }
  std::stable_sort(definition.statustypen.begin(), definition.statustypen.end(),
                   [](const auto& a, const auto& b) { return a.volgnummer < b.volgnummer; });

  for (const auto* object : set.children(Resource::roltype, zaaktype.url)) {
    definition.roltypen.push_back({uuid_of_url(object->url), text_of(object->data, "omschrijving"),
                                   text_of(object->data, "omschrijvingGeneriek")});
  }
  for (const auto* object : set.children(Resource::resultaattype, zaaktype.url)) {
    ResultaattypeDefinition resultaattype;
    resultaattype.uuid = uuid_of_url(object->url);
    resultaattype.omschrijving = text_of(object->data, "omschrijving");
    resultaattype.archiefnominatie = text_of(object->data, "archiefnominatie");
    resultaattype.archiefactietermijn = optional_text(object->data, "archiefactietermijn");
    if (const auto bron = object->data.find("brondatumArchiefprocedure");
        bron != object->data.end() && bron->is_object()) {
      resultaattype.brondatum.afleidingswijze = text_of(*bron, "afleidingswijze");
      resultaattype.brondatum.datumkenmerk = text_of(*bron, "datumkenmerk");
      resultaattype.brondatum.procestermijn = optional_text(*bron, "procestermijn");
    }
    definition.resultaattypen.push_back(std::move(resultaattype));
  }
  for (const auto* object : set.children(Resource::eigenschap, zaaktype.url)) {
    EigenschapDefinition eigenschap;
    eigenschap.uuid = uuid_of_url(object->url);
    eigenschap.naam = text_of(object->data, "naam");
    if (const auto spec = object->data.find("specificatie");
        spec != object->data.end() && spec->is_object()) {
      eigenschap.formaat = text_of(*spec, "formaat");
      eigenschap.lengte = text_of(*spec, "lengte");
      eigenschap.kardinaliteit = text_of(*spec, "kardinaliteit");
      if (const auto values = spec->find("waardenverzameling");
          values != spec->end() && values->is_array()) {
        for (const auto& value : *values) {
          if (value.is_string()) eigenschap.waardenverzameling.push_back(value.get<std::string>());
        }
      }
    }
    definition.eigenschappen.push_back(std::move(eigenschap));
  }
  for (const auto* link : set.children(Resource::zaaktype_informatieobjecttype, zaaktype.url)) {
    const auto url = text_of(link->data, "informatieobjecttype");
    const auto* object = set.find(Resource::informatieobjecttype, url);
    if (!object) continue;
    if (std::any_of(definition.informatieobjecttypen.begin(), definition.informatieobjecttypen.end(),
                    [&](const auto& known) { return known.uuid == uuid_of_url(url); })) {
      continue;
    }
    definition.informatieobjecttypen.push_back({uuid_of_url(url),
                                                text_of(object->data, "omschrijving"),
                                                text_of(object->data, "vertrouwelijkheidaanduiding")});
  }
  if (const auto found = set.objects.find(Resource::besluittype); found != set.objects.end()) {
    for (const auto& object : found->second) {
      if (lists_url(data, "besluittypen", object.url) ||
          lists_url(object.data, "zaaktypen", zaaktype.url)) {
        definition.besluittypen.push_back(
            {uuid_of_url(object.url), text_of(object.data, "omschrijving")});
      }
    }
  }

  // Without a workshop, the statuses follow their volgnummers.
  definition.graph = linear_graph(definition.statustypen);
  return definition;
}

}  // namespace

ProcessGraph linear_graph(std::vector<StatustypeDefinition>& statustypen) {
  std::stable_sort(statustypen.begin(), statustypen.end(),
                   [](const auto& a, const auto& b) { return a.volgnummer < b.volgnummer; });
  ProcessGraph graph;
  graph.from_workshop = false;
  for (std::size_t i = 0; i < statustypen.size(); ++i) {
    auto& statustype = statustypen[i];
    statustype.block_id = "s" + std::to_string(statustype.volgnummer);
    graph.nodes.push_back({statustype.block_id, "", statustype.omschrijving, "", statustype.uuid});
    if (i > 0) graph.edges.push_back({statustypen[i - 1].block_id, statustype.block_id, "sequence"});
  }
  return graph;
}

std::vector<ZaaktypeDefinition> definitions_from_objects(const CatalogiObjectSet& objects) {
  std::vector<ZaaktypeDefinition> definitions;
  const auto found = objects.objects.find(Resource::zaaktype);
  if (found == objects.objects.end()) return definitions;
  for (const auto& zaaktype : found->second) {
    definitions.push_back(definition_of(objects, zaaktype));
  }
  return definitions;
}

// -----------------------------------------------------------------------------
// [SECTION] From a workshop's export
// -----------------------------------------------------------------------------

std::vector<ZaaktypeDefinition> definitions_from_export(const CatalogusExport& objects,
                                                        const Workshop& workshop) {
  CatalogiObjectSet set;
  for (const auto* object : objects.all_objects()) {
    set.objects[object->resource].push_back(
        {nlohmann::json::parse(object->data.dump()), "workshop", object->source.pointer,
         object->url()});
  }
  auto definitions = definitions_from_objects(set);
  for (std::size_t i = 0; i < definitions.size() && i < objects.zaaktypen.size(); ++i) {
    auto& definition = definitions[i];
    const auto& zaaktype_objects = objects.zaaktypen[i];
    const auto* process = workshop.find_process(zaaktype_objects.process_id);
    if (!process) continue;
    std::map<std::string, std::string> statustype_of_block;
    for (const auto& statustype : zaaktype_objects.statustypen) {
      const auto uuid = statustype.uuid;
      statustype_of_block[statustype.source.block_id] = uuid;
      for (auto& known : definition.statustypen) {
        if (known.uuid == uuid) known.block_id = statustype.source.block_id;
      }
    }
    ProcessGraph graph;
    graph.from_workshop = true;
    graph.process_id = process->id;
    for (const auto& block : process->blocks) {
      const auto status = statustype_of_block.find(block.id);
      graph.nodes.push_back({block.id, block.kind, block.label, block.lane,
                             status == statustype_of_block.end() ? std::string() : status->second});
    }
    for (const auto& flow : process->flows) {
      graph.edges.push_back({flow.from, flow.to, std::string(to_string(flow.kind))});
    }
    definition.graph = std::move(graph);
  }
  return definitions;
}

// -----------------------------------------------------------------------------
// [SECTION] Stored form
// -----------------------------------------------------------------------------

namespace {

nlohmann::json optional_json(const std::optional<std::string>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

std::optional<std::string> optional_from(const nlohmann::json& json, const char* field) {
  const auto found = json.find(field);
  if (found == json.end() || found->is_null()) return std::nullopt;
  return found->get<std::string>();
}

}  // namespace

nlohmann::json to_json(const ZaaktypeDefinition& d) {
  nlohmann::json json;
  json["uuid"] = d.uuid;
  json["url"] = d.url;
  json["identificatie"] = d.identificatie;
  json["omschrijving"] = d.omschrijving;
  json["versiedatum"] = d.versiedatum;
  json["doorlooptijd"] = d.doorlooptijd;
  json["servicenorm"] = optional_json(d.servicenorm);
  json["vertrouwelijkheidaanduiding"] = d.vertrouwelijkheidaanduiding;
  json["opschortingEnAanhoudingMogelijk"] = d.opschorting_en_aanhouding_mogelijk;
  json["verlengingMogelijk"] = d.verlenging_mogelijk;
  json["verlengingstermijn"] = optional_json(d.verlengingstermijn);
  json["concept"] = d.is_concept;
  auto& statustypen = json["statustypen"] = nlohmann::json::array();
  for (const auto& s : d.statustypen) {
    statustypen.push_back({{"uuid", s.uuid}, {"omschrijving", s.omschrijving},
                           {"volgnummer", s.volgnummer}, {"block", s.block_id}});
  }
  auto& roltypen = json["roltypen"] = nlohmann::json::array();
  for (const auto& r : d.roltypen) {
    roltypen.push_back({{"uuid", r.uuid}, {"omschrijving", r.omschrijving},
                        {"omschrijvingGeneriek", r.omschrijving_generiek}});
  }
  auto& resultaattypen = json["resultaattypen"] = nlohmann::json::array();
  for (const auto& r : d.resultaattypen) {
    resultaattypen.push_back({{"uuid", r.uuid},
                              {"omschrijving", r.omschrijving},
                              {"archiefnominatie", r.archiefnominatie},
                              {"archiefactietermijn", optional_json(r.archiefactietermijn)},
                              {"afleidingswijze", r.brondatum.afleidingswijze},
                              {"datumkenmerk", r.brondatum.datumkenmerk},
                              {"procestermijn", optional_json(r.brondatum.procestermijn)}});
  }
  auto& eigenschappen = json["eigenschappen"] = nlohmann::json::array();
  for (const auto& e : d.eigenschappen) {
    eigenschappen.push_back({{"uuid", e.uuid}, {"naam", e.naam}, {"formaat", e.formaat},
                             {"lengte", e.lengte}, {"kardinaliteit", e.kardinaliteit},
                             {"waardenverzameling", e.waardenverzameling}});
  }
  auto& informatieobjecttypen = json["informatieobjecttypen"] = nlohmann::json::array();
  for (const auto& i : d.informatieobjecttypen) {
    informatieobjecttypen.push_back({{"uuid", i.uuid}, {"omschrijving", i.omschrijving},
                                     {"vertrouwelijkheidaanduiding", i.vertrouwelijkheidaanduiding}});
  }
  auto& besluittypen = json["besluittypen"] = nlohmann::json::array();
  for (const auto& b : d.besluittypen) {
    besluittypen.push_back({{"uuid", b.uuid}, {"omschrijving", b.omschrijving}});
  }
  auto& graph = json["graph"];
  graph["fromWorkshop"] = d.graph.from_workshop;
  graph["process"] = d.graph.process_id;
  auto& nodes = graph["nodes"] = nlohmann::json::array();
  for (const auto& n : d.graph.nodes) {
    nodes.push_back({{"block", n.block_id}, {"kind", n.kind}, {"label", n.label},
                     {"department", n.department}, {"statustype", n.statustype_uuid}});
  }
  auto& edges = graph["edges"] = nlohmann::json::array();
  for (const auto& e : d.graph.edges) {
    edges.push_back({{"from", e.from}, {"to", e.to}, {"kind", e.kind}});
  }
  return json;
}

ZaaktypeDefinition definition_from_json(const nlohmann::json& json) {
  try {
    ZaaktypeDefinition d;
    d.uuid = json.at("uuid").get<std::string>();
    d.url = json.at("url").get<std::string>();
    d.identificatie = json.at("identificatie").get<std::string>();
    d.omschrijving = json.at("omschrijving").get<std::string>();
    d.versiedatum = json.at("versiedatum").get<std::string>();
    d.doorlooptijd = json.at("doorlooptijd").get<std::string>();
    d.servicenorm = optional_from(json, "servicenorm");
    d.vertrouwelijkheidaanduiding = json.at("vertrouwelijkheidaanduiding").get<std::string>();
    d.opschorting_en_aanhouding_mogelijk = json.at("opschortingEnAanhoudingMogelijk").get<bool>();
    d.verlenging_mogelijk = json.at("verlengingMogelijk").get<bool>();
    d.verlengingstermijn = optional_from(json, "verlengingstermijn");
    d.is_concept = json.at("concept").get<bool>();
    for (const auto& s : json.at("statustypen")) {
      d.statustypen.push_back({s.at("uuid"), s.at("omschrijving"), s.at("volgnummer").get<int>(),
                               s.at("block")});
    }
    for (const auto& r : json.at("roltypen")) {
      d.roltypen.push_back({r.at("uuid"), r.at("omschrijving"), r.at("omschrijvingGeneriek")});
    }
    for (const auto& r : json.at("resultaattypen")) {
      ResultaattypeDefinition resultaattype;
      resultaattype.uuid = r.at("uuid");
      resultaattype.omschrijving = r.at("omschrijving");
      resultaattype.archiefnominatie = r.at("archiefnominatie");
      resultaattype.archiefactietermijn = optional_from(r, "archiefactietermijn");
      resultaattype.brondatum.afleidingswijze = r.at("afleidingswijze");
      resultaattype.brondatum.datumkenmerk = r.at("datumkenmerk");
      resultaattype.brondatum.procestermijn = optional_from(r, "procestermijn");
      d.resultaattypen.push_back(std::move(resultaattype));
    }
    for (const auto& e : json.at("eigenschappen")) {
      d.eigenschappen.push_back({e.at("uuid"), e.at("naam"), e.at("formaat"), e.at("lengte"),
                                 e.at("kardinaliteit"),
                                 e.at("waardenverzameling").get<std::vector<std::string>>()});
    }
    for (const auto& i : json.at("informatieobjecttypen")) {
      d.informatieobjecttypen.push_back(
          {i.at("uuid"), i.at("omschrijving"), i.at("vertrouwelijkheidaanduiding")});
    }
    for (const auto& b : json.at("besluittypen")) {
      d.besluittypen.push_back({b.at("uuid"), b.at("omschrijving")});
    }
    const auto& graph = json.at("graph");
    d.graph.from_workshop = graph.at("fromWorkshop").get<bool>();
    d.graph.process_id = graph.at("process");
    for (const auto& n : graph.at("nodes")) {
      d.graph.nodes.push_back(
          {n.at("block"), n.at("kind"), n.at("label"), n.at("department"), n.at("statustype")});
    }
    for (const auto& e : graph.at("edges")) {
      d.graph.edges.push_back({e.at("from"), e.at("to"), e.at("kind")});
    }
    return d;
  } catch (const nlohmann::json::exception& error) {
    throw std::runtime_error(std::string("a stored zaaktype definition is damaged: ") + error.what());
  }
}

}  // namespace blokjes::engine
