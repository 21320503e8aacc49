#include "workshop_file.h"

#include <cmath>

#include "atomic_file.h"
#include "mapping_json.h"
#include "utf8_text.h"
#include "workshop_migration.h"

// [SECTION] Decoding: JSON -> model
// [SECTION] Encoding: model -> canonical JSON
// [SECTION] Files

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Decoding: JSON -> model
// -----------------------------------------------------------------------------

Position decode_position(const JsonReader& reader) {
  reader.expect_only_fields({"x", "y"});
  return {reader.field("x").as_number(), reader.field("y").as_number()};
}

Block decode_block(const JsonReader& reader) {
  reader.expect_only_fields(
      {"id", "kind", "variant", "label", "lane", "position", "note", "overrides"});
  Block block;
  block.id = reader.field("id").as_string();
  block.kind = reader.field("kind").as_string();
  block.variant = reader.field("variant").as_string();
  block.label = reader.string_or("label", "");
  block.lane = reader.string_or("lane", "");
  block.position = decode_position(reader.field("position"));
  block.note = reader.string_or("note", "");
  if (const auto overrides = reader.optional_field("overrides")) {
    block.overrides = decode_overrides(*overrides);
  }
  return block;
}

Flow decode_flow(const JsonReader& reader) {
  reader.expect_only_fields({"id", "from", "to", "kind", "label"});
  Flow flow;
  flow.id = reader.field("id").as_string();
  flow.from = reader.field("from").as_string();
  flow.to = reader.field("to").as_string();
  if (const auto kind = reader.optional_field("kind")) {
    flow.kind = *flow_kind_from_string(kind->as_enum({"sequence", "conditional", "rework"}));
  }
  flow.label = reader.string_or("label", "");
  return flow;
}

SelectielijstProcestype decode_procestype(const JsonReader& reader) {
  reader.expect_only_fields({"jaar", "nummer"});
  return {reader.field("jaar").as_int(), reader.field("nummer").as_int()};
}

std::vector<std::string> decode_strings(const JsonReader& reader) {
  std::vector<std::string> strings;
  for (const auto& element : reader.as_array()) strings.push_back(element.as_string());
  return strings;
}

EigenschapMapping decode_eigenschap(const JsonReader& reader) {
  reader.expect_only_fields({"naam", "definitie", "formaat", "lengte", "kardinaliteit",
                             "waardenverzameling", "groep", "toelichting"});
  EigenschapMapping eigenschap;
  eigenschap.naam = reader.field("naam").as_string();
  eigenschap.definitie = reader.string_or("definitie", "");
  eigenschap.formaat = reader.field("formaat").as_enum(kEigenschapFormaat);
  eigenschap.lengte = reader.field("lengte").as_string();
  eigenschap.kardinaliteit = reader.string_or("kardinaliteit", "1");
  if (const auto field = reader.optional_field("waardenverzameling")) {
    eigenschap.waardenverzameling = decode_strings(*field);
  }
  eigenschap.groep = reader.string_or("groep", "");
  eigenschap.toelichting = reader.string_or("toelichting", "");
  return eigenschap;
}

ZaaktypeFields decode_zaaktype(const JsonReader& reader) {
  reader.expect_only_fields({"identificatie",
                             "omschrijving",
                             "doel",
                             "aanleiding",
                             "onderwerp",
                             "handelingInitiator",
                             "handelingBehandelaar",
                             "doorlooptijd",
                             "servicenorm",
                             "opschortingEnAanhoudingMogelijk",
                             "verlengingMogelijk",
                             "verlengingstermijn",
                             "vertrouwelijkheidaanduiding",
                             "indicatieInternOfExtern",
                             "selectielijstProcestype",
                             "verantwoordelijke",
                             "trefwoorden",
                             "toelichting",
                             "beginGeldigheid",
                             "eindeGeldigheid",
                             "versiedatum",
                             "referentieproces",
                             "publicatieIndicatie",
                             "productenOfDiensten",
                             "eigenschappen"});
  ZaaktypeFields fields;
  fields.identificatie = reader.string_or("identificatie", "");
  fields.omschrijving = reader.string_or("omschrijving", "");
  fields.doel = reader.string_or("doel", "");
  fields.aanleiding = reader.string_or("aanleiding", "");
  fields.onderwerp = reader.string_or("onderwerp", "");
  fields.handeling_initiator = reader.string_or("handelingInitiator", "");
  fields.handeling_behandelaar = reader.string_or("handelingBehandelaar", "");
  fields.doorlooptijd = reader.field("doorlooptijd").as_string();
  fields.servicenorm = reader.optional_string("servicenorm");
  fields.opschorting_en_aanhouding_mogelijk =
      reader.bool_or("opschortingEnAanhoudingMogelijk", false);
  fields.verlenging_mogelijk = reader.bool_or("verlengingMogelijk", false);
  fields.verlengingstermijn = reader.optional_string("verlengingstermijn");
  if (const auto field = reader.optional_field("vertrouwelijkheidaanduiding")) {
    fields.vertrouwelijkheidaanduiding = field->as_enum(kVertrouwelijkheidaanduiding);
  }
  if (const auto field = reader.optional_field("indicatieInternOfExtern")) {
    fields.indicatie_intern_of_extern = field->as_enum({"intern", "extern"});
  }
  if (const auto field = reader.optional_field("selectielijstProcestype")) {
    fields.selectielijst_procestype = decode_procestype(*field);
  }
  fields.verantwoordelijke = reader.string_or("verantwoordelijke", "");
  if (const auto field = reader.optional_field("trefwoorden")) {
    fields.trefwoorden = decode_strings(*field);
  }
  fields.toelichting = reader.string_or("toelichting", "");
  fields.begin_geldigheid = reader.string_or("beginGeldigheid", "");
  fields.einde_geldigheid = reader.optional_string("eindeGeldigheid");
  fields.versiedatum = reader.string_or("versiedatum", "");
  fields.referentieproces = reader.string_or("referentieproces", "");
  fields.publicatie_indicatie = reader.bool_or("publicatieIndicatie", false);
  if (const auto field = reader.optional_field("productenOfDiensten")) {
    fields.producten_of_diensten = decode_strings(*field);
  }
  if (const auto field = reader.optional_field("eigenschappen")) {
    for (const auto& element : field->as_array()) {
      fields.eigenschappen.push_back(decode_eigenschap(element));
    }
  }
  return fields;
}

template <typename Item, typename Decode>
std::vector<Item> decode_items(const JsonReader& parent, std::string_view key, Decode decode) {
  std::vector<Item> items;
  if (const auto list = parent.optional_field(key)) {
    for (const auto& element : list->as_array()) items.push_back(decode(element));
  }
  return items;
}

Process decode_process(const JsonReader& reader) {
  reader.expect_only_fields(
      {"id", "name", "department", "description", "zaaktype", "blocks", "flows", "zgwOrigin"});
  Process process;
  process.id = reader.field("id").as_string();
  process.name = reader.field("name").as_string();
  process.department = reader.string_or("department", "");
  process.description = reader.string_or("description", "");
  process.zaaktype = decode_zaaktype(reader.field("zaaktype"));
  process.blocks = decode_items<Block>(reader, "blocks", decode_block);
  process.flows = decode_items<Flow>(reader, "flows", decode_flow);
  if (const auto origin = reader.optional_field("zgwOrigin")) {
    process.zgw_origin = origin->as_object().dump();
  }
  return process;
}

Department decode_department(const JsonReader& reader) {
  reader.expect_only_fields({"id", "name", "directorate"});
  return {reader.field("id").as_string(), reader.field("name").as_string(),
          reader.string_or("directorate", "")};
}

Participant decode_participant(const JsonReader& reader) {
  reader.expect_only_fields({"name", "role", "department"});
  return {reader.field("name").as_string(), reader.string_or("role", ""),
          reader.string_or("department", "")};
}

Note decode_note(const JsonReader& reader) {
  reader.expect_only_fields({"id", "text", "author", "process"});
  return {reader.field("id").as_string(), reader.field("text").as_string(),
          reader.string_or("author", ""), reader.string_or("process", "")};
}

CatalogusFields decode_catalogus(const JsonReader& reader) {
  reader.expect_only_fields({"domein", "rsin", "contactpersoonBeheerNaam",
                             "contactpersoonBeheerTelefoonnummer", "contactpersoonBeheerEmailadres",
                             "naam", "versie", "begindatumVersie", "uuid"});
  return {reader.string_or("domein", ""),
          reader.string_or("rsin", ""),
          reader.string_or("contactpersoonBeheerNaam", ""),
          reader.string_or("contactpersoonBeheerTelefoonnummer", ""),
          reader.string_or("contactpersoonBeheerEmailadres", ""),
          reader.string_or("naam", ""),
          reader.string_or("versie", ""),
          reader.string_or("begindatumVersie", ""),
          reader.string_or("uuid", "")};
}

Workshop decode_workshop(const JsonReader& root) {
  root.expect_only_fields({"format", "version", "name", "date", "description", "catalogus",
                           "departments", "participants", "processes", "notes"});
  Workshop workshop;
  workshop.name = root.string_or("name", "");
  workshop.date = root.string_or("date", "");
  workshop.description = root.string_or("description", "");
  if (const auto catalogus = root.optional_field("catalogus")) {
    workshop.catalogus = decode_catalogus(*catalogus);
  }
  workshop.departments = decode_items<Department>(root, "departments", decode_department);
  workshop.participants = decode_items<Participant>(root, "participants", decode_participant);
  workshop.processes = decode_items<Process>(root, "processes", decode_process);
  workshop.notes = decode_items<Note>(root, "notes", decode_note);
  return workshop;
}

// -----------------------------------------------------------------------------
// [SECTION] Encoding: model -> canonical JSON
// -----------------------------------------------------------------------------

// Whole coordinates are written as integers so files stay easy to read and diff.
OrderedJson encode_coordinate(double value) {
  if (std::fabs(value) < 1e15 && value == std::floor(value)) {
    return static_cast<long long>(value);
  }
  return value;
}

OrderedJson optional_string(const std::optional<std::string>& value) {
  return value ? OrderedJson(*value) : OrderedJson(nullptr);
}

OrderedJson encode_block(const Block& block) {
  OrderedJson object = {
      {"id", block.id},
      {"kind", block.kind},
      {"variant", block.variant},
      {"label", block.label},
      {"lane", block.lane},
      {"position",
       {{"x", encode_coordinate(block.position.x)}, {"y", encode_coordinate(block.position.y)}}}};
  if (!block.note.empty()) object["note"] = block.note;
  if (!block.overrides.empty()) object["overrides"] = encode_overrides(block.overrides);
  return object;
}

OrderedJson encode_flow(const Flow& flow) {
  return {{"id", flow.id},
          {"from", flow.from},
          {"to", flow.to},
          {"kind", std::string(to_string(flow.kind))},
          {"label", flow.label}};
}

template <typename Items, typename Encode>
OrderedJson encode_items(const Items& items, Encode encode) {
  OrderedJson list = OrderedJson::array();
  for (const auto& item : items) list.push_back(encode(item));
  return list;
}

OrderedJson encode_eigenschap(const EigenschapMapping& eigenschap) {
  OrderedJson object = {{"naam", eigenschap.naam},
                        {"definitie", eigenschap.definitie},
                        {"formaat", eigenschap.formaat},
                        {"lengte", eigenschap.lengte},
                        {"kardinaliteit", eigenschap.kardinaliteit}};
  if (!eigenschap.waardenverzameling.empty()) {
    object["waardenverzameling"] = eigenschap.waardenverzameling;
  }
  if (!eigenschap.groep.empty()) object["groep"] = eigenschap.groep;
  if (!eigenschap.toelichting.empty()) object["toelichting"] = eigenschap.toelichting;
  return object;
}

OrderedJson encode_zaaktype(const ZaaktypeFields& fields) {
  OrderedJson procestype = nullptr;
  if (fields.selectielijst_procestype) {
    procestype = {{"jaar", fields.selectielijst_procestype->jaar},
                  {"nummer", fields.selectielijst_procestype->nummer}};
  }
  OrderedJson object = {
      {"identificatie", fields.identificatie},
      {"omschrijving", fields.omschrijving},
      {"doel", fields.doel},
      {"aanleiding", fields.aanleiding},
      {"onderwerp", fields.onderwerp},
      {"handelingInitiator", fields.handeling_initiator},
      {"handelingBehandelaar", fields.handeling_behandelaar},
      {"doorlooptijd", fields.doorlooptijd},
      {"servicenorm", optional_string(fields.servicenorm)},
      {"opschortingEnAanhoudingMogelijk", fields.opschorting_en_aanhouding_mogelijk},
      {"verlengingMogelijk", fields.verlenging_mogelijk},
      {"verlengingstermijn", optional_string(fields.verlengingstermijn)},
      {"vertrouwelijkheidaanduiding", fields.vertrouwelijkheidaanduiding},
      {"indicatieInternOfExtern", fields.indicatie_intern_of_extern},
      {"selectielijstProcestype", procestype},
      {"verantwoordelijke", fields.verantwoordelijke},
      {"trefwoorden", fields.trefwoorden},
      {"toelichting", fields.toelichting}};
  // The export fields arrived in version 2; left out while unset so that
  // version 1 workshops keep their shape.
  if (!fields.begin_geldigheid.empty()) object["beginGeldigheid"] = fields.begin_geldigheid;
  if (fields.einde_geldigheid) object["eindeGeldigheid"] = *fields.einde_geldigheid;
  if (!fields.versiedatum.empty()) object["versiedatum"] = fields.versiedatum;
  if (!fields.referentieproces.empty()) object["referentieproces"] = fields.referentieproces;
  if (fields.publicatie_indicatie) object["publicatieIndicatie"] = true;
  if (!fields.producten_of_diensten.empty()) {
    object["productenOfDiensten"] = fields.producten_of_diensten;
  }
  if (!fields.eigenschappen.empty()) {
    object["eigenschappen"] = encode_items(fields.eigenschappen, encode_eigenschap);
  }
  return object;
}

OrderedJson encode_process(const Process& process) {
  OrderedJson object = {{"id", process.id},
                        {"name", process.name},
                        {"department", process.department},
                        {"description", process.description},
                        {"zaaktype", encode_zaaktype(process.zaaktype)},
                        {"blocks", encode_items(process.blocks, encode_block)},
                        {"flows", encode_items(process.flows, encode_flow)}};
  if (!process.zgw_origin.empty()) {
    object["zgwOrigin"] = OrderedJson::parse(process.zgw_origin, nullptr, false);
  }
  return object;
}

OrderedJson encode_catalogus(const CatalogusFields& catalogus) {
  return {{"domein", catalogus.domein},
          {"rsin", catalogus.rsin},
          {"contactpersoonBeheerNaam", catalogus.contactpersoon_beheer_naam},
          {"contactpersoonBeheerTelefoonnummer", catalogus.contactpersoon_beheer_telefoonnummer},
          {"contactpersoonBeheerEmailadres", catalogus.contactpersoon_beheer_emailadres},
          {"naam", catalogus.naam},
          {"versie", catalogus.versie},
          {"begindatumVersie", catalogus.begindatum_versie},
          {"uuid", catalogus.uuid}};
}

OrderedJson encode_workshop(const Workshop& workshop) {
  OrderedJson object = {
      {"format", kWorkshopFormat},
      {"version", kWorkshopFormatVersion},
      {"name", workshop.name},
      {"date", workshop.date},
      {"description", workshop.description},
      {"departments", encode_items(workshop.departments,
                                   [](const Department& department) -> OrderedJson {
                                     return {{"id", department.id},
                                             {"name", department.name},
                                             {"directorate", department.directorate}};
                                   })},
      {"participants", encode_items(workshop.participants,
                                    [](const Participant& participant) -> OrderedJson {
                                      return {{"name", participant.name},
                                              {"role", participant.role},
                                              {"department", participant.department}};
                                    })},
      {"processes", encode_items(workshop.processes, encode_process)},
      {"notes", encode_items(workshop.notes, [](const Note& note) -> OrderedJson {
         return {{"id", note.id},
                 {"text", note.text},
                 {"author", note.author},
                 {"process", note.process}};
       })}};
  if (!workshop.catalogus.empty()) {
    // After the description, so a reader meets the workshop's own fields first.
    OrderedJson ordered = OrderedJson::object();
    for (auto it = object.begin(); it != object.end(); ++it) {
      ordered[it.key()] = it.value();
      if (it.key() == "description") ordered["catalogus"] = encode_catalogus(workshop.catalogus);
    }
    return ordered;
  }
  return object;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Files
// -----------------------------------------------------------------------------

LoadedWorkshop parse_workshop(const std::string& text, const std::string& name,
                              const JsonLimits& limits) {
  auto source = std::make_shared<const JsonSourceMap>(text);
  auto document = parse_json_text(text, name, limits);
  try {
    migrate_workshop_document(document);
    return {decode_workshop(JsonReader(document, "")), source};
  } catch (const DecodeError& error) {
    throw LoadError(name, source->locate(error.pointer()), error.pointer(), error.what());
  }
}

LoadedWorkshop load_workshop(const std::string& path, const JsonLimits& limits) {
  return parse_workshop(read_text_file(path, limits.max_bytes), path, limits);
}

std::string serialise_workshop(const Workshop& workshop) {
  // Refuse text that is not UTF-8 (naming where it is) instead of writing
  // U+FFFD in its place: a save that changed the user's text would lose data.
  const OrderedJson document = encode_workshop(workshop);
  require_valid_utf8(document);
  return document.dump(2) + "\n";
}

void save_workshop(const Workshop& workshop, const std::string& path) {
  write_file_atomically(path, serialise_workshop(workshop));
}

std::string serialise_fragment(const ProcessFragment& fragment) {
  const OrderedJson document = {{"format", kFragmentFormat},
                                {"version", kWorkshopFormatVersion},
                                {"blocks", encode_items(fragment.blocks, encode_block)},
                                {"flows", encode_items(fragment.flows, encode_flow)}};
  require_valid_utf8(document);
  return document.dump(2);
}

ProcessFragment parse_fragment(const std::string& text) {
  const std::string name = "clipboard";
  const auto document = parse_json_text(text, name);
  try {
    const JsonReader root(document, "");
    root.expect_only_fields({"format", "version", "blocks", "flows"});
    if (root.field("format").as_string() != kFragmentFormat) {
      root.field("format").fail("the clipboard holds no Blokjessessie blocks");
    }
    return {decode_items<Block>(root, "blocks", decode_block),
            decode_items<Flow>(root, "flows", decode_flow)};
  } catch (const DecodeError& error) {
    throw LoadError(name, JsonSourceMap(text).locate(error.pointer()), error.pointer(),
                    error.what());
  }
}

std::string process_pointer(std::size_t process_index) {
  return "/processes/" + std::to_string(process_index);
}

std::string block_pointer(std::size_t process_index, std::size_t block_index) {
  return process_pointer(process_index) + "/blocks/" + std::to_string(block_index);
}

std::string flow_pointer(std::size_t process_index, std::size_t flow_index) {
  return process_pointer(process_index) + "/flows/" + std::to_string(flow_index);
}

}  // namespace blokjes
