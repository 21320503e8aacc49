#pragma once
// An event log in memory (issue 15): the cases (XES traces) of one log, their
// events in the order they happened, and every attribute, with each distinct
// text stored once. So memory grows with the number of events, cases and
// distinct values, not with the size of the file they came from (a 41 MB XES
// file repeats the same few hundred activity names and resource ids).
//
// Readers fill it (event_log_reader.h: XES 1.0/2.0, gzipped or plain, and CSV);
// the mapping, the replay and the discovery read it. Plain C++, no UI.
//
// Sections: times - the string pool - attributes, events, cases - the log.

#include <cstdint>
#include <deque>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace blokjes::eventlog {

// [SECTION] Times
// Milliseconds since 1970-01-01T00:00:00Z. A time zone in the file is applied
// (2014-04-11T00:00:00+02:00 is 2014-04-10T22:00:00Z); a time without a zone
// is read as UTC.
using Timestamp = std::int64_t;
inline constexpr Timestamp kNoTime = std::numeric_limits<Timestamp>::min();
inline constexpr double kMillisecondsPerDay = 86'400'000.0;

// ISO 8601 / xs:dateTime ("2014-04-11T00:00:00+02:00", "2014-04-11T00:00:00.000Z",
// "2014-04-11 00:00:00", "2014-04-11") and the Dutch spreadsheet form
// ("11-04-2014 09:30", "11-04-2014 09:30:15", "11-04-2014"). Nothing for
// anything else, including impossible dates (31-02-2014).
std::optional<Timestamp> parse_timestamp(std::string_view text);
// "2014-04-10T22:00:00.000Z"
std::string format_timestamp(Timestamp time);

// [SECTION] The string pool
// Each distinct text once; an id is its index. Id 0 is the empty text, so a
// missing attribute reads as "".
using TextId = std::uint32_t;
inline constexpr TextId kEmptyText = 0;

class StringPool {
 public:
  StringPool();
  StringPool(const StringPool& other);
  StringPool& operator=(const StringPool& other);
  StringPool(StringPool&&) noexcept = default;
  StringPool& operator=(StringPool&&) noexcept = default;

  TextId intern(std::string_view text);
  // The id of `text` if it is in the pool.
  std::optional<TextId> find(std::string_view text) const;
  std::string_view text(TextId id) const { return texts_[id]; }
  std::size_t size() const { return texts_.size(); }
  // Bytes held by the texts themselves (for the benchmark's memory report).
  std::size_t text_bytes() const { return text_bytes_; }

 private:
  void rebuild_index();
  std::deque<std::string> texts_;  // a deque: the index's views stay valid as it grows
  std::unordered_map<std::string_view, TextId> index_;
  std::size_t text_bytes_ = 0;
};

// [SECTION] Attributes, events, cases
enum class AttributeType : std::uint8_t { string, date, int_, float_, boolean, id, list, container };
std::string_view to_string(AttributeType type);

// One attribute. Nested attributes (XES 1.0's nested attributes, 2.0's lists
// and containers) are flattened: a child's key is its parent's key, "/", and
// its own ("meta_concept:named_events_total/01_HOOFD_010"). The value is the
// text as the file has it; a date's value is also in the event's `time` when
// its key is time:timestamp.
struct Attribute {
  TextId key = kEmptyText;
  TextId value = kEmptyText;
  AttributeType type = AttributeType::string;
};

struct Event {
  // The standard extensions, looked up once while reading.
  TextId activity = kEmptyText;   // the value the log's activity is read from (see EventLog::activity_key)
  Timestamp time = kNoTime;       // time:timestamp
  TextId resource = kEmptyText;   // org:resource
  TextId lifecycle = kEmptyText;  // lifecycle:transition
  // All attributes of the event, including the four above, in file order:
  // EventLog::attributes[first_attribute, first_attribute + attribute_count).
  std::uint32_t first_attribute = 0;
  std::uint32_t attribute_count = 0;
};

struct Case {
  TextId name = kEmptyText;  // concept:name of the trace (the zaak)
  // Its events: EventLog::events[first_event, first_event + event_count),
  // sorted by time (stable, so events with equal times keep file order).
  std::uint32_t first_event = 0;
  std::uint32_t event_count = 0;
  // Its attributes: EventLog::case_attributes[first_attribute, + attribute_count).
  std::uint32_t first_attribute = 0;
  std::uint32_t attribute_count = 0;
  // The case's own start and end when the log records them (BPIC's
  // startDate/endDate, a CSV's chosen columns); kNoTime otherwise.
  Timestamp start = kNoTime;
  Timestamp end = kNoTime;
};

struct Classifier {
  std::string name;
  std::vector<std::string> keys;  // e.g. {"concept:name", "lifecycle:transition"}
};

// [SECTION] The log
struct EventLog {
  std::string source;  // the file it was read from, for messages
  StringPool texts;
  std::vector<Case> cases;
  std::vector<Event> events;  // grouped by case, in case order
  std::vector<Attribute> attributes;       // the events'
  std::vector<Attribute> case_attributes;  // the cases'
  std::vector<Attribute> log_attributes;
  std::vector<Classifier> classifiers;
  // Which attribute Event::activity holds: "concept:name" unless a reader
  // was asked otherwise (a CSV's activity column keeps its own header).
  std::string activity_key = "concept:name";
  // Lenient reading: what was left out, and the first few reasons (file,
  // line:column, what was expected).
  std::size_t skipped_events = 0;
  std::size_t skipped_cases = 0;
  std::vector<std::string> skipped_reasons;
  static constexpr std::size_t kMaxSkippedReasons = 20;

  std::string_view text(TextId id) const { return texts.text(id); }
  std::string_view case_name(const Case& c) const { return texts.text(c.name); }
  // The value of attribute `key` on an event or a case; "" when it has none.
  std::string_view attribute(const Event& event, std::string_view key) const;
  std::string_view attribute(const Case& c, std::string_view key) const;
  // The key's id if any event or case uses it (for fast repeated lookups).
  std::optional<TextId> key_id(std::string_view key) const { return texts.find(key); }
  std::string_view attribute(const Event& event, TextId key) const;

  // Building a log in memory (readers and tests): begin a case, add its
  // attributes and events (an event attribute belongs to the last event
  // added), end it. end_case() sorts the case's events by time and reads
  // startDate/endDate (dates) into Case::start/end when the case has them.
  Case& begin_case(std::string_view name);
  Event& add_event(std::string_view activity, Timestamp time, std::string_view resource = {},
                   std::string_view lifecycle = "complete");
  void add_event_attribute(std::string_view key, std::string_view value,
                           AttributeType type = AttributeType::string);
  void add_case_attribute(std::string_view key, std::string_view value,
                          AttributeType type = AttributeType::string);
  void end_case();

  // The events of a case, for range-for.
  struct EventRange {
    const Event* first;
    const Event* last;
    const Event* begin() const { return first; }
    const Event* end() const { return last; }
    std::size_t size() const { return static_cast<std::size_t>(last - first); }
  };
  EventRange events_of(const Case& c) const {
    return {events.data() + c.first_event, events.data() + c.first_event + c.event_count};
  }

 private:
  bool case_open_ = false;
};

}  // namespace blokjes::eventlog
