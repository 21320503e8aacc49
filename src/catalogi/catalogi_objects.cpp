#include "catalogi_objects.h"

#include <map>

namespace blokjes {

std::string_view resource_name(Resource resource) {
  switch (resource) {
    case Resource::catalogus:
      return "Catalogus";
    case Resource::informatieobjecttype:
      return "InformatieObjectType";
    case Resource::besluittype:
      return "BesluitType";
    case Resource::zaaktype:
      return "ZaakType";
    case Resource::zaaktype_informatieobjecttype:
      return "ZaakTypeInformatieObjectType";
    case Resource::resultaattype:
      return "ResultaatType";
    case Resource::roltype:
      return "RolType";
    case Resource::statustype:
      return "StatusType";
    case Resource::eigenschap:
      return "Eigenschap";
  }
  return "";
}

std::string_view resource_collection(Resource resource) {
  switch (resource) {
    case Resource::catalogus:
      return "catalogussen";
    case Resource::informatieobjecttype:
      return "informatieobjecttypen";
    case Resource::besluittype:
      return "besluittypen";
    case Resource::zaaktype:
      return "zaaktypen";
    case Resource::zaaktype_informatieobjecttype:
      return "zaaktype-informatieobjecttypen";
    case Resource::resultaattype:
      return "resultaattypen";
    case Resource::roltype:
      return "roltypen";
    case Resource::statustype:
      return "statustypen";
    case Resource::eigenschap:
      return "eigenschappen";
  }
  return "";
}

std::string_view resource_noun(Resource resource) {
  switch (resource) {
    case Resource::catalogus:
      return "catalogus";
    case Resource::informatieobjecttype:
      return "informatieobjecttype";
    case Resource::besluittype:
      return "besluittype";
    case Resource::zaaktype:
      return "zaaktype";
    case Resource::zaaktype_informatieobjecttype:
      return "zaaktype-informatieobjecttype";
    case Resource::resultaattype:
      return "resultaattype";
    case Resource::roltype:
      return "roltype";
    case Resource::statustype:
      return "statustype";
    case Resource::eigenschap:
      return "eigenschap";
  }
  return "";
}

const std::vector<std::string_view>& writable_fields(Resource resource) {
  // From the Open Zaak Catalogi API 1.3.1 spec's *Request schemas
  // (docs/catalogi-reference.md section 2).
  static const std::map<Resource, std::vector<std::string_view>> fields = {
      {Resource::catalogus,
       {"domein", "rsin", "contactpersoonBeheerNaam", "contactpersoonBeheerTelefoonnummer",
        "contactpersoonBeheerEmailadres", "naam", "versie", "begindatumVersie"}},
      {Resource::zaaktype,
       {"identificatie",
        "omschrijving",
        "omschrijvingGeneriek",
        "vertrouwelijkheidaanduiding",
        "doel",
        "aanleiding",
        "toelichting",
        "indicatieInternOfExtern",
        "handelingInitiator",
        "onderwerp",
        "handelingBehandelaar",
        "doorlooptijd",
        "servicenorm",
        "opschortingEnAanhoudingMogelijk",
        "verlengingMogelijk",
        "verlengingstermijn",
        "trefwoorden",
        "publicatieIndicatie",
        "publicatietekst",
        "verantwoordingsrelatie",
        "productenOfDiensten",
        "selectielijstProcestype",
        "referentieproces",
        "verantwoordelijke",
        "broncatalogus",
        "bronzaaktype",
        "beginGeldigheid",
        "eindeGeldigheid",
        "versiedatum",
        "catalogus",
        "besluittypen",
        "deelzaaktypen",
        "gerelateerdeZaaktypen"}},
      {Resource::statustype,
       {"omschrijving", "omschrijvingGeneriek", "statustekst", "zaaktype", "volgnummer",
        "informeren", "doorlooptijd", "toelichting", "checklistitemStatustype", "beginGeldigheid",
        "eindeGeldigheid"}},
      {Resource::resultaattype,
       {"zaaktype", "omschrijving", "resultaattypeomschrijving", "selectielijstklasse",
        "toelichting", "archiefnominatie", "archiefactietermijn", "brondatumArchiefprocedure",
        "procesobjectaard", "indicatieSpecifiek", "procestermijn", "besluittypen",
        "informatieobjecttypen", "beginGeldigheid", "eindeGeldigheid"}},
      {Resource::roltype,
       {"zaaktype", "omschrijving", "omschrijvingGeneriek", "beginGeldigheid", "eindeGeldigheid"}},
      {Resource::informatieobjecttype,
       {"catalogus", "omschrijving", "vertrouwelijkheidaanduiding", "beginGeldigheid",
        "eindeGeldigheid", "informatieobjectcategorie", "trefwoord", "omschrijvingGeneriek"}},
      {Resource::zaaktype_informatieobjecttype,
       {"zaaktype", "informatieobjecttype", "volgnummer", "richting", "statustype"}},
      {Resource::besluittype,
       {"catalogus", "omschrijving", "omschrijvingGeneriek", "besluitcategorie", "reactietermijn",
        "publicatieIndicatie", "publicatietekst", "publicatietermijn", "toelichting",
        "informatieobjecttypen", "beginGeldigheid", "eindeGeldigheid"}},
      {Resource::eigenschap,
       {"naam", "definitie", "specificatie", "toelichting", "zaaktype", "statustype",
        "beginGeldigheid", "eindeGeldigheid"}},
  };
  return fields.at(resource);
}

std::string CatalogiObject::label() const {
  std::string text(resource_noun(resource));
  if (!key.empty()) text += " \"" + key + "\"";
  return text;
}

std::vector<const CatalogiObject*> CatalogusExport::all_objects() const {
  std::vector<const CatalogiObject*> objects = {&catalogus};
  for (const auto& object : informatieobjecttypen) objects.push_back(&object);
  for (const auto& object : besluittypen) objects.push_back(&object);
  for (const auto& zaaktype : zaaktypen) {
    objects.push_back(&zaaktype.zaaktype);
    for (const auto* list : {&zaaktype.statustypen, &zaaktype.roltypen, &zaaktype.resultaattypen,
                             &zaaktype.eigenschappen, &zaaktype.zaaktype_informatieobjecttypen}) {
      for (const auto& object : *list) objects.push_back(&object);
    }
  }
  return objects;
}

std::vector<CatalogiObject*> CatalogusExport::all_objects() {
  std::vector<CatalogiObject*> objects;
  for (const auto* object : std::as_const(*this).all_objects()) {
    objects.push_back(const_cast<CatalogiObject*>(object));
  }
  return objects;
}

const CatalogiObject* CatalogusExport::find_by_url(std::string_view url) const {
  for (const auto* object : all_objects()) {
    if (object->url() == url) return object;
  }
  return nullptr;
}

}  // namespace blokjes
