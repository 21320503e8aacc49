#pragma once
// Generated processes for tests of size: a linear chain of blocks whose kinds
// come from the real block library in turn, so many of them differ and still
// partly align. One copy for the module tests and the app's view tests.

#include <string>

#include "core/process.h"
#include "test_support.h"

namespace blokjes::test {

// `blocks` blocks b1..bN in one lane, joined by sequence flows; `seed` shifts
// the kinds and variants so processes differ.
inline Process generated_process(const std::string& id, std::size_t blocks, std::size_t seed,
                                 const std::string& department) {
  Process process;
  process.id = id;
  process.name = id;
  process.department = department;
  const auto& kinds = library().kinds();
  for (std::size_t i = 0; i < blocks; ++i) {
    const auto& kind = kinds[(i * 7 + seed) % kinds.size()];
    Block block;
    block.id = "b" + std::to_string(i + 1);
    block.kind = kind.id;
    block.variant = kind.variants[(i + seed) % kind.variants.size()].id;
    block.lane = department;
    block.position = {static_cast<double>(i) * 220, 0};
    if (!process.blocks.empty()) {
      process.flows.push_back(
          {"f" + std::to_string(i), process.blocks.back().id, block.id, FlowKind::sequence, ""});
    }
    process.blocks.push_back(std::move(block));
  }
  return process;
}

}  // namespace blokjes::test
