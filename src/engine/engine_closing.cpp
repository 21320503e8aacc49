// Closing a zaak and its archiving, as Open Zaak computes it: the brondatum
// per afleidingswijze, archiefactiedatum = brondatum + archiefactietermijn,
// startdatumBewaartermijn = brondatum, and the dates that arrive after
// closing (a besluit's vervaldatum, an eigenschap, a hand-set brondatum, the
// hoofdzaak's einddatum).
//
// [SECTION] The brondatum per afleidingswijze
// [SECTION] Closing and completing

#include <algorithm>

#include "engine_internal.h"

namespace blokjes::engine {

using detail::LoadedZaaktype;

// -----------------------------------------------------------------------------
// [SECTION] The brondatum per afleidingswijze
// -----------------------------------------------------------------------------

namespace {

// Afleidingswijzen whose date may legitimately arrive after closing: the zaak
// closes with an empty archiefactiedatum and gets it when the date comes.
bool may_wait(std::string_view afleidingswijze) {
  return afleidingswijze == "vervaldatum_besluit" || afleidingswijze == "eigenschap" ||
         afleidingswijze == "ander_datumkenmerk" ||
         // A deelzaak closes before its hoofdzaak can (deelzaken-not-closed),
         // so its date always arrives later, when the hoofdzaak closes.
         afleidingswijze == "hoofdzaak";
}

}  // namespace

Engine::Impl::Brondatum Engine::Impl::brondatum_of(const ZaakRow& zaak, const LoadedZaaktype& type,
                                                   const ResultaattypeDefinition& resultaattype) {
  (void)type;
  Brondatum result;
  const auto& bron = resultaattype.brondatum;
  const auto& wijze = bron.afleidingswijze;
  auto missing = [&](std::string nl, std::string en) {
    result.missing_nl = std::move(nl);
    result.missing_en = std::move(en);
  };
  if (wijze == "afgehandeld") {
    result.date = zaak.einddatum;
  } else if (wijze == "termijn") {
    const auto procestermijn =
        bron.procestermijn ? parse_iso_duration(*bron.procestermijn) : std::nullopt;
    if (!procestermijn) {
      missing("resultaattype " + resultaattype.omschrijving + " noemt geen geldige procestermijn",
              "resultaattype " + resultaattype.omschrijving + " names no valid procestermijn");
    } else if (zaak.einddatum) {
      result.date = add_duration(*zaak.einddatum, *procestermijn);
    }
  } else if (wijze == "eigenschap") {
    for (const auto& eigenschap : store.eigenschappen(zaak.id)) {
      if (eigenschap.naam == bron.datumkenmerk) {
        result.date = detail::parse_eigenschap_date(eigenschap.waarde);
      }
    }
    if (!result.date) {
      missing("eigenschap " + bron.datumkenmerk + " heeft geen datum",
              "eigenschap " + bron.datumkenmerk + " holds no date");
    }
  } else if (wijze == "ingangsdatum_besluit" || wijze == "vervaldatum_besluit") {
    const bool ingang = wijze == "ingangsdatum_besluit";
    for (const auto& besluit : store.besluiten(zaak.id)) {
      const std::optional<CalendarDate> date =
          ingang ? std::optional<CalendarDate>(besluit.ingangsdatum) : besluit.vervaldatum;
      if (date && (!result.date || *date > *result.date)) result.date = date;
    }
    if (!result.date) {
      missing(ingang ? "de zaak heeft geen besluit met een ingangsdatum"
                     : "de zaak heeft geen besluit met een vervaldatum",
              ingang ? "the zaak has no besluit with an ingangsdatum"
                     : "the zaak has no besluit with a vervaldatum");
    }
  } else if (wijze == "hoofdzaak") {
    if (!zaak.hoofdzaak_id) {
      missing("de zaak heeft geen hoofdzaak", "the zaak has no hoofdzaak");
    } else {
      const auto hoofdzaak = store.zaak(*zaak.hoofdzaak_id);
      if (hoofdzaak && hoofdzaak->einddatum) {
        result.date = hoofdzaak->einddatum;
      } else {
        missing("de hoofdzaak is nog niet afgesloten", "the hoofdzaak is not closed yet");
      }
    }
  } else if (wijze == "gerelateerde_zaak") {
    // The engine knows no zaak relations beyond hoofdzaak and deelzaken, so
    // the related zaken are those: the latest einddatum among the deelzaken
    // and the hoofdzaak.
    std::vector<ZaakRow> related = store.deelzaken(zaak.id);
    if (zaak.hoofdzaak_id) {
      if (auto hoofdzaak = store.zaak(*zaak.hoofdzaak_id)) related.push_back(std::move(*hoofdzaak));
    }
    for (const auto& other : related) {
      if (other.einddatum && (!result.date || *other.einddatum > *result.date)) {
        result.date = other.einddatum;
      }
    }
    if (!result.date) {
      missing("geen gerelateerde zaak (hoofdzaak of deelzaak) is afgesloten",
              "no related zaak (hoofdzaak or deelzaak) is closed");
    }
  } else if (wijze == "ander_datumkenmerk") {
    result.date = zaak.brondatum;
    if (!result.date) {
      missing("de brondatum is nog niet met de hand gezet", "the brondatum has not been set by hand yet");
    }
  } else {
    missing("resultaattype " + resultaattype.omschrijving + " heeft afleidingswijze '" + wijze +
                "', die de engine niet kent",
            "resultaattype " + resultaattype.omschrijving + " has afleidingswijze '" + wijze +
                "', which the engine does not know");
  }
  // A zaak without hoofdzaak never gets a hoofdzaak's einddatum: refuse.
  const bool can_arrive = may_wait(wijze) && (wijze != "hoofdzaak" || zaak.hoofdzaak_id);
  if (!result.date && (can_arrive || resultaattype.archiefnominatie == "blijvend_bewaren")) {
    result.postponed = true;
  }
  return result;
}

// -----------------------------------------------------------------------------
// [SECTION] Closing and completing
// -----------------------------------------------------------------------------

void Engine::Impl::clear_closing(ZaakRow& zaak) {
  zaak.einddatum.reset();
  zaak.archiefnominatie.clear();
  zaak.archiefactiedatum.reset();
  zaak.startdatum_bewaartermijn.reset();
}

void Engine::Impl::close(ZaakRow& zaak, const LoadedZaaktype& type, CalendarDate einddatum) {
  const auto* resultaattype = type.definition.find_resultaattype(zaak.resultaattype_uuid);
  if (!resultaattype) {
    throw StoreError("zaak " + zaak.identificatie + ": its resultaattype " + zaak.resultaattype_uuid +
                     " is not in zaaktype " + type.identificatie + " version " +
                     std::to_string(type.version));
  }
  zaak.einddatum = einddatum;
  zaak.archiefnominatie = resultaattype->archiefnominatie;
  zaak.archiefactiedatum.reset();
  zaak.startdatum_bewaartermijn.reset();
  const auto bron = brondatum_of(zaak, type, *resultaattype);
  const auto termijn = resultaattype->archiefactietermijn
                           ? parse_iso_duration(*resultaattype->archiefactietermijn)
                           : std::nullopt;
  if (!bron.date) {
    if (bron.postponed) return;
    throw EngineError(ErrorCode::archiefactiedatum_error,
                      "Zaak " + zaak.identificatie + " kan niet worden afgesloten: de brondatum (" +
                          resultaattype->brondatum.afleidingswijze + ") is niet te bepalen, want " +
                          bron.missing_nl,
                      "Zaak " + zaak.identificatie + " cannot be closed: the brondatum (" +
                          resultaattype->brondatum.afleidingswijze + ") cannot be determined: " +
                          bron.missing_en);
  }
  if (!termijn && resultaattype->archiefnominatie != "blijvend_bewaren") {
    throw EngineError(ErrorCode::archiefactiedatum_error,
                      "Zaak " + zaak.identificatie + " kan niet worden afgesloten: resultaattype " +
                          resultaattype->omschrijving + " noemt geen archiefactietermijn",
                      "Zaak " + zaak.identificatie + " cannot be closed: resultaattype " +
                          resultaattype->omschrijving + " names no archiefactietermijn");
  }
  if (resultaattype->brondatum.afleidingswijze != "ander_datumkenmerk") zaak.brondatum = bron.date;
  zaak.startdatum_bewaartermijn = bron.date;
  if (termijn) zaak.archiefactiedatum = add_duration(*bron.date, *termijn);
}

bool Engine::Impl::complete_archiving(ZaakRow& zaak, const LoadedZaaktype& type) {
  if (!zaak.einddatum || zaak.archiefactiedatum || zaak.resultaattype_uuid.empty()) return false;
  const auto* resultaattype = type.definition.find_resultaattype(zaak.resultaattype_uuid);
  if (!resultaattype) return false;
  const auto bron = brondatum_of(zaak, type, *resultaattype);
  if (!bron.date) return false;
  const auto termijn = resultaattype->archiefactietermijn
                           ? parse_iso_duration(*resultaattype->archiefactietermijn)
                           : std::nullopt;
  const auto before = zaak.startdatum_bewaartermijn;
  if (resultaattype->brondatum.afleidingswijze != "ander_datumkenmerk") zaak.brondatum = bron.date;
  zaak.startdatum_bewaartermijn = bron.date;
  if (termijn) zaak.archiefactiedatum = add_duration(*bron.date, *termijn);
  return zaak.archiefactiedatum.has_value() || before != zaak.startdatum_bewaartermijn;
}

void Engine::Impl::complete_deelzaken(const ZaakRow& hoofdzaak, const Actor& actor) {
  for (auto& deelzaak : store.deelzaken(hoofdzaak.id)) {
    if (!deelzaak.einddatum || deelzaak.archiefactiedatum || deelzaak.resultaattype_uuid.empty()) {
      continue;
    }
    const auto& type = zaaktype_of(deelzaak.zaaktype_id);
    const auto* resultaattype = type.definition.find_resultaattype(deelzaak.resultaattype_uuid);
    if (!resultaattype || resultaattype->brondatum.afleidingswijze != "hoofdzaak") continue;
    if (!complete_archiving(deelzaak, type)) continue;
    save(deelzaak);
    audit(deelzaak, actor, "archiefactiedatum", nullptr,
          nlohmann::json{{"hoofdzaak", hoofdzaak.identificatie},
                         {"brondatum", deelzaak.startdatum_bewaartermijn->iso()},
                         {"archiefactiedatum", deelzaak.archiefactiedatum
                                                   ? nlohmann::json(deelzaak.archiefactiedatum->iso())
                                                   : nlohmann::json(nullptr)}});
  }
}

}  // namespace blokjes::engine
