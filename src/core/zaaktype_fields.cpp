#include "zaaktype_fields.h"

namespace blokjes {
namespace {

using Kind = ZaaktypeFieldKind;
using F = ZaaktypeFields;

// The workshop file's order; the Catalogi builder writes them in the API's
// order instead (writable_fields in src/catalogi), looking each up here.
const ZaaktypeField kZaaktypeFields[] = {
    {.name = "identificatie",
     .kind = Kind::text,
     .label_key = "zaaktype.identificatie",
     .text = &F::identificatie},
    {.name = "omschrijving",
     .kind = Kind::text,
     .label_key = "zaaktype.omschrijving",
     .text = &F::omschrijving},
    {.name = "doel", .kind = Kind::long_text, .label_key = "zaaktype.doel", .text = &F::doel},
    {.name = "aanleiding",
     .kind = Kind::long_text,
     .label_key = "zaaktype.aanleiding",
     .text = &F::aanleiding},
    {.name = "onderwerp",
     .kind = Kind::text,
     .label_key = "zaaktype.onderwerp",
     .text = &F::onderwerp},
    {.name = "handelingInitiator",
     .kind = Kind::text,
     .label_key = "zaaktype.handelingInitiator",
     .text = &F::handeling_initiator},
    {.name = "handelingBehandelaar",
     .kind = Kind::text,
     .label_key = "zaaktype.handelingBehandelaar",
     .text = &F::handeling_behandelaar},
    {.name = "doorlooptijd",
     .kind = Kind::duration,
     .label_key = "zaaktype.doorlooptijd",
     .text = &F::doorlooptijd},
    {.name = "servicenorm",
     .kind = Kind::optional_duration,
     .label_key = "zaaktype.servicenorm",
     .optional_text = &F::servicenorm},
    {.name = "opschortingEnAanhoudingMogelijk",
     .kind = Kind::boolean,
     .label_key = "zaaktype.opschorting",
     .flag = &F::opschorting_en_aanhouding_mogelijk},
    {.name = "verlengingMogelijk",
     .kind = Kind::boolean,
     .label_key = "zaaktype.verlenging",
     .flag = &F::verlenging_mogelijk},
    {.name = "verlengingstermijn",
     .kind = Kind::optional_duration,
     .label_key = "zaaktype.verlengingstermijn",
     .optional_text = &F::verlengingstermijn},
    {.name = "vertrouwelijkheidaanduiding",
     .kind = Kind::enumeration,
     .label_key = "zaaktype.vertrouwelijkheid",
     .values = kVertrouwelijkheidaanduiding,
     .text = &F::vertrouwelijkheidaanduiding},
    {.name = "indicatieInternOfExtern",
     .kind = Kind::enumeration,
     .label_key = "zaaktype.internExtern",
     .values = kIndicatieInternOfExtern,
     .text = &F::indicatie_intern_of_extern},
    {.name = "selectielijstProcestype",
     .kind = Kind::procestype,
     .label_key = "zaaktype.procestype"},
    {.name = "verantwoordelijke",
     .kind = Kind::text,
     .label_key = "zaaktype.verantwoordelijke",
     .text = &F::verantwoordelijke},
    {.name = "trefwoorden",
     .kind = Kind::text_list,
     .label_key = "zaaktype.trefwoorden",
     .list = &F::trefwoorden},
    {.name = "toelichting",
     .kind = Kind::long_text,
     .label_key = "zaaktype.toelichting",
     .text = &F::toelichting},
    // Version 2 of the workshop file added the fields below.
    {.name = "beginGeldigheid",
     .kind = Kind::date,
     .label_key = "zaaktype.beginGeldigheid",
     .file_write = FileWrite::when_set,
     .text = &F::begin_geldigheid},
    {.name = "eindeGeldigheid",
     .kind = Kind::optional_date,
     .label_key = "zaaktype.eindeGeldigheid",
     .file_write = FileWrite::when_set,
     .optional_text = &F::einde_geldigheid},
    {.name = "versiedatum",
     .kind = Kind::date,
     .label_key = "zaaktype.versiedatum",
     .file_write = FileWrite::when_set,
     .text = &F::versiedatum},
    {.name = "referentieproces",
     .kind = Kind::text,
     .label_key = "zaaktype.referentieproces",
     .file_write = FileWrite::when_set,
     .catalogi_member = "naam",
     .text = &F::referentieproces},
    {.name = "publicatieIndicatie",
     .kind = Kind::boolean,
     .label_key = "zaaktype.publicatieIndicatie",
     .file_write = FileWrite::when_set,
     .flag = &F::publicatie_indicatie},
    {.name = "productenOfDiensten",
     .kind = Kind::text_list,
     .label_key = "zaaktype.productenOfDiensten",
     .file_write = FileWrite::when_set,
     .list = &F::producten_of_diensten},
    {.name = "eigenschappen",
     .kind = Kind::eigenschappen,
     .label_key = "zaaktype.eigenschappen",
     .file_write = FileWrite::when_set},
};

}  // namespace

std::span<const ZaaktypeField> zaaktype_fields() {
  return kZaaktypeFields;
}

const ZaaktypeField* find_zaaktype_field(std::string_view name) {
  for (const auto& field : kZaaktypeFields) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

}  // namespace blokjes
