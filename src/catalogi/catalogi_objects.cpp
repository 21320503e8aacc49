#include "catalogi_objects.h"

#include <iterator>

namespace blokjes {

namespace {

// The writable fields of each Open Zaak `<Name>Request` schema, in spec order
// (Catalogi API 1.3.1; docs/catalogi-reference.md section 2).
constexpr std::string_view kCatalogusFields[] = {"domein",
                                                 "rsin",
                                                 "contactpersoonBeheerNaam",
                                                 "contactpersoonBeheerTelefoonnummer",
                                                 "contactpersoonBeheerEmailadres",
                                                 "naam",
                                                 "versie",
                                                 "begindatumVersie"};
constexpr std::string_view kInformatieobjecttypeFields[] = {
    "catalogus",       "omschrijving",        "vertrouwelijkheidaanduiding",
    "beginGeldigheid", "eindeGeldigheid",     "informatieobjectcategorie",
    "trefwoord",       "omschrijvingGeneriek"};
constexpr std::string_view kBesluittypeFields[] = {
    "catalogus",      "omschrijving",          "omschrijvingGeneriek", "besluitcategorie",
    "reactietermijn", "publicatieIndicatie",   "publicatietekst",      "publicatietermijn",
    "toelichting",    "informatieobjecttypen", "beginGeldigheid",      "eindeGeldigheid"};
constexpr std::string_view kZaaktypeFields[] = {"identificatie",
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
                                                "gerelateerdeZaaktypen"};
constexpr std::string_view kZiotFields[] = {"zaaktype", "informatieobjecttype", "volgnummer",
                                            "richting", "statustype"};
constexpr std::string_view kResultaattypeFields[] = {"zaaktype",
                                                     "omschrijving",
                                                     "resultaattypeomschrijving",
                                                     "selectielijstklasse",
                                                     "toelichting",
                                                     "archiefnominatie",
                                                     "archiefactietermijn",
                                                     "brondatumArchiefprocedure",
                                                     "procesobjectaard",
                                                     "indicatieSpecifiek",
                                                     "procestermijn",
                                                     "besluittypen",
                                                     "informatieobjecttypen",
                                                     "beginGeldigheid",
                                                     "eindeGeldigheid"};
constexpr std::string_view kRoltypeFields[] = {"zaaktype", "omschrijving", "omschrijvingGeneriek",
                                               "beginGeldigheid", "eindeGeldigheid"};
constexpr std::string_view kStatustypeFields[] = {
    "omschrijving",    "omschrijvingGeneriek", "statustekst",
    "zaaktype",        "volgnummer",           "informeren",
    "doorlooptijd",    "toelichting",          "checklistitemStatustype",
    "beginGeldigheid", "eindeGeldigheid"};
constexpr std::string_view kEigenschapFields[] = {
    "naam",     "definitie",  "specificatie",    "toelichting",
    "zaaktype", "statustype", "beginGeldigheid", "eindeGeldigheid"};

// One row per Resource, in the enum's order (checked below).
constexpr ResourceInfo kResources[] = {
    {Resource::catalogus, "Catalogus", "catalogussen", "catalogus", "catalogus", "domein",
     kCatalogusFields},
    {Resource::informatieobjecttype, "InformatieObjectType", "informatieobjecttypen",
     "informatieobjecttype", "informatieobjecttypen", "omschrijving", kInformatieobjecttypeFields},
    {Resource::besluittype, "BesluitType", "besluittypen", "besluittype", "besluittypen",
     "omschrijving", kBesluittypeFields},
    {Resource::zaaktype, "ZaakType", "zaaktypen", "zaaktype", "zaaktype", "identificatie",
     kZaaktypeFields},
    // A ZIOT has no name of its own: its informatieobjecttype's omschrijving
    // identifies it (see object_key in zgw_origin.cpp).
    {Resource::zaaktype_informatieobjecttype, "ZaakTypeInformatieObjectType",
     "zaaktype-informatieobjecttypen", "zaaktype-informatieobjecttype",
     "zaaktypeInformatieobjecttypen", "", kZiotFields},
    {Resource::resultaattype, "ResultaatType", "resultaattypen", "resultaattype", "resultaattypen",
     "omschrijving", kResultaattypeFields},
    {Resource::roltype, "RolType", "roltypen", "roltype", "roltypen", "omschrijving",
     kRoltypeFields},
    {Resource::statustype, "StatusType", "statustypen", "statustype", "statustypen", "omschrijving",
     kStatustypeFields},
    {Resource::eigenschap, "Eigenschap", "eigenschappen", "eigenschap", "eigenschappen", "naam",
     kEigenschapFields},
};

constexpr bool rows_follow_the_enum() {
  for (std::size_t i = 0; i < std::size(kResources); ++i) {
    if (static_cast<std::size_t>(kResources[i].resource) != i) return false;
  }
  return std::size(kResources) == std::size(kAllResources);
}
static_assert(rows_follow_the_enum(), "kResources must have one row per Resource, in enum order");

}  // namespace

const ResourceInfo& resource_info(Resource resource) {
  return kResources[static_cast<std::size_t>(resource)];
}

std::string_view resource_name(Resource resource) {
  return resource_info(resource).name;
}

std::string_view resource_collection(Resource resource) {
  return resource_info(resource).collection;
}

std::string_view resource_noun(Resource resource) {
  return resource_info(resource).noun;
}

std::span<const std::string_view> writable_fields(Resource resource) {
  return resource_info(resource).writable_fields;
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
