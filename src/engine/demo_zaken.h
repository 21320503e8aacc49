#pragma once
// A year of realistic zaken over the demo workshop's zaaktypen, so the
// werkvoorraad has something to show on first start (`blokjes engine demo`,
// and the app's demo database): some open, some past their streefdatum or
// fatale datum, some suspended, some closed with archive dates, a few
// deviations. Deterministic for a seed.

#include <cstdint>

#include "core/block_library.h"
#include "core/workshop.h"
#include "catalogi/selectielijst.h"
#include "engine.h"

namespace blokjes::engine {

struct DemoOptions {
  int zaken = 400;
  std::uint32_t seed = 2026;
};

struct DemoSummary {
  int zaaktypen = 0;
  int zaken = 0;
  int open = 0;
  int closed = 0;
  int suspended = 0;
  int deviations = 0;
};

// Deploys the workshop's processes (those that pass the openzaak profile)
// and creates the zaken, moving `clock` from a year before its current time
// back to it as the zaken progress. The engine must use `clock`.
DemoSummary fill_demo_zaken(Engine& engine, FixedClock& clock, const Workshop& workshop,
                            const BlockLibrary& library, const Selectielijst& selectielijst,
                            const DemoOptions& options = {});

}  // namespace blokjes::engine
