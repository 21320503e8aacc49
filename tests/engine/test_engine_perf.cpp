// A quick look at the engine's per-operation cost on SQLite, hidden from the
// normal run ([.perf]): the benchmark proper is `blokjes-bench engine`. Run
// with `blokjes_engine_tests "[perf]"` to see completed cases per second for
// the workload (create, 5 statuses, a rol, a resultaat, closing).

#include <chrono>

#include "engine_test_support.h"

using namespace blokjes::engine;
using namespace blokjes::engine::testing;

TEST_CASE("perf: completed cases per second on SQLite", "[.perf]") {
  const bool full = GENERATE(true, false);
  INFO("full_results " << full);
  auto store = make_test_store("sqlite");
  FixedClock clock(at(2026, 6, 15));
  EngineOptions options;
  options.full_results = full;
  Engine engine(*store, clock, options);
  auto type = test_zaaktype("BENCH-001");
  // Six statustypen in one line.
  type.statustypen.push_back({"st-archiveren", "Archiveren", 5, "b5"});
  type.statustypen.push_back({"st-gesloten", "Gesloten", 6, "b6"});
  type.graph.nodes.push_back({"b5", "task", "Archiveren", "Publiekszaken", "st-archiveren"});
  type.graph.nodes.push_back({"b6", "end", "Gesloten", "Publiekszaken", "st-gesloten"});
  type.graph.edges.push_back({"b4", "b5", "sequence"});
  type.graph.edges.push_back({"b5", "b6", "sequence"});
  engine.deploy({type}, {}, admin());
  const char* steps[] = {"Intake", "Beoordelen", "Besluiten", "Afgehandeld", "Archiveren"};
  const int cases = 2000;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < cases; ++i) {
    const auto zaak = engine.create({"BENCH-001", date(2026, 6, 1)}, admin()).identificatie;
    for (const char* step : steps) engine.set_status(zaak, step, at(2026, 6, 3), admin());
    engine.add_rol(zaak, "Aanvrager", "jan", admin());
    engine.set_resultaat(zaak, "Verleend", admin());
    engine.set_status(zaak, "Gesloten", at(2026, 6, 4), admin());
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  WARN((full ? "full results: " : "light results: ") << cases / seconds << " cases/s (" << cases << " cases, 9 transactions each, " << seconds << " s)");
  CHECK(engine.werkvoorraad().closed == cases);
}
