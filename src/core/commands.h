#pragma once
// Every edit of a workshop is a command that can apply and revert itself, so
// the app gets undo and redo for free (ImHex's operations). Commands find
// their process and blocks by id, never by pointer, so they stay valid
// while other commands reshuffle the vectors.

#include <memory>
#include <string>
#include <vector>

#include "workshop.h"

namespace blokjes {

class Command {
 public:
  virtual ~Command() = default;
  virtual void apply(Workshop& workshop) = 0;
  virtual void revert(Workshop& workshop) = 0;
  virtual std::string description() const = 0;
};

// Adds blocks and flows to a process (create, paste, duplicate, connect).
std::unique_ptr<Command> make_add_elements(std::string process_id, std::vector<Block> blocks,
                                           std::vector<Flow> flows);
// Removes blocks (with every flow that touches them) and flows.
std::unique_ptr<Command> make_remove_elements(const Workshop& workshop, std::string process_id,
                                              const std::vector<std::string>& block_ids,
                                              const std::vector<std::string>& flow_ids);

struct BlockMove {
  std::string block_id;
  Position from;
  Position to;
};
// One command per drag, not per frame.
std::unique_ptr<Command> make_move_blocks(std::string process_id, std::vector<BlockMove> moves);

// Replaces one block or flow by an edited copy with the same id (inspector edits).
std::unique_ptr<Command> make_update_block(const Workshop& workshop, std::string process_id,
                                           Block edited);
std::unique_ptr<Command> make_update_flow(const Workshop& workshop, std::string process_id,
                                          Flow edited);

// Name, department, description and zaaktype fields of a process; its graph
// and id are left as they are.
std::unique_ptr<Command> make_update_process_details(const Workshop& workshop,
                                                     const Process& edited);

// The workshop's catalogus fields (the Catalogi export's target).
std::unique_ptr<Command> make_update_catalogus(const Workshop& workshop, CatalogusFields edited);

std::unique_ptr<Command> make_add_process(Process process, std::size_t index);
std::unique_ptr<Command> make_remove_process(const Workshop& workshop, std::string process_id);

// Replaces the whole workshop (restoring recovered work, for example).
std::unique_ptr<Command> make_replace_workshop(Workshop before, Workshop after,
                                               std::string description);

// Several commands that undo and redo as one.
std::unique_ptr<Command> make_composite(std::string description,
                                        std::vector<std::unique_ptr<Command>> commands);

}  // namespace blokjes
