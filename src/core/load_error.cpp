#include "load_error.h"

namespace blokjes {
namespace {

// A NUL inside a message (from an escaped \u0000 in a key or id) would end it
// wherever it passes through what() or c_str(); written out, nothing after it
// is lost.
std::string without_nul(std::string text) {
  for (auto at = text.find('\0'); at != std::string::npos; at = text.find('\0', at + 6)) {
    text.replace(at, 1, "\\u0000");
  }
  return text;
}

std::string compose(const std::string& file, SourcePosition position, const std::string& pointer,
                    const std::string& message) {
  std::string text = format_location(file, position) + ": error: " + message;
  if (!pointer.empty()) text += " (at " + pointer + ")";
  return without_nul(std::move(text));
}

}  // namespace

LoadError::LoadError(std::string file, SourcePosition position, std::string pointer,
                     std::string message)
    : std::runtime_error(compose(file, position, pointer, message)),
      file_(std::move(file)),
      position_(position),
      pointer_(std::move(pointer)),
      message_(without_nul(std::move(message))) {}

std::string format_location(const std::string& file, SourcePosition position) {
  std::string text = file;
  if (position.line > 0) {
    text += ":" + std::to_string(position.line) + ":" + std::to_string(position.column);
  }
  return text;
}

}  // namespace blokjes
