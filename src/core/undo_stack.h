#pragma once
// Linear undo history over a workshop. Executing a command clears the redo
// branch; the clean marker tells whether the document differs from the file.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"

namespace blokjes {

class UndoStack {
 public:
  explicit UndoStack(std::size_t limit = 1000) : limit_(limit) {}

  void execute(std::unique_ptr<Command> command, Workshop& workshop);
  bool can_undo() const { return position_ > 0; }
  bool can_redo() const { return position_ < history_.size(); }
  void undo(Workshop& workshop);
  void redo(Workshop& workshop);
  std::string undo_description() const;
  std::string redo_description() const;

  // The saved state: is_clean() is true while the workshop equals what was saved.
  void mark_clean() { clean_position_ = static_cast<std::ptrdiff_t>(position_); }
  bool is_clean() const { return clean_position_ == static_cast<std::ptrdiff_t>(position_); }
  // Grows on every execute, undo and redo: a cheap "something changed" signal.
  std::uint64_t revision() const { return revision_; }
  void clear();

 private:
  std::vector<std::unique_ptr<Command>> history_;
  std::size_t position_ = 0;           // commands [0, position_) are applied
  std::ptrdiff_t clean_position_ = 0;  // -1 when the saved state is no longer reachable
  std::size_t limit_;
  std::uint64_t revision_ = 0;
};

}  // namespace blokjes
