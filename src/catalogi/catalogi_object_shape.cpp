#include "catalogi_object_shape.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>

#include "core/utf8_text.h"

// [SECTION] The table
// [SECTION] Checking one object

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] The table
// -----------------------------------------------------------------------------

// Required and nullable follow the Catalogi API 1.3.1 `<Name>Request` schemas
// (/work/shared/reference, Open Zaak's edition): what a client must send to
// create the object. `url` is the response's own and is required because an
// import links objects by it. Read-only fields appear only where something
// here reads them (`concept`, a besluittype's `zaaktypen`, both read by the
// engine). Enumerations are strings here; their values are checked where the
// model takes them (process_from_catalogus.cpp), with the same place.
using R = Resource;
using T = FieldType;
constexpr bool req = true;
constexpr bool opt = false;
constexpr bool null_ok = true;
constexpr bool no_null = false;

constexpr FieldShape kFieldShapes[] = {
    // Catalogus
    {R::catalogus, "url", T::string, req, no_null},
    {R::catalogus, "domein", T::string, req, no_null},
    {R::catalogus, "rsin", T::string, req, no_null},
    {R::catalogus, "contactpersoonBeheerNaam", T::string, req, no_null},
    {R::catalogus, "contactpersoonBeheerTelefoonnummer", T::string, opt, no_null},
    {R::catalogus, "contactpersoonBeheerEmailadres", T::string, opt, no_null},
    {R::catalogus, "naam", T::string, opt, no_null},
    {R::catalogus, "versie", T::string, opt, no_null},
    {R::catalogus, "begindatumVersie", T::string, opt, null_ok},
    // InformatieObjectType
    {R::informatieobjecttype, "url", T::string, req, no_null},
    {R::informatieobjecttype, "catalogus", T::string, req, no_null},
    {R::informatieobjecttype, "omschrijving", T::string, req, no_null},
    {R::informatieobjecttype, "vertrouwelijkheidaanduiding", T::string, req, no_null},
    {R::informatieobjecttype, "beginGeldigheid", T::string, req, no_null},
    {R::informatieobjecttype, "eindeGeldigheid", T::string, opt, null_ok},
    {R::informatieobjecttype, "informatieobjectcategorie", T::string, req, no_null},
    {R::informatieobjecttype, "trefwoord", T::string_list, opt, no_null},
    {R::informatieobjecttype, "omschrijvingGeneriek", T::object, opt, no_null},
    {R::informatieobjecttype, "concept", T::boolean, opt, no_null},
    // BesluitType
    {R::besluittype, "url", T::string, req, no_null},
    {R::besluittype, "catalogus", T::string, req, no_null},
    {R::besluittype, "omschrijving", T::string, opt, no_null},
    {R::besluittype, "omschrijvingGeneriek", T::string, opt, no_null},
    {R::besluittype, "besluitcategorie", T::string, opt, no_null},
    {R::besluittype, "reactietermijn", T::string, opt, null_ok},
    {R::besluittype, "publicatieIndicatie", T::boolean, req, no_null},
    {R::besluittype, "publicatietekst", T::string, opt, no_null},
    {R::besluittype, "publicatietermijn", T::string, opt, null_ok},
    {R::besluittype, "toelichting", T::string, opt, no_null},
    {R::besluittype, "informatieobjecttypen", T::string_list, req, no_null},
    {R::besluittype, "beginGeldigheid", T::string, req, no_null},
    {R::besluittype, "eindeGeldigheid", T::string, opt, null_ok},
    {R::besluittype, "concept", T::boolean, opt, no_null},
    {R::besluittype, "zaaktypen", T::string_list, opt, no_null},
    // ZaakType
    {R::zaaktype, "url", T::string, req, no_null},
    {R::zaaktype, "identificatie", T::string, opt, no_null, 50},
    {R::zaaktype, "omschrijving", T::string, req, no_null},
    {R::zaaktype, "omschrijvingGeneriek", T::string, opt, no_null},
    {R::zaaktype, "vertrouwelijkheidaanduiding", T::string, req, no_null},
    {R::zaaktype, "doel", T::string, req, no_null},
    {R::zaaktype, "aanleiding", T::string, req, no_null},
    {R::zaaktype, "toelichting", T::string, opt, no_null},
    {R::zaaktype, "indicatieInternOfExtern", T::string, req, no_null},
    {R::zaaktype, "handelingInitiator", T::string, req, no_null},
    {R::zaaktype, "onderwerp", T::string, req, no_null},
    {R::zaaktype, "handelingBehandelaar", T::string, req, no_null},
    {R::zaaktype, "doorlooptijd", T::string, req, no_null},
    {R::zaaktype, "servicenorm", T::string, opt, null_ok},
    {R::zaaktype, "opschortingEnAanhoudingMogelijk", T::boolean, req, no_null},
    {R::zaaktype, "verlengingMogelijk", T::boolean, req, no_null},
    {R::zaaktype, "verlengingstermijn", T::string, opt, null_ok},
    {R::zaaktype, "trefwoorden", T::string_list, opt, no_null},
    {R::zaaktype, "publicatieIndicatie", T::boolean, req, no_null},
    {R::zaaktype, "publicatietekst", T::string, opt, no_null},
    {R::zaaktype, "verantwoordingsrelatie", T::string_list, opt, no_null},
    {R::zaaktype, "productenOfDiensten", T::string_list, req, no_null},
    {R::zaaktype, "selectielijstProcestype", T::string, opt, no_null},
    {R::zaaktype, "referentieproces", T::object, req, no_null},
    {R::zaaktype, "referentieproces/naam", T::string, req, no_null},
    {R::zaaktype, "referentieproces/link", T::string, opt, no_null},
    {R::zaaktype, "verantwoordelijke", T::string, req, no_null},
    {R::zaaktype, "broncatalogus", T::object, opt, no_null},
    {R::zaaktype, "bronzaaktype", T::object, opt, no_null},
    {R::zaaktype, "beginGeldigheid", T::string, req, no_null},
    {R::zaaktype, "eindeGeldigheid", T::string, opt, null_ok},
    {R::zaaktype, "versiedatum", T::string, req, no_null},
    {R::zaaktype, "catalogus", T::string, req, no_null},
    {R::zaaktype, "besluittypen", T::string_list, req, no_null},
    {R::zaaktype, "deelzaaktypen", T::url_list, opt, no_null},
    {R::zaaktype, "gerelateerdeZaaktypen", T::object_list, req, no_null},
    {R::zaaktype, "concept", T::boolean, opt, no_null},
    // StatusType
    {R::statustype, "url", T::string, req, no_null},
    {R::statustype, "omschrijving", T::string, req, no_null},
    {R::statustype, "omschrijvingGeneriek", T::string, opt, no_null},
    {R::statustype, "statustekst", T::string, opt, no_null},
    {R::statustype, "zaaktype", T::string, req, no_null},
    {R::statustype, "volgnummer", T::integer, req, no_null},
    {R::statustype, "informeren", T::boolean, opt, no_null},
    {R::statustype, "doorlooptijd", T::string, opt, null_ok},
    {R::statustype, "toelichting", T::string, opt, null_ok},
    {R::statustype, "checklistitemStatustype", T::object_list, opt, no_null},
    {R::statustype, "beginGeldigheid", T::string, opt, null_ok},
    {R::statustype, "eindeGeldigheid", T::string, opt, null_ok},
    // ZaakTypeInformatieObjectType
    {R::zaaktype_informatieobjecttype, "url", T::string, req, no_null},
    {R::zaaktype_informatieobjecttype, "zaaktype", T::string, req, no_null},
    {R::zaaktype_informatieobjecttype, "informatieobjecttype", T::string, req, no_null},
    {R::zaaktype_informatieobjecttype, "volgnummer", T::integer, req, no_null},
    {R::zaaktype_informatieobjecttype, "richting", T::string, req, no_null},
    {R::zaaktype_informatieobjecttype, "statustype", T::string, opt, null_ok},
    // ResultaatType
    {R::resultaattype, "url", T::string, req, no_null},
    {R::resultaattype, "zaaktype", T::string, req, no_null},
    {R::resultaattype, "omschrijving", T::string, req, no_null},
    {R::resultaattype, "resultaattypeomschrijving", T::string, req, no_null},
    {R::resultaattype, "selectielijstklasse", T::string, req, no_null},
    {R::resultaattype, "toelichting", T::string, opt, no_null},
    {R::resultaattype, "archiefnominatie", T::string, opt, no_null},
    {R::resultaattype, "archiefactietermijn", T::string, opt, null_ok},
    {R::resultaattype, "brondatumArchiefprocedure", T::object, opt, no_null},
    {R::resultaattype, "brondatumArchiefprocedure/afleidingswijze", T::string, req, no_null},
    {R::resultaattype, "brondatumArchiefprocedure/datumkenmerk", T::string, opt, no_null},
    {R::resultaattype, "brondatumArchiefprocedure/einddatumBekend", T::boolean, opt, no_null},
    {R::resultaattype, "brondatumArchiefprocedure/objecttype", T::string, opt, no_null},
    {R::resultaattype, "brondatumArchiefprocedure/registratie", T::string, opt, no_null},
    {R::resultaattype, "brondatumArchiefprocedure/procestermijn", T::string, opt, null_ok},
    {R::resultaattype, "procesobjectaard", T::string, opt, no_null},
    {R::resultaattype, "indicatieSpecifiek", T::boolean, opt, null_ok},
    {R::resultaattype, "procestermijn", T::string, opt, null_ok},
    {R::resultaattype, "besluittypen", T::url_list, opt, no_null},
    {R::resultaattype, "informatieobjecttypen", T::url_list, opt, no_null},
    {R::resultaattype, "beginGeldigheid", T::string, opt, null_ok},
    {R::resultaattype, "eindeGeldigheid", T::string, opt, null_ok},
    // RolType
    {R::roltype, "url", T::string, req, no_null},
    {R::roltype, "zaaktype", T::string, req, no_null},
    {R::roltype, "omschrijving", T::string, req, no_null},
    {R::roltype, "omschrijvingGeneriek", T::string, req, no_null},
    {R::roltype, "beginGeldigheid", T::string, opt, null_ok},
    {R::roltype, "eindeGeldigheid", T::string, opt, null_ok},
    // Eigenschap
    {R::eigenschap, "url", T::string, req, no_null},
    {R::eigenschap, "naam", T::string, req, no_null},
    {R::eigenschap, "definitie", T::string, req, no_null},
    {R::eigenschap, "specificatie", T::object, req, no_null},
    {R::eigenschap, "specificatie/groep", T::string, opt, no_null},
    {R::eigenschap, "specificatie/formaat", T::string, req, no_null},
    {R::eigenschap, "specificatie/lengte", T::string, req, no_null},
    {R::eigenschap, "specificatie/kardinaliteit", T::string, req, no_null},
    {R::eigenschap, "specificatie/waardenverzameling", T::string_list, opt, no_null},
    {R::eigenschap, "toelichting", T::string, opt, no_null},
    {R::eigenschap, "zaaktype", T::string, req, no_null},
    {R::eigenschap, "statustype", T::string, opt, null_ok},
    {R::eigenschap, "beginGeldigheid", T::string, opt, null_ok},
    {R::eigenschap, "eindeGeldigheid", T::string, opt, null_ok},
};

// -----------------------------------------------------------------------------
// [SECTION] Checking one object
// -----------------------------------------------------------------------------

// What was found, short enough for a message: scalars as JSON (so `true`,
// `1.5`, `null`, a string in quotes, cut after 40 bytes), containers by kind.
std::string describe_found(const nlohmann::json& value) {
  if (value.is_object() || value.is_array()) return describe_json_type(value);
  std::string text = value.dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
  if (text.size() > 40) text = text.substr(0, 40) + "...";
  return text;
}

bool fits_int(const nlohmann::json& value) {
  if (value.is_number_unsigned()) {
    return value.get<std::uint64_t>() <=
           static_cast<std::uint64_t>(std::numeric_limits<int>::max());
  }
  if (!value.is_number_integer()) return false;
  const auto number = value.get<std::int64_t>();
  return number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max();
}

bool has_type(const nlohmann::json& value, FieldType type) {
  switch (type) {
    case FieldType::string:
      return value.is_string();
    case FieldType::integer:
      return fits_int(value);
    case FieldType::boolean:
      return value.is_boolean();
    case FieldType::object:
      return value.is_object();
    case FieldType::string_list:
    case FieldType::url_list:
    case FieldType::object_list:
      return value.is_array();
  }
  return false;
}

// The item type a list must hold, and whether an item may be null.
std::optional<std::pair<FieldType, bool>> item_shape(FieldType type) {
  switch (type) {
    case FieldType::string_list:
      return std::pair{FieldType::string, false};
    case FieldType::url_list:
      return std::pair{FieldType::string, true};
    case FieldType::object_list:
      return std::pair{FieldType::object, false};
    default:
      return std::nullopt;
  }
}

std::string dotted(std::string_view path) {
  std::string name(path);
  for (auto& c : name) {
    if (c == '/') c = '.';
  }
  return name;
}

void check_field(const FieldShape& shape, const JsonReader& object, std::string_view label) {
  const auto slash = shape.path.find('/');
  const JsonReader* holder = &object;
  std::optional<JsonReader> parent;
  std::string_view member = shape.path;
  if (slash != std::string_view::npos) {
    // A member of a nested object: checked only when the parent is an object
    // (the parent's own row reports it absent, null or of the wrong type).
    const auto found = object.value().find(std::string(shape.path.substr(0, slash)));
    if (found == object.value().end() || !found->is_object()) return;
    parent = object.field(shape.path.substr(0, slash));
    holder = &*parent;
    member = shape.path.substr(slash + 1);
  }
  const std::string prefix = std::string(label) + ": field \"" + dotted(shape.path) + "\": ";
  const auto& data = holder->value();
  const auto found = data.find(std::string(member));
  if (found == data.end()) {
    if (shape.required) {
      holder->fail(std::string(label) + ": missing required field \"" + dotted(shape.path) +
                   "\" (" + std::string(describe_field_type(shape.type)) + ")");
    }
    return;
  }
  const auto field = holder->field(member);
  if (found->is_null()) {
    if (shape.nullable) return;
    field.fail(prefix + "expected " + std::string(describe_field_type(shape.type)) +
               ", found null");
  }
  if (!has_type(*found, shape.type)) {
    // A whole number too large for the model reads as what it is, out of range.
    const bool too_large =
        shape.type == FieldType::integer && found->is_number() && !found->is_number_float();
    field.fail(prefix + "expected " + std::string(describe_field_type(shape.type)) +
               (too_large ? " from -2147483648 to 2147483647" : "") + ", found " +
               describe_found(*found));
  }
  if (shape.max_length > 0 && found->is_string()) {
    const auto& text = found->get_ref<const std::string&>();
    const std::size_t length = is_valid_utf8(text) ? utf8_length(text) : text.size();
    if (length > shape.max_length) {
      field.fail(prefix + "expected at most " + std::to_string(shape.max_length) +
                 " characters, found " + std::to_string(length));
    }
  }
  if (const auto item = item_shape(shape.type)) {
    for (const auto& element : field.as_array()) {
      const auto& value = element.value();
      if (value.is_null() && item->second) continue;
      if (!has_type(value, item->first)) {
        element.fail(prefix + "expected every item to be " +
                     std::string(describe_field_type(item->first)) + ", found " +
                     describe_found(value));
      }
    }
  }
}

}  // namespace

std::span<const FieldShape> field_shapes() {
  return kFieldShapes;
}

std::string_view describe_field_type(FieldType type) {
  switch (type) {
    case FieldType::string:
      return "a string";
    case FieldType::integer:
      return "an integer";
    case FieldType::boolean:
      return "true or false";
    case FieldType::string_list:
    case FieldType::url_list:
      return "an array of strings";
    case FieldType::object:
      return "an object";
    case FieldType::object_list:
      return "an array of objects";
  }
  return "a value";
}

void check_object_shape(Resource resource, const JsonReader& object, std::string_view label) {
  if (!object.value().is_object()) {
    object.fail(std::string(label) + ": expected an object, found " +
                describe_json_type(object.value()));
  }
  for (const auto& shape : kFieldShapes) {
    if (shape.resource == resource) check_field(shape, object, label);
  }
}

}  // namespace blokjes
