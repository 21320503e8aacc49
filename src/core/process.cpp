#include "process.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "find_by_id.h"

namespace blokjes {
namespace {

// The number after `prefix` in ids like "b12", or 0.
int id_number(std::string_view id, char prefix) {
  if (id.size() < 2 || id[0] != prefix) return 0;
  int number = 0;
  const auto* begin = id.data() + 1;
  const auto* end = id.data() + id.size();
  const auto result = std::from_chars(begin, end, number);
  return (result.ec == std::errc() && result.ptr == end) ? number : 0;
}

template <typename Items>
std::string next_id(const Items& items, char prefix) {
  int highest = 0;
  for (const auto& item : items) highest = std::max(highest, id_number(item.id, prefix));
  return std::string(1, prefix) + std::to_string(highest + 1);
}

}  // namespace

const Block* Process::find_block(std::string_view block_id) const {
  return find_by_id(blocks, block_id);
}

Block* Process::find_block(std::string_view block_id) {
  return find_by_id(blocks, block_id);
}

const Flow* Process::find_flow(std::string_view flow_id) const {
  return find_by_id(flows, flow_id);
}

std::string Process::next_block_id() const {
  return next_id(blocks, 'b');
}
std::string Process::next_flow_id() const {
  return next_id(flows, 'f');
}

std::vector<const Block*> Process::start_blocks() const {
  std::unordered_set<std::string_view> has_incoming;
  for (const auto& flow : flows) has_incoming.insert(flow.to);
  std::vector<const Block*> starts;
  for (const auto& block : blocks) {
    if (!has_incoming.contains(block.id)) starts.push_back(&block);
  }
  return starts;
}

std::vector<const Block*> Process::ordered_blocks() const {
  // Kahn's topological order over forward flows; among ready blocks the
  // leftmost goes first, as a reader of the canvas would take them.
  std::unordered_map<std::string_view, std::size_t> index_of;
  for (std::size_t i = 0; i < blocks.size(); ++i) index_of.emplace(blocks[i].id, i);
  std::vector<std::vector<std::size_t>> successors(blocks.size());
  std::vector<int> incoming(blocks.size(), 0);
  for (const auto& flow : flows) {
    const auto from = index_of.find(flow.from);
    const auto to = index_of.find(flow.to);
    if (flow.kind == FlowKind::rework || from == index_of.end() || to == index_of.end()) continue;
    successors[from->second].push_back(to->second);
    ++incoming[to->second];
  }
  auto before = [&](std::size_t a, std::size_t b) {
    if (blocks[a].position.x != blocks[b].position.x) {
      return blocks[a].position.x < blocks[b].position.x;
    }
    return a < b;
  };
  std::set<std::size_t, decltype(before)> ready(before);
  std::vector<bool> placed(blocks.size(), false);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (incoming[i] == 0) ready.insert(i);
  }
  std::vector<const Block*> order;
  while (order.size() < blocks.size()) {
    if (ready.empty()) {  // a cycle of forward flows: break it at its leftmost block
      std::optional<std::size_t> pick;
      for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (!placed[i] && (!pick || before(i, *pick))) pick = i;
      }
      ready.insert(*pick);
    }
    const std::size_t next = *ready.begin();
    ready.erase(ready.begin());
    if (placed[next]) continue;
    placed[next] = true;
    order.push_back(&blocks[next]);
    for (const std::size_t successor : successors[next]) {
      if (--incoming[successor] == 0 && !placed[successor]) ready.insert(successor);
    }
  }
  return order;
}

std::string_view to_string(FlowKind kind) {
  switch (kind) {
    case FlowKind::sequence:
      return "sequence";
    case FlowKind::conditional:
      return "conditional";
    case FlowKind::rework:
      return "rework";
  }
  return "sequence";
}

std::optional<FlowKind> flow_kind_from_string(std::string_view text) {
  if (text == "sequence") return FlowKind::sequence;
  if (text == "conditional") return FlowKind::conditional;
  if (text == "rework") return FlowKind::rework;
  return std::nullopt;
}

}  // namespace blokjes
