#pragma once
// Sequence alignment of two processes' blocks in process order
// (Needleman-Wunsch). Costs make "same kind, other variant" cheaper than
// "other kind": matching 0, other variant 0.25, one block left out 1, other
// kind 1.5 (so two different steps line up only when the rest fits better).

#include <optional>
#include <string>
#include <vector>

#include "core/localized_text.h"
#include "process_shape.h"

namespace blokjes::compare {

enum class StepRelation {
  same,           // same kind and variant
  other_variant,  // same kind, other variant
  other_kind,     // aligned, but different kinds
  only_in_a,
  only_in_b,
};

struct AlignedStep {
  std::optional<int> a;  // node index in A
  std::optional<int> b;  // node index in B
  StepRelation relation = StepRelation::same;
};

struct Alignment {
  std::vector<AlignedStep> steps;
  int same = 0;
  int other_variant = 0;
  int other_kind = 0;
  int only_in_a = 0;
  int only_in_b = 0;
  // Share of both processes' steps that line up with a step of the same kind
  // (an other variant counts 3/4), 0-100.
  double similarity = 0;
};

Alignment align(const ProcessShape& a, const ProcessShape& b);

// One sentence for people, e.g. "7 of 8 steps match; B adds Inspection".
std::string describe(const Alignment& alignment, const ProcessShape& a, const ProcessShape& b,
                     const BlockLibrary& library, Language language);

}  // namespace blokjes::compare
