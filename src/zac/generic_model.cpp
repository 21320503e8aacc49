// ZAC's generic model, read from assets/zac-generic-model.json.
//
// [SECTIONS]
//   [KINDS]    place kinds and their spelling in the asset
//   [DECODE]   the asset's shape, checked field by field with JSON pointers
//   [LOOKUP]   places, mapping rows and absence rows
//   [LOAD]     file and text entry points, DecodeError -> LoadError with line:col

#include "generic_model.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "core/asset_paths.h"
#include "core/json_reader.h"
#include "core/json_text.h"
#include "core/load_error.h"
#include "core/mapping_json.h"

namespace blokjes::zac {
namespace {

// [SECTION] [KINDS]

constexpr int kModelVersion = 1;
constexpr PlaceKind kPlaceKinds[] = {PlaceKind::stage, PlaceKind::human_task,
                                     PlaceKind::user_event, PlaceKind::zaak_action,
                                     PlaceKind::resultaat};

// [SECTION] [DECODE]

PlaceKind decode_place_kind(const JsonReader& reader) {
  const std::string text = reader.as_string();
  for (const auto kind : kPlaceKinds) {
    if (to_string(kind) == text) return kind;
  }
  reader.fail("expected a place kind: stage, humanTask, userEvent, zaakAction or resultaat");
}

Place decode_place(const JsonReader& reader, const std::vector<std::string>& statustypen) {
  reader.expect_only_fields({"id", "kind", "stage", "name", "setsStatus", "optional",
                             "repeatable", "once", "informsCitizen", "endsZaak"});
  Place place;
  place.id = reader.field("id").as_string();
  if (place.id.empty()) reader.field("id").fail("expected a non-empty place id");
  place.kind = decode_place_kind(reader.field("kind"));
  place.stage = reader.string_or("stage", "");
  place.name = decode_localized(reader.field("name"));
  if (const auto status = reader.optional_field("setsStatus")) {
    place.sets_status = status->as_string();
    if (std::find(statustypen.begin(), statustypen.end(), place.sets_status) ==
        statustypen.end()) {
      status->fail("expected one of the model's statustypen, not \"" + place.sets_status + "\"");
    }
  }
  place.optional = reader.bool_or("optional", true);
  place.repeatable = reader.bool_or("repeatable", false);
  place.once = reader.bool_or("once", false);
  place.informs_citizen = reader.bool_or("informsCitizen", false);
  place.ends_zaak = reader.bool_or("endsZaak", false);
  if (place.once && place.repeatable) {
    reader.field("once").fail("a place done once cannot also be repeatable");
  }
  return place;
}

// Stages are places too; a place's "stage" must name one, and zaak actions
// (available everywhere) and stages themselves name none.
void check_stages(const JsonReader& places_reader, const std::vector<Place>& places) {
  const auto elements = places_reader.as_array();
  for (std::size_t i = 0; i < places.size(); ++i) {
    const Place& place = places[i];
    const bool needs_stage = place.kind == PlaceKind::human_task ||
                             place.kind == PlaceKind::user_event ||
                             place.kind == PlaceKind::resultaat;
    if (!needs_stage) {
      if (!place.stage.empty()) {
        elements[i].field("stage").fail("a " + std::string(to_string(place.kind)) +
                                        " belongs to no stage");
      }
      continue;
    }
    if (place.stage.empty()) elements[i].fail("expected \"stage\": the stage this place lies in");
    const auto stage = std::find_if(places.begin(), places.end(), [&](const Place& other) {
      return other.id == place.stage && other.kind == PlaceKind::stage;
    });
    if (stage == places.end()) {
      elements[i].field("stage").fail("expected the id of a stage, not \"" + place.stage + "\"");
    }
  }
}

BlockMapping decode_mapping_row(const JsonReader& reader, const GenericModel& model,
                                bool with_places) {
  if (with_places) {
    reader.expect_only_fields({"kind", "variant", "places", "explanation"});
  } else {
    reader.expect_only_fields({"kind", "variant", "explanation"});
  }
  BlockMapping row;
  row.kind = reader.field("kind").as_string();
  if (row.kind.empty()) reader.field("kind").fail("expected a block kind id");
  row.variant = reader.string_or("variant", "");
  if (with_places) {
    const auto places = reader.field("places");
    for (const auto& element : places.as_array()) {
      const std::string id = element.as_string();
      if (model.find_place(id) == nullptr) element.fail("expected a place id, not \"" + id + "\"");
      row.places.push_back(id);
    }
    if (row.places.empty()) places.fail("a mapping needs at least one place");
  }
  row.explanation = decode_localized(reader.field("explanation"));
  if (row.explanation.nl.empty() || row.explanation.en.empty()) {
    reader.field("explanation").fail("expected an explanation in both nl and en");
  }
  return row;
}

GenericModel decode_model(const JsonReader& root) {
  root.expect_only_fields({"format", "version", "caseDefinition", "source", "statustypen",
                           "places", "terminationReasons", "mappings", "absent"});
  const auto format = root.field("format");
  if (format.as_string() != "blokjessessie-zac-generic-model") {
    format.fail("expected \"blokjessessie-zac-generic-model\"; this is not ZAC's generic model");
  }
  const auto version = root.field("version");
  if (version.as_int() != kModelVersion) {
    version.fail("unsupported version; expected " + std::to_string(kModelVersion));
  }
  GenericModel model;
  model.case_definition = root.field("caseDefinition").as_string();
  if (model.case_definition.empty()) root.field("caseDefinition").fail("expected a case id");
  model.source = root.string_or("source", "");

  const auto statustypen = root.field("statustypen");
  std::set<std::string> seen_status;
  for (const auto& element : statustypen.as_array()) {
    model.statustypen.push_back(element.as_string());
    if (!seen_status.insert(model.statustypen.back()).second) element.fail("duplicate statustype");
  }
  if (model.statustypen.size() < 2) statustypen.fail("expected at least two statustypen");

  const auto places = root.field("places");
  std::set<std::string> place_ids;
  for (const auto& element : places.as_array()) {
    model.places.push_back(decode_place(element, model.statustypen));
    if (!place_ids.insert(model.places.back().id).second) {
      element.field("id").fail("duplicate place id \"" + model.places.back().id + "\"");
    }
  }
  check_stages(places, model.places);

  for (const auto& element : root.field("terminationReasons").as_array()) {
    model.termination_reasons.push_back(decode_localized(element));
  }

  // One row per (kind, variant) across both tables: a kind is mapped or
  // absent, never both, so the table the docs show has one answer per block.
  std::set<std::pair<std::string, std::string>> rows;
  const auto add_rows = [&](const JsonReader& list, bool with_places,
                            std::vector<BlockMapping>& into) {
    for (const auto& element : list.as_array()) {
      into.push_back(decode_mapping_row(element, model, with_places));
      if (!rows.insert({into.back().kind, into.back().variant}).second) {
        element.fail("a second row for block kind \"" + into.back().kind + "\"" +
                     (into.back().variant.empty() ? "" : " variant \"" + into.back().variant + "\""));
      }
    }
  };
  add_rows(root.field("mappings"), true, model.mappings);
  if (const auto absent = root.optional_field("absent")) add_rows(*absent, false, model.absent);
  return model;
}

const BlockMapping* find_row(const std::vector<BlockMapping>& rows, std::string_view kind,
                             std::string_view variant) {
  const BlockMapping* kind_row = nullptr;
  for (const auto& row : rows) {
    if (row.kind != kind) continue;
    if (!row.variant.empty() && row.variant == variant) return &row;
    if (row.variant.empty()) kind_row = &row;
  }
  return kind_row;
}

}  // namespace

std::string_view to_string(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::stage:
      return "stage";
    case PlaceKind::human_task:
      return "humanTask";
    case PlaceKind::user_event:
      return "userEvent";
    case PlaceKind::zaak_action:
      return "zaakAction";
    case PlaceKind::resultaat:
      return "resultaat";
  }
  return "stage";
}

// [SECTION] [LOOKUP]

const Place* GenericModel::find_place(std::string_view id) const {
  for (const auto& place : places) {
    if (place.id == id) return &place;
  }
  return nullptr;
}

const BlockMapping* GenericModel::mapping_for(std::string_view kind,
                                              std::string_view variant) const {
  return find_row(mappings, kind, variant);
}

const BlockMapping* GenericModel::absence_for(std::string_view kind,
                                              std::string_view variant) const {
  return find_row(absent, kind, variant);
}

std::string GenericModel::stage_of(const Place& place) const {
  return place.kind == PlaceKind::stage ? place.id : place.stage;
}

// [SECTION] [LOAD]

GenericModel parse_generic_model(const std::string& text, const std::string& name) {
  const auto document = parse_json_text(text, name);
  try {
    return decode_model(JsonReader(document, ""));
  } catch (const DecodeError& error) {
    const JsonSourceMap source(text);
    throw LoadError(name, source.locate(error.pointer()), error.pointer(), error.message());
  }
}

GenericModel load_generic_model(const std::string& path) {
  return parse_generic_model(read_text_file(path, JsonLimits{}.max_bytes), path);
}

std::string default_generic_model_path() {
  return (std::filesystem::path(find_assets_directory()) / "zac-generic-model.json").string();
}

}  // namespace blokjes::zac
