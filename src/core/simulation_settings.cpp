// The names of the simulation's distribution kinds, as the workshop file and
// the command line spell them.

#include "simulation_settings.h"

namespace blokjes {

std::string_view to_string(DistributionKind kind) {
  switch (kind) {
    case DistributionKind::fixed: return "fixed";
    case DistributionKind::exponential: return "exponential";
    case DistributionKind::lognormal: return "lognormal";
    case DistributionKind::empirical: return "empirical";
  }
  return "fixed";
}

std::optional<DistributionKind> distribution_kind_from_string(std::string_view text) {
  if (text == "fixed") return DistributionKind::fixed;
  if (text == "exponential") return DistributionKind::exponential;
  if (text == "lognormal") return DistributionKind::lognormal;
  if (text == "empirical") return DistributionKind::empirical;
  return std::nullopt;
}

}  // namespace blokjes
