#pragma once
// An open workshop as the app edits it: the model, its undo history, where it
// is saved and whether it has unsaved changes. Every edit goes through
// execute(), so undo, the modified flag and recovery all see it.

#include <memory>
#include <string>

#include "undo_stack.h"
#include "workshop.h"

namespace blokjes {

class Document {
 public:
  Document() = default;
  Document(Workshop workshop, std::string path)
      : workshop_(std::move(workshop)), path_(std::move(path)) {}

  const Workshop& workshop() const { return workshop_; }
  const std::string& path() const { return path_; }  // empty: never saved
  bool modified() const { return !history_.is_clean(); }
  std::uint64_t revision() const { return history_.revision(); }

  void execute(std::unique_ptr<Command> command) {
    history_.execute(std::move(command), workshop_);
  }
  bool can_undo() const { return history_.can_undo(); }
  bool can_redo() const { return history_.can_redo(); }
  void undo() { history_.undo(workshop_); }
  void redo() { history_.redo(workshop_); }
  const UndoStack& history() const { return history_; }

  // Saves atomically and marks the document clean; throws std::runtime_error.
  void save();
  void save_as(const std::string& path);

 private:
  Workshop workshop_;
  std::string path_;
  UndoStack history_;
};

}  // namespace blokjes
