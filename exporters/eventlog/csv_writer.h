#pragma once
// The engine's statuses as a CSV event log: the header
// `case,activity,timestamp,resource,zaaktype,deviation` and one row per status
// set, in the same order as the XES file (event_order.h). Fields are quoted
// as RFC 4180 says (a comma, quote, CR or LF inside a field), lines end in CRLF.

#include <string>
#include <string_view>
#include <vector>

#include "core/csv_field.h"
#include "engine/engine.h"

namespace blokjes::eventlog {

std::string csv_text(const std::vector<engine::EventLogEvent>& events);

// Writes atomically; throws std::runtime_error naming the path when it cannot.
void write_csv(const std::vector<engine::EventLogEvent>& events, const std::string& path);

// One field, quoted when RFC 4180 needs it (core/csv_field.h).
using blokjes::csv_field;

}  // namespace blokjes::eventlog
