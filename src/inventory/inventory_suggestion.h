#pragma once
// Which process of the workshop (a generic "shape") a product of the
// inventory most likely follows: by the words of its name, its department
// and its legal term. Deterministic: the same workshop and product give the
// same suggestion, ties go to the process listed first.
//
// [SECTIONS]
//   [SUGGEST]  suggest_process, suggest_all
//   [KNOWN]    take_known_mapping

#include <string>
#include <vector>

#include "core/workshop.h"

namespace blokjes::inventory {

// [SUGGEST] -----------------------------------------------------------------

struct Suggestion {
  std::string process;  // process id; empty: maatwerk (nothing close enough)
  double score = 0;     // 0..1: 0.75 name, 0.15 department, 0.1 legal term
  double name_score = 0;
  std::vector<std::string> matched_words;  // the product's words found in the process
  bool department_matches = false;
  bool term_matches = false;
  // Short and readable, e.g. "naam: evenement, vergunning; afdeling; termijn P8W".
  std::string reason(bool dutch = true) const;
};

// Below these a product is left to maatwerk: too few of its words fit.
inline constexpr double kMinimumNameScore = 0.2;
inline constexpr double kMinimumScore = 0.25;

// The best process for one product, or maatwerk.
Suggestion suggest_process(const Workshop& workshop, const InventoryProduct& product);

// Sets `process` on every product that is not confirmed to its suggestion
// (empty for maatwerk); confirmed products are left as they are. Returns the
// suggestions in the products' order (a confirmed product's is empty).
std::vector<Suggestion> suggest_all(const Workshop& workshop,
                                    std::vector<InventoryProduct>& products);

// [KNOWN] -------------------------------------------------------------------

// Copies process and confirmed from `known` (the workshop's inventory) onto
// each product that has no process yet and matches one there by product and
// department (compared normalised: case and accents do not count). Returns how
// many products took a mapping.
std::size_t take_known_mapping(const std::vector<InventoryProduct>& known,
                               std::vector<InventoryProduct>& products);

}  // namespace blokjes::inventory
