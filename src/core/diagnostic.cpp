#include "diagnostic.h"

#include <algorithm>

namespace blokjes {

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& diagnostic) {
    return diagnostic.severity == Severity::error;
  });
}

std::string format_diagnostic(const std::string& file, const JsonSourceMap* source,
                              const Diagnostic& diagnostic) {
  const SourcePosition position = source ? source->locate(diagnostic.pointer) : SourcePosition{};
  std::string text = format_location(file, position);
  text += diagnostic.severity == Severity::error ? ": error: " : ": warning: ";
  text += diagnostic.message;
  if (!diagnostic.pointer.empty()) text += " (at " + diagnostic.pointer + ")";
  return text;
}

}  // namespace blokjes
