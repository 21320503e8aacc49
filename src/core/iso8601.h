#pragma once
// ISO-8601 durations (P8W, P1Y6M, P2DT4H) and calendar dates, as the
// Catalogi API uses them for doorlooptijd, servicenorm and archive terms.

#include <optional>
#include <string>
#include <string_view>

namespace blokjes {

struct IsoDuration {
  int years = 0;
  int months = 0;
  int weeks = 0;
  int days = 0;
  int hours = 0;
  int minutes = 0;
  int seconds = 0;

  // Approximate length for comparisons (a year is 365 days, a month 30).
  double approximate_days() const;
};

std::optional<IsoDuration> parse_iso_duration(std::string_view text);
bool is_iso_date(std::string_view text);  // YYYY-MM-DD, a real calendar date

}  // namespace blokjes
