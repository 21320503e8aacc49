#include "zaakafhandelparameters.h"

#include <stdexcept>

#include "zac_shape.h"

// [SECTION] Referencing Catalogi objects the way ZAC's REST classes do
// [SECTION] Plan items
// [SECTION] Entry point

namespace blokjes {
namespace {

using Json = nlohmann::json;

std::string text_of(const CatalogiJson& data, const char* field) {
  const auto found = data.find(field);
  return found != data.end() && found->is_string() ? found->get<std::string>() : std::string();
}

Json nullable(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

// -----------------------------------------------------------------------------
// [SECTION] Referencing Catalogi objects the way ZAC's REST classes do
// -----------------------------------------------------------------------------

// RestZaaktypeOverzicht: ZAC finds the zaaktype by `uuid`.
Json zaaktype_overzicht(const CatalogiObject& zaaktype) {
  const auto& data = zaaktype.data;
  const auto servicenorm = data.find("servicenorm");
  return {{"uuid", zaaktype.uuid},
          {"identificatie", text_of(data, "identificatie")},
          {"doel", text_of(data, "doel")},
          {"omschrijving", text_of(data, "omschrijving")},
          {"servicenorm", servicenorm != data.end() && servicenorm->is_string() &&
                              !servicenorm->get<std::string>().empty()},
          {"versiedatum", nullable(text_of(data, "versiedatum"))},
          {"beginGeldigheid", nullable(text_of(data, "beginGeldigheid"))},
          {"eindeGeldigheid", nullable(text_of(data, "eindeGeldigheid"))},
          {"vertrouwelijkheidaanduiding", nullable(text_of(data, "vertrouwelijkheidaanduiding"))}};
}

// RestResultaattype: ZAC stores only `id` (the resultaattype's UUID); the
// other fields are what ZAC itself would show, so a reader sees which one.
Json resultaattype_reference(const CatalogiObject& resultaattype) {
  const auto& data = resultaattype.data;
  const auto procedure = data.value("brondatumArchiefprocedure", CatalogiJson::object());
  const auto afleidingswijze = procedure.is_object() ? text_of(procedure, "afleidingswijze") : "";
  Json bron = Json::object();
  if (procedure.is_object()) {
    for (const auto& [key, value] : procedure.items()) bron[key] = value;
  }
  return {{"id", resultaattype.uuid},
          {"naam", text_of(data, "omschrijving")},
          {"toelichting", nullable(text_of(data, "toelichting"))},
          {"archiefNominatie", nullable(text_of(data, "archiefnominatie"))},
          {"archiefTermijn", nullable(text_of(data, "archiefactietermijn"))},
          {"selectielijst", nullable(text_of(data, "selectielijstklasse"))},
          {"bronArchiefprocedure", bron},
          {"besluitVerplicht",
           afleidingswijze == "vervaldatum_besluit" || afleidingswijze == "ingangsdatum_besluit"},
          {"vervaldatumBesluitVerplicht", afleidingswijze == "vervaldatum_besluit"},
          {"datumKenmerkVerplicht", afleidingswijze == "eigenschap"}};
}

const CatalogiObject& resultaattype_named(const ZaaktypeObjects& objects, std::string_view name) {
  for (const auto& resultaattype : objects.resultaattypen) {
    if (text_of(resultaattype.data, "omschrijving") == name) return resultaattype;
  }
  throw std::invalid_argument("zaakafhandelparameters: the zaaktype has no resultaattype \"" +
                              std::string(name) +
                              "\"; shape the export for ZAC first (zac_shaped)");
}

// -----------------------------------------------------------------------------
// [SECTION] Plan items
// -----------------------------------------------------------------------------

Json plan_item_definition(const ZacPlanItem& item, std::string_view type) {
  return {{"id", item.id},
          {"naam", item.naam},
          {"type", type},
          {"defaultFormulierDefinitie", item.formulier}};
}

Json case_definition() {
  Json human = Json::array();
  for (const auto& item : kZacHumanTasks) human.push_back(plan_item_definition(item, "HUMAN_TASK"));
  Json events = Json::array();
  for (const auto& item : kZacUserEventListeners) {
    events.push_back(plan_item_definition(item, "USER_EVENT_LISTENER"));
  }
  return {{"key", kZacCaseDefinition},
          {"naam", kZacCaseDefinitionNaam},
          {"humanTaskDefinitions", human},
          {"userEventListenerDefinitions", events}};
}

const ZaakafhandelPlanItem* plan_item(const ZaakafhandelInput& input, std::string_view id) {
  const auto found = input.plan_items.find(std::string(id));
  return found == input.plan_items.end() ? nullptr : &found->second;
}

Json human_task_parameters(const ZaakafhandelInput& input) {
  Json list = Json::array();
  for (const auto& item : kZacHumanTasks) {
    const auto* given = plan_item(input, item.id);
    const bool active = given != nullptr && given->active;
    Json doorlooptijd = nullptr;
    if (given != nullptr && given->doorlooptijd_days && *given->doorlooptijd_days > 0) {
      doorlooptijd = *given->doorlooptijd_days;
    }
    list.push_back({{"actief", active},
                    {"planItemDefinition", plan_item_definition(item, "HUMAN_TASK")},
                    {"doorlooptijd", doorlooptijd},
                    // null: the zaak's group (defaultGroepId) gets the task
                    {"defaultGroepId", nullptr},
                    {"formulierDefinitieId", item.formulier},
                    {"referentieTabellen", Json::array()}});
  }
  return list;
}

Json user_event_listener_parameters(const ZaakafhandelInput& input) {
  Json list = Json::array();
  for (const auto& item : kZacUserEventListeners) {
    const auto* given = plan_item(input, item.id);
    list.push_back({{"id", item.id},
                    {"naam", item.naam},
                    {"toelichting", given == nullptr ? Json(nullptr) : nullable(given->toelichting)}});
  }
  return list;
}

Json optional_days(const std::optional<int>& days) {
  return days && *days > 0 ? Json(*days) : Json(nullptr);
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Entry point
// -----------------------------------------------------------------------------

nlohmann::json zaakafhandelparameters(const CatalogusExport& shaped,
                                      const ZaakafhandelInput& input) {
  if (shaped.zaaktypen.size() != 1) {
    throw std::invalid_argument("zaakafhandelparameters: expected one zaaktype, got " +
                                std::to_string(shaped.zaaktypen.size()));
  }
  const auto& objects = shaped.zaaktypen.front();
  const auto niet_ontvankelijk =
      resultaattype_reference(resultaattype_named(objects, kZacNietOntvankelijk));
  Json beeindig = Json::array();
  for (const auto& reason : kZacTerminationReasons) {
    beeindig.push_back(
        {{"zaakbeeindigReden", {{"id", reason.id}, {"naam", reason.naam}}},
         {"resultaattype", resultaattype_reference(resultaattype_named(objects, reason.resultaattype))}});
  }
  Json body;
  body["zaaktype"] = zaaktype_overzicht(objects.zaaktype);
  body["caseDefinition"] = case_definition();
  body["defaultGroepId"] = input.default_groep_id;
  body["defaultBehandelaarId"] = nullptr;
  body["einddatumGeplandWaarschuwing"] = optional_days(input.einddatum_gepland_waarschuwing);
  body["uiterlijkeEinddatumAfdoeningWaarschuwing"] =
      optional_days(input.uiterlijke_einddatum_afdoening_waarschuwing);
  body["zaakNietOntvankelijkResultaattype"] = niet_ontvankelijk;
  body["intakeMail"] = "BESCHIKBAAR_UIT";
  body["afrondenMail"] = "BESCHIKBAAR_UIT";
  body["productaanvraagtype"] = nullptr;
  body["domein"] = nullptr;
  body["humanTaskParameters"] = human_task_parameters(input);
  body["userEventListenerParameters"] = user_event_listener_parameters(input);
  body["zaakbeeindigParameters"] = beeindig;
  // What the workshop does not know; ZAC needs the members present (its
  // frontend requires them non-null), the administrator fills them in.
  body["mailtemplateKoppelingen"] = Json::array();
  body["zaakAfzenders"] = Json::array();
  body["automaticEmailConfirmation"] = {{"enabled", false}};
  body["betrokkeneKoppelingen"] = {{"brpKoppelen", true}, {"kvkKoppelen", true}};
  body["brpDoelbindingen"] = {
      {"zoekWaarde", nullptr}, {"raadpleegWaarde", nullptr}, {"verwerkingregisterWaarde", nullptr}};
  body["smartDocuments"] = {{"enabledForZaaktype", false}};
  return body;
}

}  // namespace blokjes
