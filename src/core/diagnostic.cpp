#include "diagnostic.h"

#include <algorithm>

#include "terminal_text.h"

namespace blokjes {

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& diagnostic) {
    return diagnostic.severity == Severity::error;
  });
}

std::string format_diagnostic(const std::string& file, const JsonSourceMap* source,
                              const Diagnostic& diagnostic) {
  const SourcePosition position = source ? source->locate(diagnostic.pointer) : SourcePosition{};
  // One line, with control characters from the file escaped (terminal_text.h):
  // the message quotes ids and values from the file, and the pointer is made of
  // its keys: both are escaped here, once for every command that prints findings.
  std::string text = terminal_safe(format_location(file, position));
  text += diagnostic.severity == Severity::error ? ": error: " : ": warning: ";
  text += terminal_safe(diagnostic.message);
  if (!diagnostic.pointer.empty()) text += " (at " + terminal_safe(diagnostic.pointer) + ")";
  return text;
}

}  // namespace blokjes
