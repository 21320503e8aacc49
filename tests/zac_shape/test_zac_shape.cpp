// ZAC's shape of a zaaktype (zac_shape.h): every demo process, shaped, passes
// the corrected zac profile and the openzaak profile; the shape has ZAC's
// five statustypen with the caller's texts, the process's own objects plus
// what ZAC needs, and the same UUIDs every time.

#include <set>
#include <stdexcept>

#include <catch2/catch.hpp>

#include "catalogi/stable_uuid.h"
#include "exporters/zgw/zgw_documents.h"
#include "exporters/zgw/zgw_reader.h"
#include "zac_shape_support.h"

using namespace blokjes;
using namespace blokjes::test;

namespace {

std::set<std::string> keys_of(const std::vector<CatalogiObject>& objects) {
  std::set<std::string> keys;
  for (const auto& object : objects) keys.insert(object.data.value("omschrijving", ""));
  return keys;
}

const CatalogiObject* with_omschrijving(const std::vector<CatalogiObject>& objects,
                                        const std::string& name) {
  for (const auto& object : objects) {
    if (object.data.value("omschrijving", "") == name) return &object;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("zac shape: every demo process passes the zac and openzaak profiles", "[zac_shape]") {
  for (const auto& process : demo_workshop().processes) {
    INFO(process.id);
    const auto demo = shaped_demo(process.id);
    for (const auto profile : {ValidationProfile::openzaak, ValidationProfile::zac}) {
      INFO(to_string(profile));
      const auto findings = validate_export(demo.shaped, selectielijst(), ExportOptions{}, profile);
      INFO(messages(findings));
      CHECK(errors_of(findings).empty());
    }
    // The same process unshaped does not pass zac: the shape is what makes the difference.
    const auto unshaped =
        validate_export(demo.prepared.objects, selectielijst(), ExportOptions{},
                        ValidationProfile::zac);
    CHECK_FALSE(errors_of(unshaped).empty());
  }
}

TEST_CASE("zac shape: exactly ZAC's five statustypen in order with the caller's texts",
          "[zac_shape]") {
  ZacShapeInput input;
  for (std::size_t i = 0; i < input.statustypen.size(); ++i) {
    input.statustypen[i].statustekst = "Tekst " + std::to_string(i);
    input.statustypen[i].toelichting = i == 2 ? "Uw zaak is heropend." : "";
  }
  input.statustypen[1].informeren = false;
  const auto prepared = export_of(demo_workshop(), {"publieksreactie"});
  const auto shaped = zac_shaped(prepared.objects, selectielijst(), ExportOptions{}, input);
  const auto& statustypen = shaped.zaaktypen.front().statustypen;
  REQUIRE(statustypen.size() == kZacStatustypen.size());
  for (std::size_t i = 0; i < statustypen.size(); ++i) {
    const auto& data = statustypen[i].data;
    INFO(i);
    CHECK(data.value("omschrijving", "") == kZacStatustypen[i]);
    CHECK(data.value("volgnummer", 0) == static_cast<int>(i + 1));
    CHECK(data.value("statustekst", "") == "Tekst " + std::to_string(i));
    CHECK(data.value("informeren", true) == (i != 1));
    CHECK(data.value("zaaktype", "") == shaped.zaaktypen.front().zaaktype.url());
  }
  CHECK(statustypen[2].data.value("toelichting", "") == "Uw zaak is heropend.");
  CHECK_FALSE(statustypen[0].data.contains("toelichting"));
}

TEST_CASE("zac shape: the demo's citizen texts reach the statustypen they feed", "[zac_shape]") {
  const auto& process = *demo_workshop().find_process("huwelijk");
  const auto prepared = export_of(demo_workshop(), {"huwelijk"});
  const auto input = zac_input_for(process, prepared.objects);
  const auto shaped = zac_shaped(prepared.objects, selectielijst(), ExportOptions{}, input);
  // The intake block's text is the Intake statustype's, and so on.
  const auto& original = prepared.objects.zaaktypen.front().statustypen;
  const auto* intake_block_status = &original.front();
  CHECK(process.find_block(intake_block_status->source.block_id)->kind == "intake");
  const auto& statustypen = shaped.zaaktypen.front().statustypen;
  CHECK(statustypen[0].data["statustekst"] == intake_block_status->data["statustekst"]);
  CHECK(statustypen[4].data["statustekst"] == original.back().data["statustekst"]);
  CHECK_FALSE(statustypen[3].data.value("statustekst", "").empty());  // aanvullende-informatie
}

TEST_CASE("zac shape: the process's roltypen and documents and resultaattypen stay", "[zac_shape]") {
  for (const auto* id : {"huwelijk", "klacht", "melding-openbare-ruimte"}) {
    INFO(id);
    const auto demo = shaped_demo(id);
    const auto& before = demo.prepared.objects.zaaktypen.front();
    const auto& after = demo.shaped.zaaktypen.front();
    for (const auto& roltype : before.roltypen) {
      CHECK(with_omschrijving(after.roltypen, roltype.data.value("omschrijving", "")) != nullptr);
    }
    for (const auto& resultaattype : before.resultaattypen) {
      const auto* kept =
          with_omschrijving(after.resultaattypen, resultaattype.data.value("omschrijving", ""));
      REQUIRE(kept != nullptr);
      CHECK(kept->data == resultaattype.data);
    }
    for (const auto& link : before.zaaktype_informatieobjecttypen) {
      const auto iot = link.data.value("informatieobjecttype", "");
      CHECK(std::any_of(after.zaaktype_informatieobjecttypen.begin(),
                        after.zaaktype_informatieobjecttypen.end(),
                        [&](const auto& l) { return l.data.value("informatieobjecttype", "") == iot; }));
    }
    // Plus niet ontvankelijk and one per termination reason.
    const auto names = keys_of(after.resultaattypen);
    CHECK(names.count(std::string(kZacNietOntvankelijk)) == 1);
    for (const auto& reason : kZacTerminationReasons) {
      CHECK(names.count(std::string(reason.resultaattype)) == 1);
    }
    CHECK(after.resultaattypen.size() >= before.resultaattypen.size() + 1);
    // The zaaktype itself is the same but for besluittypen.
    auto zaaktype_before = before.zaaktype.data;
    auto zaaktype_after = after.zaaktype.data;
    zaaktype_before.erase("besluittypen");
    zaaktype_after.erase("besluittypen");
    CHECK(zaaktype_before == zaaktype_after);
  }
}

TEST_CASE("zac shape: the added resultaattypen take the export's klasse and archiving",
          "[zac_shape]") {
  const auto demo = shaped_demo("klacht");
  const auto& zaaktype = demo.shaped.zaaktypen.front();
  const auto procestype = selectielijst().find_procestype_by_uuid(
      uuid_of_url(zaaktype.zaaktype.data.value("selectielijstProcestype", "")));
  REQUIRE(procestype != nullptr);
  for (const auto& reason : kZacTerminationReasons) {
    const auto* resultaattype =
        with_omschrijving(zaaktype.resultaattypen, std::string(reason.resultaattype));
    REQUIRE(resultaattype != nullptr);
    const auto* klasse = selectielijst().find_resultaat_by_uuid(
        uuid_of_url(resultaattype->data.value("selectielijstklasse", "")));
    REQUIRE(klasse != nullptr);
    CHECK(klasse->procestype == procestype->nummer);
    // "Ingetrokken" picks the procestype's generic Afgebroken, as for a block.
    CHECK(klasse == selectielijst().generic_resultaat_for(procestype->nummer, "Ingetrokken"));
    CHECK(resultaattype->data["archiefnominatie"] == klasse->waardering);
  }
}

TEST_CASE("zac shape: the e-mail informatieobjecttype is in the catalogus and linked once",
          "[zac_shape]") {
  for (const auto& process : demo_workshop().processes) {
    INFO(process.id);
    const auto demo = shaped_demo(process.id);
    const auto* email = with_omschrijving(demo.shaped.informatieobjecttypen, "e-mail");
    REQUIRE(email != nullptr);
    const auto& links = demo.shaped.zaaktypen.front().zaaktype_informatieobjecttypen;
    CHECK(std::count_if(links.begin(), links.end(), [&](const auto& link) {
            return link.data.value("informatieobjecttype", "") == email->url();
          }) == 1);
  }
}

TEST_CASE("zac shape: roltypen for rules 2 to 4 are added only when missing", "[zac_shape]") {
  for (const auto& process : demo_workshop().processes) {
    INFO(process.id);
    const auto demo = shaped_demo(process.id);
    const auto& roltypen = demo.shaped.zaaktypen.front().roltypen;
    const auto count = [&](const std::string& generiek) {
      return std::count_if(roltypen.begin(), roltypen.end(), [&](const auto& roltype) {
        return roltype.data.value("omschrijvingGeneriek", "") == generiek;
      });
    };
    CHECK(count("initiator") == 1);
    const auto* behandelaar = with_omschrijving(roltypen, "Behandelaar");
    REQUIRE(behandelaar != nullptr);
    CHECK(behandelaar->data["omschrijvingGeneriek"] == "behandelaar");
    const auto before = demo.prepared.objects.zaaktypen.front().roltypen.size();
    CHECK(roltypen.size() <= before + 3);
  }
}

TEST_CASE("zac shape: a ZIOT pointing at a dropped statustype loses that pointer", "[zac_shape]") {
  const auto demo = shaped_demo("omgevingsvergunning-regulier");
  const auto& zaaktype = demo.shaped.zaaktypen.front();
  std::set<std::string> statustype_urls;
  for (const auto& statustype : zaaktype.statustypen) statustype_urls.insert(statustype.url());
  for (const auto* object : demo.shaped.all_objects()) {
    const auto found = object->data.find("statustype");
    if (found == object->data.end() || found->is_null()) continue;
    CHECK(statustype_urls.count(found->get<std::string>()) == 1);
  }
}

TEST_CASE("zac shape: the same export shapes to the same objects twice", "[zac_shape]") {
  const auto first = shaped_demo("bezwaarschrift").shaped;
  const auto second = shaped_demo("bezwaarschrift").shaped;
  const auto a = first.all_objects();
  const auto b = second.all_objects();
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i]->uuid == b[i]->uuid);
    CHECK(a[i]->data == b[i]->data);
  }
}

TEST_CASE("zac shape: two processes' shapes do not share zaaktype objects", "[zac_shape]") {
  const auto a = shaped_demo("klacht").shaped;
  const auto b = shaped_demo("huwelijk").shaped;
  std::set<std::string> uuids;
  for (const auto& statustype : a.zaaktypen.front().statustypen) uuids.insert(statustype.uuid);
  for (const auto& statustype : b.zaaktypen.front().statustypen) {
    CHECK(uuids.count(statustype.uuid) == 0);
  }
}

TEST_CASE("zac shape: the export of several processes is refused with a clear message",
          "[zac_shape]") {
  const auto prepared = export_of(demo_workshop(), {"klacht", "huwelijk"});
  CHECK_THROWS_WITH(zac_shaped(prepared.objects, selectielijst(), ExportOptions{}, {}),
                    Catch::Contains("expected the export of one process") &&
                        Catch::Contains("got 2 zaaktypen"));
}

TEST_CASE("zac shape: a besluit-dated archiving brings a besluittype (rule 7)", "[zac_shape]") {
  // Klacht with its besluittype removed but a resultaattype dated from a besluit.
  auto prepared = export_of(demo_workshop(), {"publieksreactie"});
  auto& zaaktype = prepared.objects.zaaktypen.front();
  REQUIRE(zaaktype.zaaktype.data["besluittypen"].empty());
  REQUIRE_FALSE(zaaktype.resultaattypen.empty());
  zaaktype.resultaattypen.front().data["brondatumArchiefprocedure"]["afleidingswijze"] =
      "vervaldatum_besluit";
  const auto shaped = zac_shaped(prepared.objects, selectielijst(), ExportOptions{}, {});
  const auto& list = shaped.zaaktypen.front().zaaktype.data["besluittypen"];
  REQUIRE(list.size() == 1);
  const auto* besluittype = shaped.find_by_url(list.front().get<std::string>());
  REQUIRE(besluittype != nullptr);
  CHECK(besluittype->resource == Resource::besluittype);
  std::vector<Diagnostic> findings;
  check_zac(shaped, findings);
  INFO(messages(findings));
  CHECK_FALSE(has_finding(findings, "has no besluittype"));
}

TEST_CASE("zac shape: import of the shaped ZIP and export again keep ZAC's statustypen",
          "[zac_shape]") {
  for (const auto* id : {"klacht", "huwelijk", "melding-openbare-ruimte"}) {
    INFO(id);
    const auto demo = shaped_demo(id);
    const auto imported = import_catalogi_bytes(openzaak_zip_bytes(demo.shaped), "zac.zip",
                                                library(), selectielijst());
    REQUIRE(imported.workshop.processes.size() == 1);
    const auto again = export_of(imported.workshop, {}, ValidationProfile::zac);
    INFO(messages(again.diagnostics));
    CHECK_FALSE(again.has_errors());
    const auto& statustypen = again.objects.zaaktypen.front().statustypen;
    REQUIRE(statustypen.size() == kZacStatustypen.size());
    for (std::size_t i = 0; i < statustypen.size(); ++i) {
      CHECK(statustypen[i].data.value("omschrijving", "") == kZacStatustypen[i]);
      CHECK(statustypen[i].uuid == demo.shaped.zaaktypen.front().statustypen[i].uuid);
    }
  }
}
