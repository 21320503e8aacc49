#include "behavioural_similarity.h"

#include <bit>

namespace blokjes::compare {
namespace {

// Which nodes each node reaches by one or more flows (rework loops included:
// going back is behaviour too).
std::vector<std::vector<bool>> reachability(const ProcessShape& shape) {
  const std::size_t n = shape.nodes.size();
  std::vector<std::vector<int>> successors(n);
  for (const auto& [from, to] : shape.edges)
    successors[static_cast<std::size_t>(from)].push_back(to);
  std::vector<std::vector<bool>> reaches(n, std::vector<bool>(n, false));
  for (std::size_t start = 0; start < n; ++start) {
    std::vector<int> stack(successors[start].begin(), successors[start].end());
    while (!stack.empty()) {
      const auto node = static_cast<std::size_t>(stack.back());
      stack.pop_back();
      if (reaches[start][node]) continue;
      reaches[start][node] = true;
      for (const int next : successors[node]) stack.push_back(next);
    }
  }
  return reaches;
}

}  // namespace

BehaviouralProfile::BehaviouralProfile(const ProcessShape& shape, int kind_count)
    : kind_count_(kind_count) {
  const auto kinds = static_cast<std::size_t>(kind_count);
  bits_.assign((kinds + kinds * kinds + 63) / 64, 0);
  for (const auto& node : shape.nodes) {
    if (node.kind >= 0) set(static_cast<std::size_t>(node.kind));
  }
  const auto reaches = reachability(shape);
  for (std::size_t i = 0; i < shape.nodes.size(); ++i) {
    for (std::size_t j = 0; j < shape.nodes.size(); ++j) {
      const int from = shape.nodes[i].kind;
      const int to = shape.nodes[j].kind;
      if (reaches[i][j] && from >= 0 && to >= 0) {
        set(kinds + static_cast<std::size_t>(from) * kinds + static_cast<std::size_t>(to));
      }
    }
  }
}

bool BehaviouralProfile::follows(int kind, int later_kind) const {
  const auto kinds = static_cast<std::size_t>(kind_count_);
  return test(kinds + static_cast<std::size_t>(kind) * kinds +
              static_cast<std::size_t>(later_kind));
}

double BehaviouralProfile::similarity(const BehaviouralProfile& other) const {
  int shared = 0;
  int either = 0;
  for (std::size_t i = 0; i < bits_.size() && i < other.bits_.size(); ++i) {
    shared += std::popcount(bits_[i] & other.bits_[i]);
    either += std::popcount(bits_[i] | other.bits_[i]);
  }
  return either == 0 ? 100.0 : 100.0 * shared / either;
}

}  // namespace blokjes::compare
