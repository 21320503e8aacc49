// The corrected zac profile (issue 14): a zaaktype in the shape of ZAC's own
// CMMN test zaaktype passes; each of its seven rules broken on its own gives
// exactly that rule's finding. Built by hand as Catalogi objects, so nothing
// but the profile decides.

#include <catch2/catch.hpp>

#include "catalogi/stable_uuid.h"
#include "catalogi/validation.h"
#include "catalogi/zac_shape.h"
#include "catalogi_support.h"

using namespace blokjes;
using namespace blokjes::test;

namespace {

const std::string kBase = "http://localhost:8000/catalogi/api/v1";

CatalogiObject make(Resource resource, const std::string& key, CatalogiJson data) {
  CatalogiObject object;
  object.resource = resource;
  object.key = key;
  object.uuid = stable_uuid("zac-cmmn-test/" + std::string(resource_noun(resource)) + "/" + key);
  object.source = {"zac-cmmn-test", "", "/processes/0/zaaktype"};
  object.data = std::move(data);
  object.data["url"] = object_url(kBase, resource, object.uuid);
  return object;
}

CatalogiJson brondatum(const std::string& afleidingswijze) {
  return {{"afleidingswijze", afleidingswijze}, {"datumkenmerk", ""}, {"einddatumBekend", false},
          {"objecttype", ""}, {"registratie", ""}, {"procestermijn", nullptr}};
}

// ZAC's CMMN test zaaktype: the five statustypen; Melder, Behandelaar,
// Medeaanvrager and Belanghebbende; e-mail and bijlage; Verleend, Geweigerd
// and Afgebroken.
CatalogusExport cmmn_test_zaaktype() {
  CatalogusExport result;
  result.catalogus = make(Resource::catalogus, "test", {{"domein", "TEST"}});
  const auto catalogus = result.catalogus.url();
  for (const auto* name : {"e-mail", "bijlage"}) {
    result.informatieobjecttypen.push_back(
        make(Resource::informatieobjecttype, name,
             {{"catalogus", catalogus}, {"omschrijving", name}}));
  }
  ZaaktypeObjects objects;
  objects.process_id = "zac-cmmn-test";
  objects.zaaktype = make(Resource::zaaktype, "zaaktype-cmmn-test",
                          {{"identificatie", "zaaktype-cmmn-test"},
                           {"catalogus", catalogus},
                           {"besluittypen", CatalogiJson::array()}});
  const auto zaaktype = objects.zaaktype.url();
  int volgnummer = 0;
  for (const auto name : kZacStatustypen) {
    objects.statustypen.push_back(make(Resource::statustype, std::string(name),
                                       {{"omschrijving", name},
                                        {"zaaktype", zaaktype},
                                        {"volgnummer", ++volgnummer}}));
  }
  for (const auto& [name, generiek] :
       std::vector<std::pair<std::string, std::string>>{{"Melder", "initiator"},
                                                        {"Behandelaar", "behandelaar"},
                                                        {"Medeaanvrager", "mede_initiator"},
                                                        {"Belanghebbende", "belanghebbende"}}) {
    objects.roltypen.push_back(make(Resource::roltype, name,
                                    {{"zaaktype", zaaktype},
                                     {"omschrijving", name},
                                     {"omschrijvingGeneriek", generiek}}));
  }
  for (const auto* name : {"Verleend", "Geweigerd", "Afgebroken"}) {
    objects.resultaattypen.push_back(make(Resource::resultaattype, name,
                                          {{"zaaktype", zaaktype},
                                           {"omschrijving", name},
                                           {"brondatumArchiefprocedure", brondatum("afgehandeld")}}));
  }
  int ziot = 0;
  for (const auto& iot : result.informatieobjecttypen) {
    objects.zaaktype_informatieobjecttypen.push_back(
        make(Resource::zaaktype_informatieobjecttype, iot.key,
             {{"zaaktype", zaaktype},
              {"informatieobjecttype", iot.url()},
              {"volgnummer", ++ziot},
              {"richting", "inkomend"}}));
  }
  result.zaaktypen.push_back(std::move(objects));
  return result;
}

std::vector<Diagnostic> zac_only(const CatalogusExport& catalogus_export) {
  std::vector<Diagnostic> findings;
  check_zac(catalogus_export, findings);
  return findings;
}

// Exactly one finding, containing every one of `texts`.
void require_one_finding(const CatalogusExport& catalogus_export,
                         const std::vector<std::string>& texts) {
  const auto findings = zac_only(catalogus_export);
  INFO(messages(findings));
  REQUIRE(findings.size() == 1);
  CHECK(findings.front().severity == Severity::error);
  CHECK(findings.front().process_id == "zac-cmmn-test");
  for (const auto& text : texts) {
    INFO(text);
    CHECK(findings.front().message.find(text) != std::string::npos);
  }
}

ZaaktypeObjects& zaaktype_of(CatalogusExport& catalogus_export) {
  return catalogus_export.zaaktypen.front();
}

CatalogiObject& named(std::vector<CatalogiObject>& objects, const std::string& key) {
  for (auto& object : objects) {
    if (object.key == key) return object;
  }
  throw std::runtime_error("no object \"" + key + "\"");
}

void erase_named(std::vector<CatalogiObject>& objects, const std::string& key) {
  std::erase_if(objects, [&](const auto& object) { return object.key == key; });
}

}  // namespace

TEST_CASE("zac profile: ZAC's CMMN test zaaktype passes", "[zac_shape]") {
  const auto findings = zac_only(cmmn_test_zaaktype());
  INFO(messages(findings));
  CHECK(findings.empty());
}

// Rule 1 -------------------------------------------------------------------

TEST_CASE("zac profile rule 1: the old name Aanvullende informatie does not count", "[zac_shape]") {
  auto catalogus = cmmn_test_zaaktype();
  named(zaaktype_of(catalogus).statustypen, "Wacht op aanvullende informatie")
      .data["omschrijving"] = "Aanvullende informatie";
  require_one_finding(catalogus, {"has no statustype \"Wacht op aanvullende informatie\"",
                                  "statustype \"Wacht op aanvullende informatie\" does not count",
                                  "ZAC compares names exactly"});
}

TEST_CASE("zac profile rule 1: names are compared case-sensitively as ZAC does", "[zac_shape]") {
  auto catalogus = cmmn_test_zaaktype();
  named(zaaktype_of(catalogus).statustypen, "In behandeling").data["omschrijving"] =
      "In Behandeling";
  require_one_finding(catalogus, {"has no statustype \"In behandeling\"", "compares names exactly"});
}

TEST_CASE("zac profile rule 1: each missing statustype is named in one finding", "[zac_shape]") {
  auto catalogus = cmmn_test_zaaktype();
  erase_named(zaaktype_of(catalogus).statustypen, "Intake");
  erase_named(zaaktype_of(catalogus).statustypen, "Heropend");
  require_one_finding(catalogus, {"has no statustypen \"Intake\" and \"Heropend\"",
                                  "needs Intake, In behandeling, Heropend, Wacht op aanvullende "
                                  "informatie and Afgerond"});
}

TEST_CASE("zac profile rule 1: Afgerond must have the highest volgnummer", "[zac_shape]") {
  auto catalogus = cmmn_test_zaaktype();
  named(zaaktype_of(catalogus).statustypen, "Afgerond").data["volgnummer"] = 3;
  named(zaaktype_of(catalogus).statustypen, "Heropend").data["volgnummer"] = 5;
  require_one_finding(catalogus, {"statustype \"Afgerond\": must be the eindstatus",
                                  "statustype \"Heropend\" comes after it"});
}

// Rule 2 -------------------------------------------------------------------

TEST_CASE("zac profile rule 2: a zaaktype without initiator fails", "[zac_shape]") {
  auto catalogus = cmmn_test_zaaktype();
  erase_named(zaaktype_of(catalogus).roltypen, "Melder");
  require_one_finding(catalogus,
                      {"has no roltype with omschrijvingGeneriek initiator", "exactly one"});
}

TEST_CASE("zac profile rule 2: two initiators fail", "[zac_shape]") {
  auto catalogus = cmmn_test_zaaktype();
  named(zaaktype_of(catalogus).roltypen, "Medeaanvrager").data["omschrijvingGeneriek"] =
      "initiator";
  require_one_finding(catalogus, {"has 2 roltypen with omschrijvingGeneriek initiator",
                                  "\"Melder\" and \"Medeaanvrager\"", "exactly one"});
}

// Rule 3 -------------------------------------------------------------------

TEST_CASE("zac profile rule 3: the behandelaar must be named Behandelaar", "[zac_shape]") {
  auto catalogus = cmmn_test_zaaktype();
  named(zaaktype_of(catalogus).roltypen, "Behandelaar").data["omschrijving"] = "Zaakbehandelaar";
  require_one_finding(catalogus, {"has no roltype \"Behandelaar\" with omschrijvingGeneriek "
                                  "behandelaar",
                                  "\"Zaakbehandelaar\" is a behandelaar under another name"});
}

TEST_CASE("zac profile rule 3: a zaaktype without behandelaar fails", "[zac_shape]") {
  auto catalogus = cmmn_test_zaaktype();
  erase_named(zaaktype_of(catalogus).roltypen, "Behandelaar");
  require_one_finding(catalogus, {"has no roltype \"Behandelaar\"", "exactly one"});
}

TEST_CASE("zac profile rule 3: a behandelaar under another name beside Behandelaar is ignored",
          "[zac_shape]") {
  auto catalogus = cmmn_test_zaaktype();
  auto extra = named(zaaktype_of(catalogus).roltypen, "Behandelaar");
  extra.key = "Casemanager";
  extra.data["omschrijving"] = "Casemanager";
  zaaktype_of(catalogus).roltypen.push_back(extra);
  CHECK(zac_only(catalogus).empty());
}

// Rule 4 -------------------------------------------------------------------

TEST_CASE("zac profile rule 4: initiator and behandelaar alone fail", "[zac_shape]") {
  auto catalogus = cmmn_test_zaaktype();
  erase_named(zaaktype_of(catalogus).roltypen, "Medeaanvrager");
  erase_named(zaaktype_of(catalogus).roltypen, "Belanghebbende");
  require_one_finding(catalogus, {"has no roltype besides initiator and behandelaar",
                                  "adviseur, mede_initiator, belanghebbende, beslisser, "
                                  "klantcontacter or zaakcoordinator"});
}

TEST_CASE("zac profile rule 4: each of ZAC's other roltypen is enough", "[zac_shape]") {
  for (const auto* generiek : {"adviseur", "mede_initiator", "belanghebbende", "beslisser",
                               "klantcontacter", "zaakcoordinator"}) {
    INFO(generiek);
    auto catalogus = cmmn_test_zaaktype();
    erase_named(zaaktype_of(catalogus).roltypen, "Medeaanvrager");
    named(zaaktype_of(catalogus).roltypen, "Belanghebbende").data["omschrijvingGeneriek"] =
        generiek;
    CHECK(zac_only(catalogus).empty());
  }
}

// Rule 5 -------------------------------------------------------------------

TEST_CASE("zac profile rule 5: an e-mail not linked to the zaaktype fails", "[zac_shape]") {
  auto catalogus = cmmn_test_zaaktype();
  erase_named(zaaktype_of(catalogus).zaaktype_informatieobjecttypen, "e-mail");
  require_one_finding(catalogus, {"has no informatieobjecttype \"e-mail\"", "linked to the "
                                                                            "zaaktype"});
}

TEST_CASE("zac profile rule 5: E-mail in another case does not count", "[zac_shape]") {
  auto catalogus = cmmn_test_zaaktype();
  named(catalogus.informatieobjecttypen, "e-mail").data["omschrijving"] = "E-mail";
  require_one_finding(catalogus, {"has no informatieobjecttype \"e-mail\"",
                                  "\"E-mail\" does not count: ZAC compares names exactly"});
}

// Rule 6 -------------------------------------------------------------------

TEST_CASE("zac profile rule 6: a zaaktype without resultaattype fails", "[zac_shape]") {
  auto catalogus = cmmn_test_zaaktype();
  zaaktype_of(catalogus).resultaattypen.clear();
  require_one_finding(catalogus, {"has no resultaattype", "at least one"});
}

// Rule 7 -------------------------------------------------------------------

TEST_CASE("zac profile rule 7: archiving from a besluit needs a besluittype", "[zac_shape]") {
  for (const auto* afleidingswijze : {"vervaldatum_besluit", "ingangsdatum_besluit"}) {
    INFO(afleidingswijze);
    auto catalogus = cmmn_test_zaaktype();
    named(zaaktype_of(catalogus).resultaattypen, "Verleend").data["brondatumArchiefprocedure"] =
        brondatum(afleidingswijze);
    require_one_finding(catalogus, {"has no besluittype", "resultaattype \"Verleend\" dates its "
                                                          "archiving from a besluit"});
    // With a besluittype on the zaaktype, the rule holds.
    catalogus.besluittypen.push_back(make(Resource::besluittype, "Besluit",
                                          {{"catalogus", catalogus.catalogus.url()},
                                           {"omschrijving", "Besluit"}}));
    zaaktype_of(catalogus).zaaktype.data["besluittypen"] = {catalogus.besluittypen.back().url()};
    CHECK(zac_only(catalogus).empty());
  }
}

TEST_CASE("zac profile rule 7: no besluittype is needed without besluit archiving",
          "[zac_shape]") {
  auto catalogus = cmmn_test_zaaktype();
  CHECK(zaaktype_of(catalogus).zaaktype.data["besluittypen"].empty());
  CHECK(zac_only(catalogus).empty());
}

TEST_CASE("zac profile: the demo huwelijk's Aanvullende informatie is named as a near miss",
          "[zac_shape]") {
  // Its aanvullende-informatie block brings the library's "Aanvullende
  // informatie", the name the profile wrongly accepted before issue 14.
  const auto prepared = export_of(demo_workshop(), {"huwelijk"}, ValidationProfile::zac);
  const auto* finding = find_finding(prepared.diagnostics, "has no statustype");
  INFO(messages(prepared.diagnostics));
  REQUIRE(finding != nullptr);
  CHECK(finding->message.find(
            "statustype \"Aanvullende informatie\" does not count as \"Wacht op aanvullende "
            "informatie\"") != std::string::npos);
}
