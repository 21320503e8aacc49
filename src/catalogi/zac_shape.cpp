#include "zac_shape.h"

#include <algorithm>
#include <stdexcept>

#include "resultaat_archiving.h"
#include "stable_uuid.h"

// [SECTION] Helpers
// [SECTION] Statustypen: ZAC's five
// [SECTION] Roltypen: rules 2-4
// [SECTION] The e-mail informatieobjecttype: rule 5
// [SECTION] Resultaattypen and the besluittype: rules 6-7
// [SECTION] Entry point

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Helpers
// -----------------------------------------------------------------------------

std::string text_of(const CatalogiJson& data, const char* field) {
  const auto found = data.find(field);
  return found != data.end() && found->is_string() ? found->get<std::string>() : std::string();
}

CatalogiJson nullable(const std::string& text) {
  return text.empty() ? CatalogiJson(nullptr) : CatalogiJson(text);
}

class Shaper {
 public:
  Shaper(const CatalogusExport& exported, const Selectielijst& selectielijst,
         const ExportOptions& options, const ZacShapeInput& input)
      : result_(exported), selectielijst_(selectielijst), options_(options), input_(input) {
    if (result_.zaaktypen.size() != 1) {
      throw std::invalid_argument(
          "zac_shaped: expected the export of one process (one zaaktype), got " +
          std::to_string(result_.zaaktypen.size()) + " zaaktypen");
    }
  }

  CatalogusExport run() {
    shape_statustypen();
    shape_roltypen();
    link_email();
    add_resultaattypen();
    ensure_besluittype_for_archiving();
    return std::move(result_);
  }

 private:
  ZaaktypeObjects& zaaktype() { return result_.zaaktypen.front(); }

  // A new object of the zaaktype, its UUID stable across exports: named after
  // the zaaktype's own UUID, so two processes never share one.
  CatalogiObject make(Resource resource, const std::string& key) {
    CatalogiObject object;
    object.resource = resource;
    object.uuid =
        stable_uuid(zaaktype().zaaktype.uuid + "/zac/" + std::string(resource_noun(resource)) +
                    "/" + key);
    object.key = key;
    object.source = {zaaktype().process_id, "", zaaktype().zaaktype.source.pointer};
    object.data["url"] = object_url(options_.base_url, resource, object.uuid);
    return object;
  }

  std::string begin_geldigheid() { return text_of(zaaktype().zaaktype.data, "beginGeldigheid"); }

  bool has_besluittype() {
    const auto list = zaaktype().zaaktype.data.value("besluittypen", CatalogiJson::array());
    return list.is_array() && !list.empty();
  }

  int procestype_nummer() {
    const auto url = text_of(zaaktype().zaaktype.data, "selectielijstProcestype");
    const auto* entry = selectielijst_.find_procestype_by_uuid(uuid_of_url(url));
    return entry == nullptr ? 0 : entry->nummer;
  }

  // ---------------------------------------------------------------------------
  // [SECTION] Statustypen: ZAC's five
  // ---------------------------------------------------------------------------

  // The process's statustypen give way to ZAC's five. One with the same name
  // keeps its UUID and fields (an imported original's doorlooptijd, say);
  // references to the others (a ZIOT's statustype) become null.
  void shape_statustypen() {
    auto& objects = zaaktype();
    std::vector<CatalogiObject> shaped;
    for (std::size_t i = 0; i < kZacStatustypen.size(); ++i) {
      const std::string name(kZacStatustypen[i]);
      const auto same = std::find_if(
          objects.statustypen.begin(), objects.statustypen.end(),
          [&](const auto& old) { return text_of(old.data, "omschrijving") == name; });
      CatalogiObject object;
      if (same != objects.statustypen.end()) {
        object = *same;
      } else {
        object = make(Resource::statustype, name);
        object.data["doorlooptijd"] = nullptr;  // ZAC's deadlines are the zaaktype's
      }
      const auto& text = input_.statustypen[i];
      auto& data = object.data;
      data["omschrijving"] = name;
      // A statustype kept from the process keeps its text unless the caller gives one.
      if (!text.statustekst.empty() || !data.contains("statustekst")) {
        data["statustekst"] = text.statustekst;
      }
      data["zaaktype"] = objects.zaaktype.url();
      data["volgnummer"] = static_cast<int>(i + 1);
      data["informeren"] = text.informeren.value_or(!data.value("statustekst", "").empty());
      if (!data.contains("doorlooptijd")) data["doorlooptijd"] = nullptr;
      if (!text.toelichting.empty()) data["toelichting"] = text.toelichting;
      object.key = name;
      shaped.push_back(std::move(object));
    }
    std::vector<std::string> kept;
    for (const auto& object : shaped) kept.push_back(object.url());
    for (auto* object : result_.all_objects()) {
      const auto found = object->data.find("statustype");
      if (found == object->data.end() || !found->is_string()) continue;
      if (std::find(kept.begin(), kept.end(), found->get<std::string>()) == kept.end()) {
        *found = nullptr;
      }
    }
    objects.statustypen = std::move(shaped);
  }

  // ---------------------------------------------------------------------------
  // [SECTION] Roltypen: rules 2-4
  // ---------------------------------------------------------------------------

  CatalogiObject* roltype_named(const std::string& name) {
    for (auto& roltype : zaaktype().roltypen) {
      if (text_of(roltype.data, "omschrijving") == name) return &roltype;
    }
    return nullptr;
  }

  void add_roltype(const std::string& name, const std::string& generiek) {
    auto object = make(Resource::roltype, name);
    object.data["zaaktype"] = zaaktype().zaaktype.url();
    object.data["omschrijving"] = name;
    object.data["omschrijvingGeneriek"] = generiek;
    zaaktype().roltypen.push_back(std::move(object));
  }

  void shape_roltypen() {
    auto& roltypen = zaaktype().roltypen;
    const auto generiek = [](const CatalogiObject& roltype) {
      return text_of(roltype.data, "omschrijvingGeneriek");
    };
    // Rule 3 first: a roltype already named "Behandelaar" becomes the behandelaar.
    if (auto* behandelaar = roltype_named(std::string(kZacBehandelaar))) {
      behandelaar->data["omschrijvingGeneriek"] = "behandelaar";
    } else {
      add_roltype(std::string(kZacBehandelaar), "behandelaar");
    }
    // Rule 2: exactly one initiator; more become mede_initiator, the first stays.
    bool seen_initiator = false;
    for (auto& roltype : roltypen) {
      if (generiek(roltype) != "initiator") continue;
      if (seen_initiator) roltype.data["omschrijvingGeneriek"] = "mede_initiator";
      seen_initiator = true;
    }
    if (!seen_initiator) {
      const auto name = roltype_named(input_.initiator) == nullptr ? input_.initiator
                                                                    : std::string("Initiator");
      add_roltype(name, "initiator");
    }
    // Rule 4: one more of the kinds ZAC counts.
    const bool has_overige = std::any_of(roltypen.begin(), roltypen.end(), [&](const auto& r) {
      const auto value = generiek(r);
      return value != "initiator" && value != "behandelaar" && !value.empty();
    });
    if (!has_overige) {
      const auto name = roltype_named(input_.overige_rol) == nullptr
                            ? input_.overige_rol
                            : input_.overige_rol + " (ZAC)";
      add_roltype(name, input_.overige_rol_generiek);
    }
  }

  // ---------------------------------------------------------------------------
  // [SECTION] The e-mail informatieobjecttype: rule 5
  // ---------------------------------------------------------------------------

  void link_email() {
    const std::string name(kZacEmail);
    std::string iot_url;
    for (const auto& iot : result_.informatieobjecttypen) {
      if (text_of(iot.data, "omschrijving") == name) iot_url = iot.url();
    }
    if (iot_url.empty()) {
      // A catalogus-level object, named after the catalogus: one "e-mail" per catalogus.
      CatalogiObject object;
      object.resource = Resource::informatieobjecttype;
      object.uuid = stable_uuid(result_.catalogus.uuid + "/zac/informatieobjecttype/" + name);
      object.key = name;
      object.source = {"", "", "/catalogus"};
      object.data["url"] = object_url(options_.base_url, object.resource, object.uuid);
      object.data["catalogus"] = result_.catalogus.url();
      object.data["omschrijving"] = name;
      object.data["vertrouwelijkheidaanduiding"] = input_.email_vertrouwelijkheidaanduiding;
      object.data["beginGeldigheid"] = begin_geldigheid();
      object.data["informatieobjectcategorie"] = input_.email_categorie;
      iot_url = object.url();
      result_.informatieobjecttypen.push_back(std::move(object));
    }
    auto& links = zaaktype().zaaktype_informatieobjecttypen;
    int volgnummer = 0;
    for (const auto& link : links) {
      if (text_of(link.data, "informatieobjecttype") == iot_url) return;
      volgnummer = std::max(volgnummer, link.data.value("volgnummer", 0));
    }
    auto link = make(Resource::zaaktype_informatieobjecttype, name);
    link.data["zaaktype"] = zaaktype().zaaktype.url();
    link.data["informatieobjecttype"] = iot_url;
    link.data["volgnummer"] = volgnummer + 1;
    link.data["richting"] = "uitgaand";  // ZAC files the mail it sends
    link.data["statustype"] = nullptr;
    links.push_back(std::move(link));
  }

  // ---------------------------------------------------------------------------
  // [SECTION] Resultaattypen and the besluittype: rules 6-7
  // ---------------------------------------------------------------------------

  std::string add_besluittype() {
    const auto& name = input_.besluittype;
    std::string url;
    for (const auto& besluittype : result_.besluittypen) {
      if (text_of(besluittype.data, "omschrijving") == name) url = besluittype.url();
    }
    if (url.empty()) {
      CatalogiObject object;
      object.resource = Resource::besluittype;
      object.uuid = stable_uuid(result_.catalogus.uuid + "/zac/besluittype/" + name);
      object.key = name;
      object.source = {"", "", "/catalogus"};
      auto& data = object.data;
      data["url"] = object_url(options_.base_url, object.resource, object.uuid);
      data["catalogus"] = result_.catalogus.url();
      data["omschrijving"] = name;
      data["omschrijvingGeneriek"] = "";
      data["reactietermijn"] = "P6W";  // Awb: six weeks for bezwaar
      data["publicatieIndicatie"] = false;
      data["informatieobjecttypen"] = CatalogiJson::array();
      data["beginGeldigheid"] = begin_geldigheid();
      url = object.url();
      result_.besluittypen.push_back(std::move(object));
    }
    auto& list = zaaktype().zaaktype.data["besluittypen"];
    if (!list.is_array()) list = CatalogiJson::array();
    if (std::find(list.begin(), list.end(), url) == list.end()) list.push_back(url);
    return url;
  }

  // One resultaattype the way the export makes one from a block's mapping
  // (catalogus_builder.cpp): the klasse and archiving from resolve_archiving.
  void add_resultaattype(const std::string& name, const std::string& generiek,
                         const std::string& toelichting) {
    auto& resultaattypen = zaaktype().resultaattypen;
    const bool exists =
        std::any_of(resultaattypen.begin(), resultaattypen.end(),
                    [&](const auto& r) { return text_of(r.data, "omschrijving") == name; });
    if (exists) return;
    ResultaattypeMapping mapping;
    mapping.omschrijving = name;
    mapping.resultaattypeomschrijving = generiek;
    const int nummer = procestype_nummer();
    auto archiving = resolve_archiving(mapping, nummer, has_besluittype(), selectielijst_);
    if (archiving.brondatum.afleidingswijze == "ander_datumkenmerk") {
      // The klasse wants a date the process does not record; a besluit's
      // expiry date is the one ZAC can give (rule 7 then needs a besluittype).
      add_besluittype();
      archiving = resolve_archiving(mapping, nummer, true, selectielijst_);
    }
    const auto* omschrijving = selectielijst_.find_omschrijving(generiek);
    auto object = make(Resource::resultaattype, name);
    auto& data = object.data;
    data["zaaktype"] = zaaktype().zaaktype.url();
    data["omschrijving"] = name;
    data["resultaattypeomschrijving"] =
        omschrijving == nullptr
            ? std::string()
            : options_.selectielijst_base + "/resultaattypeomschrijvingen/" + omschrijving->uuid;
    data["selectielijstklasse"] =
        archiving.klasse == nullptr
            ? std::string()
            : options_.selectielijst_base + "/resultaten/" + archiving.klasse->uuid;
    data["toelichting"] = toelichting;
    data["archiefnominatie"] = archiving.archiefnominatie;
    data["archiefactietermijn"] = nullable(archiving.archiefactietermijn);
    const auto& brondatum = archiving.brondatum;
    data["brondatumArchiefprocedure"] = {{"afleidingswijze", brondatum.afleidingswijze},
                                         {"datumkenmerk", brondatum.datumkenmerk},
                                         {"einddatumBekend", brondatum.einddatum_bekend},
                                         {"objecttype", brondatum.objecttype},
                                         {"registratie", brondatum.registratie},
                                         {"procestermijn", nullable(brondatum.procestermijn)}};
    data["besluittypen"] = CatalogiJson::array();
    resultaattypen.push_back(std::move(object));
  }

  void add_resultaattypen() {
    add_resultaattype(std::string(kZacNietOntvankelijk), "Afgewezen",
                      "De intake vond het verzoek niet ontvankelijk.");
    for (const auto& reason : kZacTerminationReasons) {
      add_resultaattype(std::string(reason.resultaattype), "Ingetrokken",
                        "Zaak beëindigd: " + std::string(reason.naam) + ".");
    }
  }

  // Rule 7 for the process's own resultaattypen: an imported one may date
  // from a besluit although the process has no Besluiten block.
  void ensure_besluittype_for_archiving() {
    if (has_besluittype()) return;
    for (const auto& resultaattype : zaaktype().resultaattypen) {
      const auto procedure =
          resultaattype.data.value("brondatumArchiefprocedure", CatalogiJson::object());
      const auto afleidingswijze =
          procedure.is_object() ? text_of(procedure, "afleidingswijze") : std::string();
      if (afleidingswijze == "vervaldatum_besluit" || afleidingswijze == "ingangsdatum_besluit") {
        add_besluittype();
        return;
      }
    }
  }

  CatalogusExport result_;
  const Selectielijst& selectielijst_;
  const ExportOptions& options_;
  const ZacShapeInput& input_;
};

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Entry point
// -----------------------------------------------------------------------------

CatalogusExport zac_shaped(const CatalogusExport& exported, const Selectielijst& selectielijst,
                           const ExportOptions& options, const ZacShapeInput& input) {
  return Shaper(exported, selectielijst, options, input).run();
}

}  // namespace blokjes
