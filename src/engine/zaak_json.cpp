// The engine's views as JSON, with the Zaken API's field names (zaak_json.h).
//
// [SECTION] Values   dates, moments, audit values
// [SECTION] Zaak     ZaakView, the details only when visible
// [SECTION] Lists    ZaakSummary, Werkvoorraad, AuditEntry
// [SECTION] Other    DeployResult, NextSteps

#include "zaak_json.h"

namespace blokjes::engine {

// [SECTION] Values

ZaakJson date_json(const std::optional<CalendarDate>& date) {
  return date ? ZaakJson(date->iso()) : ZaakJson(nullptr);
}

namespace {

ZaakJson moment_json(const std::optional<Timestamp>& moment) {
  return moment ? ZaakJson(moment->iso()) : ZaakJson(nullptr);
}

// An empty text means "not set" in the views; the API says null for that.
ZaakJson text_or_null(const std::string& text) {
  return text.empty() ? ZaakJson(nullptr) : ZaakJson(text);
}

// Audit values are stored as JSON text; show them as JSON so a reader does not
// have to parse twice. A value that is not JSON (an older row, a plain word)
// stays a string rather than being lost.
ZaakJson audit_value(const std::string& text) {
  if (text.empty()) return nullptr;
  auto parsed = ZaakJson::parse(text, nullptr, false);
  if (parsed.is_discarded()) return text;
  return parsed;
}

// [SECTION] Zaak

void add_details(const ZaakView& zaak, ZaakJson& out) {
  ZaakJson rollen = ZaakJson::array();
  for (const auto& rol : zaak.rollen) {
    rollen.push_back({{"roltype", rol.roltype},
                      {"omschrijvingGeneriek", rol.omschrijving_generiek},
                      {"betrokkene", rol.betrokkene}});
  }
  ZaakJson eigenschappen = ZaakJson::array();
  for (const auto& eigenschap : zaak.eigenschappen) {
    eigenschappen.push_back({{"naam", eigenschap.naam}, {"waarde", eigenschap.waarde}});
  }
  ZaakJson documenten = ZaakJson::array();
  for (const auto& document : zaak.documenten) {
    documenten.push_back({{"informatieobjecttype", document.informatieobjecttype},
                          {"titel", document.titel},
                          {"registratiedatum", document.registratiedatum.iso()}});
  }
  ZaakJson besluiten = ZaakJson::array();
  for (const auto& besluit : zaak.besluiten) {
    besluiten.push_back({{"besluittype", besluit.besluittype},
                         {"datum", besluit.datum.iso()},
                         {"ingangsdatum", besluit.ingangsdatum.iso()},
                         {"vervaldatum", date_json(besluit.vervaldatum)}});
  }
  out["rollen"] = std::move(rollen);
  out["eigenschappen"] = std::move(eigenschappen);
  out["documenten"] = std::move(documenten);
  out["besluiten"] = std::move(besluiten);
}

}  // namespace

ZaakJson to_json(const ZaakView& zaak) {
  ZaakJson out = ZaakJson::object();
  out["identificatie"] = zaak.identificatie;
  out["zaaktype"] = zaak.zaaktype;
  out["zaaktypeVersie"] = zaak.zaaktype_version;
  out["zaaktypeOmschrijving"] = zaak.zaaktype_omschrijving;
  out["status"] = text_or_null(zaak.status);
  out["statusDatum"] = moment_json(zaak.status_datum);
  out["afdeling"] = text_or_null(zaak.department);
  out["startdatum"] = zaak.startdatum.iso();
  out["registratiedatum"] = zaak.registratiedatum.iso();
  out["einddatumGepland"] = date_json(zaak.einddatum_gepland);
  out["uiterlijkeEinddatumAfdoening"] = date_json(zaak.uiterlijke_einddatum_afdoening);
  out["einddatum"] = date_json(zaak.einddatum);
  out["resultaat"] = text_or_null(zaak.resultaat);
  out["archiefnominatie"] = text_or_null(zaak.archiefnominatie);
  out["archiefactiedatum"] = date_json(zaak.archiefactiedatum);
  out["startdatumBewaartermijn"] = date_json(zaak.startdatum_bewaartermijn);
  out["brondatum"] = date_json(zaak.brondatum);
  out["vertrouwelijkheidaanduiding"] = zaak.vertrouwelijkheidaanduiding;
  out["hoofdzaak"] = text_or_null(zaak.hoofdzaak);
  out["deelzaken"] = zaak.deelzaken;
  // The Zaken API's own shapes for opschorting and verlenging.
  out["opschorting"] = {{"indicatie", zaak.opgeschort},
                        {"reden", zaak.opschorting_reden},
                        {"dagen", zaak.opgeschort_dagen}};
  out["verlenging"] = zaak.verlengd
                          ? ZaakJson{{"reden", zaak.verlenging_reden},
                                           {"duur", zaak.verlenging_duur}}
                          : ZaakJson{{"reden", ""}, {"duur", nullptr}};
  ZaakJson deviations = ZaakJson::array();
  for (const auto& deviation : zaak.deviations) {
    deviations.push_back({{"from", text_or_null(deviation.from_statustype)},
                          {"to", deviation.to_statustype},
                          {"datum", deviation.datum.iso()}});
  }
  out["deviations"] = std::move(deviations);
  ZaakJson statussen = ZaakJson::array();
  for (const auto& status : zaak.statussen) {
    statussen.push_back({{"statustype", status.statustype},
                         {"volgnummer", status.volgnummer},
                         {"datumStatusGezet", status.datum_status_gezet.iso()},
                         {"statustoelichting", status.toelichting},
                         {"deviation", status.deviation},
                         {"gezetDoor", status.gezet_door}});
  }
  out["statussen"] = std::move(statussen);
  if (zaak.details_visible) {
    add_details(zaak, out);
  } else {
    out["details"] = "hidden";
  }
  return out;
}

// [SECTION] Lists

ZaakJson to_json(const ZaakSummary& summary) {
  return {{"identificatie", summary.identificatie},
          {"zaaktype", summary.zaaktype},
          {"status", text_or_null(summary.status)},
          {"afdeling", text_or_null(summary.department)},
          {"startdatum", summary.startdatum.iso()},
          {"einddatumGepland", date_json(summary.einddatum_gepland)},
          {"uiterlijkeEinddatumAfdoening", date_json(summary.uiterlijke_einddatum_afdoening)},
          {"einddatum", date_json(summary.einddatum)},
          {"opgeschort", summary.opgeschort},
          {"streefdatumVerstreken", summary.streefdatum_passed},
          {"overdue", summary.overdue},
          {"binnenkort", summary.binnenkort}};
}

ZaakJson to_json(const std::vector<ZaakSummary>& summaries) {
  ZaakJson out = ZaakJson::array();
  for (const auto& summary : summaries) out.push_back(to_json(summary));
  return out;
}

namespace {

ZaakJson counts_json(const std::vector<WerkvoorraadCount>& counts) {
  ZaakJson out = ZaakJson::array();
  for (const auto& count : counts) {
    out.push_back({{"key", count.key},
                   {"open", count.open},
                   {"warning", count.warning},
                   {"overdue", count.overdue},
                   {"binnenkort", count.binnenkort},
                   {"opgeschort", count.opgeschort}});
  }
  return out;
}

ZaakJson deviation_counts_json(const std::vector<DeviationCount>& counts) {
  ZaakJson out = ZaakJson::array();
  for (const auto& count : counts) {
    out.push_back({{"zaaktype", count.zaaktype}, {"step", count.step}, {"count", count.count}});
  }
  return out;
}

}  // namespace

ZaakJson to_json(const Werkvoorraad& werkvoorraad) {
  return {{"asOf", werkvoorraad.as_of.iso()},
          {"soonDays", werkvoorraad.soon_days},
          {"open", werkvoorraad.open},
          {"closed", werkvoorraad.closed},
          {"perStatus", counts_json(werkvoorraad.per_status)},
          {"perDepartment", counts_json(werkvoorraad.per_department)},
          {"perZaaktype", counts_json(werkvoorraad.per_zaaktype)},
          {"deviationsPerZaaktype", deviation_counts_json(werkvoorraad.deviations_per_zaaktype)},
          {"deviationsPerStep", deviation_counts_json(werkvoorraad.deviations_per_step)}};
}

ZaakJson to_json(const AuditEntry& entry) {
  return {{"at", entry.at.iso()},
          {"user", entry.user},
          {"action", entry.action},
          {"old", audit_value(entry.old_value)},
          {"new", audit_value(entry.new_value)}};
}

ZaakJson to_json(const std::vector<AuditEntry>& entries) {
  ZaakJson out = ZaakJson::array();
  for (const auto& entry : entries) out.push_back(to_json(entry));
  return out;
}

// [SECTION] Other

ZaakJson to_json(const DeployResult& result) {
  ZaakJson deployed = ZaakJson::array();
  for (const auto& item : result.deployed) {
    deployed.push_back({{"identificatie", item.identificatie},
                        {"versie", item.version},
                        {"unchanged", item.unchanged}});
  }
  return {{"deployed", std::move(deployed)}};
}

ZaakJson to_json(const NextSteps& steps) {
  return {{"currentBlock", text_or_null(steps.current_block)},
          {"nextBlocks", steps.next_blocks},
          {"nextStatustypen", steps.next_statustypen},
          {"strict", steps.strict}};
}

}  // namespace blokjes::engine
