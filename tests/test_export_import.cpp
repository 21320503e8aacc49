// Export formats, export -> import -> export, and hostile input to import.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>

#include "catalogi_support.h"
#include "core/load_error.h"
#include "exporters/exporter.h"
#include "importers/zgw_import.h"
#include "importers/zip_reader.h"
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
