// The engine's reading side: show, next_steps, list, the werkvoorraad, the
// audit trail and the event log, and the vertrouwelijkheidaanduidingen.
// Everyone sees a zaak's zaaktype, status and deadlines; the details only
// the cleared and the betrokkenen (Engine::Impl::details_visible).
//
// [SECTION] Vertrouwelijkheid
// [SECTION] One zaak
// [SECTION] Lists and the werkvoorraad
// [SECTION] Audit trail and event log

#include <algorithm>
#include <map>
#include <unordered_map>

#include "engine_internal.h"

namespace blokjes::engine {

using detail::LoadedZaaktype;

// -----------------------------------------------------------------------------
// [SECTION] Vertrouwelijkheid
// -----------------------------------------------------------------------------

namespace {

constexpr std::pair<Vertrouwelijkheid, std::string_view> kLevels[] = {
    {Vertrouwelijkheid::openbaar, "openbaar"},
    {Vertrouwelijkheid::beperkt_openbaar, "beperkt_openbaar"},
    {Vertrouwelijkheid::intern, "intern"},
    {Vertrouwelijkheid::zaakvertrouwelijk, "zaakvertrouwelijk"},
    {Vertrouwelijkheid::vertrouwelijk, "vertrouwelijk"},
    {Vertrouwelijkheid::confidentieel, "confidentieel"},
    {Vertrouwelijkheid::geheim, "geheim"},
    {Vertrouwelijkheid::zeer_geheim, "zeer_geheim"},
};

}  // namespace

std::string_view to_string(Vertrouwelijkheid level) {
  return kLevels[static_cast<std::size_t>(level)].second;
}

std::optional<Vertrouwelijkheid> vertrouwelijkheid_from_string(std::string_view text) {
  // What a person types on the command line ("zeer geheim", "Beperkt-openbaar")
  // is accepted too.
  std::string normal;
  for (char c : text) {
    if (c == ' ' || c == '-') {
      normal += '_';
    } else {
      normal += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  for (const auto& [level, name] : kLevels) {
    if (name == normal) return level;
  }
  return std::nullopt;
}

// -----------------------------------------------------------------------------
// [SECTION] One zaak
// -----------------------------------------------------------------------------

ZaakView Engine::show(std::string_view zaak, const Actor& actor) {
  auto& impl = *impl_;
  return impl.read([&] { return impl.view(impl.find(zaak), actor); });
}

NextSteps Engine::next_steps(std::string_view zaak_id) {
  auto& impl = *impl_;
  return impl.read([&] {
    const auto zaak = impl.find(zaak_id);
    const auto& type = impl.zaaktype_of(zaak.zaaktype_id);
    const auto& graph = type.definition.graph;
    NextSteps steps;
    steps.strict = type.strict;
    if (const auto* node = graph.node_of_statustype(zaak.statustype_uuid)) {
      steps.current_block = node->block_id;
    }
    for (const auto& uuid : graph.next_statustypen(zaak.statustype_uuid)) {
      if (const auto* node = graph.node_of_statustype(uuid)) steps.next_blocks.push_back(node->block_id);
      if (const auto* statustype = type.definition.statustype_by_uuid(uuid)) {
        steps.next_statustypen.push_back(statustype->omschrijving);
      }
    }
    return steps;
  });
}

// -----------------------------------------------------------------------------
// [SECTION] Lists and the werkvoorraad
// -----------------------------------------------------------------------------

namespace {

ZaakSummary summary_of(const ZaakRow& zaak, const LoadedZaaktype& type, CalendarDate as_of,
                       int soon_days) {
  ZaakSummary summary;
  summary.identificatie = zaak.identificatie;
  summary.zaaktype = type.identificatie;
  if (const auto* statustype = type.definition.statustype_by_uuid(zaak.statustype_uuid)) {
    summary.status = statustype->omschrijving;
  }
  summary.department = type.definition.department_of(zaak.statustype_uuid);
  summary.startdatum = zaak.startdatum;
  summary.einddatum_gepland = zaak.einddatum_gepland;
  summary.uiterlijke_einddatum_afdoening = zaak.uiterlijke_einddatum_afdoening;
  summary.einddatum = zaak.einddatum;
  summary.opgeschort = zaak.opgeschort;
  if (zaak.einddatum) return summary;
  const auto& streef = zaak.einddatum_gepland;
  const auto& fataal = zaak.uiterlijke_einddatum_afdoening;
  summary.streefdatum_passed = streef && as_of > *streef;
  summary.overdue = fataal && as_of > *fataal;
  auto soon = [&](const std::optional<CalendarDate>& date) {
    if (!date) return false;
    const auto days = days_between(as_of, *date);
    return days >= 0 && days <= soon_days;
  };
  summary.binnenkort = !summary.overdue && (soon(streef) || soon(fataal));
  return summary;
}

void count(std::vector<WerkvoorraadCount>& counts, const std::string& key, const ZaakSummary& zaak) {
  auto found = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.key == key; });
  if (found == counts.end()) {
    counts.push_back({key});
    found = counts.end() - 1;
  }
  found->open += 1;
  if (zaak.overdue) {
    found->overdue += 1;
  } else if (zaak.streefdatum_passed) {
    found->warning += 1;
  }
  if (zaak.binnenkort) found->binnenkort += 1;
  if (zaak.opgeschort) found->opgeschort += 1;
}

}  // namespace

std::vector<ZaakSummary> Engine::list(const ZaakQuery& query) {
  auto& impl = *impl_;
  return impl.read([&] {
    const auto as_of = query.as_of.value_or(impl.today());
    ZaakFilter filter;
    filter.open_only = query.open_only || query.overdue;
    std::vector<ZaakSummary> result;
    for (const auto& zaak : impl.store.zaken(filter)) {
      const auto& type = impl.zaaktype_of(zaak.zaaktype_id);
      if (!query.zaaktype.empty() && type.identificatie != query.zaaktype) continue;
      auto summary = summary_of(zaak, type, as_of, impl.options.soon_days);
      if (!query.status.empty() && summary.status != query.status) continue;
      if (!query.department.empty() && summary.department != query.department) continue;
      if (query.overdue && !summary.overdue) continue;
      result.push_back(std::move(summary));
    }
    return result;
  });
}

Werkvoorraad Engine::werkvoorraad(std::optional<CalendarDate> as_of) {
  auto& impl = *impl_;
  return impl.read([&] {
    Werkvoorraad werkvoorraad;
    werkvoorraad.as_of = as_of.value_or(impl.today());
    werkvoorraad.soon_days = impl.options.soon_days;
    std::unordered_map<RowId, RowId> zaaktype_of_zaak;
    for (const auto& zaak : impl.store.zaken({})) {
      zaaktype_of_zaak[zaak.id] = zaak.zaaktype_id;
      const auto& type = impl.zaaktype_of(zaak.zaaktype_id);
      if (zaak.einddatum) {
        werkvoorraad.closed += 1;
        continue;
      }
      werkvoorraad.open += 1;
      const auto summary = summary_of(zaak, type, werkvoorraad.as_of, werkvoorraad.soon_days);
      count(werkvoorraad.per_status, summary.status.empty() ? "(geen status)" : summary.status, summary);
      count(werkvoorraad.per_department,
            summary.department.empty() ? "(geen afdeling)" : summary.department, summary);
      count(werkvoorraad.per_zaaktype, summary.zaaktype, summary);
    }
    // Deviations over every zaak, open or closed: how often the process was
    // left, per zaaktype and per step.
    std::map<std::string, int> per_zaaktype;
    std::map<std::pair<std::string, std::string>, int> per_step;
    for (const auto& status : impl.store.all_statuses(std::nullopt)) {
      if (!status.deviation) continue;
      const auto found = zaaktype_of_zaak.find(status.zaak_id);
      if (found == zaaktype_of_zaak.end()) continue;
      const auto& type = impl.zaaktype_of(found->second);
      auto name = [&](const std::string& uuid) -> std::string {
        if (uuid.empty()) return "(geen status)";
        const auto* statustype = type.definition.statustype_by_uuid(uuid);
        return statustype ? statustype->omschrijving : uuid;
      };
      per_zaaktype[type.identificatie] += 1;
      per_step[{type.identificatie,
                name(status.previous_statustype_uuid) + " → " + name(status.statustype_uuid)}] += 1;
    }
    for (const auto& [zaaktype, n] : per_zaaktype) {
      werkvoorraad.deviations_per_zaaktype.push_back({zaaktype, "", n});
    }
    for (const auto& [key, n] : per_step) {
      werkvoorraad.deviations_per_step.push_back({key.first, key.second, n});
    }
    auto by_key = [](const auto& a, const auto& b) { return a.key < b.key; };
    std::sort(werkvoorraad.per_status.begin(), werkvoorraad.per_status.end(), by_key);
    std::sort(werkvoorraad.per_department.begin(), werkvoorraad.per_department.end(), by_key);
    std::sort(werkvoorraad.per_zaaktype.begin(), werkvoorraad.per_zaaktype.end(), by_key);
    return werkvoorraad;
  });
}

// -----------------------------------------------------------------------------
// [SECTION] Audit trail and event log
// -----------------------------------------------------------------------------

std::vector<AuditEntry> Engine::audit(std::string_view zaak_id, const Actor& actor) {
  auto& impl = *impl_;
  return impl.read([&] {
    const auto zaak = impl.find(zaak_id);
    const bool visible = Impl::details_visible(zaak, impl.store.rollen(zaak.id), actor);
    std::vector<AuditEntry> entries;
    for (const auto& row : impl.store.audit(zaak.id)) {
      AuditEntry entry{row.at, row.user, row.action, "{}", "{}"};
      if (visible) {
        entry.old_value = row.old_value.empty() ? "{}" : row.old_value;
        entry.new_value = row.new_value.empty() ? "{}" : row.new_value;
      }
      entries.push_back(std::move(entry));
    }
    return entries;
  });
}

std::vector<EventLogEvent> Engine::event_log(std::string_view zaaktype) {
  auto& impl = *impl_;
  return impl.read([&] {
    std::unordered_map<RowId, std::pair<std::string, const LoadedZaaktype*>> zaken;
    for (const auto& zaak : impl.store.zaken({})) {
      const auto& type = impl.zaaktype_of(zaak.zaaktype_id);
      if (!zaaktype.empty() && type.identificatie != zaaktype) continue;
      zaken[zaak.id] = {zaak.identificatie, &type};
    }
    std::vector<EventLogEvent> events;
    for (const auto& status : impl.store.all_statuses(std::nullopt)) {
      const auto found = zaken.find(status.zaak_id);
      if (found == zaken.end()) continue;
      const auto& [identificatie, type] = found->second;
      const auto* statustype = type->definition.statustype_by_uuid(status.statustype_uuid);
      events.push_back({identificatie, type->identificatie,
                        statustype ? statustype->omschrijving : status.statustype_uuid,
                        status.datum_status_gezet, status.gezet_door, status.deviation});
    }
    // By zaak, then time; the store's order within a zaak (insertion for
    // equal times) is kept.
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) {
      if (a.zaak != b.zaak) return a.zaak < b.zaak;
      return a.timestamp < b.timestamp;
    });
    return events;
  });
}

}  // namespace blokjes::engine
