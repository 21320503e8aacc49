#include "process_shape.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace blokjes::compare {

namespace {

// Topological order along forward flows with ties broken by file order, so
// moving blocks on the canvas never changes a comparison; a cycle of forward
// flows is entered at its first block in the file.
std::vector<const Block*> comparison_order(const Process& process) {
  const std::size_t n = process.blocks.size();
  std::unordered_map<std::string_view, std::size_t> index_of;
  for (std::size_t i = 0; i < n; ++i) index_of.emplace(process.blocks[i].id, i);
  std::vector<std::vector<std::size_t>> successors(n);
  std::vector<int> incoming(n, 0);
  for (const auto& flow : process.flows) {
    const auto from = index_of.find(flow.from);
    const auto to = index_of.find(flow.to);
    if (flow.kind == FlowKind::rework || from == index_of.end() || to == index_of.end()) continue;
    successors[from->second].push_back(to->second);
    ++incoming[to->second];
  }
  std::set<std::size_t> ready;
  for (std::size_t i = 0; i < n; ++i) {
    if (incoming[i] == 0) ready.insert(i);
  }
  std::vector<bool> placed(n, false);
  std::vector<const Block*> order;
  while (order.size() < n) {
    if (ready.empty()) {
      ready.insert(static_cast<std::size_t>(std::find(placed.begin(), placed.end(), false) -
                                            placed.begin()));
    }
    const std::size_t next = *ready.begin();
    ready.erase(ready.begin());
    if (placed[next]) continue;
    placed[next] = true;
    order.push_back(&process.blocks[next]);
    for (const std::size_t successor : successors[next]) {
      if (--incoming[successor] == 0 && !placed[successor]) ready.insert(successor);
    }
  }
  return order;
}

}  // namespace

ProcessShape shape_of(const Process& process, const BlockLibrary& library) {
  ProcessShape shape{process.id, process.name, process.department, {}, {}};
  std::unordered_map<std::string_view, int> index_of;
  const auto& kinds = library.kinds();
  for (const Block* block : comparison_order(process)) {
    ShapeNode node{-1, -1, block->id, block->label};
    for (std::size_t k = 0; k < kinds.size(); ++k) {
      if (kinds[k].id != block->kind) continue;
      node.kind = static_cast<int>(k);
      for (std::size_t v = 0; v < kinds[k].variants.size(); ++v) {
        if (kinds[k].variants[v].id == block->variant) node.variant = static_cast<int>(v);
      }
    }
    index_of.emplace(block->id, static_cast<int>(shape.nodes.size()));
    shape.nodes.push_back(std::move(node));
  }
  for (const auto& flow : process.flows) {
    const auto from = index_of.find(flow.from);
    const auto to = index_of.find(flow.to);
    if (from != index_of.end() && to != index_of.end()) {
      shape.edges.emplace_back(from->second, to->second);
    }
  }
  return shape;
}

std::string block_name(const ShapeNode& node, const BlockLibrary& library, Language language) {
  if (node.kind < 0) return node.label;
  const auto& kind = library.kinds()[static_cast<std::size_t>(node.kind)];
  if (node.variant < 0) return kind.name.in(language);
  return kind.variants[static_cast<std::size_t>(node.variant)].name.in(language);
}

double node_similarity(const ShapeNode& a, const ShapeNode& b) {
  if (a.kind < 0 || a.kind != b.kind) return 0;
  return a.variant == b.variant ? 1.0 : kOtherVariantSimilarity;
}

}  // namespace blokjes::compare
