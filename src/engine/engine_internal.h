#pragma once
// Private to the engine's .cpp files (engine.cpp, engine_closing.cpp,
// engine_queries.cpp): the Impl behind Engine, with the cache of parsed
// zaaktype definitions, the transaction runner and the helpers the rules
// share. Nothing outside src/engine includes this.
//
// [SECTION] Loaded zaaktypen
// [SECTION] Refusals
// [SECTION] The Impl

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine.h"

namespace blokjes::engine::detail {

// -----------------------------------------------------------------------------
// [SECTION] Loaded zaaktypen
// -----------------------------------------------------------------------------

// A stored zaaktype row with its definition parsed once. Rows are never
// changed after insertion (a redeploy adds a version), so a cache by row id
// stays true for the life of the process, also with other processes writing.
struct LoadedZaaktype {
  RowId id = 0;
  std::string identificatie;
  int version = 1;
  bool strict = false;
  ZaaktypeDefinition definition;
  std::string eindstatus_uuid;  // empty when the zaaktype has no statustypen
  std::optional<IsoDuration> doorlooptijd;
  std::optional<IsoDuration> servicenorm;
};

// -----------------------------------------------------------------------------
// [SECTION] Refusals
// -----------------------------------------------------------------------------

[[noreturn]] void fail(ErrorCode code, std::string message_nl, std::string message_en);

// "Intake, Beoordelen, Besluit" from a list of omschrijvingen.
std::string joined(const std::vector<std::string>& names);

// Reads a date the way eigenschappen hold them: YYYY-MM-DD or YYYYMMDD.
std::optional<CalendarDate> parse_eigenschap_date(std::string_view text);

}  // namespace blokjes::engine::detail

namespace blokjes::engine {

// -----------------------------------------------------------------------------
// [SECTION] The Impl
// -----------------------------------------------------------------------------

struct Engine::Impl {
  Impl(Store& store, const Clock& clock, EngineOptions options)
      : store(store), clock(clock), options(std::move(options)) {}

  Store& store;
  const Clock& clock;
  EngineOptions options;

  // Parsed definitions by zaaktype row id, and the latest version of each
  // identificatie as this process last read it.
  std::unordered_map<RowId, std::shared_ptr<const detail::LoadedZaaktype>> by_id;
  std::unordered_map<std::string, std::shared_ptr<const detail::LoadedZaaktype>> latest;

  std::shared_ptr<const detail::LoadedZaaktype> load(const StoredZaaktype& row);
  const detail::LoadedZaaktype& zaaktype_of(RowId id);
  // Reads every zaaktype row again (after a deploy, or when an identificatie
  // is not known yet: another process may have deployed it).
  void refresh_zaaktypen();
  const detail::LoadedZaaktype& latest_zaaktype(std::string_view identificatie);

  // One write transaction: begin, the operation, commit; rollback and
  // rethrow on any exception; the whole operation again on ConcurrentChange.
  template <typename Operation>
  auto write(Operation&& operation) -> decltype(operation()) {
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
      try {
        store.begin(true);
        if constexpr (std::is_void_v<decltype(operation())>) {
          operation();
          store.commit();
          return;
        } else {
          auto result = operation();
          store.commit();
          return result;
        }
      } catch (const ConcurrentChange&) {
        safe_rollback();
        if (attempt >= kAttempts) throw;
      } catch (...) {
        safe_rollback();
        throw;
      }
    }
  }

  // One read-only transaction, so a view is one consistent state.
  template <typename Operation>
  auto read(Operation&& operation) -> decltype(operation()) {
    store.begin(false);
    try {
      auto result = operation();
      store.commit();
      return result;
    } catch (...) {
      safe_rollback();
      throw;
    }
  }

  void safe_rollback() noexcept;

  Timestamp now() const { return clock.now(); }
  CalendarDate today() const { return clock.now().date(); }

  // The zaak, locked for this write transaction; zaak_not_found otherwise.
  ZaakRow lock(std::string_view identificatie);
  ZaakRow find(std::string_view identificatie);
  void save(ZaakRow& zaak);  // update_zaak, and the version it now has
  void audit(const ZaakRow& zaak, const Actor& actor, std::string_view action,
             const nlohmann::json& old_value, const nlohmann::json& new_value);

  // Privacy: whether `actor` may see the details of `zaak`, given its rollen.
  static bool details_visible(const ZaakRow& zaak, const std::vector<RolRow>& rollen,
                              const Actor& actor);
  // The zaak as `actor` may see it; without the child rows when `full` is false.
  ZaakView view(const ZaakRow& zaak, const Actor& actor, bool full = true);
  // What a changing operation returns (EngineOptions::full_results).
  ZaakView result(const ZaakRow& zaak, const Actor& actor) { return view(zaak, actor, options.full_results); }

  // Closing and archiving (engine_closing.cpp).
  struct Brondatum {
    std::optional<CalendarDate> date;  // known
    bool postponed = false;            // not known yet; computed when it arrives
    std::string missing_nl;            // not known and closing must refuse
    std::string missing_en;
  };
  Brondatum brondatum_of(const ZaakRow& zaak, const detail::LoadedZaaktype& type,
                         const ResultaattypeDefinition& resultaattype);
  // Sets einddatum and the archive fields on `zaak` (not yet saved); throws
  // archiefactiedatum_error when the brondatum cannot be determined.
  void close(ZaakRow& zaak, const detail::LoadedZaaktype& type, CalendarDate einddatum);
  // For a closed zaak whose archiefactiedatum waits for a date: computes it
  // when the date is there now. True when `zaak` changed.
  bool complete_archiving(ZaakRow& zaak, const detail::LoadedZaaktype& type);
  // After a hoofdzaak closed: its closed deelzaken that waited for its einddatum.
  void complete_deelzaken(const ZaakRow& hoofdzaak, const Actor& actor);
  static void clear_closing(ZaakRow& zaak);
};

}  // namespace blokjes::engine
