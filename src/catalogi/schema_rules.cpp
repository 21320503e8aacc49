// The catalogi profile: each object against the field rules of its Open Zaak
// `<Name>Request` schema (docs/catalogi-reference.md section 2), plus the
// Eigenschap specificatie rules the schema states in prose.

#include <map>
#include <span>

#include "core/iso8601.h"
#include "core/utf8_text.h"
#include "core/zaaktype_fields.h"
#include "core/zaaktype_mapping.h"
#include "validation.h"

namespace blokjes {
namespace {

enum class Kind { text, boolean, integer, duration, date, uri, enumeration, texts, uris, object };

struct FieldRule {
  std::string_view name;
  Kind kind = Kind::text;
  bool required = false;
  std::size_t min = 0;
  std::size_t max = 0;  // 0: no limit; for integers the largest value
  bool nullable = false;
  std::span<const std::string_view> allowed = {};
  bool blank_allowed = false;  // an enumeration that also takes "" (the API's BlankEnum)
};

const std::map<Resource, std::vector<FieldRule>>& rules() {
  static const std::map<Resource, std::vector<FieldRule>> table = {
      {Resource::catalogus,
       {{"domein", Kind::text, true, 1, 5},
        {"rsin", Kind::text, true, 9, 9},
        {"contactpersoonBeheerNaam", Kind::text, true, 1, 40},
        {"contactpersoonBeheerTelefoonnummer", Kind::text, false, 0, 20},
        {"contactpersoonBeheerEmailadres", Kind::text, false, 0, 254},
        {"naam", Kind::text, false, 0, 200},
        {"versie", Kind::text, false, 0, 20},
        {"begindatumVersie", Kind::date, false, 0, 0, true}}},
      {Resource::zaaktype,
       {{"identificatie", Kind::text, false, 0, 50},
        {"omschrijving", Kind::text, true, 1, 80},
        {"vertrouwelijkheidaanduiding", Kind::enumeration, true, 0, 0, false,
         kVertrouwelijkheidaanduiding},
        {"doel", Kind::text, true, 1},
        {"aanleiding", Kind::text, true, 1},
        {"indicatieInternOfExtern", Kind::enumeration, true, 0, 0, false, kIndicatieInternOfExtern},
        {"handelingInitiator", Kind::text, true, 1, 20},
        {"onderwerp", Kind::text, true, 1, 80},
        {"handelingBehandelaar", Kind::text, true, 1, 20},
        {"doorlooptijd", Kind::duration, true},
        {"servicenorm", Kind::duration, false, 0, 0, true},
        {"opschortingEnAanhoudingMogelijk", Kind::boolean, true},
        {"verlengingMogelijk", Kind::boolean, true},
        {"verlengingstermijn", Kind::duration, false, 0, 0, true},
        {"trefwoorden", Kind::texts, false, 0, 30},
        {"publicatieIndicatie", Kind::boolean, true},
        {"productenOfDiensten", Kind::uris, true, 0, 1000},
        {"selectielijstProcestype", Kind::uri, false, 0, 200},
        {"referentieproces", Kind::object, true},
        {"verantwoordelijke", Kind::text, true, 1, 50},
        {"beginGeldigheid", Kind::date, true},
        {"eindeGeldigheid", Kind::date, false, 0, 0, true},
        {"versiedatum", Kind::date, true},
        {"catalogus", Kind::uri, true, 1, 1000},
        {"besluittypen", Kind::uris, true, 0, 1000},
        {"gerelateerdeZaaktypen", Kind::object, true}}},
      {Resource::statustype,
       {{"omschrijving", Kind::text, true, 1, 80},
        {"statustekst", Kind::text, false, 0, 1000},
        {"zaaktype", Kind::uri, true, 1, 1000},
        {"volgnummer", Kind::integer, true, 1, 9999},
        {"informeren", Kind::boolean, false},
        {"doorlooptijd", Kind::duration, false, 0, 0, true},
        {"toelichting", Kind::text, false, 0, 1000, true}}},
      {Resource::resultaattype,
       {{"zaaktype", Kind::uri, true, 1, 1000},
        {"omschrijving", Kind::text, true, 1, 30},
        {"resultaattypeomschrijving", Kind::uri, true, 1, 1000},
        {"selectielijstklasse", Kind::uri, true, 1, 1000},
        {"archiefnominatie", Kind::enumeration, false, 0, 0, false, kArchiefnominatie, true},
        {"archiefactietermijn", Kind::duration, false, 0, 0, true},
        {"brondatumArchiefprocedure", Kind::object, false, 0, 0, true},
        {"procesobjectaard", Kind::text, false, 0, 200},
        {"besluittypen", Kind::uris, false, 0, 1000}}},
      {Resource::roltype,
       {{"zaaktype", Kind::uri, true, 1, 1000},
        {"omschrijving", Kind::text, true, 1, 100},
        {"omschrijvingGeneriek", Kind::enumeration, true, 0, 0, false,
         kRoltypeOmschrijvingGeneriek}}},
      {Resource::informatieobjecttype,
       {{"catalogus", Kind::uri, true, 1, 1000},
        {"omschrijving", Kind::text, true, 1, 80},
        {"vertrouwelijkheidaanduiding", Kind::enumeration, true, 0, 0, false,
         kVertrouwelijkheidaanduiding},
        {"beginGeldigheid", Kind::date, true},
        {"eindeGeldigheid", Kind::date, false, 0, 0, true},
        {"informatieobjectcategorie", Kind::text, true, 1, 80},
        {"trefwoord", Kind::texts, false, 0, 30}}},
      {Resource::zaaktype_informatieobjecttype,
       {{"zaaktype", Kind::uri, true, 1, 1000},
        {"informatieobjecttype", Kind::uri, true, 1, 1000},
        {"volgnummer", Kind::integer, true, 1, 999},
        {"richting", Kind::enumeration, true, 0, 0, false, kRichting},
        {"statustype", Kind::uri, false, 1, 1000, true}}},
      {Resource::besluittype,
       {{"catalogus", Kind::uri, true, 1, 1000},
        {"omschrijving", Kind::text, false, 0, 80},
        {"omschrijvingGeneriek", Kind::text, false, 0, 80},
        {"besluitcategorie", Kind::text, false, 0, 40},
        {"reactietermijn", Kind::duration, false, 0, 0, true},
        {"publicatieIndicatie", Kind::boolean, true},
        {"publicatietermijn", Kind::duration, false, 0, 0, true},
        {"informatieobjecttypen", Kind::uris, true, 0, 1000},
        {"beginGeldigheid", Kind::date, true},
        {"eindeGeldigheid", Kind::date, false, 0, 0, true}}},
      {Resource::eigenschap,
       {{"naam", Kind::text, true, 1, 20},
        {"definitie", Kind::text, true, 1, 255},
        {"specificatie", Kind::object, true},
        {"toelichting", Kind::text, false, 0, 1000},
        {"zaaktype", Kind::uri, true, 1, 1000},
        {"statustype", Kind::uri, false, 1, 1000, true}}},
  };
  return table;
}

// Characters, not bytes: the API counts Unicode characters.
std::size_t character_count(const std::string& text) {
  return utf8_length(text);
}

std::string length_problem(const std::string& text, const FieldRule& rule) {
  const auto length = character_count(text);
  if (length < rule.min) {
    return rule.min == 1 ? "must not be empty"
                         : "has " + std::to_string(length) + " characters; expected " +
                               std::to_string(rule.min);
  }
  if (rule.max != 0 && length > rule.max) {
    return "has " + std::to_string(length) + " characters; the Catalogi API allows at most " +
           std::to_string(rule.max);
  }
  return "";
}

bool is_url(const std::string& text) {
  return text.starts_with("http://") || text.starts_with("https://");
}

std::string allowed_list(std::span<const std::string_view> allowed) {
  std::string list;
  for (const auto value : allowed) {
    if (value.empty()) continue;
    list += (list.empty() ? "" : ", ") + std::string(value);
  }
  return list;
}

// The problem with one value, or "" when it is fine.
std::string value_problem(const CatalogiJson& value, const FieldRule& rule) {
  if (value.is_null()) return rule.nullable ? "" : "must not be null";
  switch (rule.kind) {
    case Kind::boolean:
      return value.is_boolean() ? "" : "expected true or false";
    case Kind::integer: {
      if (!value.is_number_integer()) return "expected a whole number";
      const auto number = value.get<long long>();
      if (number < static_cast<long long>(rule.min) || number > static_cast<long long>(rule.max)) {
        return "is " + std::to_string(number) + "; expected " + std::to_string(rule.min) + " to " +
               std::to_string(rule.max);
      }
      return "";
    }
    case Kind::object:
      return value.is_structured() ? "" : "expected an object";
    case Kind::texts:
    case Kind::uris: {
      if (!value.is_array()) return "expected a list";
      for (const auto& item : value) {
        if (!item.is_string()) return "expected a list of texts";
        FieldRule element = rule;
        element.kind = rule.kind == Kind::uris ? Kind::uri : Kind::text;
        element.required = false;
        if (auto problem = value_problem(item, element); !problem.empty()) {
          return "\"" + item.get<std::string>() + "\" " + problem;
        }
      }
      return "";
    }
    default:
      break;
  }
  if (!value.is_string()) return "expected a text";
  const auto& text = value.get_ref<const std::string&>();
  if (text.empty() && !rule.required && rule.min == 0 && rule.kind != Kind::enumeration &&
      rule.kind != Kind::date && rule.kind != Kind::duration)
    return "";
  switch (rule.kind) {
    case Kind::duration:
      return parse_iso_duration(text) ? ""
                                      : "\"" + text + "\" is not an ISO-8601 duration such as P8W";
    case Kind::date:
      return is_iso_date(text) ? "" : "\"" + text + "\" is not a date (YYYY-MM-DD)";
    case Kind::uri:
      if (!is_url(text))
        return text.empty() ? "must not be empty" : "\"" + text + "\" is not a URL";
      return length_problem(text, rule);
    case Kind::enumeration:
      if (text.empty() && rule.blank_allowed) return "";
      for (const auto allowed : rule.allowed) {
        if (text == allowed) return "";
      }
      return "\"" + text + "\" is not one of: " + allowed_list(rule.allowed);
    default:
      return length_problem(text, rule);
  }
}

void check_object(const CatalogiObject& object, std::vector<Diagnostic>& findings) {
  for (const auto& rule : rules().at(object.resource)) {
    const std::string name(rule.name);
    const auto found = object.data.find(name);
    if (found == object.data.end()) {
      if (rule.required) report(findings, object, name + " is required", Severity::error, name);
      continue;
    }
    if (auto problem = value_problem(*found, rule); !problem.empty()) {
      if (object.resource == Resource::zaaktype && name == "identificatie") {
        // Most often the process id, which the model allows to be longer.
        problem += " (it is the process id unless the zaaktype sets its own identificatie)";
      }
      report(findings, object, name + " " + problem, Severity::error, name);
    }
  }
}

void check_nested(const CatalogiObject& object, const std::string& member,
                  const std::vector<FieldRule>& nested, std::vector<Diagnostic>& findings) {
  const auto found = object.data.find(member);
  if (found == object.data.end() || !found->is_object()) return;
  for (const auto& rule : nested) {
    const std::string name(rule.name);
    const auto value = found->find(name);
    if (value == found->end()) {
      if (rule.required) report(findings, object, member + "." + name + " is required");
      continue;
    }
    if (auto problem = value_problem(*value, rule); !problem.empty()) {
      report(findings, object, member + "." + name + " " + problem);
    }
  }
}

void check_nested_objects(const CatalogiObject& object, std::vector<Diagnostic>& findings) {
  if (object.resource == Resource::zaaktype) {
    check_nested(object, "referentieproces",
                 {{"naam", Kind::text, true, 1, 80}, {"link", Kind::uri, false, 0, 200}}, findings);
  }
  if (object.resource == Resource::resultaattype) {
    check_nested(object, "brondatumArchiefprocedure",
                 {{"afleidingswijze", Kind::enumeration, true, 0, 0, false, kAfleidingswijze},
                  {"datumkenmerk", Kind::text, false, 0, 80},
                  {"einddatumBekend", Kind::boolean, false},
                  {"objecttype", Kind::enumeration, false, 0, 0, false, kObjecttype, true},
                  {"registratie", Kind::text, false, 0, 80},
                  {"procestermijn", Kind::duration, false, 0, 0, true}},
                 findings);
  }
  if (object.resource == Resource::eigenschap) {
    check_nested(object, "specificatie",
                 {{"groep", Kind::text, false, 0, 32},
                  {"formaat", Kind::enumeration, true, 0, 0, false, kEigenschapFormaat},
                  {"lengte", Kind::text, true, 1, 14},
                  {"kardinaliteit", Kind::text, true, 1, 3},
                  {"waardenverzameling", Kind::texts, false, 0, 100}},
                 findings);
  }
}

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The Catalogi API describes lengte per formaat: datum is 8 (JJJJMMDD),
// datum_tijd 14 (JJJJMMDDUUMMSS), getal a number of digits with an optional
// ",decimals", tekst a number of characters; kardinaliteit is a count or N.
void check_specificatie(const CatalogiObject& object, std::vector<Diagnostic>& findings) {
  const auto found = object.data.find("specificatie");
  if (found == object.data.end() || !found->is_object()) return;
  const auto formaat = found->value("formaat", "");
  const auto lengte = found->value("lengte", "");
  const auto kardinaliteit = found->value("kardinaliteit", "");
  std::string problem;
  if (formaat == "datum" && lengte != "8") {
    problem = "formaat datum has lengte 8 (JJJJMMDD), not \"" + lengte + "\"";
  } else if (formaat == "datum_tijd" && lengte != "14") {
    problem = "formaat datum_tijd has lengte 14 (JJJJMMDDUUMMSS), not \"" + lengte + "\"";
  } else if (formaat == "getal") {
    const auto comma = lengte.find(',');
    const bool valid = comma == std::string::npos
                           ? all_digits(lengte)
                           : all_digits(std::string_view(lengte).substr(0, comma)) &&
                                 all_digits(std::string_view(lengte).substr(comma + 1));
    if (!valid)
      problem = "formaat getal needs lengte as digits or digits,decimals, not \"" + lengte + "\"";
  } else if (formaat == "tekst" && !all_digits(lengte)) {
    problem = "formaat tekst needs lengte as a number of characters, not \"" + lengte + "\"";
  }
  // All zeros, however many: no conversion, so a very long lengte cannot overflow.
  const bool zero = all_digits(lengte) && lengte.find_first_not_of('0') == std::string::npos;
  if (problem.empty() && zero) {
    problem = "lengte must be at least 1";
  }
  if (!problem.empty()) report(findings, object, "specificatie: " + problem);
  if (kardinaliteit != "N" && (!all_digits(kardinaliteit) || kardinaliteit.starts_with('0'))) {
    report(findings, object,
           "specificatie: kardinaliteit is \"" + kardinaliteit +
               "\"; expected a number of occurrences (1-999) or N for any number");
  }
  if (const auto values = found->find("waardenverzameling");
      values != found->end() && values->is_array() && !values->empty() && formaat == "datum") {
    report(findings, object, "specificatie: a datum has no waardenverzameling", Severity::warning);
  }
}

}  // namespace

void check_schema(const CatalogusExport& catalogus_export, std::vector<Diagnostic>& findings) {
  for (const auto* object : catalogus_export.all_objects()) {
    check_object(*object, findings);
    check_nested_objects(*object, findings);
    if (object->resource == Resource::eigenschap) check_specificatie(*object, findings);
  }
}

}  // namespace blokjes
