#pragma once
// A validation finding. It points into the file by JSON pointer (for the
// command line's file:line:col) and into the model by ids (for the app, which
// selects the block a finding is about).

#include <string>
#include <vector>

#include "json_text.h"

namespace blokjes {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string pointer;  // e.g. /processes/2/blocks/0/kind
  std::string message;
  std::string process_id;
  std::string block_id;
  std::string flow_id;
};

bool has_errors(const std::vector<Diagnostic>& diagnostics);

// "file:line:col: error: message"; `source` may be null (no positions then).
std::string format_diagnostic(const std::string& file, const JsonSourceMap* source,
                              const Diagnostic& diagnostic);

}  // namespace blokjes
