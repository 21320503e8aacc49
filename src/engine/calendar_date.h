#pragma once
// Calendar dates and moments for the case engine, with the exact arithmetic
// Open Zaak uses (dateutil's relativedelta): years and months move the
// calendar month and clamp to its last day (31 January + P1M = 28 or 29
// February), weeks are 7 days, days are days. No month is ever 30 days here.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/iso8601.h"

namespace blokjes::engine {

// A day in the proleptic Gregorian calendar.
struct CalendarDate {
  int year = 1970;
  int month = 1;
  int day = 1;

  auto operator<=>(const CalendarDate&) const = default;
  bool operator==(const CalendarDate&) const = default;

  // Days since 1970-01-01 (negative before), and back.
  std::int64_t days_since_epoch() const;
  static CalendarDate from_days_since_epoch(std::int64_t days);

  std::string iso() const;  // YYYY-MM-DD
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

// "YYYY-MM-DD", a real calendar date; nullopt otherwise.
std::optional<CalendarDate> parse_calendar_date(std::string_view text);

CalendarDate add_days(CalendarDate date, std::int64_t days);
// Whole days from `from` to `to` (negative when `to` is earlier).
std::int64_t days_between(CalendarDate from, CalendarDate to);

// date + duration as relativedelta does it: years and months first, with the
// day clamped to the new month's length, then weeks and days. Hours, minutes
// and seconds add whole days only when they make up a day (a zaaktype's terms
// are in days or longer).
CalendarDate add_duration(CalendarDate date, const IsoDuration& duration);
// The same, subtracting (for tests and the demo generator).
CalendarDate subtract_duration(CalendarDate date, const IsoDuration& duration);

// A moment in UTC, to the second: datumStatusGezet, registratie, audit.
struct Timestamp {
  std::int64_t seconds_since_epoch = 0;

  auto operator<=>(const Timestamp&) const = default;
  bool operator==(const Timestamp&) const = default;

  CalendarDate date() const;  // the UTC calendar day
  std::string iso() const;    // YYYY-MM-DDTHH:MM:SSZ
  static Timestamp at_start_of(CalendarDate date);
};

// "YYYY-MM-DD" (midnight UTC), "YYYY-MM-DDTHH:MM[:SS][.fff][Z|+HH:MM]".
std::optional<Timestamp> parse_timestamp(std::string_view text);

// Where "now" comes from: the system clock, or a fixed moment for tests and
// the demo generator.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp now() const = 0;
};

class SystemClock final : public Clock {
 public:
  Timestamp now() const override;
};

class FixedClock final : public Clock {
 public:
  explicit FixedClock(Timestamp moment) : moment_(moment) {}
  Timestamp now() const override { return moment_; }
  void set(Timestamp moment) { moment_ = moment; }
  void advance_seconds(std::int64_t seconds) { moment_.seconds_since_epoch += seconds; }

 private:
  Timestamp moment_;
};

}  // namespace blokjes::engine
