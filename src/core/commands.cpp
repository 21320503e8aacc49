#include "commands.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "find_by_id.h"

// [SECTION] Lookup
// [SECTION] Elements: add, remove, move
// [SECTION] Updates of one item
// [SECTION] Processes
// [SECTION] Composite

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Lookup
// -----------------------------------------------------------------------------

// A command on a missing process is a programming error, never user input.
Process& process_of(Workshop& workshop, const std::string& process_id) {
  Process* process = workshop.find_process(process_id);
  if (!process) throw std::logic_error("command on unknown process \"" + process_id + "\"");
  return *process;
}

const Process& process_of(const Workshop& workshop, const std::string& process_id) {
  return process_of(const_cast<Workshop&>(workshop), process_id);
}

template <typename Items>
auto& item_of(Items& items, const std::string& id) {
  auto* item = find_by_id(items, id);
  if (!item) throw std::logic_error("command on unknown item \"" + id + "\"");
  return *item;
}

template <typename Item>
struct Indexed {
  std::size_t index;
  Item item;
};

// Takes out the items whose ids are in `ids`, remembering where they stood.
template <typename Item>
std::vector<Indexed<Item>> extract(std::vector<Item>& items, const std::set<std::string>& ids) {
  std::vector<Indexed<Item>> taken;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (ids.contains(items[i].id)) taken.push_back({i, items[i]});
  }
  std::erase_if(items, [&](const Item& item) { return ids.contains(item.id); });
  return taken;
}

template <typename Item>
void restore(std::vector<Item>& items, const std::vector<Indexed<Item>>& taken) {
  for (const auto& entry : taken) {  // ascending indices, so each lands where it was
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(entry.index), entry.item);
  }
}

template <typename Item>
std::set<std::string> ids_of(const std::vector<Item>& items) {
  std::set<std::string> ids;
  for (const auto& item : items) ids.insert(item.id);
  return ids;
}

std::string count_text(std::size_t count, const char* one, const char* many) {
  return count == 1 ? std::string("1 ") + one : std::to_string(count) + " " + many;
}

// -----------------------------------------------------------------------------
// [SECTION] Elements: add, remove, move
// -----------------------------------------------------------------------------

class AddElements : public Command {
 public:
  AddElements(std::string process_id, std::vector<Block> blocks, std::vector<Flow> flows)
      : process_id_(std::move(process_id)), blocks_(std::move(blocks)), flows_(std::move(flows)) {}

  void apply(Workshop& workshop) override {
    Process& process = process_of(workshop, process_id_);
    process.blocks.insert(process.blocks.end(), blocks_.begin(), blocks_.end());
    process.flows.insert(process.flows.end(), flows_.begin(), flows_.end());
  }
  void revert(Workshop& workshop) override {
    Process& process = process_of(workshop, process_id_);
    extract(process.blocks, ids_of(blocks_));
    extract(process.flows, ids_of(flows_));
  }
  std::string description() const override {
    if (blocks_.empty()) return "Add " + count_text(flows_.size(), "flow", "flows");
    return "Add " + count_text(blocks_.size(), "block", "blocks");
  }

 private:
  std::string process_id_;
  std::vector<Block> blocks_;
  std::vector<Flow> flows_;
};

class RemoveElements : public Command {
 public:
  RemoveElements(std::string process_id, std::set<std::string> block_ids,
                 std::set<std::string> flow_ids)
      : process_id_(std::move(process_id)),
        block_ids_(std::move(block_ids)),
        flow_ids_(std::move(flow_ids)) {}

  void apply(Workshop& workshop) override {
    Process& process = process_of(workshop, process_id_);
    removed_blocks_ = extract(process.blocks, block_ids_);
    removed_flows_ = extract(process.flows, flow_ids_);
  }
  void revert(Workshop& workshop) override {
    Process& process = process_of(workshop, process_id_);
    restore(process.blocks, removed_blocks_);
    restore(process.flows, removed_flows_);
  }
  std::string description() const override {
    if (block_ids_.empty()) return "Delete " + count_text(flow_ids_.size(), "flow", "flows");
    return "Delete " + count_text(block_ids_.size(), "block", "blocks");
  }

 private:
  std::string process_id_;
  std::set<std::string> block_ids_;
  std::set<std::string> flow_ids_;
  std::vector<Indexed<Block>> removed_blocks_;
  std::vector<Indexed<Flow>> removed_flows_;
};

class MoveBlocks : public Command {
 public:
  MoveBlocks(std::string process_id, std::vector<BlockMove> moves)
      : process_id_(std::move(process_id)), moves_(std::move(moves)) {}

  void apply(Workshop& workshop) override { place(workshop, &BlockMove::to); }
  void revert(Workshop& workshop) override { place(workshop, &BlockMove::from); }
  std::string description() const override {
    return "Move " + count_text(moves_.size(), "block", "blocks");
  }

 private:
  void place(Workshop& workshop, Position BlockMove::*which) {
    Process& process = process_of(workshop, process_id_);
    for (const auto& move : moves_) item_of(process.blocks, move.block_id).position = move.*which;
  }

  std::string process_id_;
  std::vector<BlockMove> moves_;
};

// -----------------------------------------------------------------------------
// [SECTION] Updates of one item
// -----------------------------------------------------------------------------

template <typename Item, std::vector<Item> Process::*Items>
class UpdateItem : public Command {
 public:
  UpdateItem(std::string process_id, Item before, Item after, std::string description)
      : process_id_(std::move(process_id)),
        before_(std::move(before)),
        after_(std::move(after)),
        description_(std::move(description)) {}

  void apply(Workshop& workshop) override { set(workshop, after_); }
  void revert(Workshop& workshop) override { set(workshop, before_); }
  std::string description() const override { return description_; }

 private:
  void set(Workshop& workshop, const Item& value) {
    item_of(process_of(workshop, process_id_).*Items, value.id) = value;
  }

  std::string process_id_;
  Item before_;
  Item after_;
  std::string description_;
};

class UpdateProcessDetails : public Command {
 public:
  UpdateProcessDetails(Process before, Process after)
      : before_(std::move(before)), after_(std::move(after)) {}

  void apply(Workshop& workshop) override { set(workshop, after_); }
  void revert(Workshop& workshop) override { set(workshop, before_); }
  std::string description() const override { return "Edit process \"" + after_.name + "\""; }

 private:
  static void set(Workshop& workshop, const Process& details) {
    Process& process = process_of(workshop, details.id);
    process.name = details.name;
    process.department = details.department;
    process.description = details.description;
    process.zaaktype = details.zaaktype;
  }

  // Only the details are kept: copying the graph would waste memory per edit.
  Process before_;
  Process after_;
};

class UpdateCatalogus : public Command {
 public:
  UpdateCatalogus(CatalogusFields before, CatalogusFields after)
      : before_(std::move(before)), after_(std::move(after)) {}

  void apply(Workshop& workshop) override { workshop.catalogus = after_; }
  void revert(Workshop& workshop) override { workshop.catalogus = before_; }
  std::string description() const override { return "Edit catalogus"; }

 private:
  CatalogusFields before_;
  CatalogusFields after_;
};

// -----------------------------------------------------------------------------
// [SECTION] Processes
// -----------------------------------------------------------------------------

class AddProcess : public Command {
 public:
  AddProcess(Process process, std::size_t index) : process_(std::move(process)), index_(index) {}

  void apply(Workshop& workshop) override {
    const std::size_t at = std::min(index_, workshop.processes.size());
    workshop.processes.insert(workshop.processes.begin() + static_cast<std::ptrdiff_t>(at),
                              process_);
  }
  void revert(Workshop& workshop) override {
    std::erase_if(workshop.processes,
                  [&](const Process& process) { return process.id == process_.id; });
  }
  std::string description() const override { return "Add process \"" + process_.name + "\""; }

 private:
  Process process_;
  std::size_t index_;
};

class RemoveProcess : public Command {
 public:
  explicit RemoveProcess(std::string process_id) : process_id_(std::move(process_id)) {}

  void apply(Workshop& workshop) override { removed_ = extract(workshop.processes, {process_id_}); }
  void revert(Workshop& workshop) override { restore(workshop.processes, removed_); }
  std::string description() const override { return "Delete process \"" + process_id_ + "\""; }

 private:
  std::string process_id_;
  std::vector<Indexed<Process>> removed_;
};

class ReplaceWorkshop : public Command {
 public:
  ReplaceWorkshop(Workshop before, Workshop after, std::string description)
      : before_(std::move(before)),
        after_(std::move(after)),
        description_(std::move(description)) {}

  void apply(Workshop& workshop) override { workshop = after_; }
  void revert(Workshop& workshop) override { workshop = before_; }
  std::string description() const override { return description_; }

 private:
  Workshop before_;
  Workshop after_;
  std::string description_;
};

// -----------------------------------------------------------------------------
// [SECTION] Composite
// -----------------------------------------------------------------------------

class Composite : public Command {
 public:
  Composite(std::string description, std::vector<std::unique_ptr<Command>> commands)
      : description_(std::move(description)), commands_(std::move(commands)) {}

  void apply(Workshop& workshop) override {
    for (auto& command : commands_) command->apply(workshop);
  }
  void revert(Workshop& workshop) override {
    for (auto it = commands_.rbegin(); it != commands_.rend(); ++it) (*it)->revert(workshop);
  }
  std::string description() const override { return description_; }

 private:
  std::string description_;
  std::vector<std::unique_ptr<Command>> commands_;
};

Process details_of(const Process& process) {
  Process details;
  details.id = process.id;
  details.name = process.name;
  details.department = process.department;
  details.description = process.description;
  details.zaaktype = process.zaaktype;
  return details;
}

}  // namespace

std::unique_ptr<Command> make_add_elements(std::string process_id, std::vector<Block> blocks,
                                           std::vector<Flow> flows) {
  return std::make_unique<AddElements>(std::move(process_id), std::move(blocks), std::move(flows));
}

std::unique_ptr<Command> make_remove_elements(const Workshop& workshop, std::string process_id,
                                              const std::vector<std::string>& block_ids,
                                              const std::vector<std::string>& flow_ids) {
  const Process& process = process_of(workshop, process_id);
  const std::set<std::string> blocks(block_ids.begin(), block_ids.end());
  std::set<std::string> flows(flow_ids.begin(), flow_ids.end());
  for (const auto& flow : process.flows) {
    if (blocks.contains(flow.from) || blocks.contains(flow.to)) flows.insert(flow.id);
  }
  return std::make_unique<RemoveElements>(std::move(process_id), blocks, std::move(flows));
}

std::unique_ptr<Command> make_move_blocks(std::string process_id, std::vector<BlockMove> moves) {
  return std::make_unique<MoveBlocks>(std::move(process_id), std::move(moves));
}

std::unique_ptr<Command> make_update_block(const Workshop& workshop, std::string process_id,
                                           Block edited) {
  Block before = item_of(process_of(workshop, process_id).blocks, edited.id);
  const std::string description = "Edit block \"" + edited.label + "\"";
  return std::make_unique<UpdateItem<Block, &Process::blocks>>(
      std::move(process_id), std::move(before), std::move(edited), description);
}

std::unique_ptr<Command> make_update_flow(const Workshop& workshop, std::string process_id,
                                          Flow edited) {
  Flow before = item_of(process_of(workshop, process_id).flows, edited.id);
  return std::make_unique<UpdateItem<Flow, &Process::flows>>(
      std::move(process_id), std::move(before), std::move(edited), "Edit flow");
}

std::unique_ptr<Command> make_update_process_details(const Workshop& workshop,
                                                     const Process& edited) {
  return std::make_unique<UpdateProcessDetails>(details_of(process_of(workshop, edited.id)),
                                                details_of(edited));
}

std::unique_ptr<Command> make_update_catalogus(const Workshop& workshop, CatalogusFields edited) {
  return std::make_unique<UpdateCatalogus>(workshop.catalogus, std::move(edited));
}

std::unique_ptr<Command> make_add_process(Process process, std::size_t index) {
  return std::make_unique<AddProcess>(std::move(process), index);
}

std::unique_ptr<Command> make_remove_process(const Workshop& workshop, std::string process_id) {
  process_of(workshop, process_id);  // fail now, not at apply time
  return std::make_unique<RemoveProcess>(std::move(process_id));
}

std::unique_ptr<Command> make_replace_workshop(Workshop before, Workshop after,
                                               std::string description) {
  return std::make_unique<ReplaceWorkshop>(std::move(before), std::move(after),
                                           std::move(description));
}

std::unique_ptr<Command> make_composite(std::string description,
                                        std::vector<std::unique_ptr<Command>> commands) {
  return std::make_unique<Composite>(std::move(description), std::move(commands));
}

}  // namespace blokjes
