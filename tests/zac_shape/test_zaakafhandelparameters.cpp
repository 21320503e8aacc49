// zaakafhandelparameters.json (zaakafhandelparameters.h): every field ZAC's
// RestZaakafhandelParameters holds, with the type ZAC's class gives it; the
// resultaattype references resolve to resultaattypen of the shaped export.

#include <catch2/catch.hpp>

#include "catalogi/stable_uuid.h"
#include "zac_shape_support.h"

using namespace blokjes;
using namespace blokjes::test;
using Json = nlohmann::json;

namespace {

struct Body {
  ShapedDemo demo;
  Json json;
};

Body body_of(const std::string& process_id) {
  Body body{shaped_demo(process_id), {}};
  body.json = zaakafhandelparameters(
      body.demo.shaped, zaakafhandel_input_for(*demo_workshop().find_process(process_id)));
  return body;
}

// The resultaattype of the shaped zaaktype a RestResultaattype names by `id`.
const CatalogiObject* resolve(const CatalogusExport& shaped, const Json& reference) {
  for (const auto& resultaattype : shaped.zaaktypen.front().resultaattypen) {
    if (reference.at("id") == resultaattype.uuid) return &resultaattype;
  }
  return nullptr;
}

bool is_null_or_int(const Json& value) {
  return value.is_null() || value.is_number_integer();
}

bool is_null_or_string(const Json& value) {
  return value.is_null() || value.is_string();
}

// A RestResultaattype: id (UUID) and the booleans ZAC's class requires.
void check_resultaattype_reference(const Json& reference, const CatalogusExport& shaped) {
  INFO(reference.dump());
  REQUIRE(reference.is_object());
  REQUIRE(reference.contains("id"));
  CHECK(is_uuid(reference["id"].get<std::string>()));
  for (const auto* flag : {"besluitVerplicht", "vervaldatumBesluitVerplicht",
                           "datumKenmerkVerplicht"}) {
    REQUIRE(reference.contains(flag));
    CHECK(reference[flag].is_boolean());
  }
  CHECK(reference["naam"].is_string());
  const auto* resultaattype = resolve(shaped, reference);
  REQUIRE(resultaattype != nullptr);
  CHECK(reference["naam"] == resultaattype->data["omschrijving"]);
  CHECK(reference["selectielijst"] == resultaattype->data["selectielijstklasse"]);
}

}  // namespace

TEST_CASE("zaakafhandelparameters: every field is present with ZAC's type", "[zac_shape]") {
  const auto body = body_of("klacht");
  const auto& json = body.json;
  INFO(json.dump(2));
  // The scalars.
  CHECK(json.at("defaultGroepId") == "kca");  // the process's department
  CHECK(json.at("defaultBehandelaarId").is_null());
  CHECK(json.at("einddatumGeplandWaarschuwing") == 3);
  CHECK(json.at("uiterlijkeEinddatumAfdoeningWaarschuwing") == 5);
  for (const auto* mail : {"intakeMail", "afrondenMail"}) {
    const auto value = json.at(mail).get<std::string>();
    CHECK((value == "BESCHIKBAAR_AAN" || value == "BESCHIKBAAR_UIT" ||
           value == "NIET_BESCHIKBAAR"));
  }
  CHECK(is_null_or_string(json.at("productaanvraagtype")));
  CHECK(is_null_or_string(json.at("domein")));
  // The zaaktype, by UUID.
  const auto& zaaktype = json.at("zaaktype");
  CHECK(zaaktype.at("uuid") == body.demo.shaped.zaaktypen.front().zaaktype.uuid);
  CHECK(zaaktype.at("identificatie") ==
        body.demo.shaped.zaaktypen.front().zaaktype.data["identificatie"]);
  CHECK(zaaktype.at("servicenorm").is_boolean());
  // The case definition.
  const auto& definition = json.at("caseDefinition");
  CHECK(definition.at("key") == "generiek-zaakafhandelmodel");
  CHECK(definition.at("humanTaskDefinitions").size() == kZacHumanTasks.size());
  CHECK(definition.at("userEventListenerDefinitions").size() == kZacUserEventListeners.size());
  // The lists and objects ZAC's frontend wants non-null.
  for (const auto* list : {"humanTaskParameters", "userEventListenerParameters",
                           "mailtemplateKoppelingen", "zaakbeeindigParameters", "zaakAfzenders"}) {
    INFO(list);
    CHECK(json.at(list).is_array());
  }
  for (const auto* object : {"automaticEmailConfirmation", "betrokkeneKoppelingen",
                             "brpDoelbindingen", "smartDocuments"}) {
    INFO(object);
    CHECK(json.at(object).is_object());
  }
}

TEST_CASE("zaakafhandelparameters: one humanTaskParameters per human task", "[zac_shape]") {
  const auto body = body_of("omgevingsvergunning-regulier");
  const auto& list = body.json.at("humanTaskParameters");
  REQUIRE(list.size() == kZacHumanTasks.size());
  const auto input = zaakafhandel_input_for(*demo_workshop().find_process(
      "omgevingsvergunning-regulier"));
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& parameters = list[i];
    INFO(parameters.dump());
    CHECK(parameters.at("actief").is_boolean());
    CHECK(is_null_or_int(parameters.at("doorlooptijd")));  // Integer days in ZAC
    CHECK(is_null_or_string(parameters.at("defaultGroepId")));
    CHECK(parameters.at("formulierDefinitieId") == kZacHumanTasks[i].formulier);
    CHECK(parameters.at("referentieTabellen").is_array());
    const auto& definition = parameters.at("planItemDefinition");
    CHECK(definition.at("id") == kZacHumanTasks[i].id);
    CHECK(definition.at("type") == "HUMAN_TASK");
    // Active exactly where the process has the matching block.
    const auto found = input.plan_items.find(std::string(kZacHumanTasks[i].id));
    const bool expected = found != input.plan_items.end() && found->second.active;
    CHECK(parameters.at("actief") == expected);
    if (expected && found->second.doorlooptijd_days) {
      CHECK(parameters.at("doorlooptijd") == *found->second.doorlooptijd_days);
    }
  }
  // The vergunning has advice and aanvullende informatie, and no second opinion mapped to ADVIES_EXTERN.
  CHECK(list[0].at("actief") == true);
  CHECK(list[2].at("actief") == true);
  CHECK(list[3].at("actief") == false);
}

TEST_CASE("zaakafhandelparameters: a block's doorlooptijd becomes whole days", "[zac_shape]") {
  ZaakafhandelInput input;
  input.default_groep_id = "burgerzaken";
  input.plan_items["GOEDKEUREN"] = {true, 10, ""};
  input.plan_items["ADVIES_INTERN"] = {false, 5, ""};
  const auto shaped = shaped_demo("huwelijk").shaped;
  const auto json = zaakafhandelparameters(shaped, input);
  CHECK(json["humanTaskParameters"][1]["actief"] == true);
  CHECK(json["humanTaskParameters"][1]["doorlooptijd"] == 10);
  CHECK(json["humanTaskParameters"][2]["actief"] == false);
  CHECK(json["humanTaskParameters"][0]["doorlooptijd"].is_null());
  CHECK(json["einddatumGeplandWaarschuwing"].is_null());
}

TEST_CASE("zaakafhandelparameters: user events carry the blocks' descriptions", "[zac_shape]") {
  const auto& process = *demo_workshop().find_process("huwelijk");
  const auto body = body_of("huwelijk");
  const auto& list = body.json.at("userEventListenerParameters");
  REQUIRE(list.size() == kZacUserEventListeners.size());
  const auto input = zaakafhandel_input_for(process);
  for (std::size_t i = 0; i < list.size(); ++i) {
    CHECK(list[i].at("id") == kZacUserEventListeners[i].id);
    CHECK(list[i].at("naam") == kZacUserEventListeners[i].naam);
    CHECK(list[i].at("toelichting") ==
          input.plan_items.at(std::string(kZacUserEventListeners[i].id)).toelichting);
  }
  // The intake's toelichting is the intake block's own text.
  const auto intake = std::find_if(process.blocks.begin(), process.blocks.end(),
                                   [](const Block& block) { return block.kind == "intake"; });
  REQUIRE(intake != process.blocks.end());
  CHECK(list[0].at("toelichting") == (intake->note.empty() ? intake->label : intake->note));
}

TEST_CASE("zaakafhandelparameters: resultaattype references resolve in the shaped export",
          "[zac_shape]") {
  for (const auto& process : demo_workshop().processes) {
    INFO(process.id);
    const auto body = body_of(process.id);
    check_resultaattype_reference(body.json.at("zaakNietOntvankelijkResultaattype"),
                                  body.demo.shaped);
    CHECK(body.json["zaakNietOntvankelijkResultaattype"]["naam"] == kZacNietOntvankelijk);
    const auto& beeindig = body.json.at("zaakbeeindigParameters");
    REQUIRE(beeindig.size() == kZacTerminationReasons.size());
    for (std::size_t i = 0; i < beeindig.size(); ++i) {
      CHECK(beeindig[i].at("zaakbeeindigReden").at("id") == kZacTerminationReasons[i].id);
      CHECK(beeindig[i].at("zaakbeeindigReden").at("naam") == kZacTerminationReasons[i].naam);
      check_resultaattype_reference(beeindig[i].at("resultaattype"), body.demo.shaped);
      CHECK(beeindig[i]["resultaattype"]["naam"] == kZacTerminationReasons[i].resultaattype);
    }
  }
}

TEST_CASE("zaakafhandelparameters: an unshaped export is refused with a clear message",
          "[zac_shape]") {
  const auto prepared = export_of(demo_workshop(), {"klacht"});
  CHECK_THROWS_WITH(zaakafhandelparameters(prepared.objects, {}),
                    Catch::Contains("has no resultaattype \"Niet ontvankelijk\"") &&
                        Catch::Contains("zac_shaped"));
}
