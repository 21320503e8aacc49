// Export formats, export -> import -> export, and hostile input to import.

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "catalogi/stable_uuid.h"
#include "catalogi_support.h"
#include "core/load_error.h"
#include "core/workshop_validation.h"
#include "core/zaaktype_fields.h"
#include "exporters/exporter.h"
#include "exporters/zgw/zgw_documents.h"
#include "exporters/zgw/zgw_reader.h"
#include "exporters/zgw/zip_reader.h"
#include "zip_fixture.h"

using namespace blokjes;
using blokjes::test::demo_workshop;
using blokjes::test::export_of;
using blokjes::test::make_zip;
using Catch::Matchers::Contains;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every object of an export by URL, as plain (unordered) JSON.
std::map<std::string, nlohmann::json> objects_by_url(const CatalogusExport& catalogus_export) {
  std::map<std::string, nlohmann::json> objects;
  for (const auto* object : catalogus_export.all_objects()) {
    objects[object->url()] = nlohmann::json::parse(object->data.dump());
  }
  return objects;
}

ImportResult import_bytes(const std::string& bytes, const std::string& name = "in.zip") {
  return import_catalogi_bytes(bytes, name, test::library(), test::selectielijst());
}

std::string import_error(const std::string& bytes, const std::string& name = "in.zip") {
  try {
    import_bytes(bytes, name);
  } catch (const LoadError& error) {
    return error.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("the Open Zaak ZIP has one array per resource at its root", "[export]") {
  const auto prepared = export_of(demo_workshop());
  REQUIRE_FALSE(prepared.has_errors());
  const auto entries = read_zip_entries_from_memory(openzaak_zip_bytes(prepared.objects), "x.zip");
  std::vector<std::string> names;
  for (const auto& entry : entries) {
    names.push_back(entry.name);
    const auto list = nlohmann::json::parse(entry.bytes);
    REQUIRE(list.is_array());
    for (const auto& item : list) CHECK(item["url"].get<std::string>().size() > 36);
  }
  // Open Zaak's own import order: what an object refers to comes first.
  CHECK(names == std::vector<std::string>{"Catalogus.json", "InformatieObjectType.json",
                                          "BesluitType.json", "ZaakType.json", "StatusType.json",
                                          "ZaakTypeInformatieObjectType.json", "ResultaatType.json",
                                          "RolType.json", "Eigenschap.json"});
}

TEST_CASE("the same workshop exports to the same bytes", "[export]") {
  const auto first = openzaak_zip_bytes(export_of(demo_workshop()).objects);
  const auto second = openzaak_zip_bytes(export_of(demo_workshop()).objects);
  CHECK(first == second);
}

TEST_CASE("zgw-json writes one document per zaaktype", "[export]") {
  test::ScratchDirectory scratch;
  const auto exporter = make_exporter("zgw-json");
  const auto one = export_of(demo_workshop(), {"huwelijk"});
  const auto file = scratch.file("huwelijk.json");
  exporter->write(one.objects, file, false);
  const auto document = nlohmann::json::parse(read_file(file));
  CHECK(document["format"] == "blokjessessie-zgw");
  CHECK(document["zaaktype"]["identificatie"] == "HUW-001");
  CHECK(document["statustypen"].size() >= 2);
  CHECK_FALSE(document["informatieobjecttypen"].empty());

  const auto all = export_of(demo_workshop());
  const auto written = exporter->write(all.objects, scratch.file("all"), false);
  CHECK(written.size() == demo_workshop().processes.size());
  CHECK(std::filesystem::exists(scratch.file("all/bezwaarschrift.json")));
}

TEST_CASE("exporters never overwrite without being told to", "[export]") {
  test::ScratchDirectory scratch;
  const auto path = scratch.file("out.zip");
  std::ofstream(path) << "keep me";
  const auto prepared = export_of(demo_workshop(), {"klacht"});
  const auto exporter = make_exporter("openzaak-zip");
  CHECK_THROWS_WITH(exporter->write(prepared.objects, path, false), Contains("already exists"));
  CHECK(read_file(path) == "keep me");
  exporter->write(prepared.objects, path, true);
  CHECK(read_file(path).starts_with("PK"));
}

TEST_CASE("export, import and export again gives the same objects", "[export][import]") {
  const auto first = export_of(demo_workshop());
  REQUIRE_FALSE(first.has_errors());
  const auto imported = import_bytes(openzaak_zip_bytes(first.objects));
  CHECK(imported.warnings.empty());
  CHECK(imported.workshop.processes.size() == demo_workshop().processes.size());
  const auto second = export_of(imported.workshop);
  for (const auto& diagnostic : second.diagnostics) INFO(diagnostic.message);
  CHECK_FALSE(second.has_errors());
  CHECK(objects_by_url(second.objects) == objects_by_url(first.objects));
}

TEST_CASE("a zgw-json document imports and exports to the same objects", "[export][import]") {
  const auto first = export_of(demo_workshop(), {"omgevingsvergunning-regulier"});
  const auto text = zgw_document(first.objects, first.objects.zaaktypen.front()).dump();
  const auto imported = import_bytes(text, "omv.json");
  REQUIRE(imported.workshop.processes.size() == 1);
  const auto second = export_of(imported.workshop);
  CHECK(objects_by_url(second.objects) == objects_by_url(first.objects));
}

TEST_CASE("import infers block kinds from statustypen", "[import]") {
  const auto imported =
      import_bytes(openzaak_zip_bytes(export_of(demo_workshop(), {"huwelijk"}).objects));
  const auto& process = imported.workshop.processes.front();
  const auto& original = *demo_workshop().find_process("huwelijk");
  REQUIRE(process.blocks.size() == original.blocks.size());
  const auto ordered = original.ordered_blocks();
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    INFO(ordered[i]->id);
    CHECK(process.blocks[i].kind == ordered[i]->kind);
  }
  CHECK(process.zaaktype.selectielijst_procestype->nummer == 9);
  CHECK_FALSE(process.zgw_origin.empty());
}

TEST_CASE("a step the importer does not recognise becomes a Behandelen block", "[import]") {
  auto workshop = demo_workshop();
  auto& block = workshop.processes.front().blocks.front();
  block.overrides.statustype.omschrijving = "Trouwboekje gedrukt";
  const auto imported = import_bytes(openzaak_zip_bytes(export_of(workshop, {"huwelijk"}).objects));
  const auto& first = imported.workshop.processes.front().blocks.front();
  CHECK(first.kind == "behandelen");
  CHECK(first.label == "Trouwboekje gedrukt");
}

TEST_CASE("imported fields the model has no place for survive the export", "[import]") {
  auto first = export_of(demo_workshop(), {"klacht"});
  auto& statustype = first.objects.zaaktypen.front().statustypen.front();
  statustype.data["toelichting"] = "Alleen voor de klachtcoördinator";
  statustype.data["checklistitemStatustype"] = {{{"itemnaam", "Klager gebeld"},
                                                 {"vraagstelling", "Is de klager gebeld?"},
                                                 {"verplicht", true}}};
  const auto imported = import_bytes(openzaak_zip_bytes(first.objects));
  const auto second = export_of(imported.workshop);
  const auto& again = second.objects.zaaktypen.front().statustypen.front().data;
  CHECK(again["toelichting"] == "Alleen voor de klachtcoördinator");
  CHECK(again["checklistitemStatustype"][0]["itemnaam"] == "Klager gebeld");
}

// -----------------------------------------------------------------------------
// Hostile and malformed input
// -----------------------------------------------------------------------------

namespace {

std::vector<std::pair<std::string, std::string>> valid_entries() {
  const auto prepared = export_of(demo_workshop(), {"klacht"});
  return openzaak_entries(prepared.objects);
}

}  // namespace

TEST_CASE("import refuses ZIP entries outside the root", "[import][hostile]") {
  for (const std::string name : {"../ZaakType.json", "sub/ZaakType.json", "/etc/passwd",
                                 "..\\ZaakType.json", "C:\\ZaakType.json"}) {
    INFO(name);
    auto entries = valid_entries();
    entries.emplace_back(name, "[]");
    CHECK_THAT(import_error(make_zip(entries)),
               Contains("not at the root") || Contains("is not a file"));
  }
}

TEST_CASE("import refuses too many entries", "[import][hostile]") {
  std::vector<std::pair<std::string, std::string>> entries;
  for (int i = 0; i < 65; ++i) entries.emplace_back("extra" + std::to_string(i) + ".json", "[]");
  CHECK_THAT(import_error(make_zip(entries)), Contains("65 entries") && Contains("at most 64"));
}

TEST_CASE("import refuses an entry that unpacks too big", "[import][hostile]") {
  // 33 MiB of spaces compresses to a few kilobytes: a small ZIP bomb.
  auto entries = valid_entries();
  entries.emplace_back("Eigenschap.json", std::string(33u * 1024u * 1024u, ' '));
  entries.erase(entries.end() - 2);  // the real Eigenschap.json
  const auto error = import_error(make_zip(entries));
  CHECK_THAT(error, Contains("Eigenschap.json") && Contains("bytes"));
}

TEST_CASE("ZIP limits hold for what is really unpacked", "[import][hostile]") {
  const auto bytes = make_zip({{"a.json", std::string(5000, 'x')}, {"b.json", "[]"}});
  ZipLimits limits;
  limits.max_entry_bytes = 4096;
  CHECK_THROWS_WITH(read_zip_entries_from_memory(bytes, "t.zip", limits), Contains("t.zip:a.json"));
  limits = {};
  limits.max_total_bytes = 4000;
  CHECK_THROWS_WITH(read_zip_entries_from_memory(bytes, "t.zip", limits), Contains("together"));
}

TEST_CASE("import names the entry and place of malformed JSON", "[import][hostile]") {
  auto entries = valid_entries();
  for (auto& [name, text] : entries) {
    if (name == "RolType.json") text = "[\n  {\"url\": \"http://x/roltypen/1\",\n  }\n]";
  }
  CHECK_THAT(import_error(make_zip(entries), "k.zip"), Contains("k.zip:RolType.json:3:"));
}

TEST_CASE("import explains objects of the wrong shape", "[import][hostile]") {
  auto entries = valid_entries();
  SECTION("a resource file that is not a list") {
    for (auto& [name, text] : entries) {
      if (name == "StatusType.json") text = "{}";
    }
    CHECK_THAT(import_error(make_zip(entries)), Contains("StatusType.json") && Contains("array"));
  }
  SECTION("a url without a UUID") {
    for (auto& [name, text] : entries) {
      if (name == "ZaakType.json") {
        auto list = nlohmann::json::parse(text);
        list[0]["url"] = "http://localhost/zaaktypen/42";
        text = list.dump();
      }
    }
    CHECK_THAT(import_error(make_zip(entries)), Contains("ends in the object's UUID"));
  }
  SECTION("a link to an informatieobjecttype that is not there") {
    for (auto& [name, text] : entries) {
      if (name == "InformatieObjectType.json") text = "[]";
    }
    CHECK_THAT(import_error(make_zip(entries)), Contains("ZaakTypeInformatieObjectType.json") &&
                                                    Contains("not an InformatieObjectType"));
  }
  SECTION("no zaaktypen") {
    for (auto& [name, text] : entries) {
      if (name == "ZaakType.json") text = "[]";
    }
    CHECK_THAT(import_error(make_zip(entries)), Contains("no ZaakType.json with zaaktypen"));
  }
}

TEST_CASE("import refuses what is not a ZIP or a zgw-json document", "[import][hostile]") {
  CHECK_THAT(import_error("PK\x03\x04 this is no zip"), Contains("not a readable ZIP"));
  const auto zip = make_zip(valid_entries());
  CHECK_THAT(import_error(zip.substr(0, zip.size() / 2)), Contains("not a readable ZIP"));
  CHECK_THAT(import_error("{\"format\": \"blokjessessie-workshop\"}", "w.json"),
             Contains("not a zgw-json document"));
  CHECK_THAT(import_error("{ oops", "w.json"), Contains("w.json:1:"));
}

TEST_CASE("import refuses values the model cannot hold, naming their place", "[import][hostile]") {
  auto entries = valid_entries();
  for (auto& [name, text] : entries) {
    if (name == "RolType.json") {
      auto list = nlohmann::json::parse(text);
      list[0]["omschrijvingGeneriek"] = "/ehandelaar";
      text = list.dump(1);
    }
  }
  // Found by fuzzing: such a workshop was written but could not be opened again.
  CHECK_THAT(import_error(make_zip(entries)),
             Contains("in.zip:RolType.json:") && Contains("expected one of: adviseur"));
}

TEST_CASE("zgw-json import errors point into the document", "[import][hostile]") {
  const auto first = export_of(demo_workshop(), {"klacht"});
  auto document =
      nlohmann::json::parse(zgw_document(first.objects, first.objects.zaaktypen.front()).dump());
  SECTION("a wrong type in the zaaktype") {
    document["zaaktype"]["verlengingMogelijk"] = "ja";
    CHECK_THAT(import_error(document.dump(1), "k.json"),
               Contains("k.json:") && Contains("(at /zaaktype/verlengingMogelijk)"));
  }
  SECTION("a newer version") {
    document["version"] = 2;
    CHECK_THAT(import_error(document.dump(1), "k.json"), Contains("expected 1"));
  }
}

TEST_CASE("a version 1 workshop opens and exports", "[import][export]") {
  // Kept as written by the first release: version 2 added optional fields only.
  const auto loaded = load_workshop(test::source_path("tests/data/workshop-v1.json"));
  CHECK(loaded.workshop.processes.size() == 13);
  const auto prepared = export_of(loaded.workshop, {"klacht"}, ValidationProfile::catalogi);
  CHECK(prepared.objects.zaaktypen.size() == 1);
}

TEST_CASE("zgw-json file names stay inside the output directory", "[export][hostile]") {
  auto workshop = demo_workshop();
  workshop.processes[0].id = "../../escape";  // not a slug: only a forced export writes it
  workshop.processes[1].id = "escape";
  auto prepared = export_of(workshop, {"../../escape", "escape"});
  test::ScratchDirectory scratch;
  const auto written =
      make_exporter("zgw-json")->write(prepared.objects, scratch.file("out"), false);
  REQUIRE(written.size() == 2);
  for (const auto& file : written) {
    INFO(file);
    CHECK(std::filesystem::path(file).parent_path() == scratch.path() / "out");
  }
  CHECK(written[0] != written[1]);
}

TEST_CASE("an original's link to a step that is gone follows the model", "[import]") {
  // From another municipality's Open Zaak: another base URL.
  ExportRequest request;
  request.process_ids = {"klacht"};
  request.options.base_url = "https://elders.example.nl/catalogi/api/v1";
  const auto first =
      prepare_export(demo_workshop(), test::library(), test::selectielijst(), request);
  auto imported = import_bytes(openzaak_zip_bytes(first.objects)).workshop;
  // Rename every step: the originals' statustype URLs no longer name an exported object.
  for (auto& block : imported.processes.front().blocks) {
    block.overrides.statustype.omschrijving = *block.overrides.statustype.omschrijving + " (nieuw)";
  }
  const auto second = export_of(imported);
  for (const auto& diagnostic : second.diagnostics) INFO(diagnostic.message);
  CHECK_FALSE(second.has_errors());
  const auto& zaaktype = second.objects.zaaktypen.front();
  for (const auto& link : zaaktype.zaaktype_informatieobjecttypen) {
    const auto status = link.data["statustype"].get<std::string>();
    CHECK(std::any_of(zaaktype.statustypen.begin(), zaaktype.statustypen.end(),
                      [&](const auto& statustype) { return statustype.url() == status; }));
  }
}

TEST_CASE("import refuses encrypted entries", "[import][hostile]") {
  CHECK_THAT(import_error(make_zip(valid_entries(), "geheim")),
             Contains("in.zip:Catalogus.json") && Contains("encrypted"));
}

// -----------------------------------------------------------------------------
// Catalogues in the shape of real ones: import, then export, gives the same
// objects, field by field (tests/data/zac-catalogus, written as Open Zaak
// exports them: response representations, read-only fields included).
// -----------------------------------------------------------------------------

namespace {

constexpr const char* kFixtureBase = "https://openzaak.voorbeeldgemeente.nl/catalogi/api/v1";

nlohmann::json fixture_list(Resource resource) {
  return nlohmann::json::parse(read_file(test::source_path(
      "tests/data/zac-catalogus/" + std::string(resource_name(resource)) + ".json")));
}

// The fixture zipped as Open Zaak's catalogus export is: one entry per resource.
std::string fixture_zip() {
  std::vector<std::pair<std::string, std::string>> entries;
  for (const auto resource : kAllResources) {
    entries.emplace_back(std::string(resource_name(resource)) + ".json",
                         fixture_list(resource).dump(2));
  }
  return make_zip(entries);
}

PreparedExport export_again(const Workshop& workshop, ValidationProfile profile,
                            std::vector<std::string> process_ids = {}) {
  ExportRequest request;
  request.process_ids = std::move(process_ids);
  request.profile = profile;
  request.options.base_url = kFixtureBase;
  return prepare_export(workshop, test::library(), test::selectielijst(), request);
}

// Every object of `resource` in `objects`, by URL, as plain JSON.
std::map<std::string, nlohmann::json> exported_by_url(const CatalogusExport& objects,
                                                      Resource resource) {
  std::map<std::string, nlohmann::json> result;
  for (const auto* object : objects.all_objects()) {
    if (object->resource == resource)
      result[object->url()] = nlohmann::json::parse(object->data.dump());
  }
  return result;
}

// The same objects, and in each the same value for every field the API
// writes (read-only fields are Open Zaak's to derive).
void check_same_objects(const nlohmann::json& originals, const CatalogusExport& objects,
                        Resource resource) {
  const auto exported = exported_by_url(objects, resource);
  std::set<std::string> original_urls;
  for (const auto& original : originals) original_urls.insert(original["url"].get<std::string>());
  std::set<std::string> exported_urls;
  for (const auto& [url, data] : exported) exported_urls.insert(url);
  INFO(resource_name(resource));
  CHECK(exported_urls == original_urls);
  for (const auto& original : originals) {
    const auto url = original["url"].get<std::string>();
    const auto found = exported.find(url);
    if (found == exported.end()) continue;  // reported above
    for (const auto field : writable_fields(resource)) {
      const std::string name(field);
      INFO(url << " " << name);
      CHECK(found->second.contains(name) == original.contains(name));
      CHECK(found->second.value(name, nlohmann::json()) == original.value(name, nlohmann::json()));
    }
  }
}

// Each zaaktype's statustype omschrijvingen in volgnummer order.
std::map<std::string, std::vector<std::string>> statustypen_in_order(
    const std::vector<nlohmann::json>& statustypen) {
  std::map<std::string, std::vector<std::pair<int, std::string>>> by_zaaktype;
  for (const auto& statustype : statustypen) {
    by_zaaktype[statustype["zaaktype"]].emplace_back(statustype["volgnummer"].get<int>(),
                                                     statustype["omschrijving"].get<std::string>());
  }
  std::map<std::string, std::vector<std::string>> result;
  for (auto& [zaaktype, list] : by_zaaktype) {
    std::sort(list.begin(), list.end());
    for (const auto& [volgnummer, omschrijving] : list) result[zaaktype].push_back(omschrijving);
  }
  return result;
}

}  // namespace

TEST_CASE("a zaakafhandelcomponent catalogue imports and exports to the same objects",
          "[import][export][zac]") {
  const auto imported = import_bytes(fixture_zip(), "zac.zip");
  for (const auto& warning : imported.warnings) INFO(warning);
  CHECK(imported.warnings.empty());
  REQUIRE(imported.workshop.processes.size() == 2);

  // The imported workshop passes its own validation, and saves and loads as it is.
  const auto model = validate_workshop(imported.workshop, test::library());
  INFO(test::messages(model));
  CHECK(test::errors_of(model).empty());
  CHECK(parse_workshop(serialise_workshop(imported.workshop), "zac.json").workshop ==
        imported.workshop);

  // Without --force: the openzaak profile accepts it as it is.
  const auto again = export_again(imported.workshop, ValidationProfile::openzaak);
  INFO(test::messages(again.diagnostics));
  REQUIRE_FALSE(again.has_errors());
  for (const auto resource : kAllResources) {
    check_same_objects(fixture_list(resource), again.objects, resource);
  }

  // Statustypen in the same order, doorlooptijd and informeren included above.
  std::vector<nlohmann::json> exported_statustypen;
  for (const auto& [url, data] : exported_by_url(again.objects, Resource::statustype)) {
    exported_statustypen.push_back(data);
  }
  const auto original_statustypen = fixture_list(Resource::statustype);
  CHECK(statustypen_in_order(exported_statustypen) ==
        statustypen_in_order({original_statustypen.begin(), original_statustypen.end()}));

  // The zaakafhandelcomponent's own profile accepts its zaaktype again.
  const auto zac = export_again(imported.workshop, ValidationProfile::zac, {"zac-ovl-001"});
  INFO(test::messages(zac.diagnostics));
  CHECK_FALSE(zac.has_errors());
}

TEST_CASE("the fixture holds every afleidingswijze Open Zaak accepts for its klasse",
          "[import][export]") {
  // What the round trip above covers: afgehandeld for procestermijn nihil,
  // termijn for an estimated lifetime, vervaldatum_besluit and eigenschap
  // for a klasse that forbids afgehandeld.
  std::map<std::string, std::string> procestermijn_of;
  for (const auto& klasse : test::selectielijst().resultaten) {
    procestermijn_of[klasse.uuid] = klasse.procestermijn;
  }
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& resultaattype : fixture_list(Resource::resultaattype)) {
    const auto klasse = uuid_of_url(resultaattype["selectielijstklasse"].get<std::string>());
    REQUIRE(procestermijn_of.contains(klasse));
    seen.insert({procestermijn_of[klasse],
                 resultaattype["brondatumArchiefprocedure"]["afleidingswijze"].get<std::string>()});
  }
  CHECK(seen.contains({"nihil", "afgehandeld"}));
  CHECK(seen.contains({"ingeschatte_bestaansduur_procesobject", "termijn"}));
  CHECK(seen.contains({"bestaansduur_procesobject", "vervaldatum_besluit"}));
  CHECK(seen.contains({"bestaansduur_procesobject", "eigenschap"}));
}

TEST_CASE("a statustype without doorlooptijd stays without one", "[import][export]") {
  const auto imported = import_bytes(fixture_zip(), "zac.zip");
  const auto& process = imported.workshop.processes.front();
  const auto block = std::find_if(process.blocks.begin(), process.blocks.end(),
                                  [](const Block& b) { return b.label == "In behandeling"; });
  REQUIRE(block != process.blocks.end());
  // Not an empty override, which no validation accepts as a duration.
  CHECK_FALSE(block->overrides.statustype.doorlooptijd.has_value());
  CHECK(test::errors_of(validate_workshop(imported.workshop, test::library())).empty());

  const auto doorlooptijd_of = [](const PreparedExport& prepared, const std::string& name) {
    for (const auto& statustype : prepared.objects.zaaktypen.front().statustypen) {
      if (statustype.data["omschrijving"] == name)
        return nlohmann::json::parse(statustype.data["doorlooptijd"].dump());
    }
    return nlohmann::json("(no such statustype)");
  };
  const auto again = export_again(imported.workshop, ValidationProfile::openzaak);
  CHECK(doorlooptijd_of(again, "In behandeling").is_null());
  CHECK(doorlooptijd_of(again, "Intake") == "P2D");

  // An analyst's own doorlooptijd, set after the import, wins over the original's none.
  auto edited = imported.workshop;
  for (auto& b : edited.processes.front().blocks) {
    if (b.label == "In behandeling") b.overrides.statustype.doorlooptijd = "P10D";
  }
  CHECK(doorlooptijd_of(export_again(edited, ValidationProfile::openzaak), "In behandeling") ==
        "P10D");
}

TEST_CASE("a besluittype that no Besluiten step owns is kept", "[import][export]") {
  const auto imported = import_bytes(fixture_zip(), "zac.zip");
  CHECK(imported.warnings.empty());
  const auto& process = imported.workshop.processes.front();
  CHECK(std::none_of(process.blocks.begin(), process.blocks.end(),
                     [](const Block& b) { return b.kind == "besluiten"; }));
  // The last step that holds none carries it.
  REQUIRE(process.blocks.back().overrides.besluittype.has_value());
  CHECK(process.blocks.back().overrides.besluittype->omschrijving ==
        "Besluit herstel openbare verlichting");
  const auto again = export_again(imported.workshop, ValidationProfile::zac, {"zac-ovl-001"});
  const auto& zaaktype = again.objects.zaaktypen.front().zaaktype.data;
  REQUIRE(zaaktype["besluittypen"].size() == 1);
  const auto* besluittype =
      again.objects.find_by_url(zaaktype["besluittypen"][0].get<std::string>());
  REQUIRE(besluittype != nullptr);
  CHECK(besluittype->data["omschrijving"] == "Besluit herstel openbare verlichting");
  CHECK_FALSE(test::has_finding(again.diagnostics, "has no besluittype"));
}

TEST_CASE("the re-export as zgw-json imports and exports to the same objects again",
          "[import][export]") {
  const auto first =
      export_again(import_bytes(fixture_zip(), "zac.zip").workshop, ValidationProfile::openzaak);
  REQUIRE_FALSE(first.has_errors());
  Workshop combined;
  for (const auto& zaaktype : first.objects.zaaktypen) {
    const auto text = zgw_document(first.objects, zaaktype).dump();
    auto imported = import_bytes(text, zaaktype.process_id + ".json");
    CHECK(imported.warnings.empty());
    if (combined.processes.empty()) {
      combined = imported.workshop;
      continue;
    }
    combined.processes.push_back(imported.workshop.processes.front());
    for (const auto& department : imported.workshop.departments) {
      if (combined.find_department(department.id) == nullptr) {
        combined.departments.push_back(department);
      }
    }
  }
  const auto second = export_again(combined, ValidationProfile::openzaak);
  CHECK_FALSE(second.has_errors());
  CHECK(objects_by_url(second.objects) == objects_by_url(first.objects));
}

// -----------------------------------------------------------------------------
// The tables: formats, zaaktype fields
// -----------------------------------------------------------------------------

TEST_CASE("every export format in the table can be made, named and labelled", "[export]") {
  const auto translations = [](const std::string& file) {
    return nlohmann::json::parse(read_file(test::source_path("assets/translations/" + file)));
  };
  const auto dutch = translations("nl.json");
  const auto english = translations("en.json");
  std::set<std::string_view> ids;
  for (const auto& format : export_formats()) {
    INFO(format.id);
    CHECK(ids.insert(format.id).second);
    if (format.source == ExportSource::zaaktypen) {
      REQUIRE(format.make != nullptr);
      CHECK(format.make_workshop == nullptr);
      const auto exporter = format.make();
      REQUIRE(exporter != nullptr);
      CHECK(exporter->name() == format.id);
      CHECK(make_exporter(format.id) != nullptr);
      CHECK(make_workshop_exporter(format.id) == nullptr);
    } else {
      REQUIRE(format.make_workshop != nullptr);
      CHECK(format.make == nullptr);
      const auto exporter = format.make_workshop();
      REQUIRE(exporter != nullptr);
      CHECK(exporter->name() == format.id);
      CHECK(make_workshop_exporter(format.id) != nullptr);
      CHECK(make_exporter(format.id) == nullptr);
    }
    CHECK(find_export_format(format.id) == &format);
    CHECK(dutch.contains(std::string(format.label_key)));
    CHECK(english.contains(std::string(format.label_key)));
    // A directory has no extension; a file always has one.
    CHECK((format.output == ExportOutput::directory ? format.extension.empty()
                                                     : format.extension.starts_with(".")));
  }
  CHECK(ids == std::set<std::string_view>{"zgw-json", "openzaak-zip", "bpmn", "svg", "png", "html",
                                          "pdf", "md", "cards", "zac"});
  CHECK(make_exporter("bpmn") == nullptr);
  CHECK(make_exporter("visio") == nullptr);
  CHECK(make_workshop_exporter("visio") == nullptr);
}

TEST_CASE("the zaaktype field table uses the Catalogi names", "[export]") {
  const auto api = writable_fields(Resource::zaaktype);
  std::set<std::string_view> names;
  for (const auto& field : zaaktype_fields()) {
    INFO(field.name);
    CHECK(names.insert(field.name).second);
    CHECK(find_zaaktype_field(field.name) == &field);
    CHECK(field.label_key.starts_with("zaaktype."));
    // Eigenschappen are a resource of their own; every other field is one the API writes.
    if (field.kind != ZaaktypeFieldKind::eigenschappen) {
      CHECK(std::find(api.begin(), api.end(), field.name) != api.end());
    }
    // Exactly the member its kind needs.
    const int members = (field.text != nullptr) + (field.optional_text != nullptr) +
                        (field.flag != nullptr) + (field.list != nullptr);
    const bool elsewhere = field.kind == ZaaktypeFieldKind::procestype ||
                           field.kind == ZaaktypeFieldKind::eigenschappen;
    CHECK(members == (elsewhere ? 0 : 1));
  }
  CHECK(find_zaaktype_field("catalogus") == nullptr);
}
