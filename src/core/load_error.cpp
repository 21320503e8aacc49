#include "load_error.h"

namespace blokjes {
namespace {

std::string compose(const std::string& file, SourcePosition position, const std::string& pointer,
                    const std::string& message) {
  std::string text = format_location(file, position) + ": error: " + message;
  if (!pointer.empty()) text += " (at " + pointer + ")";
  return text;
}

}  // namespace

LoadError::LoadError(std::string file, SourcePosition position, std::string pointer,
                     std::string message)
    : std::runtime_error(compose(file, position, pointer, message)),
      file_(std::move(file)),
      position_(position),
      pointer_(std::move(pointer)),
      message_(std::move(message)) {}

std::string format_location(const std::string& file, SourcePosition position) {
  std::string text = file;
  if (position.line > 0) {
    text += ":" + std::to_string(position.line) + ":" + std::to_string(position.column);
  }
  return text;
}

}  // namespace blokjes
