#pragma once
// The engine's statuses as an XES event log (IEEE 1849-2016), the format
// process-mining tools (ProM, PM4Py, Disco, Celonis) read: one trace per zaak,
// one event per status set, with the standard Concept, Time, Lifecycle and
// Organizational extensions and the zaaktype and deviation flag as our own
// attributes.

#include <string>
#include <vector>

#include "engine/engine.h"

namespace blokjes::eventlog {

// The XES document as text (UTF-8, escaped by pugixml).
std::string xes_text(const std::vector<engine::EventLogEvent>& events);

// Writes the document atomically to `path`; throws std::runtime_error naming
// the path when it cannot.
void write_xes(const std::vector<engine::EventLogEvent>& events, const std::string& path);

}  // namespace blokjes::eventlog
