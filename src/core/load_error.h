#pragma once
// The one error type every loader throws: it carries where in which file the
// problem is, so callers can print "file:line:col: error: message".

#include <stdexcept>
#include <string>

namespace blokjes {

struct SourcePosition {
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based, in bytes
};

// what() and message() write a NUL byte as \u0000, so no reader of a C string
// loses what follows it.
class LoadError : public std::runtime_error {
 public:
  LoadError(std::string file, SourcePosition position, std::string pointer, std::string message);

  const std::string& file() const { return file_; }
  SourcePosition position() const { return position_; }
  const std::string& pointer() const { return pointer_; }
  const std::string& message() const { return message_; }

 private:
  std::string file_;
  SourcePosition position_;
  std::string pointer_;
  std::string message_;
};

// "file:line:col: error: message" (line and column left out when unknown).
std::string format_location(const std::string& file, SourcePosition position);

}  // namespace blokjes
