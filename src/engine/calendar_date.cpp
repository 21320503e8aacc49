// Civil-calendar conversion after Howard Hinnant's days_from_civil and
// civil_from_days (public domain algorithms), written out for this project.

#include "calendar_date.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace blokjes::engine {
namespace {

std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool read_int(std::string_view text, std::size_t at, std::size_t length, int& value) {
  if (at + length > text.size()) return false;
  for (std::size_t i = at; i < at + length; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  std::from_chars(text.data() + at, text.data() + at + length, value);
  return true;
}

CalendarDate add_months(CalendarDate date, std::int64_t months) {
  const std::int64_t index = static_cast<std::int64_t>(date.year) * 12 + (date.month - 1) + months;
  std::int64_t year = index / 12;
  std::int64_t month0 = index % 12;
  if (month0 < 0) {
    month0 += 12;
    year -= 1;
  }
  CalendarDate moved{static_cast<int>(year), static_cast<int>(month0 + 1), date.day};
  moved.day = std::min(moved.day, days_in_month(moved.year, moved.month));
  return moved;
}

std::int64_t whole_days(const IsoDuration& duration) {
  const std::int64_t seconds = static_cast<std::int64_t>(duration.hours) * 3600 +
                               static_cast<std::int64_t>(duration.minutes) * 60 + duration.seconds;
  return static_cast<std::int64_t>(duration.weeks) * 7 + duration.days + seconds / 86400;
}

}  // namespace

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return kDays[month - 1] + (month == 2 && is_leap_year(year) ? 1 : 0);
}

std::int64_t CalendarDate::days_since_epoch() const {
  return days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

CalendarDate CalendarDate::from_days_since_epoch(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

std::string CalendarDate::iso() const {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return text;
}

std::optional<CalendarDate> parse_calendar_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  CalendarDate date;
  if (!read_int(text, 0, 4, date.year) || !read_int(text, 5, 2, date.month) ||
      !read_int(text, 8, 2, date.day)) {
    return std::nullopt;
  }
  if (date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > days_in_month(date.year, date.month)) {
    return std::nullopt;
  }
  return date;
}

CalendarDate add_days(CalendarDate date, std::int64_t days) {
  return CalendarDate::from_days_since_epoch(date.days_since_epoch() + days);
}

std::int64_t days_between(CalendarDate from, CalendarDate to) {
  return to.days_since_epoch() - from.days_since_epoch();
}

CalendarDate add_duration(CalendarDate date, const IsoDuration& duration) {
  const auto moved = add_months(date, static_cast<std::int64_t>(duration.years) * 12 + duration.months);
  return add_days(moved, whole_days(duration));
}

CalendarDate subtract_duration(CalendarDate date, const IsoDuration& duration) {
  const auto moved =
      add_months(date, -(static_cast<std::int64_t>(duration.years) * 12 + duration.months));
  return add_days(moved, -whole_days(duration));
}

CalendarDate Timestamp::date() const {
  std::int64_t days = seconds_since_epoch / 86400;
  if (seconds_since_epoch % 86400 < 0) days -= 1;
  return CalendarDate::from_days_since_epoch(days);
}

std::string Timestamp::iso() const {
  const auto day = date();
  const std::int64_t in_day = seconds_since_epoch - day.days_since_epoch() * 86400;
  char text[32];
  std::snprintf(text, sizeof text, "%sT%02d:%02d:%02dZ", day.iso().c_str(),
                static_cast<int>(in_day / 3600), static_cast<int>(in_day / 60 % 60),
                static_cast<int>(in_day % 60));
  return text;
}

Timestamp Timestamp::at_start_of(CalendarDate date) {
  return {date.days_since_epoch() * 86400};
}

std::optional<Timestamp> parse_timestamp(std::string_view text) {
  const auto date = parse_calendar_date(text.substr(0, 10));
  if (!date) return std::nullopt;
  Timestamp moment = Timestamp::at_start_of(*date);
  if (text.size() == 10) return moment;
  if (text[10] != 'T' && text[10] != ' ') return std::nullopt;
  int hours = 0, minutes = 0, seconds = 0;
  if (!read_int(text, 11, 2, hours) || text.size() < 16 || text[13] != ':' ||
      !read_int(text, 14, 2, minutes)) {
    return std::nullopt;
  }
  std::size_t at = 16;
  if (at < text.size() && text[at] == ':') {
    if (!read_int(text, at + 1, 2, seconds)) return std::nullopt;
    at += 3;
  }
  if (at < text.size() && text[at] == '.') {
    ++at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return std::nullopt;
  std::int64_t offset = 0;
  if (at < text.size()) {
    if (text[at] == 'Z' && at + 1 == text.size()) {
      ++at;
    } else if ((text[at] == '+' || text[at] == '-') && text.size() == at + 6 && text[at + 3] == ':') {
      int offset_hours = 0, offset_minutes = 0;
      if (!read_int(text, at + 1, 2, offset_hours) || !read_int(text, at + 4, 2, offset_minutes)) {
        return std::nullopt;
      }
      offset = (offset_hours * 3600 + offset_minutes * 60) * (text[at] == '+' ? 1 : -1);
      at = text.size();
    } else {
      return std::nullopt;
    }
  }
  moment.seconds_since_epoch += hours * 3600 + minutes * 60 + seconds - offset;
  return moment;
}

Timestamp SystemClock::now() const {
  const auto since = std::chrono::system_clock::now().time_since_epoch();
  return {std::chrono::duration_cast<std::chrono::seconds>(since).count()};
}

}  // namespace blokjes::engine
