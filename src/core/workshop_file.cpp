#include "workshop_file.h"

#include <cmath>

#include "atomic_file.h"
#include "mapping_json.h"
#include "utf8_text.h"
#include "workshop_migration.h"
#include "zaaktype_fields.h"

// [SECTION] Decoding: JSON -> model
// [SECTION] Decoding the workshop's flow (version 3)
// [SECTION] Encoding: model -> canonical JSON
// [SECTION] Encoding the workshop's flow (version 3)
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
  reader.expect_only_fields({"id", "kind", "variant", "label", "lane", "position", "note",
                             "overrides", "placedBy", "placedInRound"});
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
  block.placed_by = reader.string_or("placedBy", "");
  block.placed_in_round = reader.string_or("placedInRound", "");
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

// Only the table's fields, with expect_only_fields' message.
void expect_only_zaaktype_fields(const JsonReader& reader) {
  for (const auto& item : reader.as_object().items()) {
    if (find_zaaktype_field(item.key()) != nullptr) continue;
    std::string list;
    for (const auto& field : zaaktype_fields()) {
      list += (list.empty() ? "" : ", ") + std::string(field.name);
    }
    reader.field(item.key()).fail("unknown field \"" + item.key() + "\"; expected one of: " + list);
  }
}

void decode_zaaktype_field(const JsonReader& reader, const ZaaktypeField& field,
                           ZaaktypeFields& fields) {
  switch (field.kind) {
    case ZaaktypeFieldKind::text:
    case ZaaktypeFieldKind::long_text:
    case ZaaktypeFieldKind::date:
      fields.*field.text = reader.string_or(field.name, fields.*field.text);
      return;
    case ZaaktypeFieldKind::duration:  // the one field a zaaktype cannot do without
      fields.*field.text = reader.field(field.name).as_string();
      return;
    case ZaaktypeFieldKind::enumeration:
      if (const auto value = reader.optional_field(field.name)) {
        fields.*field.text = value->as_enum(field.values);
      }
      return;
    case ZaaktypeFieldKind::optional_duration:
    case ZaaktypeFieldKind::optional_date:
      fields.*field.optional_text = reader.optional_string(field.name);
      return;
    case ZaaktypeFieldKind::boolean:
      fields.*field.flag = reader.bool_or(field.name, fields.*field.flag);
      return;
    case ZaaktypeFieldKind::text_list:
      if (const auto value = reader.optional_field(field.name)) {
        fields.*field.list = decode_strings(*value);
      }
      return;
    case ZaaktypeFieldKind::procestype:
      if (const auto value = reader.optional_field(field.name)) {
        fields.selectielijst_procestype = decode_procestype(*value);
      }
      return;
    case ZaaktypeFieldKind::eigenschappen:
      if (const auto value = reader.optional_field(field.name)) {
        for (const auto& element : value->as_array()) {
          fields.eigenschappen.push_back(decode_eigenschap(element));
        }
      }
      return;
  }
}

ZaaktypeFields decode_zaaktype(const JsonReader& reader) {
  expect_only_zaaktype_fields(reader);
  ZaaktypeFields fields;
  for (const auto& field : zaaktype_fields()) decode_zaaktype_field(reader, field, fields);
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

// Since version 3 a participant has an id (the migration gives older ones
// "p1", "p2", ...), so blocks and votes can name who placed them.
Participant decode_participant(const JsonReader& reader) {
  reader.expect_only_fields({"id", "name", "role", "department", "colour"});
  Participant participant;
  participant.id = reader.field("id").as_string();
  participant.name = reader.field("name").as_string();
  participant.role = reader.string_or("role", "");
  participant.department = reader.string_or("department", "");
  participant.colour = reader.string_or("colour", "");
  return participant;
}

Note decode_note(const JsonReader& reader) {
  reader.expect_only_fields(
      {"id", "text", "author", "process", "position", "colour", "placedInRound"});
  Note note;
  note.id = reader.field("id").as_string();
  note.text = reader.field("text").as_string();
  note.author = reader.string_or("author", "");
  note.process = reader.string_or("process", "");
  if (const auto position = reader.optional_field("position")) {
    note.position = decode_position(*position);
  }
  note.colour = reader.string_or("colour", "");
  note.placed_in_round = reader.string_or("placedInRound", "");
  return note;
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

// -----------------------------------------------------------------------------
// [SECTION] Decoding the workshop's flow (version 3)
// -----------------------------------------------------------------------------

Round decode_round(const JsonReader& reader) {
  reader.expect_only_fields({"id", "name", "minutes", "dots"});
  Round round;
  round.id = reader.field("id").as_string();
  round.name = reader.field("name").as_string();
  // Whole numbers only; whether they make sense (minutes >= 1) is validation's
  // business, so a file with a bad round still opens and can be fixed.
  if (const auto minutes = reader.optional_field("minutes")) round.minutes = minutes->as_int();
  if (const auto dots = reader.optional_field("dots")) round.dots = dots->as_int();
  return round;
}

Vote decode_vote(const JsonReader& reader) {
  reader.expect_only_fields({"round", "participant", "process", "targetKind", "target"});
  Vote vote;
  vote.round = reader.field("round").as_string();
  vote.participant = reader.field("participant").as_string();
  vote.process = reader.field("process").as_string();
  vote.target_kind =
      *vote_target_from_string(reader.field("targetKind").as_enum({"block", "note"}));
  vote.target = reader.field("target").as_string();
  return vote;
}

ParkedQuestion decode_parked_question(const JsonReader& reader) {
  reader.expect_only_fields({"id", "text", "author", "round", "answered", "answer"});
  ParkedQuestion question;
  question.id = reader.field("id").as_string();
  question.text = reader.field("text").as_string();
  question.author = reader.string_or("author", "");
  question.round = reader.string_or("round", "");
  question.answered = reader.bool_or("answered", false);
  question.answer = reader.string_or("answer", "");
  return question;
}

Slide decode_slide(const JsonReader& reader) {
  reader.expect_only_fields({"kind", "process", "otherProcess", "title"});
  Slide slide;
  slide.kind = *slide_kind_from_string(reader.field("kind").as_enum(
      {"canvas", "compare", "matrix", "coverage", "citizen", "votes", "generic-model"}));
  slide.process = reader.string_or("process", "");
  slide.other_process = reader.string_or("otherProcess", "");
  slide.title = reader.string_or("title", "");
  return slide;
}

// A yearly volume is a count: whole, not negative, and small enough to add up
// across a whole municipality without overflowing.
long long decode_volume(const JsonReader& reader) {
  const double number = reader.as_number();
  if (number != std::floor(number) || number < 0 || number > 1e15) {
    reader.fail("expected a whole number of at least 0 (products per year), found " +
                reader.value().dump());
  }
  return static_cast<long long>(number);
}

InventoryProduct decode_inventory_product(const JsonReader& reader) {
  reader.expect_only_fields(
      {"product", "department", "volumePerYear", "legalTerm", "process", "confirmed"});
  InventoryProduct product;
  product.product = reader.field("product").as_string();
  product.department = reader.string_or("department", "");
  if (const auto volume = reader.optional_field("volumePerYear")) {
    product.volume_per_year = decode_volume(*volume);
  }
  product.legal_term = reader.string_or("legalTerm", "");
  product.process = reader.string_or("process", "");
  product.confirmed = reader.bool_or("confirmed", false);
  return product;
}

Workshop decode_workshop(const JsonReader& root) {
  root.expect_only_fields({"format", "version", "name", "date", "description", "catalogus",
                           "departments", "participants", "processes", "notes", "rounds",
                           "votes", "parkingLot", "runningOrder", "inventory"});
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
  workshop.rounds = decode_items<Round>(root, "rounds", decode_round);
  workshop.votes = decode_items<Vote>(root, "votes", decode_vote);
  workshop.parking_lot = decode_items<ParkedQuestion>(root, "parkingLot", decode_parked_question);
  workshop.running_order = decode_items<Slide>(root, "runningOrder", decode_slide);
  workshop.inventory = decode_items<InventoryProduct>(root, "inventory", decode_inventory_product);
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

OrderedJson encode_position(const Position& position) {
  return {{"x", encode_coordinate(position.x)}, {"y", encode_coordinate(position.y)}};
}

OrderedJson encode_block(const Block& block) {
  OrderedJson object = {{"id", block.id},
                        {"kind", block.kind},
                        {"variant", block.variant},
                        {"label", block.label},
                        {"lane", block.lane},
                        {"position", encode_position(block.position)}};
  if (!block.note.empty()) object["note"] = block.note;
  if (!block.overrides.empty()) object["overrides"] = encode_overrides(block.overrides);
  if (!block.placed_by.empty()) object["placedBy"] = block.placed_by;
  if (!block.placed_in_round.empty()) object["placedInRound"] = block.placed_in_round;
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

// The field's value as the file writes it; null when the file leaves it out.
OrderedJson encode_zaaktype_field(const ZaaktypeField& field, const ZaaktypeFields& fields) {
  const bool when_set = field.file_write == FileWrite::when_set;
  switch (field.kind) {
    case ZaaktypeFieldKind::text:
    case ZaaktypeFieldKind::long_text:
    case ZaaktypeFieldKind::duration:
    case ZaaktypeFieldKind::enumeration:
    case ZaaktypeFieldKind::date: {
      const auto& text = fields.*field.text;
      return when_set && text.empty() ? OrderedJson() : OrderedJson(text);
    }
    case ZaaktypeFieldKind::optional_duration:
    case ZaaktypeFieldKind::optional_date:
      return optional_string(fields.*field.optional_text);
    case ZaaktypeFieldKind::boolean:
      return when_set && !(fields.*field.flag) ? OrderedJson() : OrderedJson(fields.*field.flag);
    case ZaaktypeFieldKind::text_list: {
      const auto& list = fields.*field.list;
      return when_set && list.empty() ? OrderedJson() : OrderedJson(list);
    }
    case ZaaktypeFieldKind::procestype:
      if (!fields.selectielijst_procestype) return nullptr;
      return {{"jaar", fields.selectielijst_procestype->jaar},
              {"nummer", fields.selectielijst_procestype->nummer}};
    case ZaaktypeFieldKind::eigenschappen:
      if (when_set && fields.eigenschappen.empty()) return nullptr;
      return encode_items(fields.eigenschappen, encode_eigenschap);
  }
  return nullptr;
}

OrderedJson encode_zaaktype(const ZaaktypeFields& fields) {
  OrderedJson object = OrderedJson::object();
  for (const auto& field : zaaktype_fields()) {
    auto value = encode_zaaktype_field(field, fields);
    // An unset optional is written as null, unless the field is left out while unset.
    if (value.is_null() && field.file_write == FileWrite::when_set) continue;
    object[std::string(field.name)] = std::move(value);
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

OrderedJson encode_participant(const Participant& participant) {
  OrderedJson object = {{"id", participant.id},
                        {"name", participant.name},
                        {"role", participant.role},
                        {"department", participant.department}};
  if (!participant.colour.empty()) object["colour"] = participant.colour;
  return object;
}

OrderedJson encode_note(const Note& note) {
  OrderedJson object = {{"id", note.id},
                        {"text", note.text},
                        {"author", note.author},
                        {"process", note.process}};
  if (note.position) object["position"] = encode_position(*note.position);
  if (!note.colour.empty()) object["colour"] = note.colour;
  if (!note.placed_in_round.empty()) object["placedInRound"] = note.placed_in_round;
  return object;
}

// -----------------------------------------------------------------------------
// [SECTION] Encoding the workshop's flow (version 3)
// -----------------------------------------------------------------------------

OrderedJson encode_round(const Round& round) {
  return {{"id", round.id}, {"name", round.name}, {"minutes", round.minutes}, {"dots", round.dots}};
}

OrderedJson encode_vote(const Vote& vote) {
  return {{"round", vote.round},
          {"participant", vote.participant},
          {"process", vote.process},
          {"targetKind", std::string(to_string(vote.target_kind))},
          {"target", vote.target}};
}

OrderedJson encode_parked_question(const ParkedQuestion& question) {
  OrderedJson object = {{"id", question.id}, {"text", question.text}};
  if (!question.author.empty()) object["author"] = question.author;
  if (!question.round.empty()) object["round"] = question.round;
  if (question.answered) object["answered"] = true;
  if (!question.answer.empty()) object["answer"] = question.answer;
  return object;
}

OrderedJson encode_slide(const Slide& slide) {
  OrderedJson object = {{"kind", std::string(to_string(slide.kind))}};
  if (!slide.process.empty()) object["process"] = slide.process;
  if (!slide.other_process.empty()) object["otherProcess"] = slide.other_process;
  if (!slide.title.empty()) object["title"] = slide.title;
  return object;
}

OrderedJson encode_inventory_product(const InventoryProduct& product) {
  OrderedJson object = {{"product", product.product},
                        {"department", product.department},
                        {"volumePerYear", product.volume_per_year}};
  if (!product.legal_term.empty()) object["legalTerm"] = product.legal_term;
  if (!product.process.empty()) object["process"] = product.process;
  if (product.confirmed) object["confirmed"] = true;
  return object;
}

// The flow's lists are left out while empty, so a workshop without a session
// saves as it did before version 3 (bar the version and participant ids).
void encode_flow_lists(const Workshop& workshop, OrderedJson& object) {
  if (!workshop.rounds.empty()) object["rounds"] = encode_items(workshop.rounds, encode_round);
  if (!workshop.votes.empty()) object["votes"] = encode_items(workshop.votes, encode_vote);
  if (!workshop.parking_lot.empty()) {
    object["parkingLot"] = encode_items(workshop.parking_lot, encode_parked_question);
  }
  if (!workshop.running_order.empty()) {
    object["runningOrder"] = encode_items(workshop.running_order, encode_slide);
  }
  if (!workshop.inventory.empty()) {
    object["inventory"] = encode_items(workshop.inventory, encode_inventory_product);
  }
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
      {"participants", encode_items(workshop.participants, encode_participant)},
      {"processes", encode_items(workshop.processes, encode_process)},
      {"notes", encode_items(workshop.notes, encode_note)}};
  encode_flow_lists(workshop, object);
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
    throw LoadError(name, source->locate(error.pointer()), error.pointer(), error.message());
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
                    error.message());
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
