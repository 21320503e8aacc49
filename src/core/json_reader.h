#pragma once
// A typed view on a parsed JSON value that knows its own JSON pointer, so
// every "expected X" error names exactly where in the file it happened.

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace blokjes {

// Thrown while decoding; the loader turns it into a LoadError with line:col.
class DecodeError : public std::runtime_error {
 public:
  DecodeError(std::string pointer, const std::string& message)
      : std::runtime_error(message), pointer_(std::move(pointer)), message_(message) {}
  const std::string& pointer() const { return pointer_; }
  // The whole message: what() stops at a NUL that a key or value may hold.
  const std::string& message() const { return message_; }

 private:
  std::string pointer_;
  std::string message_;
};

class JsonReader {
 public:
  JsonReader(const nlohmann::json& value, std::string pointer)
      : value_(&value), pointer_(std::move(pointer)) {}

  const nlohmann::json& value() const { return *value_; }
  const std::string& pointer() const { return pointer_; }
  [[noreturn]] void fail(const std::string& message) const;

  // Object access. `field` requires the key; `optional_field` allows it absent or null.
  JsonReader field(std::string_view key) const;
  std::optional<JsonReader> optional_field(std::string_view key) const;
  void expect_only_fields(std::initializer_list<std::string_view> known) const;

  std::string as_string() const;
  std::string as_string(std::size_t max_length) const;
  bool as_bool() const;
  double as_number() const;
  int as_int() const;
  std::vector<JsonReader> as_array() const;
  const nlohmann::json& as_object() const;
  // A string that must be one of `allowed`.
  std::string as_enum(std::span<const std::string_view> allowed) const;
  std::string as_enum(std::initializer_list<std::string_view> allowed) const {
    return as_enum(std::span<const std::string_view>(allowed.begin(), allowed.size()));
  }

  // Shorthands for the common optional cases.
  std::string string_or(std::string_view key, std::string fallback) const;
  bool bool_or(std::string_view key, bool fallback) const;
  std::optional<std::string> optional_string(std::string_view key) const;

 private:
  const nlohmann::json* value_;
  std::string pointer_;
};

// A JSON type name for messages, e.g. "a number" or "null".
std::string describe_json_type(const nlohmann::json& value);

}  // namespace blokjes
