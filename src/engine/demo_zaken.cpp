// A year of demo zaken (demo_zaken.h). Each zaak gets a plan first (when it
// starts, which statuses it passes and when, whether it is suspended, closed,
// or skips a step); then every planned action of every zaak is run in time
// order through the engine's public API, with the clock set to the moment of
// the action. So the zaken progress side by side as they would in a year of
// real work, and every rule of the engine applies to them.
//
// [SECTION] Randomness   a seeded generator with hand-made draws
// [SECTION] Deploying    the workshop's processes that pass the openzaak profile
// [SECTION] Planning     one zaak's actions
// [SECTION] Running      all actions in time order

#include "demo_zaken.h"

#include <algorithm>
#include <array>
#include <random>
#include <set>

#include "catalogi/export_pipeline.h"

namespace blokjes::engine {
namespace {

// [SECTION] Randomness
// std::mt19937 gives the same numbers everywhere; the draws below are written
// out by hand so the demo is the same on every standard library too (the
// std:: distributions may differ between implementations).
class Draw {
 public:
  explicit Draw(std::uint32_t seed) : generator_(seed) {}
  // 0 .. n-1; the modulo bias is irrelevant for n this small.
  int below(int n) { return n <= 1 ? 0 : static_cast<int>(generator_() % static_cast<std::uint32_t>(n)); }
  int between(int low, int high) { return low + below(high - low + 1); }
  bool chance(int percent) { return below(100) < percent; }

 private:
  std::mt19937 generator_;
};

constexpr std::int64_t kDay = 86400;

constexpr std::array kNames = {
    "J. de Vries",   "A. Jansen",     "M. Bakker",   "S. Visser",     "F. Smit",
    "K. Meijer",     "L. de Boer",    "P. Mulder",   "R. de Groot",   "E. Bos",
    "N. Vos",        "T. Peters",     "H. Hendriks", "Y. van Leeuwen", "D. Dekker",
    "B. Brouwer",    "W. de Wit",     "C. Dijkstra", "G. Smits",      "I. de Graaf"};
constexpr std::array kBehandelaars = {"marloes", "kees", "fatima", "joost", "anouk", "ruben"};
constexpr std::array kOpschortingRedenen = {
    "Aanvullende gegevens opgevraagd bij de aanvrager", "Wachten op advies van een externe partij",
    "Aanvrager heeft om uitstel gevraagd"};

// [SECTION] Deploying
std::vector<ZaaktypeDefinition> demo_definitions(const Workshop& workshop,
                                                 const BlockLibrary& library,
                                                 const Selectielijst& selectielijst) {
  std::vector<ZaaktypeDefinition> definitions;
  // One export per process, so one process's findings do not keep the others out.
  for (const auto& process : workshop.processes) {
    ExportRequest request;
    request.process_ids = {process.id};
    request.profile = ValidationProfile::openzaak;
    const auto prepared = prepare_export(workshop, library, selectielijst, request);
    if (prepared.has_errors()) continue;
    for (auto& definition : definitions_from_export(prepared.objects, workshop)) {
      // The demo walks the process; a zaaktype without statustypen has nothing to walk.
      if (definition.statustypen.size() >= 2) definitions.push_back(std::move(definition));
    }
  }
  return definitions;
}

// [SECTION] Planning
enum class ActionKind { create, rol, status, opschorten, hervatten, resultaat };

struct Action {
  Timestamp at;
  int zaak = 0;   // index into the plans
  int order = 0;  // within the zaak: ties on `at` keep the planned order
  ActionKind kind = ActionKind::create;
  std::string argument;  // statustype uuid, roltype, resultaattype, reden
  std::string user;
};

std::int64_t duration_days(const std::optional<std::string>& text, CalendarDate from,
                           std::int64_t fallback) {
  if (!text) return fallback;
  const auto duration = parse_iso_duration(*text);
  if (!duration) return fallback;
  return std::max<std::int64_t>(1, days_between(from, add_duration(from, *duration)));
}

// A walk through the process graph from the start to the eindstatus,
// preferring statuses not seen yet so rework loops end.
std::vector<std::string> walk_process(const ZaaktypeDefinition& definition, Draw& draw) {
  const auto* eind = definition.eindstatus();
  std::vector<std::string> path;
  std::set<std::string> seen;
  std::string current;
  for (int step = 0; step < 3 * static_cast<int>(definition.statustypen.size()); ++step) {
    auto next = definition.graph.next_statustypen(current);
    if (next.empty()) break;
    std::vector<std::string> fresh;
    for (const auto& uuid : next) {
      if (!seen.contains(uuid)) fresh.push_back(uuid);
    }
    const auto& choices = fresh.empty() ? next : fresh;
    current = choices[draw.below(static_cast<int>(choices.size()))];
    path.push_back(current);
    seen.insert(current);
    if (eind && current == eind->uuid) return path;
  }
  // The graph did not reach the eindstatus (a process drawn without one):
  // follow the volgnummers, which the engine accepts as a deviation at worst.
  if (eind && (path.empty() || path.back() != eind->uuid)) {
    if (path.empty()) {
      for (const auto& statustype : definition.statustypen) path.push_back(statustype.uuid);
    } else {
      path.push_back(eind->uuid);
    }
  }
  return path;
}

// A resultaattype the engine can close with at once: its brondatum follows
// from the closing itself (afgehandeld, or termijn with a procestermijn).
const ResultaattypeDefinition* closing_resultaattype(const ZaaktypeDefinition& definition,
                                                     Draw& draw) {
  std::vector<const ResultaattypeDefinition*> usable;
  for (const auto& resultaattype : definition.resultaattypen) {
    const auto& afleiding = resultaattype.brondatum.afleidingswijze;
    if (afleiding.empty() || afleiding == "afgehandeld" ||
        (afleiding == "termijn" && resultaattype.brondatum.procestermijn)) {
      usable.push_back(&resultaattype);
    }
  }
  if (usable.empty()) return nullptr;
  return usable[draw.below(static_cast<int>(usable.size()))];
}

struct Plan {
  std::string zaaktype;
  CalendarDate startdatum;
  std::vector<Action> actions;
};

Plan plan_zaak(const ZaaktypeDefinition& definition, int index, Timestamp now, Draw& draw) {
  Plan plan;
  plan.zaaktype = definition.identificatie;
  const std::int64_t age_days = draw.between(0, 364);
  // Started `age_days` before today, in office hours (08:00 to 17:00).
  const CalendarDate start_day = add_days(now.date(), -age_days - 1);
  Timestamp started{Timestamp::at_start_of(start_day).seconds_since_epoch + 8 * 3600 +
                    draw.between(0, 9 * 3600 - 1)};
  if (started > now) started = now;
  plan.startdatum = started.date();
  const std::int64_t doorlooptijd =
      duration_days(definition.doorlooptijd, plan.startdatum, 56);  // the Awb's 8 weeks

  auto path = walk_process(definition, draw);
  const bool deviate = path.size() >= 4 && draw.chance(6);
  if (deviate) path.erase(path.begin() + 1 + draw.below(static_cast<int>(path.size()) - 2));

  // How long this zaak takes: most within the doorlooptijd, some beyond it.
  const std::int64_t lead_days =
      std::max<std::int64_t>(1, doorlooptijd * draw.between(40, 130) / 100);
  const bool finished_by_now = lead_days < age_days;
  const auto* resultaattype = closing_resultaattype(definition, draw);
  const bool close = finished_by_now && resultaattype != nullptr && draw.chance(92);

  const std::int64_t span = lead_days * kDay;
  const auto moment = [&](std::int64_t offset) {
    Timestamp at{started.seconds_since_epoch + offset};
    return at < now ? at : now;
  };
  int order = 0;
  const std::string user = kBehandelaars[draw.below(static_cast<int>(kBehandelaars.size()))];
  const auto add = [&](std::int64_t offset, ActionKind kind, std::string argument) {
    plan.actions.push_back({moment(offset), index, order++, kind, std::move(argument), user});
  };
  add(0, ActionKind::create, definition.identificatie);
  for (const auto& roltype : definition.roltypen) {
    if (roltype.omschrijving_generiek == "initiator") {
      add(60, ActionKind::rol, roltype.uuid);
      break;
    }
  }

  // Statuses spread over the lead time; an open zaak stops where today is.
  const std::size_t steps = path.size();
  // Suspension where the zaaktype allows it: a closed zaak was suspended on
  // the way and resumed (the days move its deadlines); an open one is
  // waiting now, suspended after the last status it reached.
  const bool may_suspend = definition.opschorting_en_aanhouding_mogelijk && steps >= 3;
  const bool suspend_on_the_way = may_suspend && close && draw.chance(15);
  const bool suspended_now = may_suspend && !close && draw.chance(30);
  const std::size_t suspend_after = 1 + static_cast<std::size_t>(draw.below(static_cast<int>(steps) - 2));
  const auto reden = [&] {
    return std::string(kOpschortingRedenen[draw.below(static_cast<int>(kOpschortingRedenen.size()))]);
  };
  std::int64_t suspended_for = 0;
  std::int64_t last_offset = 60;
  for (std::size_t i = 0; i < steps; ++i) {
    const bool last = i + 1 == steps;
    std::int64_t offset = 120 + span * static_cast<std::int64_t>(i) /
                                    static_cast<std::int64_t>(std::max<std::size_t>(1, steps - 1));
    offset += suspended_for;
    if (last && !close) break;  // an open zaak never reaches its eindstatus
    if (started.seconds_since_epoch + offset >= now.seconds_since_epoch) break;
    if (last) add(offset - 3600, ActionKind::resultaat, resultaattype->uuid);
    add(offset, ActionKind::status, path[i]);
    last_offset = offset;
    if (suspend_on_the_way && i + 1 == suspend_after) {
      const std::int64_t days = draw.between(3, 21);
      add(offset + 1800, ActionKind::opschorten, reden());
      add(offset + days * kDay, ActionKind::hervatten, {});
      suspended_for += days * kDay;
    }
  }
  if (suspended_now) add(last_offset + 1800, ActionKind::opschorten, reden());
  return plan;
}

}  // namespace

// [SECTION] Running
DemoSummary fill_demo_zaken(Engine& engine, FixedClock& clock, const Workshop& workshop,
                            const BlockLibrary& library, const Selectielijst& selectielijst,
                            const DemoOptions& options) {
  DemoSummary summary;
  const Timestamp now = clock.now();
  const Timestamp year_start{now.seconds_since_epoch - 365 * kDay};
  const Actor system{"demo", Vertrouwelijkheid::zeer_geheim};

  const auto definitions = demo_definitions(workshop, library, selectielijst);
  if (definitions.empty()) return summary;
  clock.set(year_start);
  engine.deploy(definitions, DeployOptions{}, system);
  summary.zaaktypen = static_cast<int>(definitions.size());

  Draw draw(options.seed);
  std::vector<Action> actions;
  for (int i = 0; i < options.zaken; ++i) {
    const auto& definition = definitions[draw.below(static_cast<int>(definitions.size()))];
    auto plan = plan_zaak(definition, i, now, draw);
    for (auto& action : plan.actions) actions.push_back(std::move(action));
  }
  std::stable_sort(actions.begin(), actions.end(), [](const Action& a, const Action& b) {
    if (a.at != b.at) return a.at < b.at;
    if (a.zaak != b.zaak) return a.zaak < b.zaak;
    return a.order < b.order;
  });

  std::vector<std::string> identificaties(static_cast<std::size_t>(options.zaken));
  Draw names(options.seed ^ 0x5a5a5a5au);
  for (const auto& action : actions) {
    auto& identificatie = identificaties[static_cast<std::size_t>(action.zaak)];
    if (action.kind != ActionKind::create && identificatie.empty()) continue;
    clock.set(action.at);
    const Actor actor{action.user, Vertrouwelijkheid::zeer_geheim};
    try {
      switch (action.kind) {
        case ActionKind::create: {
          CreateZaak request;
          request.zaaktype = action.argument;
          request.startdatum = action.at.date();
          identificatie = engine.create(request, actor).identificatie;
          ++summary.zaken;
          break;
        }
        case ActionKind::rol:
          engine.add_rol(identificatie, action.argument,
                         kNames[names.below(static_cast<int>(kNames.size()))], actor);
          break;
        case ActionKind::status:
          engine.set_status(identificatie, action.argument, std::nullopt, actor);
          break;
        case ActionKind::opschorten:
          engine.opschorten(identificatie, action.argument, actor);
          break;
        case ActionKind::hervatten:
          engine.hervatten(identificatie, actor);
          break;
        case ActionKind::resultaat:
          engine.set_resultaat(identificatie, action.argument, actor);
          break;
      }
    } catch (const EngineError&) {
      // A rule refused a planned step (a deadline, a resultaat that needs a
      // date the demo does not fill): the zaak simply stays where it is, as a
      // real one would until someone acts.
    }
  }
  clock.set(now);

  // Count what came out, as the engine sees it now.
  for (const auto& identificatie : identificaties) {
    if (identificatie.empty()) continue;
    const auto zaak = engine.show(identificatie, system);
    summary.closed += zaak.closed();
    summary.open += !zaak.closed();
    summary.suspended += zaak.opgeschort;
    summary.deviations += static_cast<int>(zaak.deviations.size());
  }
  return summary;
}

}  // namespace blokjes::engine
