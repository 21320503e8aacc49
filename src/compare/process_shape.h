#pragma once
// A process reduced to what comparison looks at: its blocks in process order
// (kind and variant as small integers, plus the label for explanations) and
// its flows as index pairs. Built once per process, so comparing many pairs
// never touches strings.

#include <string>
#include <utility>
#include <vector>

#include "core/block_library.h"
#include "core/localized_text.h"
#include "core/process.h"

namespace blokjes::compare {

struct ShapeNode {
  int kind = -1;     // index into the library's kinds; -1 when unknown
  int variant = -1;  // index into that kind's variants; -1 when unknown
  std::string block_id;
  std::string label;
};

struct ProcessShape {
  std::string process_id;
  std::string name;
  std::string department;
  std::vector<ShapeNode> nodes;            // in process order (topological; ties by file order)
  std::vector<std::pair<int, int>> edges;  // every flow, as node indices
};

ProcessShape shape_of(const Process& process, const BlockLibrary& library);

// The block's name as people know it: its variant's name in `language`, else
// its kind's, else (a kind the library lacks) its label.
std::string block_name(const ShapeNode& node, const BlockLibrary& library, Language language);

// 1 for the same kind and variant, 3/4 for the same kind in another variant, else 0.
double node_similarity(const ShapeNode& a, const ShapeNode& b);
inline constexpr double kOtherVariantSimilarity = 0.75;

}  // namespace blokjes::compare
