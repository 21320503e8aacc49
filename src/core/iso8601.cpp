#include "iso8601.h"

#include <cctype>
#include <charconv>

namespace blokjes {
namespace {

bool is_digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// Reads "<number><designator>" pairs; designators must appear in `order`.
bool read_components(std::string_view& text, std::string_view order, IsoDuration& duration,
                     bool time_part, bool& any) {
  std::size_t next_allowed = 0;
  while (!text.empty() && text.front() != 'T') {
    if (!is_digit(text.front())) return false;
    int value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr == text.data()) return false;
    text.remove_prefix(static_cast<std::size_t>(result.ptr - text.data()));
    if (text.empty()) return false;
    const auto slot = order.find(text.front(), next_allowed);
    if (slot == std::string_view::npos) return false;
    next_allowed = slot + 1;
    const char designator = text.front();
    text.remove_prefix(1);
    any = true;
    if (time_part) {
      (designator == 'H'   ? duration.hours
       : designator == 'M' ? duration.minutes
                           : duration.seconds) = value;
    } else {
      (designator == 'Y'   ? duration.years
       : designator == 'M' ? duration.months
       : designator == 'W' ? duration.weeks
                           : duration.days) = value;
    }
  }
  return true;
}

}  // namespace

double IsoDuration::approximate_days() const {
  return years * 365.0 + months * 30.0 + weeks * 7.0 + days + hours / 24.0 + minutes / 1440.0 +
         seconds / 86400.0;
}

std::optional<IsoDuration> parse_iso_duration(std::string_view text) {
  if (text.size() < 3 || text.front() != 'P') return std::nullopt;
  text.remove_prefix(1);
  IsoDuration duration;
  bool any = false;
  if (!read_components(text, "YMWD", duration, false, any)) return std::nullopt;
  if (!text.empty()) {
    text.remove_prefix(1);  // 'T'
    bool any_time = false;
    if (!read_components(text, "HMS", duration, true, any_time) || !any_time || !text.empty()) {
      return std::nullopt;
    }
    any = true;
  }
  if (!any) return std::nullopt;
  return duration;
}

bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!is_digit(text[i])) return false;
  }
  const int year = std::stoi(std::string(text.substr(0, 4)));
  const int month = std::stoi(std::string(text.substr(5, 2)));
  const int day = std::stoi(std::string(text.substr(8, 2)));
  if (month < 1 || month > 12 || day < 1) return false;
  constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = kDaysInMonth[month - 1] + ((month == 2 && leap) ? 1 : 0);
  return day <= days;
}

}  // namespace blokjes
