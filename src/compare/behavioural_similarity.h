#pragma once
// Behavioural similarity in the manner of causal footprints and behavioural
// profiles, lifted to block kinds: a process's profile is the set of kinds it
// uses plus every "a block of kind X can be followed (eventually) by one of
// kind Y" relation its flows allow. Two processes that reach the same steps in
// the same order score high however they are drawn. Similarity is the
// Jaccard index of the two profiles.

#include <cstdint>
#include <vector>

#include "process_shape.h"

namespace blokjes::compare {

class BehaviouralProfile {
 public:
  BehaviouralProfile() = default;
  BehaviouralProfile(const ProcessShape& shape, int kind_count);

  // 0-100; two empty profiles are identical.
  double similarity(const BehaviouralProfile& other) const;
  bool has_kind(int kind) const { return test(static_cast<std::size_t>(kind)); }
  bool follows(int kind, int later_kind) const;

 private:
  bool test(std::size_t bit) const { return (bits_[bit / 64] >> (bit % 64)) & 1u; }
  void set(std::size_t bit) { bits_[bit / 64] |= std::uint64_t{1} << (bit % 64); }

  int kind_count_ = 0;
  std::vector<std::uint64_t> bits_;
};

}  // namespace blokjes::compare
