#pragma once
// Blocks by id in constant time. Process::find_block is a linear search;
// code that looks up a block per flow or per finding builds this index once
// (per model revision) instead. It points into the process: rebuild it after
// the process's blocks change.

#include <string_view>
#include <unordered_map>

#include "process.h"

namespace blokjes {

class BlockIndex {
 public:
  BlockIndex() = default;
  explicit BlockIndex(const Process& process) {
    blocks_.reserve(process.blocks.size());
    for (const auto& block : process.blocks) blocks_.emplace(block.id, &block);
  }
  const Block* find(std::string_view block_id) const {
    const auto found = blocks_.find(block_id);
    return found == blocks_.end() ? nullptr : found->second;
  }

 private:
  // Keys view the blocks' own id strings.
  std::unordered_map<std::string_view, const Block*> blocks_;
};

}  // namespace blokjes
