// Calendar arithmetic as Open Zaak does it (relativedelta), checked against
// dates computed by hand: month ends, leap years, weeks, long terms.

#include <catch2/catch.hpp>

#include "engine/calendar_date.h"

using namespace blokjes;
using namespace blokjes::engine;

namespace {

CalendarDate date(const char* text) {
  const auto parsed = parse_calendar_date(text);
  REQUIRE(parsed);
  return *parsed;
}

std::string plus(const char* start, const char* duration) {
  const auto parsed = parse_iso_duration(duration);
  REQUIRE(parsed);
  return add_duration(date(start), *parsed).iso();
}

}  // namespace

TEST_CASE("a month is a calendar month, clamped to the month's last day") {
  CHECK(plus("2026-01-31", "P1M") == "2026-02-28");
  CHECK(plus("2024-01-31", "P1M") == "2024-02-29");  // leap year
  CHECK(plus("2026-03-31", "P1M") == "2026-04-30");
  CHECK(plus("2026-01-15", "P1M") == "2026-02-15");
  CHECK(plus("2026-12-31", "P2M") == "2027-02-28");
  CHECK(plus("2026-08-31", "P6M") == "2027-02-28");
}

TEST_CASE("years move the calendar year; 29 February becomes 28 February") {
  CHECK(plus("2024-02-29", "P1Y") == "2025-02-28");
  CHECK(plus("2024-02-29", "P4Y") == "2028-02-29");
  CHECK(plus("2026-06-30", "P20Y") == "2046-06-30");
  CHECK(plus("2026-01-31", "P1Y1M") == "2027-02-28");
}

TEST_CASE("weeks are seven days and days are days, added after the months") {
  CHECK(plus("2026-12-01", "P8W") == "2027-01-26");
  CHECK(plus("2026-12-01", "P6W") == "2027-01-12");
  CHECK(plus("2024-02-28", "P1D") == "2024-02-29");
  CHECK(plus("2023-02-28", "P1D") == "2023-03-01");
  CHECK(plus("2026-01-31", "P1M1D") == "2026-03-01");  // 28 Feb + 1 day
  CHECK(plus("2026-12-31", "P1D") == "2027-01-01");
  CHECK(plus("2026-12-01", "PT48H") == "2026-12-03");
}

TEST_CASE("subtracting mirrors adding") {
  const auto duration = *parse_iso_duration("P1M");
  CHECK(subtract_duration(date("2026-03-31"), duration).iso() == "2026-02-28");
  CHECK(subtract_duration(date("2026-03-15"), *parse_iso_duration("P2W")).iso() == "2026-03-01");
}

TEST_CASE("days since the epoch round-trip over four centuries") {
  for (std::int64_t day = -146097; day <= 2 * 146097; day += 97) {
    CHECK(CalendarDate::from_days_since_epoch(day).days_since_epoch() == day);
  }
  CHECK(date("1970-01-01").days_since_epoch() == 0);
  CHECK(date("2000-03-01").days_since_epoch() == 11017);
  CHECK(days_between(date("2026-12-01"), date("2027-01-26")) == 56);
}

TEST_CASE("dates that are not calendar dates do not parse") {
  CHECK_FALSE(parse_calendar_date("2026-02-29"));
  CHECK(parse_calendar_date("2024-02-29"));
  CHECK_FALSE(parse_calendar_date("2026-13-01"));
  CHECK_FALSE(parse_calendar_date("2026-1-01"));
  CHECK_FALSE(parse_calendar_date("morgen"));
}

TEST_CASE("timestamps parse with and without time and offset") {
  CHECK(parse_timestamp("2026-12-01")->iso() == "2026-12-01T00:00:00Z");
  CHECK(parse_timestamp("2026-12-01T10:15:30Z")->iso() == "2026-12-01T10:15:30Z");
  CHECK(parse_timestamp("2026-12-01T10:15")->iso() == "2026-12-01T10:15:00Z");
  CHECK(parse_timestamp("2026-12-01T01:00:00+02:00")->iso() == "2026-11-30T23:00:00Z");
  CHECK(parse_timestamp("2026-12-01T10:15:30.123456Z")->iso() == "2026-12-01T10:15:30Z");
  CHECK(parse_timestamp("2026-12-01T23:59:59Z")->date().iso() == "2026-12-01");
  CHECK_FALSE(parse_timestamp("2026-12-01T25:00"));
  CHECK_FALSE(parse_timestamp("2026-12-01X"));
}
