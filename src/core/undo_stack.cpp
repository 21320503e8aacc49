#include "undo_stack.h"

namespace blokjes {

void UndoStack::execute(std::unique_ptr<Command> command, Workshop& workshop) {
  command->apply(workshop);
  if (clean_position_ > static_cast<std::ptrdiff_t>(position_)) clean_position_ = -1;
  history_.resize(position_);
  history_.push_back(std::move(command));
  ++position_;
  if (history_.size() > limit_) {
    history_.erase(history_.begin());
    --position_;
    --clean_position_;  // -1 stays unreachable: it goes below zero
    if (clean_position_ < 0) clean_position_ = -1;
  }
  ++revision_;
}

void UndoStack::undo(Workshop& workshop) {
  if (!can_undo()) return;
  history_[--position_]->revert(workshop);
  ++revision_;
}

void UndoStack::redo(Workshop& workshop) {
  if (!can_redo()) return;
  history_[position_++]->apply(workshop);
  ++revision_;
}

std::string UndoStack::undo_description() const {
  return can_undo() ? history_[position_ - 1]->description() : std::string();
}

std::string UndoStack::redo_description() const {
  return can_redo() ? history_[position_]->description() : std::string();
}

void UndoStack::clear() {
  history_.clear();
  position_ = 0;
  clean_position_ = 0;
  ++revision_;
}

}  // namespace blokjes
