// The event log in memory: times, the string pool and building a log.
//
// Sections: times - the string pool - the log.

#include "event_log.h"

#include <algorithm>
#include <cstdio>

namespace blokjes::eventlog {

// [SECTION] Times
namespace {

bool digits(std::string_view text, std::size_t at, std::size_t count, int& out) {
  if (at + count > text.size()) return false;
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  out = value;
  return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// days_from_civil), so no time zone database or locale is involved.
std::int64_t days_from_civil(int year, int month, int day) {
  year -= month <= 2 ? 1 : 0;
  const int era = (year >= 0 ? year : year - 399) / 400;
  const int yoe = year - era * 400;
  const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

void civil_from_days(std::int64_t days, int& year, int& month, int& day) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int doe = static_cast<int>(days - era * 146097);
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  day = doy - (153 * mp + 2) / 5 + 1;
  month = mp + (mp < 10 ? 3 : -9);
  year = static_cast<int>(yoe + era * 400) + (month <= 2 ? 1 : 0);
}

bool valid_date(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// hh:mm[:ss[.fff…]] from `at`; returns the index after it or npos.
std::size_t parse_clock(std::string_view text, std::size_t at, std::int64_t& milliseconds, bool seconds_optional) {
  int hour = 0, minute = 0, second = 0;
  if (!digits(text, at, 2, hour) || at + 2 >= text.size() || text[at + 2] != ':' || !digits(text, at + 3, 2, minute))
    return std::string_view::npos;
  std::size_t i = at + 5;
  if (i < text.size() && text[i] == ':') {
    if (!digits(text, i + 1, 2, second)) return std::string_view::npos;
    i += 3;
  } else if (!seconds_optional) {
    return std::string_view::npos;
  }
  int fraction = 0;
  if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
    ++i;
    int scale = 100;
    const std::size_t first = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      fraction += (text[i] - '0') * scale;
      scale /= 10;
      ++i;
    }
    if (i == first) return std::string_view::npos;
  }
  if (hour > 24 || minute > 59 || second > 60 || (hour == 24 && (minute || second || fraction))) return std::string_view::npos;
  milliseconds = ((hour * 60LL + minute) * 60 + second) * 1000 + fraction;
  return i;
}

// "Z", "+02:00", "+0200", "-05" or nothing, from `at` to the end.
bool parse_zone(std::string_view text, std::size_t at, std::int64_t& offset_ms) {
  offset_ms = 0;
  if (at == text.size()) return true;
  if (text[at] == 'Z' || text[at] == 'z') return at + 1 == text.size();
  if (text[at] != '+' && text[at] != '-') return false;
  const int sign = text[at] == '-' ? -1 : 1;
  int hours = 0, minutes = 0;
  if (!digits(text, at + 1, 2, hours)) return false;
  std::size_t i = at + 3;
  if (i < text.size() && text[i] == ':') ++i;
  if (i < text.size()) {
    if (!digits(text, i, 2, minutes)) return false;
    i += 2;
  }
  if (i != text.size() || hours > 14 || minutes > 59) return false;
  offset_ms = sign * (hours * 60LL + minutes) * 60'000;
  return true;
}

}  // namespace

std::optional<Timestamp> parse_timestamp(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  int year = 0, month = 0, day = 0;
  std::size_t i = 0;
  bool dutch = false;
  if (digits(text, 0, 4, year) && text.size() >= 10 && text[4] == '-' && digits(text, 5, 2, month) &&
      text[7] == '-' && digits(text, 8, 2, day)) {
    i = 10;
  } else if (digits(text, 0, 2, day) && text.size() >= 10 && text[2] == '-' && digits(text, 3, 2, month) &&
             text[5] == '-' && digits(text, 6, 4, year)) {
    i = 10;
    dutch = true;
  } else {
    return std::nullopt;
  }
  if (!valid_date(year, month, day)) return std::nullopt;
  std::int64_t clock_ms = 0;
  std::int64_t offset_ms = 0;
  if (i < text.size()) {
    if (text[i] != 'T' && text[i] != 't' && text[i] != ' ') return std::nullopt;
    i = parse_clock(text, i + 1, clock_ms, /*seconds_optional=*/dutch || text[i] == ' ');
    if (i == std::string_view::npos) return std::nullopt;
    if (!parse_zone(text, i, offset_ms)) return std::nullopt;
  }
  return days_from_civil(year, month, day) * 86'400'000LL + clock_ms - offset_ms;
}

std::string format_timestamp(Timestamp time) {
  if (time == kNoTime) return {};
  std::int64_t days = time / 86'400'000;
  std::int64_t rest = time % 86'400'000;
  if (rest < 0) {
    rest += 86'400'000;
    --days;
  }
  int year = 0, month = 0, day = 0;
  civil_from_days(days, year, month, day);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month, day,
                static_cast<int>(rest / 3'600'000), static_cast<int>(rest / 60'000 % 60),
                static_cast<int>(rest / 1000 % 60), static_cast<int>(rest % 1000));
  return buffer;
}

// [SECTION] The string pool
StringPool::StringPool() { intern(""); }

StringPool::StringPool(const StringPool& other) : texts_(other.texts_), text_bytes_(other.text_bytes_) {
  rebuild_index();
}

StringPool& StringPool::operator=(const StringPool& other) {
  if (this != &other) {
    texts_ = other.texts_;
    text_bytes_ = other.text_bytes_;
    rebuild_index();
  }
  return *this;
}

void StringPool::rebuild_index() {
  index_.clear();
  index_.reserve(texts_.size());
  for (std::size_t i = 0; i < texts_.size(); ++i) index_.emplace(texts_[i], static_cast<TextId>(i));
}

TextId StringPool::intern(std::string_view text) {
  if (const auto found = index_.find(text); found != index_.end()) return found->second;
  const auto id = static_cast<TextId>(texts_.size());
  texts_.emplace_back(text);
  text_bytes_ += text.size();
  index_.emplace(texts_.back(), id);
  return id;
}

std::optional<TextId> StringPool::find(std::string_view text) const {
  if (const auto found = index_.find(text); found != index_.end()) return found->second;
  return std::nullopt;
}

std::string_view to_string(AttributeType type) {
  switch (type) {
    case AttributeType::string: return "string";
    case AttributeType::date: return "date";
    case AttributeType::int_: return "int";
    case AttributeType::float_: return "float";
    case AttributeType::boolean: return "boolean";
    case AttributeType::id: return "id";
    case AttributeType::list: return "list";
    case AttributeType::container: return "container";
  }
  return "string";
}

// [SECTION] The log
std::string_view EventLog::attribute(const Event& event, TextId key) const {
  const Attribute* first = attributes.data() + event.first_attribute;
  for (const Attribute* a = first; a != first + event.attribute_count; ++a)
    if (a->key == key) return texts.text(a->value);
  return {};
}

std::string_view EventLog::attribute(const Event& event, std::string_view key) const {
  const auto id = texts.find(key);
  return id ? attribute(event, *id) : std::string_view{};
}

std::string_view EventLog::attribute(const Case& c, std::string_view key) const {
  const auto id = texts.find(key);
  if (!id) return {};
  const Attribute* first = case_attributes.data() + c.first_attribute;
  for (const Attribute* a = first; a != first + c.attribute_count; ++a)
    if (a->key == *id) return texts.text(a->value);
  return {};
}

Case& EventLog::begin_case(std::string_view name) {
  if (case_open_) end_case();
  case_open_ = true;
  Case& c = cases.emplace_back();
  c.name = texts.intern(name);
  c.first_event = static_cast<std::uint32_t>(events.size());
  c.first_attribute = static_cast<std::uint32_t>(case_attributes.size());
  return c;
}

Event& EventLog::add_event(std::string_view activity, Timestamp time, std::string_view resource,
                           std::string_view lifecycle) {
  if (!case_open_) begin_case("");
  Event& e = events.emplace_back();
  e.activity = texts.intern(activity);
  e.time = time;
  e.resource = texts.intern(resource);
  e.lifecycle = texts.intern(lifecycle);
  e.first_attribute = static_cast<std::uint32_t>(attributes.size());
  ++cases.back().event_count;
  return e;
}

void EventLog::add_event_attribute(std::string_view key, std::string_view value, AttributeType type) {
  if (events.empty()) return;
  attributes.push_back({texts.intern(key), texts.intern(value), type});
  ++events.back().attribute_count;
}

void EventLog::add_case_attribute(std::string_view key, std::string_view value, AttributeType type) {
  if (!case_open_) return;
  case_attributes.push_back({texts.intern(key), texts.intern(value), type});
  ++cases.back().attribute_count;
  Case& c = cases.back();
  if (type == AttributeType::date && (key == "startDate" || key == "endDate")) {
    if (const auto time = parse_timestamp(value)) (key == "startDate" ? c.start : c.end) = *time;
  }
}

void EventLog::end_case() {
  if (!case_open_) return;
  case_open_ = false;
  Case& c = cases.back();
  auto first = events.begin() + c.first_event;
  auto last = first + c.event_count;
  // A case with an untimed event keeps the file's order: there is no place
  // to sort it into.
  if (std::any_of(first, last, [](const Event& e) { return e.time == kNoTime; })) return;
  std::stable_sort(first, last, [](const Event& a, const Event& b) { return a.time < b.time; });
}

}  // namespace blokjes::eventlog
