#pragma once
// The order both event log formats share: one case after another, each case's
// events in the order they happened. The XES file and the CSV file list the
// same events in the same order, so a tool reading either sees the same log.

#include <string>
#include <vector>

#include "engine/engine.h"

namespace blokjes::eventlog {

struct EventTrace {
  std::string zaak;      // the case id: the zaak's identificatie
  std::string zaaktype;  // identificatie
  std::vector<engine::EventLogEvent> events;
};

// Groups `events` per zaak, the zaken in the order they first appear, each
// zaak's events sorted by timestamp (stable: equal moments keep their order).
std::vector<EventTrace> traces_of(const std::vector<engine::EventLogEvent>& events);

// "2026-03-01T09:30:00.000Z": the ISO 8601 form with milliseconds that
// XES's xs:dateTime and the process-mining tools read alike.
std::string event_timestamp(const engine::Timestamp& moment);

}  // namespace blokjes::eventlog
