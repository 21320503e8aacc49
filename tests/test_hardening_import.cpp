// Hostile catalogues for `blokjes import` and the engine's deploy (issue 11,
// items 11 and 4): every field of the shape table refused when null or of
// the wrong type, with file, ZIP entry, line:col and field; required fields
// required; and imports that stay linear in the number of objects.
//
// [SECTION] Helpers
// [SECTION] The table covers what the importer reads
// [SECTION] Wrong types and nulls, field by field
// [SECTION] Missing required fields
// [SECTION] Numbers that are not integers
// [SECTION] The engine's reader is guarded too
// [SECTION] Many objects of one name

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "catalogi/catalogi_object_shape.h"
#include "catalogi/zgw_origin.h"
#include "catalogi_support.h"
#include "core/load_error.h"
#include "exporters/zgw/zgw_documents.h"
#include "exporters/zgw/zgw_reader.h"
#include "zip_fixture.h"

using namespace blokjes;
using blokjes::test::demo_workshop;
using blokjes::test::export_of;
using blokjes::test::make_zip;
using Catch::Matchers::Contains;

namespace {

// -----------------------------------------------------------------------------
// [SECTION] Helpers
// -----------------------------------------------------------------------------

using Entries = std::vector<std::pair<std::string, std::string>>;

std::string import_error(const std::string& bytes, const std::string& name) {
  try {
    import_catalogi_bytes(bytes, name, test::library(), test::selectielijst());
  } catch (const LoadError& error) {
    return error.what();
  }
  return "(no error)";
}

// The whole demo workshop's export: every resource has objects, and some
// eigenschap and resultaattype carry the nested objects the table checks.
const Entries& demo_entries() {
  static const Entries entries = openzaak_entries(export_of(demo_workshop()).objects);
  return entries;
}

std::string entry_name(Resource resource) {
  return std::string(resource_name(resource)) + ".json";
}

// The place within `object` that `path` ("a" or "parent/member") names, or
// null when the parent is absent.
nlohmann::json* slot(nlohmann::json& object, std::string_view path, bool create) {
  const auto slash = path.find('/');
  nlohmann::json* holder = &object;
  std::string member(path);
  if (slash != std::string_view::npos) {
    const std::string parent(path.substr(0, slash));
    if (!object.contains(parent) || !object[parent].is_object()) return nullptr;
    holder = &object[parent];
    member = std::string(path.substr(slash + 1));
  }
  if (!create && !holder->contains(member)) return holder;
  return &(*holder)[member];
}

// The index of the first object in `list` whose parent of `path` exists.
std::optional<std::size_t> first_holding(const nlohmann::json& list, std::string_view path) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    auto copy = list[i];
    if (slot(copy, path, false) != nullptr) return i;
  }
  return std::nullopt;
}

// Values of another type than `type`; the first is the plainest.
std::vector<nlohmann::json> wrong_values(FieldType type) {
  switch (type) {
    case FieldType::string:
      return {42, true, nlohmann::json::array({"x"})};
    case FieldType::integer:
      return {true, 1.5, "1", nlohmann::json::object()};
    case FieldType::boolean:
      return {"ja", 1, nlohmann::json::array()};
    case FieldType::string_list:
    case FieldType::url_list:
      return {"x", nlohmann::json::array({1}), nlohmann::json::object()};
    case FieldType::object:
      return {"x", nlohmann::json::array(), 7};
    case FieldType::object_list:
      return {nlohmann::json::array({1}), "x", nlohmann::json::object()};
  }
  return {};
}

// file:line:col: as LoadError prints a place.
bool names_place(const std::string& error, const std::string& file) {
  std::string pattern;
  for (const char c : file) {
    if (std::string_view(".^$|()[]{}*+?\\").find(c) != std::string_view::npos) pattern += '\\';
    pattern += c;
  }
  return std::regex_search(error, std::regex(pattern + ":[0-9]+:[0-9]+: "));
}

std::string dotted(std::string_view path) {
  std::string text(path);
  for (auto& c : text) {
    if (c == '/') c = '.';
  }
  return text;
}

// The ZIP with `change` applied to the first suitable object of `resource`;
// empty when no object has the field's parent.
std::string zip_with(Resource resource, std::string_view path,
                     const std::function<void(nlohmann::json&)>& change) {
  auto entries = demo_entries();
  bool changed = false;
  for (auto& [name, text] : entries) {
    if (name != entry_name(resource)) continue;
    auto list = nlohmann::json::parse(text);
    const auto index = first_holding(list, path);
    if (!index) return "";
    change(list[*index]);
    text = list.dump(1);
    changed = true;
  }
  return changed ? make_zip(entries) : "";
}

// One zaaktype's zgw-json document: the demo's "klacht" has no eigenschap, so
// the process with most kinds of object is taken.
nlohmann::json demo_document() {
  const auto prepared = export_of(demo_workshop());
  const ZaaktypeObjects* best = &prepared.objects.zaaktypen.front();
  for (const auto& zaaktype : prepared.objects.zaaktypen) {
    if (zaaktype.eigenschappen.size() > best->eigenschappen.size()) best = &zaaktype;
  }
  return nlohmann::json::parse(zgw_document(prepared.objects, *best).dump());
}

// The document with `change` applied to the first suitable object of
// `resource`; null when it holds none.
nlohmann::json document_with(Resource resource, std::string_view path,
                             const std::function<void(nlohmann::json&)>& change) {
  static const auto original = demo_document();
  auto document = original;
  const std::string member(origin_member(resource));
  if (!document.contains(member)) return nullptr;
  auto& held = document[member];
  if (held.is_object()) {
    auto copy = held;
    if (slot(copy, path, false) == nullptr) return nullptr;
    change(held);
    return document;
  }
  const auto index = first_holding(held, path);
  if (!index) return nullptr;
  change(held[*index]);
  return document;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] The table covers what the importer reads
// -----------------------------------------------------------------------------

TEST_CASE("the shape table lists every field the importer and the engine read",
          "[hardening][import]") {
  // Found by reading process_from_catalogus.cpp, zgw_reader.cpp and the
  // engine's zaaktype_definition.cpp.
  const std::vector<std::pair<Resource, std::string_view>> read = {
      {Resource::zaaktype, "url"},
      {Resource::zaaktype, "identificatie"},
      {Resource::zaaktype, "omschrijving"},
      {Resource::zaaktype, "doel"},
      {Resource::zaaktype, "aanleiding"},
      {Resource::zaaktype, "onderwerp"},
      {Resource::zaaktype, "handelingInitiator"},
      {Resource::zaaktype, "handelingBehandelaar"},
      {Resource::zaaktype, "doorlooptijd"},
      {Resource::zaaktype, "servicenorm"},
      {Resource::zaaktype, "opschortingEnAanhoudingMogelijk"},
      {Resource::zaaktype, "verlengingMogelijk"},
      {Resource::zaaktype, "verlengingstermijn"},
      {Resource::zaaktype, "vertrouwelijkheidaanduiding"},
      {Resource::zaaktype, "indicatieInternOfExtern"},
      {Resource::zaaktype, "selectielijstProcestype"},
      {Resource::zaaktype, "verantwoordelijke"},
      {Resource::zaaktype, "trefwoorden"},
      {Resource::zaaktype, "toelichting"},
      {Resource::zaaktype, "beginGeldigheid"},
      {Resource::zaaktype, "eindeGeldigheid"},
      {Resource::zaaktype, "versiedatum"},
      {Resource::zaaktype, "referentieproces"},
      {Resource::zaaktype, "referentieproces/naam"},
      {Resource::zaaktype, "publicatieIndicatie"},
      {Resource::zaaktype, "productenOfDiensten"},
      {Resource::zaaktype, "besluittypen"},
      {Resource::zaaktype, "concept"},
      {Resource::statustype, "url"},
      {Resource::statustype, "zaaktype"},
      {Resource::statustype, "omschrijving"},
      {Resource::statustype, "volgnummer"},
      {Resource::statustype, "statustekst"},
      {Resource::statustype, "informeren"},
      {Resource::statustype, "doorlooptijd"},
      {Resource::roltype, "url"},
      {Resource::roltype, "zaaktype"},
      {Resource::roltype, "omschrijving"},
      {Resource::roltype, "omschrijvingGeneriek"},
      {Resource::zaaktype_informatieobjecttype, "url"},
      {Resource::zaaktype_informatieobjecttype, "zaaktype"},
      {Resource::zaaktype_informatieobjecttype, "informatieobjecttype"},
      {Resource::zaaktype_informatieobjecttype, "statustype"},
      {Resource::zaaktype_informatieobjecttype, "volgnummer"},
      {Resource::zaaktype_informatieobjecttype, "richting"},
      {Resource::informatieobjecttype, "url"},
      {Resource::informatieobjecttype, "omschrijving"},
      {Resource::informatieobjecttype, "vertrouwelijkheidaanduiding"},
      {Resource::informatieobjecttype, "informatieobjectcategorie"},
      {Resource::besluittype, "url"},
      {Resource::besluittype, "omschrijving"},
      {Resource::besluittype, "omschrijvingGeneriek"},
      {Resource::besluittype, "reactietermijn"},
      {Resource::besluittype, "publicatieIndicatie"},
      {Resource::besluittype, "informatieobjecttypen"},
      {Resource::besluittype, "zaaktypen"},
      {Resource::resultaattype, "url"},
      {Resource::resultaattype, "zaaktype"},
      {Resource::resultaattype, "omschrijving"},
      {Resource::resultaattype, "resultaattypeomschrijving"},
      {Resource::resultaattype, "selectielijstklasse"},
      {Resource::resultaattype, "archiefnominatie"},
      {Resource::resultaattype, "archiefactietermijn"},
      {Resource::resultaattype, "brondatumArchiefprocedure"},
      {Resource::resultaattype, "brondatumArchiefprocedure/afleidingswijze"},
      {Resource::resultaattype, "brondatumArchiefprocedure/procestermijn"},
      {Resource::resultaattype, "brondatumArchiefprocedure/datumkenmerk"},
      {Resource::resultaattype, "brondatumArchiefprocedure/objecttype"},
      {Resource::resultaattype, "brondatumArchiefprocedure/registratie"},
      {Resource::resultaattype, "brondatumArchiefprocedure/einddatumBekend"},
      {Resource::resultaattype, "besluittypen"},
      {Resource::eigenschap, "url"},
      {Resource::eigenschap, "zaaktype"},
      {Resource::eigenschap, "naam"},
      {Resource::eigenschap, "definitie"},
      {Resource::eigenschap, "toelichting"},
      {Resource::eigenschap, "specificatie"},
      {Resource::eigenschap, "specificatie/formaat"},
      {Resource::eigenschap, "specificatie/lengte"},
      {Resource::eigenschap, "specificatie/kardinaliteit"},
      {Resource::eigenschap, "specificatie/groep"},
      {Resource::eigenschap, "specificatie/waardenverzameling"},
      {Resource::catalogus, "url"},
      {Resource::catalogus, "domein"},
      {Resource::catalogus, "rsin"},
      {Resource::catalogus, "contactpersoonBeheerNaam"},
      {Resource::catalogus, "contactpersoonBeheerTelefoonnummer"},
      {Resource::catalogus, "contactpersoonBeheerEmailadres"},
      {Resource::catalogus, "naam"},
      {Resource::catalogus, "versie"},
      {Resource::catalogus, "begindatumVersie"},
  };
  std::set<std::pair<Resource, std::string>> listed;
  for (const auto& shape : field_shapes()) listed.insert({shape.resource, std::string(shape.path)});
  for (const auto& [resource, path] : read) {
    INFO(resource_name(resource) << "." << path);
    CHECK(listed.contains({resource, std::string(path)}));
  }
  // Every writable field of each Request schema is in the table too.
  for (const auto resource : kAllResources) {
    for (const auto field : writable_fields(resource)) {
      INFO(resource_name(resource) << "." << field);
      CHECK(listed.contains({resource, std::string(field)}));
    }
  }
}

TEST_CASE("the demo export and the zaakafhandelcomponent fixture fit the table",
          "[hardening][import]") {
  // What our own exporter writes and what Open Zaak exports must pass.
  CHECK_NOTHROW(import_catalogi_bytes(make_zip(demo_entries()), "demo.zip", test::library(),
                                      test::selectielijst()));
  Entries fixture;
  for (const auto resource : kAllResources) {
    std::ifstream in(test::source_path("tests/data/zac-catalogus/" + entry_name(resource)));
    fixture.emplace_back(entry_name(resource), std::string(std::istreambuf_iterator<char>(in), {}));
  }
  CHECK_NOTHROW(
      import_catalogi_bytes(make_zip(fixture), "zac.zip", test::library(), test::selectielijst()));
}

// -----------------------------------------------------------------------------
// [SECTION] Wrong types and nulls, field by field
// -----------------------------------------------------------------------------

TEST_CASE("every field of the table refuses null and wrong types in a ZIP", "[hardening][import]") {
  std::size_t tried = 0;
  for (const auto& shape : field_shapes()) {
    std::vector<nlohmann::json> values = wrong_values(shape.type);
    if (!shape.nullable) values.insert(values.begin(), nullptr);
    for (const auto& value : values) {
      const auto bytes = zip_with(shape.resource, shape.path, [&](nlohmann::json& object) {
        *slot(object, shape.path, true) = value;
      });
      if (bytes.empty()) continue;  // no object has the field's parent
      ++tried;
      const auto error = import_error(bytes, "catalogus.zip");
      INFO(resource_name(shape.resource) << "." << shape.path << " = " << value.dump() << "\n"
                                         << error);
      const std::string file = "catalogus.zip:" + entry_name(shape.resource);
      CHECK(names_place(error, file));
      CHECK_THAT(error, Contains("field \"" + dotted(shape.path) + "\"") &&
                            Contains(std::string(resource_noun(shape.resource)) + " ") &&
                            Contains("expected") && !Contains("json.exception"));
    }
  }
  // Every row was tried at least with its plainest wrong value.
  CHECK(tried >= field_shapes().size() * 2);
}

TEST_CASE("every field of the table refuses null and wrong types in zgw-json",
          "[hardening][import]") {
  std::size_t tried = 0;
  std::set<Resource> resources;
  for (const auto& shape : field_shapes()) {
    std::vector<nlohmann::json> values = wrong_values(shape.type);
    if (!shape.nullable) values.insert(values.begin(), nullptr);
    for (const auto& value : values) {
      const auto document = document_with(shape.resource, shape.path, [&](nlohmann::json& object) {
        *slot(object, shape.path, true) = value;
      });
      if (document.is_null()) continue;
      ++tried;
      resources.insert(shape.resource);
      const auto error = import_error(document.dump(1), "zaaktype.json");
      INFO(resource_name(shape.resource) << "." << shape.path << " = " << value.dump() << "\n"
                                         << error);
      CHECK(names_place(error, "zaaktype.json"));
      CHECK_THAT(error, Contains("field \"" + dotted(shape.path) + "\"") && Contains("expected") &&
                            !Contains("json.exception"));
    }
  }
  CHECK(tried > field_shapes().size());
  // A zgw-json document carries every resource but the catalogus.
  CHECK(resources.size() >= std::size(kAllResources) - 1);
}

TEST_CASE("the issue's example reads as the issue asks", "[hardening][import]") {
  const auto bytes = zip_with(Resource::statustype, "volgnummer",
                              [](nlohmann::json& object) { object["volgnummer"] = true; });
  const auto error = import_error(bytes, "catalogus.zip");
  CHECK(names_place(error, "catalogus.zip:StatusType.json"));
  CHECK_THAT(error,
             Contains(": statustype 1: field \"volgnummer\": expected an integer, found true"));
  // null in the fields the issue names: a message with the field, never the library's.
  for (const auto& [resource, field] : std::vector<std::pair<Resource, std::string>>{
           {Resource::statustype, "zaaktype"},
           {Resource::statustype, "volgnummer"},
           {Resource::statustype, "omschrijving"},
           {Resource::zaaktype_informatieobjecttype, "informatieobjecttype"},
           {Resource::zaaktype, "besluittypen"},
           {Resource::zaaktype, "url"},
           {Resource::zaaktype, "identificatie"}}) {
    const auto nulled = import_error(
        zip_with(resource, field, [&](nlohmann::json& object) { object[field] = nullptr; }),
        "catalogus.zip");
    INFO(nulled);
    CHECK_THAT(nulled, Contains("field \"" + field + "\"") && Contains("found null"));
  }
  // An item of a URL list that is not a string.
  const auto item =
      import_error(zip_with(Resource::zaaktype, "besluittypen",
                            [](nlohmann::json& object) { object["besluittypen"] = {nullptr}; }),
                   "catalogus.zip");
  CHECK_THAT(item, Contains("field \"besluittypen\"") && Contains("every item"));
}

// -----------------------------------------------------------------------------
// [SECTION] Missing required fields
// -----------------------------------------------------------------------------

TEST_CASE("a field the Catalogi schema requires is required", "[hardening][import]") {
  std::size_t tried = 0;
  for (const auto& shape : field_shapes()) {
    if (!shape.required) continue;
    const auto bytes = zip_with(shape.resource, shape.path, [&](nlohmann::json& object) {
      const auto slash = shape.path.find('/');
      if (slash == std::string_view::npos) {
        object.erase(std::string(shape.path));
      } else {
        object[std::string(shape.path.substr(0, slash))].erase(
            std::string(shape.path.substr(slash + 1)));
      }
    });
    if (bytes.empty()) continue;
    ++tried;
    const auto error = import_error(bytes, "catalogus.zip");
    INFO(error);
    CHECK(names_place(error, "catalogus.zip:" + entry_name(shape.resource)));
    CHECK_THAT(error, Contains("missing required field \"" + dotted(shape.path) + "\""));
  }
  CHECK(tried > 40);
}

// -----------------------------------------------------------------------------
// [SECTION] Numbers that are not integers
// -----------------------------------------------------------------------------

TEST_CASE("volgnummers are integers, nothing else", "[hardening][import]") {
  for (const auto resource : {Resource::statustype, Resource::zaaktype_informatieobjecttype}) {
    for (const auto& value :
         std::vector<nlohmann::json>{true, false, 1.5, 2.0, -0.5, "2", 4294967296LL, 1e300}) {
      const auto error =
          import_error(zip_with(resource, "volgnummer",
                                [&](nlohmann::json& object) { object["volgnummer"] = value; }),
                       "catalogus.zip");
      INFO(value.dump() << ": " << error);
      CHECK_THAT(error, Contains("field \"volgnummer\": expected an integer") && Contains("found"));
    }
  }
  // A negative whole number is an integer; the shape check lets it pass.
  const auto fine = zip_with(Resource::statustype, "volgnummer",
                             [](nlohmann::json& object) { object["volgnummer"] = -3; });
  CHECK_NOTHROW(
      import_catalogi_bytes(fine, "catalogus.zip", test::library(), test::selectielijst()));
}

TEST_CASE("a zaaktype identificatie longer than the schema's 50 characters is refused",
          "[hardening][import]") {
  // It becomes the process id, and from there file names: refused where it
  // enters, with the field named, in a ZIP and in zgw-json, counted in characters.
  const std::vector<std::pair<std::string, std::size_t>> too_long = {
      {std::string(51, 'x'), 51},
      {std::string(60000, 'x'), 60000},
      {"ij" + std::string(49, 'y'), 51}};
  for (const auto& [identificatie, length] : too_long) {
    const auto in_zip = import_error(
        zip_with(Resource::zaaktype, "identificatie",
                 [&](nlohmann::json& object) { object["identificatie"] = identificatie; }),
        "catalogus.zip");
    INFO(in_zip.substr(0, 300));
    CHECK_THAT(in_zip,
               Contains("catalogus.zip:ZaakType.json:") &&
                   Contains("field \"identificatie\": expected at most 50 characters, found " +
                            std::to_string(length)));
    const auto document =
        document_with(Resource::zaaktype, "identificatie",
                      [&](nlohmann::json& o) { o["identificatie"] = identificatie; });
    REQUIRE_FALSE(document.is_null());
    const auto in_json = import_error(document.dump(1), "huwelijk.json");
    CHECK_THAT(in_json, Contains("huwelijk.json:") && Contains("expected at most 50 characters"));
  }
  // 50 characters, multi-byte ones included, are within the schema.
  const auto fine = zip_with(Resource::zaaktype, "identificatie", [](nlohmann::json& object) {
    std::string fifty;
    for (int i = 0; i < 50; ++i) fifty += "\xc3\xa9";  // é, two bytes each
    object["identificatie"] = fifty;
  });
  CHECK_NOTHROW(
      import_catalogi_bytes(fine, "catalogus.zip", test::library(), test::selectielijst()));
}

// -----------------------------------------------------------------------------
// [SECTION] The engine's reader is guarded too
// -----------------------------------------------------------------------------

TEST_CASE("the engine's reader refuses what the import refuses", "[hardening][import]") {
  const auto dir = std::filesystem::temp_directory_path() / "blokjes-hardening-import";
  std::filesystem::create_directories(dir);
  const auto path = (dir / "deploy.zip").string();
  {
    std::ofstream out(path, std::ios::binary);
    out << zip_with(
        Resource::resultaattype, "brondatumArchiefprocedure/procestermijn",
        [](nlohmann::json& object) { object["brondatumArchiefprocedure"]["procestermijn"] = 5; });
  }
  std::vector<std::string> warnings;
  try {
    read_catalogi_objects_file(path, warnings);
    FAIL("no error");
  } catch (const LoadError& error) {
    CHECK(names_place(error.what(), path + ":ResultaatType.json"));
    CHECK_THAT(std::string(error.what()),
               Contains("field \"brondatumArchiefprocedure.procestermijn\": expected a string, "
                        "found 5"));
  }
  std::filesystem::remove_all(dir);
}

// -----------------------------------------------------------------------------
// [SECTION] Many objects of one name
// -----------------------------------------------------------------------------

TEST_CASE("6,000 zaaktypen of one identificatie give 6,000 distinct processes",
          "[hardening][import]") {
  const auto bytes = test::make_catalogus_zip(6000, 1, "zelfde");
  const auto result =
      import_catalogi_bytes(bytes, "veel.zip", test::library(), test::selectielijst());
  REQUIRE(result.workshop.processes.size() == 6000);
  std::set<std::string> ids;
  for (const auto& process : result.workshop.processes) ids.insert(process.id);
  CHECK(ids.size() == 6000);
  CHECK(ids.contains("zelfde"));
  CHECK(ids.contains("zelfde-2"));
  CHECK(ids.contains("zelfde-6000"));
  CHECK(result.workshop.departments.size() == 1);
}

TEST_CASE("6,000 statustypen on one zaaktype give one process of 6,000 steps",
          "[hardening][import]") {
  const auto bytes = test::make_catalogus_zip(1, 6000, "lang");
  const auto result =
      import_catalogi_bytes(bytes, "lang.zip", test::library(), test::selectielijst());
  REQUIRE(result.workshop.processes.size() == 1);
  const auto& process = result.workshop.processes.front();
  CHECK(process.blocks.size() == 6000);
  CHECK(process.flows.size() == 5999);
  // In volgnummer order, whatever the order of the entry.
  CHECK(process.blocks.front().label == "Stap 1");
  CHECK(process.blocks.back().label == "Stap 6000");
}

TEST_CASE("ids taken by an earlier identificatie are skipped, as unique_process_id does",
          "[hardening][import]") {
  // Zaaktypen "a", "a-2", "a", "a": the third cannot be "a-2".
  auto bytes = test::make_catalogus_zip(4, 1, "a", {"a", "a-2", "a", "a"});
  const auto result = import_catalogi_bytes(bytes, "a.zip", test::library(), test::selectielijst());
  std::vector<std::string> ids;
  for (const auto& process : result.workshop.processes) ids.push_back(process.id);
  CHECK(ids == std::vector<std::string>{"a", "a-2", "a-3", "a-4"});
}
