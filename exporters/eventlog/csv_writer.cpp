#include "csv_writer.h"

#include "core/atomic_file.h"
#include "core/csv_field.h"
#include "event_order.h"

namespace blokjes::eventlog {

std::string csv_text(const std::vector<engine::EventLogEvent>& events) {
  std::string text = "case,activity,timestamp,resource,zaaktype,deviation\r\n";
  for (const auto& trace : traces_of(events)) {
    for (const auto& event : trace.events) {
      text += csv_field(event.zaak) + ',' + csv_field(event.statustype) + ',' +
              event_timestamp(event.timestamp) + ',' + csv_field(event.resource) + ',' +
              csv_field(event.zaaktype) + ',' + (event.deviation ? "true" : "false") + "\r\n";
    }
  }
  return text;
}

void write_csv(const std::vector<engine::EventLogEvent>& events, const std::string& path) {
  write_file_atomically(path, csv_text(events));
}

}  // namespace blokjes::eventlog
