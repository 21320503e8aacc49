#include "alignment.h"

#include <algorithm>
#include <limits>

namespace blokjes::compare {
namespace {

constexpr double kGapCost = 1.0;
constexpr double kOtherVariantCost = 0.25;
constexpr double kOtherKindCost = 1.5;

double pair_cost(const ShapeNode& a, const ShapeNode& b) {
  const double similarity = node_similarity(a, b);
  if (similarity == 1.0) return 0;
  return similarity > 0 ? kOtherVariantCost : kOtherKindCost;
}

StepRelation relation_of(const ShapeNode& a, const ShapeNode& b) {
  const double similarity = node_similarity(a, b);
  if (similarity == 1.0) return StepRelation::same;
  return similarity > 0 ? StepRelation::other_variant : StepRelation::other_kind;
}

std::string join(const std::vector<std::string>& names, Language language) {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) {
      text += (i + 1 == names.size()) ? (language == Language::dutch ? " en " : " and ") : ", ";
    }
    text += names[i];
  }
  return text;
}

}  // namespace

Alignment align(const ProcessShape& a, const ProcessShape& b) {
  const std::size_t n = a.nodes.size();
  const std::size_t m = b.nodes.size();
  // cost[i][j]: cheapest alignment of A's first i and B's first j blocks.
  std::vector<double> cost((n + 1) * (m + 1), 0);
  const auto at = [m](std::size_t i, std::size_t j) { return i * (m + 1) + j; };
  for (std::size_t i = 1; i <= n; ++i) cost[at(i, 0)] = static_cast<double>(i) * kGapCost;
  for (std::size_t j = 1; j <= m; ++j) cost[at(0, j)] = static_cast<double>(j) * kGapCost;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      cost[at(i, j)] = std::min({cost[at(i - 1, j - 1)] + pair_cost(a.nodes[i - 1], b.nodes[j - 1]),
                                 cost[at(i - 1, j)] + kGapCost, cost[at(i, j - 1)] + kGapCost});
    }
  }
  Alignment result;
  for (std::size_t i = n, j = m; i > 0 || j > 0;) {
    const bool diagonal =
        i > 0 && j > 0 &&
        cost[at(i, j)] == cost[at(i - 1, j - 1)] + pair_cost(a.nodes[i - 1], b.nodes[j - 1]);
    if (diagonal) {
      const StepRelation relation = relation_of(a.nodes[i - 1], b.nodes[j - 1]);
      result.steps.push_back({static_cast<int>(i - 1), static_cast<int>(j - 1), relation});
      --i;
      --j;
    } else if (i > 0 && (j == 0 || cost[at(i, j)] == cost[at(i - 1, j)] + kGapCost)) {
      result.steps.push_back({static_cast<int>(i - 1), std::nullopt, StepRelation::only_in_a});
      --i;
    } else {
      result.steps.push_back({std::nullopt, static_cast<int>(j - 1), StepRelation::only_in_b});
      --j;
    }
  }
  std::reverse(result.steps.begin(), result.steps.end());
  for (const auto& step : result.steps) {
    switch (step.relation) {
      case StepRelation::same:
        ++result.same;
        break;
      case StepRelation::other_variant:
        ++result.other_variant;
        break;
      case StepRelation::other_kind:
        ++result.other_kind;
        break;
      case StepRelation::only_in_a:
        ++result.only_in_a;
        break;
      case StepRelation::only_in_b:
        ++result.only_in_b;
        break;
    }
  }
  const double total = static_cast<double>(n + m);
  result.similarity =
      total == 0
          ? 100.0
          : 100.0 * 2.0 * (result.same + kOtherVariantSimilarity * result.other_variant) / total;
  return result;
}

std::string describe(const Alignment& alignment, const ProcessShape& a, const ProcessShape& b,
                     const BlockLibrary& library, Language language) {
  const bool dutch = language == Language::dutch;
  const int matched = alignment.same + alignment.other_variant;
  const std::size_t longest = std::max(a.nodes.size(), b.nodes.size());
  std::string text = std::to_string(matched) + (dutch ? " van " : " of ") +
                     std::to_string(longest) + (dutch ? " stappen komen overeen" : " steps match");
  std::vector<std::string> only_a, only_b, variants;
  for (const auto& step : alignment.steps) {
    if (step.relation == StepRelation::only_in_a || step.relation == StepRelation::other_kind) {
      only_a.push_back(block_name(a.nodes[static_cast<std::size_t>(*step.a)], library, language));
    }
    if (step.relation == StepRelation::only_in_b || step.relation == StepRelation::other_kind) {
      only_b.push_back(block_name(b.nodes[static_cast<std::size_t>(*step.b)], library, language));
    }
    if (step.relation == StepRelation::other_variant) {
      variants.push_back(block_name(a.nodes[static_cast<std::size_t>(*step.a)], library, language) +
                         "/" +
                         block_name(b.nodes[static_cast<std::size_t>(*step.b)], library, language));
    }
  }
  if (!only_a.empty())
    text += (dutch ? "; A voegt " : "; A adds ") + join(only_a, language) + (dutch ? " toe" : "");
  if (!only_b.empty())
    text += (dutch ? "; B voegt " : "; B adds ") + join(only_b, language) + (dutch ? " toe" : "");
  if (!variants.empty()) {
    text += (dutch ? "; andere variant: " : "; other variant: ") + join(variants, language);
  }
  return text;
}

}  // namespace blokjes::compare
