#include "event_order.h"

#include <algorithm>
#include <map>

namespace blokjes::eventlog {

std::vector<EventTrace> traces_of(const std::vector<engine::EventLogEvent>& events) {
  std::vector<EventTrace> traces;
  std::map<std::string, std::size_t> index_of_zaak;
  for (const auto& event : events) {
    const auto [found, inserted] = index_of_zaak.try_emplace(event.zaak, traces.size());
    if (inserted) traces.push_back({event.zaak, event.zaaktype, {}});
    traces[found->second].events.push_back(event);
  }
  for (auto& trace : traces) {
    std::stable_sort(trace.events.begin(), trace.events.end(),
                     [](const auto& a, const auto& b) { return a.timestamp < b.timestamp; });
  }
  return traces;
}

std::string event_timestamp(const engine::Timestamp& moment) {
  std::string text = moment.iso();  // YYYY-MM-DDTHH:MM:SSZ; the engine keeps whole seconds
  text.insert(text.size() - 1, ".000");
  return text;
}

}  // namespace blokjes::eventlog
