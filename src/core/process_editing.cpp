#include "process_editing.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

#include "utf8_text.h"

namespace blokjes {

ProcessFragment copy_fragment(const Process& process, const std::vector<std::string>& block_ids) {
  const std::set<std::string> chosen(block_ids.begin(), block_ids.end());
  ProcessFragment fragment;
  for (const auto& block : process.blocks) {
    if (chosen.contains(block.id)) fragment.blocks.push_back(block);
  }
  for (const auto& flow : process.flows) {
    if (chosen.contains(flow.from) && chosen.contains(flow.to)) fragment.flows.push_back(flow);
  }
  return fragment;
}

ProcessFragment place_fragment(const ProcessFragment& fragment, const Process& process,
                               Position top_left) {
  if (fragment.blocks.empty()) return {};
  double min_x = std::numeric_limits<double>::max();
  double min_y = std::numeric_limits<double>::max();
  for (const auto& block : fragment.blocks) {
    min_x = std::min(min_x, block.position.x);
    min_y = std::min(min_y, block.position.y);
  }
  // Number new ids after everything the process and the fragment already use.
  Process scratch = process;
  ProcessFragment placed;
  std::unordered_map<std::string, std::string> renamed;
  for (const auto& block : fragment.blocks) {
    Block copy = block;
    copy.id = scratch.next_block_id();
    renamed[block.id] = copy.id;
    copy.position = {block.position.x - min_x + top_left.x, block.position.y - min_y + top_left.y};
    scratch.blocks.push_back(copy);
    placed.blocks.push_back(std::move(copy));
  }
  for (const auto& flow : fragment.flows) {
    const auto from = renamed.find(flow.from);
    const auto to = renamed.find(flow.to);
    if (from == renamed.end() || to == renamed.end()) continue;
    Flow copy = flow;
    copy.id = scratch.next_flow_id();
    copy.from = from->second;
    copy.to = to->second;
    scratch.flows.push_back(copy);
    placed.flows.push_back(std::move(copy));
  }
  return placed;
}

Process make_generic_process(const BlockLibrary& library, std::string id, std::string name,
                             std::string department) {
  Process process;
  process.id = std::move(id);
  process.name = std::move(name);
  process.department = department;
  // The Catalogi API allows 80 characters; cut on a character, not a byte.
  process.zaaktype.omschrijving = utf8_prefix(process.name, 80);
  for (const BlockKind* kind : library.generic_kinds()) {
    Block block;
    block.id = process.next_block_id();
    block.kind = kind->id;
    block.variant = kind->variants.front().id;
    block.label = kind->variants.front().name.nl;
    block.lane = department;
    block.position = {static_cast<double>(process.blocks.size()) * kLayoutStepX, 0};
    if (!process.blocks.empty()) {
      process.flows.push_back(
          {process.next_flow_id(), process.blocks.back().id, block.id, FlowKind::sequence, ""});
    }
    process.blocks.push_back(std::move(block));
  }
  return process;
}

std::string slug_from_name(const std::string& name) {
  std::string slug;
  bool dash = false;
  for (const unsigned char c : name) {
    if (std::isalnum(c) != 0 && c < 128) {
      if (dash && !slug.empty()) slug += '-';
      slug += static_cast<char>(std::tolower(c));
      dash = false;
    } else {
      dash = true;
    }
  }
  return slug.empty() ? "proces" : slug;
}

std::string unique_process_id(const std::vector<Process>& processes, const std::string& base) {
  const auto taken = [&](const std::string& id) {
    return std::any_of(processes.begin(), processes.end(),
                       [&](const Process& process) { return process.id == id; });
  };
  if (!taken(base)) return base;
  for (int suffix = 2;; ++suffix) {
    const std::string candidate = base + "-" + std::to_string(suffix);
    if (!taken(candidate)) return candidate;
  }
}

std::unique_ptr<Command> make_auto_layout(const Process& process) {
  const auto order = process.ordered_blocks();
  std::unordered_map<std::string_view, std::vector<std::string_view>> predecessors;
  for (const auto& flow : process.flows) {
    if (flow.kind != FlowKind::rework) predecessors[flow.to].push_back(flow.from);
  }
  std::map<std::string, std::size_t> lane_index;
  std::unordered_map<std::string_view, int> step;
  std::set<std::pair<std::size_t, int>> occupied;  // (lane, step)
  std::vector<BlockMove> moves;
  for (const Block* block : order) {
    const std::size_t lane = lane_index.try_emplace(block->lane, lane_index.size()).first->second;
    int at = 0;
    for (const auto predecessor : predecessors[block->id]) {
      // Predecessors later in the order close a cycle; they do not push this block.
      if (const auto found = step.find(predecessor); found != step.end()) {
        at = std::max(at, found->second + 1);
      }
    }
    while (occupied.contains({lane, at})) ++at;
    occupied.insert({lane, at});
    step[block->id] = at;
    moves.push_back({block->id, block->position, {at * kLayoutStepX, lane_row(lane)}});
  }
  return make_move_blocks(process.id, std::move(moves));
}

}  // namespace blokjes
