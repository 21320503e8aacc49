// The case engine's rules: deploying zaaktypen, creating zaken, statuses,
// rollen, eigenschappen, documenten, besluiten, resultaat, opschorting,
// verlenging and heropenen (engine.h). Closing and archiving live in
// engine_closing.cpp, the reading side in engine_queries.cpp.
//
// [SECTION] Shared helpers
// [SECTION] Zaaktype cache
// [SECTION] Transactions, audit and privacy
// [SECTION] Deploying
// [SECTION] Creating a zaak
// [SECTION] Statuses
// [SECTION] Rollen, eigenschappen, documenten, besluiten, resultaat
// [SECTION] Opschorting, verlenging, heropenen

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "engine_internal.h"

namespace blokjes::engine {

using detail::fail;
using detail::LoadedZaaktype;
using nlohmann::json;

// -----------------------------------------------------------------------------
// [SECTION] Shared helpers
// -----------------------------------------------------------------------------

namespace detail {

void fail(ErrorCode code, std::string message_nl, std::string message_en) {
  throw EngineError(code, std::move(message_nl), std::move(message_en));
}

std::string joined(const std::vector<std::string>& names) {
  if (names.empty()) return "(geen)";
  std::string text;
  for (const auto& name : names) {
    if (!text.empty()) text += ", ";
    text += name;
  }
  return text;
}

std::optional<CalendarDate> parse_eigenschap_date(std::string_view text) {
  if (text.size() == 8 && std::all_of(text.begin(), text.end(),
                                      [](char c) { return c >= '0' && c <= '9'; })) {
    const std::string iso = std::string(text.substr(0, 4)) + "-" + std::string(text.substr(4, 2)) +
                            "-" + std::string(text.substr(6, 2));
    return parse_calendar_date(iso);
  }
  return parse_calendar_date(text);
}

}  // namespace detail

namespace {

std::string in_quotes(std::string_view text) {
  return "'" + std::string(text) + "'";
}

json date_json(const std::optional<CalendarDate>& date) {
  return date ? json(date->iso()) : json(nullptr);
}

std::optional<IsoDuration> duration_of(const std::optional<std::string>& text) {
  if (!text || text->empty()) return std::nullopt;
  return parse_iso_duration(*text);
}

template <typename T, typename Name>
std::vector<std::string> names_of(const std::vector<T>& items, Name name) {
  std::vector<std::string> names;
  names.reserve(items.size());
  for (const auto& item : items) names.push_back(name(item));
  return names;
}

// The refusal for a type that is not of the zaak's zaaktype, listing what is.
[[noreturn]] void type_mismatch(const ZaakRow& zaak, const LoadedZaaktype& type,
                                std::string_view kind_nl, std::string_view kind_en,
                                std::string_view value, const std::vector<std::string>& valid) {
  fail(ErrorCode::zaaktype_mismatch,
       std::string(kind_nl) + " " + in_quotes(value) + " hoort niet bij zaaktype " +
           type.identificatie + " (zaak " + zaak.identificatie + "); mogelijk: " +
           detail::joined(valid),
       std::string(kind_en) + " " + in_quotes(value) + " is not of zaaktype " + type.identificatie +
           " (zaak " + zaak.identificatie + "); allowed: " + detail::joined(valid));
}

std::string status_name(const LoadedZaaktype& type, std::string_view uuid) {
  if (uuid.empty()) return {};
  const auto* statustype = type.definition.statustype_by_uuid(uuid);
  return statustype ? statustype->omschrijving : std::string(uuid);
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Zaaktype cache
// -----------------------------------------------------------------------------

std::shared_ptr<const LoadedZaaktype> Engine::Impl::load(const StoredZaaktype& row) {
  if (const auto found = by_id.find(row.id); found != by_id.end()) return found->second;
  auto loaded = std::make_shared<LoadedZaaktype>();
  loaded->id = row.id;
  loaded->identificatie = row.identificatie;
  loaded->version = row.version;
  loaded->strict = row.strict;
  try {
    loaded->definition = definition_from_json(json::parse(row.definition_json));
  } catch (const std::exception& error) {
    throw StoreError("zaaktype " + row.identificatie + " version " + std::to_string(row.version) +
                     " (row " + std::to_string(row.id) +
                     "): the stored definition is not a zaaktype definition: " + error.what());
  }
  if (const auto* eind = loaded->definition.eindstatus()) loaded->eindstatus_uuid = eind->uuid;
  loaded->doorlooptijd = duration_of(loaded->definition.doorlooptijd);
  loaded->servicenorm = duration_of(loaded->definition.servicenorm);
  by_id[row.id] = loaded;
  return loaded;
}

const LoadedZaaktype& Engine::Impl::zaaktype_of(RowId id) {
  if (const auto found = by_id.find(id); found != by_id.end()) return *found->second;
  const auto row = store.zaaktype(id);
  if (!row) {
    throw StoreError("zaaktype row " + std::to_string(id) +
                     " is referenced by a zaak but not in the store");
  }
  return *load(*row);
}

void Engine::Impl::refresh_zaaktypen() {
  for (const auto& row : store.zaaktypen()) {
    auto loaded = load(row);
    auto& known = latest[row.identificatie];
    if (!known || known->version < loaded->version) known = loaded;
  }
}

// The latest version as this process last read the zaaktypen: a deploy in
// this process refreshes it, an unknown identificatie reads them again. A
// new version deployed by another process is picked up at the next
// refresh (zaaktypen(), zaaktype(), a deploy), not by every create, which
// would read every stored definition per zaak.
const LoadedZaaktype& Engine::Impl::latest_zaaktype(std::string_view identificatie) {
  auto found = latest.find(std::string(identificatie));
  if (found == latest.end()) {
    refresh_zaaktypen();
    found = latest.find(std::string(identificatie));
  }
  if (found == latest.end()) {
    std::vector<std::string> known;
    for (const auto& [name, type] : latest) known.push_back(name);
    std::sort(known.begin(), known.end());
    fail(ErrorCode::zaaktype_not_found,
         "Zaaktype " + in_quotes(identificatie) + " is niet gedeployed; wel: " + detail::joined(known),
         "Zaaktype " + in_quotes(identificatie) + " is not deployed; deployed are: " +
             detail::joined(known));
  }
  return *found->second;
}

// -----------------------------------------------------------------------------
// [SECTION] Transactions, audit and privacy
// -----------------------------------------------------------------------------

void Engine::Impl::safe_rollback() noexcept {
  try {
    store.rollback();
  } catch (...) {
    // The transaction is gone with the connection's error; the original
    // exception is the one that says what happened.
  }
}

ZaakRow Engine::Impl::lock(std::string_view identificatie) {
  auto zaak = store.lock_zaak(identificatie);
  if (!zaak) {
    fail(ErrorCode::zaak_not_found, "Zaak " + in_quotes(identificatie) + " bestaat niet",
         "Zaak " + in_quotes(identificatie) + " does not exist");
  }
  return std::move(*zaak);
}

ZaakRow Engine::Impl::find(std::string_view identificatie) {
  auto zaak = store.find_zaak(identificatie);
  if (!zaak) {
    fail(ErrorCode::zaak_not_found, "Zaak " + in_quotes(identificatie) + " bestaat niet",
         "Zaak " + in_quotes(identificatie) + " does not exist");
  }
  return std::move(*zaak);
}

void Engine::Impl::save(ZaakRow& zaak) {
  store.update_zaak(zaak);
  zaak.version += 1;
}

void Engine::Impl::audit(const ZaakRow& zaak, const Actor& actor, std::string_view action,
                         const json& old_value, const json& new_value) {
  AuditRow row;
  row.zaak_id = zaak.id;
  row.at = now();
  row.user = actor.user;
  row.action = std::string(action);
  row.old_value = old_value.is_null() ? std::string() : old_value.dump();
  row.new_value = new_value.dump();
  store.insert_audit(row);
}

// Privacy: the details of a zaak are for an actor cleared at or above its
// vertrouwelijkheidaanduiding, or holding a rol on it. An aanduiding the
// engine does not know counts as the most confidential.
bool Engine::Impl::details_visible(const ZaakRow& zaak, const std::vector<RolRow>& rollen,
                                   const Actor& actor) {
  const auto level =
      vertrouwelijkheid_from_string(zaak.vertrouwelijkheidaanduiding).value_or(Vertrouwelijkheid::zeer_geheim);
  if (actor.clearance >= level) return true;
  return std::any_of(rollen.begin(), rollen.end(),
                     [&](const RolRow& rol) { return !actor.user.empty() && rol.betrokkene == actor.user; });
}

ZaakView Engine::Impl::view(const ZaakRow& zaak, const Actor& actor, bool full) {
  const auto& type = zaaktype_of(zaak.zaaktype_id);
  const auto& definition = type.definition;
  ZaakView view;
  view.identificatie = zaak.identificatie;
  view.zaaktype = type.identificatie;
  view.zaaktype_version = type.version;
  view.zaaktype_omschrijving = definition.omschrijving;
  view.startdatum = zaak.startdatum;
  view.registratiedatum = zaak.registratiedatum;
  view.einddatum_gepland = zaak.einddatum_gepland;
  view.uiterlijke_einddatum_afdoening = zaak.uiterlijke_einddatum_afdoening;
  view.einddatum = zaak.einddatum;
  view.vertrouwelijkheidaanduiding = zaak.vertrouwelijkheidaanduiding;
  view.status = status_name(type, zaak.statustype_uuid);
  view.status_datum = zaak.status_datum;
  view.department = definition.department_of(zaak.statustype_uuid);
  if (!zaak.resultaattype_uuid.empty()) {
    const auto* resultaattype = definition.find_resultaattype(zaak.resultaattype_uuid);
    view.resultaat = resultaattype ? resultaattype->omschrijving : zaak.resultaattype_uuid;
  }
  view.archiefnominatie = zaak.archiefnominatie;
  view.archiefactiedatum = zaak.archiefactiedatum;
  view.startdatum_bewaartermijn = zaak.startdatum_bewaartermijn;
  view.brondatum = zaak.brondatum;
  view.opgeschort = zaak.opgeschort;
  view.opschorting_reden = zaak.opschorting_reden;
  view.opgeschort_dagen = zaak.opgeschort_dagen;
  view.verlengd = zaak.verlengd;
  view.verlenging_duur = zaak.verlenging_duur;
  view.verlenging_reden = zaak.verlenging_reden;
  if (!full) return view;
  if (zaak.hoofdzaak_id) {
    if (const auto hoofdzaak = store.zaak(*zaak.hoofdzaak_id)) view.hoofdzaak = hoofdzaak->identificatie;
  }
  for (const auto& deelzaak : store.deelzaken(zaak.id)) view.deelzaken.push_back(deelzaak.identificatie);
  for (const auto& status : store.statuses(zaak.id)) {
    const auto* statustype = definition.statustype_by_uuid(status.statustype_uuid);
    StatusView item;
    item.statustype = statustype ? statustype->omschrijving : status.statustype_uuid;
    item.volgnummer = statustype ? statustype->volgnummer : 0;
    item.datum_status_gezet = status.datum_status_gezet;
    item.toelichting = status.toelichting;
    item.deviation = status.deviation;
    item.gezet_door = status.gezet_door;
    if (status.deviation) {
      view.deviations.push_back({status_name(type, status.previous_statustype_uuid), item.statustype,
                                 status.datum_status_gezet});
    }
    view.statussen.push_back(std::move(item));
  }
  const auto rollen = store.rollen(zaak.id);
  view.details_visible = details_visible(zaak, rollen, actor);
  if (!view.details_visible) return view;
  for (const auto& rol : rollen) {
    const auto* roltype = definition.find_roltype(rol.roltype_uuid);
    view.rollen.push_back({roltype ? roltype->omschrijving : rol.roltype_uuid, rol.omschrijving_generiek,
                           rol.betrokkene});
  }
  for (const auto& eigenschap : store.eigenschappen(zaak.id)) {
    view.eigenschappen.push_back({eigenschap.naam, eigenschap.waarde});
  }
  for (const auto& document : store.documenten(zaak.id)) {
    const auto* iot = definition.find_informatieobjecttype(document.informatieobjecttype_uuid);
    view.documenten.push_back({iot ? iot->omschrijving : document.informatieobjecttype_uuid,
                               document.titel, document.registratiedatum});
  }
  for (const auto& besluit : store.besluiten(zaak.id)) {
    const auto* besluittype = definition.find_besluittype(besluit.besluittype_uuid);
    view.besluiten.push_back({besluittype ? besluittype->omschrijving : besluit.besluittype_uuid,
                              besluit.datum, besluit.ingangsdatum, besluit.vervaldatum});
  }
  return view;
}

// -----------------------------------------------------------------------------
// [SECTION] Deploying
// -----------------------------------------------------------------------------

Engine::Engine(Store& store, const Clock& clock, EngineOptions options)
    : store_(store), clock_(clock), options_(options),
      impl_(std::make_shared<Impl>(store, clock, std::move(options))) {}

DeployResult Engine::deploy(const std::vector<ZaaktypeDefinition>& definitions,
                            const DeployOptions& options, const Actor& actor) {
  // All or nothing: a concept among them refuses the whole deploy before
  // anything is written.
  for (const auto& definition : definitions) {
    if (definition.is_concept && !options.allow_concept) {
      fail(ErrorCode::zaaktype_concept,
           "Zaaktype " + definition.identificatie +
               " is een concept; deploy het alleen met --allow-concept",
           "Zaaktype " + definition.identificatie +
               " is a concept; deploy it only with --allow-concept");
    }
    if (definition.identificatie.empty()) {
      fail(ErrorCode::invalid_value, "Een zaaktype zonder identificatie kan niet worden gedeployed",
           "A zaaktype without identificatie cannot be deployed");
    }
    if (!parse_iso_duration(definition.doorlooptijd)) {
      fail(ErrorCode::invalid_value,
           "Zaaktype " + definition.identificatie + ": doorlooptijd " + in_quotes(definition.doorlooptijd) +
               " is geen ISO 8601-duur (bijvoorbeeld P8W)",
           "Zaaktype " + definition.identificatie + ": doorlooptijd " + in_quotes(definition.doorlooptijd) +
               " is not an ISO 8601 duration (for example P8W)");
    }
  }
  auto& impl = *impl_;
  auto result = impl.write([&] {
    DeployResult result;
    std::unordered_map<std::string, StoredZaaktype> latest;
    for (auto& row : impl.store.zaaktypen()) {
      auto& known = latest[row.identificatie];
      if (known.identificatie.empty() || known.version < row.version) known = std::move(row);
    }
    for (const auto& definition : definitions) {
      StoredZaaktype row;
      row.identificatie = definition.identificatie;
      row.definition_json = to_json(definition).dump();
      row.strict = options.strict;
      row.deployed_at = impl.now();
      row.deployed_by = actor.user;
      const auto known = latest.find(definition.identificatie);
      if (known != latest.end() && known->second.definition_json == row.definition_json &&
          known->second.strict == row.strict) {
        result.deployed.push_back({definition.identificatie, known->second.version, true});
        continue;
      }
      row.version = known == latest.end() ? 1 : known->second.version + 1;
      row.id = impl.store.insert_zaaktype(row);
      result.deployed.push_back({definition.identificatie, row.version, false});
      latest[row.identificatie] = row;
      AuditRow audit;
      audit.at = impl.now();
      audit.user = actor.user;
      audit.action = "deploy";
      audit.new_value = json{{"zaaktype", row.identificatie},
                             {"version", row.version},
                             {"strict", row.strict},
                             {"concept", definition.is_concept}}
                            .dump();
      impl.store.insert_audit(audit);
    }
    return result;
  });
  impl.read([&] {
    impl.refresh_zaaktypen();
    return 0;
  });
  return result;
}

std::vector<DeployedZaaktypeInfo> Engine::zaaktypen() {
  auto& impl = *impl_;
  return impl.read([&] {
    impl.refresh_zaaktypen();
    std::vector<DeployedZaaktypeInfo> infos;
    for (const auto& [identificatie, type] : impl.latest) {
      DeployedZaaktypeInfo info;
      info.identificatie = identificatie;
      info.version = type->version;
      info.omschrijving = type->definition.omschrijving;
      info.strict = type->strict;
      info.is_concept = type->definition.is_concept;
      info.has_process = type->definition.graph.from_workshop;
      info.process_id = type->definition.graph.process_id;
      info.statustypen = type->definition.statustypen.size();
      infos.push_back(std::move(info));
    }
    std::sort(infos.begin(), infos.end(),
              [](const auto& a, const auto& b) { return a.identificatie < b.identificatie; });
    return infos;
  });
}

ZaaktypeDefinition Engine::zaaktype(std::string_view identificatie) {
  auto& impl = *impl_;
  return impl.read([&] {
    impl.refresh_zaaktypen();
    return impl.latest_zaaktype(identificatie).definition;
  });
}

// -----------------------------------------------------------------------------
// [SECTION] Creating a zaak
// -----------------------------------------------------------------------------

ZaakView Engine::create(const CreateZaak& request, const Actor& actor) {
  auto& impl = *impl_;
  return impl.write([&] {
    const auto& type = impl.latest_zaaktype(request.zaaktype);
    const auto& definition = type.definition;
    ZaakRow zaak;
    zaak.zaaktype_id = type.id;
    zaak.registratiedatum = impl.today();
    zaak.startdatum = request.startdatum.value_or(zaak.registratiedatum);
    if (type.servicenorm) zaak.einddatum_gepland = add_duration(zaak.startdatum, *type.servicenorm);
    if (type.doorlooptijd) {
      zaak.uiterlijke_einddatum_afdoening = add_duration(zaak.startdatum, *type.doorlooptijd);
    }
    zaak.vertrouwelijkheidaanduiding = definition.vertrouwelijkheidaanduiding;
    if (request.vertrouwelijkheidaanduiding) {
      const auto level = vertrouwelijkheid_from_string(*request.vertrouwelijkheidaanduiding);
      if (!level) {
        fail(ErrorCode::invalid_value,
             "Vertrouwelijkheidaanduiding " + in_quotes(*request.vertrouwelijkheidaanduiding) +
                 " bestaat niet; mogelijk: openbaar, beperkt_openbaar, intern, zaakvertrouwelijk, "
                 "vertrouwelijk, confidentieel, geheim, zeer_geheim",
             "Vertrouwelijkheidaanduiding " + in_quotes(*request.vertrouwelijkheidaanduiding) +
                 " does not exist; allowed: openbaar, beperkt_openbaar, intern, zaakvertrouwelijk, "
                 "vertrouwelijk, confidentieel, geheim, zeer_geheim");
      }
      zaak.vertrouwelijkheidaanduiding = std::string(to_string(*level));
    }
    if (!request.hoofdzaak.empty()) {
      const auto hoofdzaak = impl.lock(request.hoofdzaak);
      if (hoofdzaak.hoofdzaak_id) {
        fail(ErrorCode::deelzaak_als_hoofdzaak,
             "Zaak " + hoofdzaak.identificatie +
                 " is zelf een deelzaak en kan geen hoofdzaak zijn van een nieuwe zaak",
             "Zaak " + hoofdzaak.identificatie +
                 " is itself a deelzaak and cannot be the hoofdzaak of a new zaak");
      }
      zaak.hoofdzaak_id = hoofdzaak.id;
    }
    char year[8];
    std::snprintf(year, sizeof year, "%04d", zaak.registratiedatum.year);
    const std::string sequence_name = impl.options.identificatie_prefix + "-" + year;
    const auto number = impl.store.next_sequence(sequence_name);
    char digits[24];
    std::snprintf(digits, sizeof digits, "%07lld", static_cast<long long>(number));
    zaak.identificatie = sequence_name + "-" + digits;
    zaak.id = impl.store.insert_zaak(zaak);
    impl.audit(zaak, actor, "create", nullptr,
               json{{"identificatie", zaak.identificatie},
                    {"zaaktype", type.identificatie},
                    {"version", type.version},
                    {"startdatum", zaak.startdatum.iso()}});
    return impl.result(zaak, actor);
  });
}

// -----------------------------------------------------------------------------
// [SECTION] Statuses
// -----------------------------------------------------------------------------

ZaakView Engine::set_status(std::string_view zaak_id, std::string_view statustype_key,
                            std::optional<Timestamp> datum, const Actor& actor,
                            std::string_view toelichting) {
  auto& impl = *impl_;
  return impl.write([&] {
    auto zaak = impl.lock(zaak_id);
    const auto& type = impl.zaaktype_of(zaak.zaaktype_id);
    const auto& definition = type.definition;
    const auto* statustype = definition.find_statustype(statustype_key);
    if (!statustype) {
      type_mismatch(zaak, type, "Status", "Status", statustype_key,
                    names_of(definition.statustypen, [](const auto& s) { return s.omschrijving; }));
    }
    const auto now = impl.now();
    const auto gezet = datum.value_or(now);
    if (gezet > now) {
      fail(ErrorCode::date_in_future,
           "Zaak " + zaak.identificatie + ": datum status gezet " + gezet.iso() +
               " ligt in de toekomst; uiterlijk " + now.iso() + " is toegestaan",
           "Zaak " + zaak.identificatie + ": datumStatusGezet " + gezet.iso() +
               " lies in the future; at the latest " + now.iso() + " is allowed");
    }
    const bool eind = statustype->uuid == type.eindstatus_uuid;
    const bool was_closed = zaak.einddatum.has_value();
    if (was_closed && eind) {
      fail(ErrorCode::zaak_closed,
           "Zaak " + zaak.identificatie + " is al afgesloten op " + zaak.einddatum->iso() +
               "; heropen de zaak voordat de eindstatus " + in_quotes(statustype->omschrijving) +
               " opnieuw wordt gezet",
           "Zaak " + zaak.identificatie + " was already closed on " + zaak.einddatum->iso() +
               "; reopen it before setting the eindstatus " + in_quotes(statustype->omschrijving) +
               " again");
    }

    // Beyond Open Zaak: the process graph says which statuses follow the
    // current one. Anything else is a deviation, or refused when strict.
    bool deviation = false;
    if (statustype->uuid != zaak.statustype_uuid) {
      const auto next = definition.graph.next_statustypen(zaak.statustype_uuid);
      deviation = std::find(next.begin(), next.end(), statustype->uuid) == next.end();
      if (deviation && type.strict) {
        std::vector<std::string> allowed;
        for (const auto& uuid : next) allowed.push_back(status_name(type, uuid));
        const std::string from = zaak.statustype_uuid.empty()
                                     ? std::string("(geen status)")
                                     : in_quotes(status_name(type, zaak.statustype_uuid));
        const std::string from_en = zaak.statustype_uuid.empty()
                                        ? std::string("(no status)")
                                        : in_quotes(status_name(type, zaak.statustype_uuid));
        fail(ErrorCode::status_order,
             "Zaak " + zaak.identificatie + ": zaaktype " + type.identificatie +
                 " volgt het proces strikt en leidt van " + from + " niet naar " +
                 in_quotes(statustype->omschrijving) + "; mogelijk: " + detail::joined(allowed),
             "Zaak " + zaak.identificatie + ": zaaktype " + type.identificatie +
                 " follows its process strictly and does not lead from " + from_en + " to " +
                 in_quotes(statustype->omschrijving) + "; allowed: " + detail::joined(allowed));
      }
    }

    json old_value{{"status", status_name(type, zaak.statustype_uuid)}};
    json new_value{{"status", statustype->omschrijving}, {"datum", gezet.iso()}};
    if (deviation) new_value["deviation"] = true;

    if (eind) {
      if (zaak.resultaattype_uuid.empty()) {
        fail(ErrorCode::resultaat_does_not_exist,
             "Zaak " + zaak.identificatie + " heeft nog geen resultaat; zet eerst een resultaat (" +
                 detail::joined(names_of(definition.resultaattypen,
                                         [](const auto& r) { return r.omschrijving; })) +
                 ") voor de eindstatus " + in_quotes(statustype->omschrijving),
             "Zaak " + zaak.identificatie + " has no resultaat yet; set one (" +
                 detail::joined(names_of(definition.resultaattypen,
                                         [](const auto& r) { return r.omschrijving; })) +
                 ") before the eindstatus " + in_quotes(statustype->omschrijving));
      }
      std::vector<std::string> open;
      for (const auto& deelzaak : impl.store.deelzaken(zaak.id)) {
        if (!deelzaak.einddatum) open.push_back(deelzaak.identificatie);
      }
      if (!open.empty()) {
        fail(ErrorCode::deelzaken_not_closed,
             "Zaak " + zaak.identificatie + " kan niet worden afgesloten: deelzaken nog open: " +
                 detail::joined(open),
             "Zaak " + zaak.identificatie + " cannot be closed: deelzaken still open: " +
                 detail::joined(open));
      }
      impl.close(zaak, type, gezet.date());
      new_value["einddatum"] = zaak.einddatum->iso();
      new_value["archiefnominatie"] = zaak.archiefnominatie;
      new_value["archiefactiedatum"] = date_json(zaak.archiefactiedatum);
    } else if (was_closed) {
      // A status below the eindstatus reopens the zaak, as in Open Zaak.
      old_value["einddatum"] = zaak.einddatum->iso();
      old_value["archiefactiedatum"] = date_json(zaak.archiefactiedatum);
      Impl::clear_closing(zaak);
      new_value["einddatum"] = nullptr;
    }

    // The status set last is the zaak's current one, also when an import
    // gives it an earlier date than the one before: statuses are taken in
    // the order they happen, and the event log orders them by date.
    StatusRow row;
    row.zaak_id = zaak.id;
    row.statustype_uuid = statustype->uuid;
    row.datum_status_gezet = gezet;
    row.toelichting = std::string(toelichting);
    row.deviation = deviation;
    row.previous_statustype_uuid = zaak.statustype_uuid;
    row.gezet_door = actor.user;
    impl.store.insert_status(row);
    zaak.statustype_uuid = statustype->uuid;
    zaak.status_datum = gezet;
    impl.save(zaak);
    impl.audit(zaak, actor, "status", old_value, new_value);
    if (eind) impl.complete_deelzaken(zaak, actor);
    return impl.result(zaak, actor);
  });
}

// -----------------------------------------------------------------------------
// [SECTION] Rollen, eigenschappen, documenten, besluiten, resultaat
// -----------------------------------------------------------------------------
// Writing details needs no clearance: the engine records who did it in the
// audit trail, and a person who adds a rol, document or besluit to a zaak is
// working on it (the zaaksysteem's own authorisation decides who may call
// the engine at all). Only reading details is guarded (show, audit).

namespace {

// The rules of an eigenschap's specificatie; empty when `waarde` fits, else
// what is wrong, in Dutch and English.
std::pair<std::string, std::string> specificatie_problem(const EigenschapDefinition& spec,
                                                         std::string_view waarde) {
  const auto& formaat = spec.formaat;
  if (formaat.empty() || formaat == "tekst") {
    std::size_t characters = 0;
    for (unsigned char c : waarde) {
      if ((c & 0xC0) != 0x80) ++characters;
    }
    int lengte = 0;
    if (!spec.lengte.empty() &&
        std::from_chars(spec.lengte.data(), spec.lengte.data() + spec.lengte.size(), lengte).ec ==
            std::errc() &&
        lengte > 0 && characters > static_cast<std::size_t>(lengte)) {
      return {"tekst van " + std::to_string(characters) + " tekens is langer dan lengte " + spec.lengte,
              "text of " + std::to_string(characters) + " characters is longer than lengte " +
                  spec.lengte};
    }
  } else if (formaat == "getal") {
    std::string_view digits = waarde;
    if (!digits.empty() && (digits.front() == '-' || digits.front() == '+')) digits.remove_prefix(1);
    const auto separator = digits.find_first_of(".,");
    const auto whole = digits.substr(0, separator);
    const auto fraction = separator == std::string_view::npos ? std::string_view() : digits.substr(separator + 1);
    auto all_digits = [](std::string_view part) {
      return std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (whole.empty() || !all_digits(whole) || !all_digits(fraction) ||
        (separator != std::string_view::npos && fraction.empty())) {
      return {"geen getal (cijfers, met een komma of punt voor de decimalen)",
              "not a number (digits, with a comma or dot before the decimals)"};
    }
    // lengte "8": at most 8 digits; "10,2": at most 10 digits, 2 of them decimals.
    if (!spec.lengte.empty()) {
      const auto comma = spec.lengte.find_first_of(",.");
      int total = 0;
      int decimals = -1;
      std::from_chars(spec.lengte.data(), spec.lengte.data() + std::min(comma, spec.lengte.size()), total);
      if (comma != std::string::npos) {
        std::from_chars(spec.lengte.data() + comma + 1, spec.lengte.data() + spec.lengte.size(), decimals);
      }
      const auto count = whole.size() + fraction.size();
      if (total > 0 && count > static_cast<std::size_t>(total)) {
        return {std::to_string(count) + " cijfers, lengte " + spec.lengte + " staat er " +
                    std::to_string(total) + " toe",
                std::to_string(count) + " digits, lengte " + spec.lengte + " allows " +
                    std::to_string(total)};
      }
      if (decimals >= 0 && fraction.size() > static_cast<std::size_t>(decimals)) {
        return {std::to_string(fraction.size()) + " decimalen, lengte " + spec.lengte +
                    " staat er " + std::to_string(decimals) + " toe",
                std::to_string(fraction.size()) + " decimals, lengte " + spec.lengte + " allows " +
                    std::to_string(decimals)};
      }
    }
  } else if (formaat == "datum") {
    if (!detail::parse_eigenschap_date(waarde)) {
      return {"geen datum (JJJJ-MM-DD of JJJJMMDD)", "not a date (YYYY-MM-DD or YYYYMMDD)"};
    }
  } else if (formaat == "datum_tijd") {
    bool ok = parse_timestamp(waarde).has_value();
    if (!ok && waarde.size() == 14 &&
        std::all_of(waarde.begin(), waarde.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      const std::string iso = std::string(waarde.substr(0, 4)) + "-" + std::string(waarde.substr(4, 2)) +
                              "-" + std::string(waarde.substr(6, 2)) + "T" +
                              std::string(waarde.substr(8, 2)) + ":" + std::string(waarde.substr(10, 2)) +
                              ":" + std::string(waarde.substr(12, 2)) + "Z";
      ok = parse_timestamp(iso).has_value();
    }
    if (!ok) {
      return {"geen datum-tijd (JJJJ-MM-DDTUU:MM:SS of JJJJMMDDUUMMSS)",
              "not a date-time (YYYY-MM-DDTHH:MM:SS or YYYYMMDDHHMMSS)"};
    }
  }
  if (!spec.waardenverzameling.empty() &&
      std::find(spec.waardenverzameling.begin(), spec.waardenverzameling.end(), waarde) ==
          spec.waardenverzameling.end()) {
    return {"niet in de waardenverzameling (" + detail::joined(spec.waardenverzameling) + ")",
            "not in the waardenverzameling (" + detail::joined(spec.waardenverzameling) + ")"};
  }
  return {};
}

}  // namespace

ZaakView Engine::add_rol(std::string_view zaak_id, std::string_view roltype_key,
                         std::string_view betrokkene, const Actor& actor) {
  auto& impl = *impl_;
  return impl.write([&] {
    auto zaak = impl.lock(zaak_id);
    const auto& type = impl.zaaktype_of(zaak.zaaktype_id);
    const auto* roltype = type.definition.find_roltype(roltype_key);
    if (!roltype) {
      type_mismatch(zaak, type, "Roltype", "Roltype", roltype_key,
                    names_of(type.definition.roltypen, [](const auto& r) { return r.omschrijving; }));
    }
    if (betrokkene.empty()) {
      fail(ErrorCode::invalid_value, "Zaak " + zaak.identificatie + ": een rol heeft een betrokkene nodig",
           "Zaak " + zaak.identificatie + ": a rol needs a betrokkene");
    }
    const auto& generiek = roltype->omschrijving_generiek;
    if (generiek == "initiator" || generiek == "zaakcoordinator") {
      for (const auto& rol : impl.store.rollen(zaak.id)) {
        if (rol.omschrijving_generiek == generiek) {
          fail(ErrorCode::rol_unique,
               "Zaak " + zaak.identificatie + " heeft al een " + generiek + " (" + rol.betrokkene +
                   "); een zaak heeft er hoogstens een",
               "Zaak " + zaak.identificatie + " already has a " + generiek + " (" + rol.betrokkene +
                   "); a zaak has at most one");
        }
      }
    }
    // A rol is a row of its own: the zaak row keeps its version (the
    // zaak's lock already serialises writers, so rol-unique holds).
    RolRow row;
    row.zaak_id = zaak.id;
    row.roltype_uuid = roltype->uuid;
    row.omschrijving_generiek = generiek;
    row.betrokkene = std::string(betrokkene);
    impl.store.insert_rol(row);
    impl.audit(zaak, actor, "rol", nullptr,
               json{{"roltype", roltype->omschrijving}, {"betrokkene", row.betrokkene}});
    return impl.result(zaak, actor);
  });
}

ZaakView Engine::set_eigenschap(std::string_view zaak_id, std::string_view naam,
                                std::string_view waarde, const Actor& actor) {
  auto& impl = *impl_;
  return impl.write([&] {
    auto zaak = impl.lock(zaak_id);
    const auto& type = impl.zaaktype_of(zaak.zaaktype_id);
    const auto* eigenschap = type.definition.find_eigenschap(naam);
    if (!eigenschap) {
      type_mismatch(zaak, type, "Eigenschap", "Eigenschap", naam,
                    names_of(type.definition.eigenschappen, [](const auto& e) { return e.naam; }));
    }
    const auto [problem_nl, problem_en] = specificatie_problem(*eigenschap, waarde);
    if (!problem_nl.empty()) {
      fail(ErrorCode::eigenschap_invalid,
           "Zaak " + zaak.identificatie + ": waarde " + in_quotes(waarde) + " voor eigenschap " +
               in_quotes(eigenschap->naam) + " (formaat " + eigenschap->formaat + ") is " + problem_nl,
           "Zaak " + zaak.identificatie + ": value " + in_quotes(waarde) + " for eigenschap " +
               in_quotes(eigenschap->naam) + " (formaat " + eigenschap->formaat + ") is " + problem_en);
    }
    json old_value = nullptr;
    for (const auto& existing : impl.store.eigenschappen(zaak.id)) {
      if (existing.naam == eigenschap->naam) old_value = json{{eigenschap->naam, existing.waarde}};
    }
    EigenschapRow row;
    row.zaak_id = zaak.id;
    row.naam = eigenschap->naam;
    row.waarde = std::string(waarde);
    impl.store.upsert_eigenschap(row);
    json new_value{{eigenschap->naam, row.waarde}};
    if (impl.complete_archiving(zaak, type)) {
      new_value["archiefactiedatum"] = date_json(zaak.archiefactiedatum);
      impl.save(zaak);
    }
    impl.audit(zaak, actor, "eigenschap", old_value, new_value);
    return impl.result(zaak, actor);
  });
}

ZaakView Engine::add_document(std::string_view zaak_id, std::string_view informatieobjecttype,
                              std::string_view titel, const Actor& actor) {
  auto& impl = *impl_;
  return impl.write([&] {
    auto zaak = impl.lock(zaak_id);
    const auto& type = impl.zaaktype_of(zaak.zaaktype_id);
    const auto* iot = type.definition.find_informatieobjecttype(informatieobjecttype);
    if (!iot) {
      type_mismatch(zaak, type, "Informatieobjecttype", "Informatieobjecttype", informatieobjecttype,
                    names_of(type.definition.informatieobjecttypen,
                             [](const auto& i) { return i.omschrijving; }));
    }
    if (titel.empty()) {
      fail(ErrorCode::invalid_value, "Zaak " + zaak.identificatie + ": een document heeft een titel nodig",
           "Zaak " + zaak.identificatie + ": a document needs a titel");
    }
    DocumentRow row;
    row.zaak_id = zaak.id;
    row.informatieobjecttype_uuid = iot->uuid;
    row.titel = std::string(titel);
    row.registratiedatum = impl.now();
    impl.store.insert_document(row);
    impl.audit(zaak, actor, "document", nullptr,
               json{{"informatieobjecttype", iot->omschrijving}, {"titel", row.titel}});
    return impl.result(zaak, actor);
  });
}

ZaakView Engine::add_besluit(std::string_view zaak_id, std::string_view besluittype,
                             std::optional<CalendarDate> ingangsdatum,
                             std::optional<CalendarDate> vervaldatum, const Actor& actor) {
  auto& impl = *impl_;
  return impl.write([&] {
    auto zaak = impl.lock(zaak_id);
    const auto& type = impl.zaaktype_of(zaak.zaaktype_id);
    const auto* found = type.definition.find_besluittype(besluittype);
    if (!found) {
      type_mismatch(zaak, type, "Besluittype", "Besluittype", besluittype,
                    names_of(type.definition.besluittypen, [](const auto& b) { return b.omschrijving; }));
    }
    BesluitRow row;
    row.zaak_id = zaak.id;
    row.besluittype_uuid = found->uuid;
    row.datum = impl.today();
    row.ingangsdatum = ingangsdatum.value_or(row.datum);
    row.vervaldatum = vervaldatum;
    if (row.vervaldatum && *row.vervaldatum < row.ingangsdatum) {
      fail(ErrorCode::besluit_dates,
           "Zaak " + zaak.identificatie + ": vervaldatum " + row.vervaldatum->iso() +
               " van besluit " + in_quotes(found->omschrijving) + " ligt voor de ingangsdatum " +
               row.ingangsdatum.iso(),
           "Zaak " + zaak.identificatie + ": vervaldatum " + row.vervaldatum->iso() + " of besluit " +
               in_quotes(found->omschrijving) + " lies before its ingangsdatum " + row.ingangsdatum.iso());
    }
    impl.store.insert_besluit(row);
    json new_value{{"besluittype", found->omschrijving},
                   {"ingangsdatum", row.ingangsdatum.iso()},
                   {"vervaldatum", date_json(row.vervaldatum)}};
    if (impl.complete_archiving(zaak, type)) {
      new_value["archiefactiedatum"] = date_json(zaak.archiefactiedatum);
      impl.save(zaak);
    }
    impl.audit(zaak, actor, "besluit", nullptr, new_value);
    return impl.result(zaak, actor);
  });
}

ZaakView Engine::set_resultaat(std::string_view zaak_id, std::string_view resultaattype,
                               const Actor& actor) {
  auto& impl = *impl_;
  return impl.write([&] {
    auto zaak = impl.lock(zaak_id);
    const auto& type = impl.zaaktype_of(zaak.zaaktype_id);
    const auto* found = type.definition.find_resultaattype(resultaattype);
    if (!found) {
      type_mismatch(zaak, type, "Resultaattype", "Resultaattype", resultaattype,
                    names_of(type.definition.resultaattypen, [](const auto& r) { return r.omschrijving; }));
    }
    if (!zaak.resultaattype_uuid.empty()) {
      const auto* existing = type.definition.find_resultaattype(zaak.resultaattype_uuid);
      const std::string name = existing ? existing->omschrijving : zaak.resultaattype_uuid;
      fail(ErrorCode::resultaat_exists,
           "Zaak " + zaak.identificatie + " heeft al resultaat " + in_quotes(name) +
               "; een zaak heeft er een",
           "Zaak " + zaak.identificatie + " already has resultaat " + in_quotes(name) +
               "; a zaak has one");
    }
    zaak.resultaattype_uuid = found->uuid;
    impl.save(zaak);
    impl.audit(zaak, actor, "resultaat", nullptr, json{{"resultaat", found->omschrijving}});
    return impl.result(zaak, actor);
  });
}

ZaakView Engine::set_brondatum(std::string_view zaak_id, CalendarDate brondatum, const Actor& actor) {
  auto& impl = *impl_;
  return impl.write([&] {
    auto zaak = impl.lock(zaak_id);
    const auto& type = impl.zaaktype_of(zaak.zaaktype_id);
    const auto* resultaattype = zaak.resultaattype_uuid.empty()
                                    ? nullptr
                                    : type.definition.find_resultaattype(zaak.resultaattype_uuid);
    // Only a resultaattype that says "ander_datumkenmerk" takes a brondatum
    // by hand; it may be set before closing or afterwards (then the
    // archiefactiedatum that waited for it is computed now).
    if (!resultaattype || resultaattype->brondatum.afleidingswijze != "ander_datumkenmerk") {
      const std::string wijze = resultaattype ? resultaattype->brondatum.afleidingswijze : std::string();
      fail(ErrorCode::brondatum_not_applicable,
           "Zaak " + zaak.identificatie + ": een brondatum met de hand zetten kan alleen bij " +
               "afleidingswijze ander_datumkenmerk; " +
               (resultaattype ? "deze zaak gebruikt " + in_quotes(wijze) : std::string("de zaak heeft nog geen resultaat")),
           "Zaak " + zaak.identificatie + ": a brondatum is set by hand only for afleidingswijze " +
               "ander_datumkenmerk; " +
               (resultaattype ? "this zaak uses " + in_quotes(wijze) : std::string("the zaak has no resultaat yet")));
    }
    json old_value{{"brondatum", date_json(zaak.brondatum)}};
    zaak.brondatum = brondatum;
    json new_value{{"brondatum", brondatum.iso()}};
    if (zaak.einddatum) {
      // A new hand-set date recomputes the archive dates that came from it.
      zaak.archiefactiedatum.reset();
      zaak.startdatum_bewaartermijn.reset();
      impl.complete_archiving(zaak, type);
      new_value["archiefactiedatum"] = date_json(zaak.archiefactiedatum);
    }
    impl.save(zaak);
    impl.audit(zaak, actor, "brondatum", old_value, new_value);
    return impl.result(zaak, actor);
  });
}

// -----------------------------------------------------------------------------
// [SECTION] Opschorting, verlenging, heropenen
// -----------------------------------------------------------------------------

namespace {

void refuse_closed(const ZaakRow& zaak, std::string_view what_nl, std::string_view what_en) {
  if (!zaak.einddatum) return;
  fail(ErrorCode::zaak_closed,
       "Zaak " + zaak.identificatie + " is afgesloten op " + zaak.einddatum->iso() + "; " +
           std::string(what_nl) + " kan alleen bij een open zaak",
       "Zaak " + zaak.identificatie + " was closed on " + zaak.einddatum->iso() + "; " +
           std::string(what_en) + " needs an open zaak");
}

}  // namespace

ZaakView Engine::opschorten(std::string_view zaak_id, std::string_view reden, const Actor& actor) {
  auto& impl = *impl_;
  return impl.write([&] {
    auto zaak = impl.lock(zaak_id);
    const auto& type = impl.zaaktype_of(zaak.zaaktype_id);
    refuse_closed(zaak, "opschorten", "opschorting");
    if (!type.definition.opschorting_en_aanhouding_mogelijk) {
      fail(ErrorCode::opschorting_not_allowed,
           "Zaak " + zaak.identificatie + ": zaaktype " + type.identificatie +
               " staat opschorting niet toe",
           "Zaak " + zaak.identificatie + ": zaaktype " + type.identificatie +
               " does not allow opschorting");
    }
    if (zaak.opgeschort) {
      fail(ErrorCode::already_suspended,
           "Zaak " + zaak.identificatie + " is al opgeschort sinds " +
               (zaak.opgeschort_sinds ? zaak.opgeschort_sinds->iso() : std::string("?")) + " (" +
               zaak.opschorting_reden + "); hervat haar eerst",
           "Zaak " + zaak.identificatie + " is already suspended since " +
               (zaak.opgeschort_sinds ? zaak.opgeschort_sinds->iso() : std::string("?")) + " (" +
               zaak.opschorting_reden + "); resume it first");
    }
    if (reden.empty()) {
      fail(ErrorCode::invalid_value, "Zaak " + zaak.identificatie + ": opschorten vraagt een reden",
           "Zaak " + zaak.identificatie + ": opschorting needs a reden");
    }
    zaak.opgeschort = true;
    zaak.opschorting_reden = std::string(reden);
    zaak.opgeschort_sinds = impl.today();
    impl.save(zaak);
    impl.audit(zaak, actor, "opschorten", json{{"opgeschort", false}},
               json{{"opgeschort", true}, {"reden", zaak.opschorting_reden},
                    {"sinds", zaak.opgeschort_sinds->iso()}});
    return impl.result(zaak, actor);
  });
}

ZaakView Engine::hervatten(std::string_view zaak_id, const Actor& actor) {
  auto& impl = *impl_;
  return impl.write([&] {
    auto zaak = impl.lock(zaak_id);
    if (!zaak.opgeschort) {
      fail(ErrorCode::not_suspended, "Zaak " + zaak.identificatie + " is niet opgeschort",
           "Zaak " + zaak.identificatie + " is not suspended");
    }
    // The Awb clock stood still: the days actually suspended move both dates.
    const auto since = zaak.opgeschort_sinds.value_or(impl.today());
    const auto days = std::max<std::int64_t>(0, days_between(since, impl.today()));
    json old_value{{"einddatumGepland", date_json(zaak.einddatum_gepland)},
                   {"uiterlijkeEinddatumAfdoening", date_json(zaak.uiterlijke_einddatum_afdoening)}};
    if (zaak.einddatum_gepland) zaak.einddatum_gepland = add_days(*zaak.einddatum_gepland, days);
    if (zaak.uiterlijke_einddatum_afdoening) {
      zaak.uiterlijke_einddatum_afdoening = add_days(*zaak.uiterlijke_einddatum_afdoening, days);
    }
    zaak.opgeschort_dagen += static_cast<int>(days);
    zaak.opgeschort = false;
    zaak.opgeschort_sinds.reset();
    impl.save(zaak);
    impl.audit(zaak, actor, "hervatten", old_value,
               json{{"dagen", days},
                    {"einddatumGepland", date_json(zaak.einddatum_gepland)},
                    {"uiterlijkeEinddatumAfdoening", date_json(zaak.uiterlijke_einddatum_afdoening)}});
    return impl.result(zaak, actor);
  });
}

ZaakView Engine::verlengen(std::string_view zaak_id, std::string_view duur, std::string_view reden,
                           const Actor& actor) {
  auto& impl = *impl_;
  return impl.write([&] {
    auto zaak = impl.lock(zaak_id);
    const auto& type = impl.zaaktype_of(zaak.zaaktype_id);
    const auto& definition = type.definition;
    refuse_closed(zaak, "verlengen", "verlenging");
    const auto termijn = duration_of(definition.verlengingstermijn);
    if (!definition.verlenging_mogelijk || !termijn) {
      fail(ErrorCode::verlenging_not_allowed,
           "Zaak " + zaak.identificatie + ": zaaktype " + type.identificatie +
               (definition.verlenging_mogelijk ? " noemt geen verlengingstermijn" : " staat verlenging niet toe"),
           "Zaak " + zaak.identificatie + ": zaaktype " + type.identificatie +
               (definition.verlenging_mogelijk ? " names no verlengingstermijn" : " does not allow verlenging"));
    }
    if (zaak.verlengd) {
      fail(ErrorCode::verlenging_used,
           "Zaak " + zaak.identificatie + " is al eens verlengd (" + zaak.verlenging_duur +
               "); verlengen kan een keer",
           "Zaak " + zaak.identificatie + " was already extended once (" + zaak.verlenging_duur +
               "); verlenging is allowed once");
    }
    const auto parsed = parse_iso_duration(duur);
    if (!parsed) {
      fail(ErrorCode::invalid_value,
           "Zaak " + zaak.identificatie + ": duur " + in_quotes(duur) +
               " is geen ISO 8601-duur (bijvoorbeeld P2W)",
           "Zaak " + zaak.identificatie + ": duur " + in_quotes(duur) +
               " is not an ISO 8601 duration (for example P2W)");
    }
    if (reden.empty()) {
      fail(ErrorCode::invalid_value, "Zaak " + zaak.identificatie + ": verlengen vraagt een reden",
           "Zaak " + zaak.identificatie + ": verlenging needs a reden");
    }
    // Compared on the calendar from the date it moves, so P1M against P30D
    // is decided by the actual month.
    const auto base = zaak.uiterlijke_einddatum_afdoening.value_or(zaak.startdatum);
    if (add_duration(base, *parsed) > add_duration(base, *termijn)) {
      fail(ErrorCode::verlenging_too_long,
           "Zaak " + zaak.identificatie + ": verlenging " + in_quotes(duur) +
               " is langer dan de verlengingstermijn " + *definition.verlengingstermijn +
               " van zaaktype " + type.identificatie,
           "Zaak " + zaak.identificatie + ": extension " + in_quotes(duur) +
               " is longer than the verlengingstermijn " + *definition.verlengingstermijn +
               " of zaaktype " + type.identificatie);
    }
    json old_value{{"uiterlijkeEinddatumAfdoening", date_json(zaak.uiterlijke_einddatum_afdoening)}};
    zaak.uiterlijke_einddatum_afdoening = add_duration(base, *parsed);
    zaak.verlengd = true;
    zaak.verlenging_duur = std::string(duur);
    zaak.verlenging_reden = std::string(reden);
    impl.save(zaak);
    impl.audit(zaak, actor, "verlengen", old_value,
               json{{"duur", zaak.verlenging_duur},
                    {"reden", zaak.verlenging_reden},
                    {"uiterlijkeEinddatumAfdoening", date_json(zaak.uiterlijke_einddatum_afdoening)}});
    return impl.result(zaak, actor);
  });
}

ZaakView Engine::heropenen(std::string_view zaak_id, std::string_view reden, const Actor& actor) {
  auto& impl = *impl_;
  return impl.write([&] {
    auto zaak = impl.lock(zaak_id);
    const auto& type = impl.zaaktype_of(zaak.zaaktype_id);
    if (!zaak.einddatum) {
      fail(ErrorCode::not_closed,
           "Zaak " + zaak.identificatie + " is niet afgesloten; alleen een afgesloten zaak kan worden heropend",
           "Zaak " + zaak.identificatie + " is not closed; only a closed zaak can be reopened");
    }
    // Back to the last status before the eindstatus; a zaak that was closed
    // straight away goes back to the statustype before the eindstatus.
    std::string back;
    for (const auto& status : impl.store.statuses(zaak.id)) {
      if (status.statustype_uuid != type.eindstatus_uuid) back = status.statustype_uuid;
    }
    if (back.empty()) {
      const auto& statustypen = type.definition.statustypen;
      if (statustypen.size() >= 2) back = statustypen[statustypen.size() - 2].uuid;
    }
    if (back.empty()) {
      fail(ErrorCode::invalid_value,
           "Zaak " + zaak.identificatie + ": zaaktype " + type.identificatie +
               " heeft geen status voor de eindstatus om naar terug te gaan",
           "Zaak " + zaak.identificatie + ": zaaktype " + type.identificatie +
               " has no status before the eindstatus to go back to");
    }
    json old_value{{"status", status_name(type, zaak.statustype_uuid)},
                   {"einddatum", date_json(zaak.einddatum)},
                   {"archiefnominatie", zaak.archiefnominatie},
                   {"archiefactiedatum", date_json(zaak.archiefactiedatum)}};
    Impl::clear_closing(zaak);
    StatusRow row;
    row.zaak_id = zaak.id;
    row.statustype_uuid = back;
    row.datum_status_gezet = impl.now();
    row.toelichting = std::string(reden);
    row.deviation = false;
    row.previous_statustype_uuid = zaak.statustype_uuid;
    row.gezet_door = actor.user;
    impl.store.insert_status(row);
    zaak.statustype_uuid = back;
    zaak.status_datum = row.datum_status_gezet;
    impl.save(zaak);
    impl.audit(zaak, actor, "heropenen", old_value,
               json{{"status", status_name(type, back)}, {"reden", row.toelichting}});
    return impl.result(zaak, actor);
  });
}

}  // namespace blokjes::engine
