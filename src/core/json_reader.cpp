#include "json_reader.h"

#include <cmath>
#include <limits>

#include "json_text.h"

namespace blokjes {

std::string describe_json_type(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null:
      return "null";
    case nlohmann::json::value_t::object:
      return "an object";
    case nlohmann::json::value_t::array:
      return "an array";
    case nlohmann::json::value_t::string:
      return "a string";
    case nlohmann::json::value_t::boolean:
      return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
      return "a number";
    default:
      return "an unsupported value";
  }
}

void JsonReader::fail(const std::string& message) const {
  throw DecodeError(pointer_, message);
}

const nlohmann::json& JsonReader::as_object() const {
  if (!value_->is_object()) fail("expected an object, found " + describe_json_type(*value_));
  return *value_;
}

JsonReader JsonReader::field(std::string_view key) const {
  const auto& object = as_object();
  const auto found = object.find(key);
  if (found == object.end()) fail("missing required field \"" + std::string(key) + "\"");
  return JsonReader(*found, pointer_ + "/" + pointer_escape(key));
}

std::optional<JsonReader> JsonReader::optional_field(std::string_view key) const {
  const auto& object = as_object();
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) return std::nullopt;
  return JsonReader(*found, pointer_ + "/" + pointer_escape(key));
}

void JsonReader::expect_only_fields(std::initializer_list<std::string_view> known) const {
  for (const auto& item : as_object().items()) {
    bool is_known = false;
    for (const auto name : known) is_known = is_known || item.key() == name;
    if (is_known) continue;
    std::string list;
    for (const auto name : known) list += (list.empty() ? "" : ", ") + std::string(name);
    throw DecodeError(pointer_ + "/" + pointer_escape(item.key()),
                      "unknown field \"" + item.key() + "\"; expected one of: " + list);
  }
}

std::string JsonReader::as_string() const {
  if (!value_->is_string()) fail("expected a string, found " + describe_json_type(*value_));
  return value_->get<std::string>();
}

std::string JsonReader::as_string(std::size_t max_length) const {
  std::string text = as_string();
  if (text.size() > max_length) {
    fail("text is " + std::to_string(text.size()) + " bytes long; at most " +
         std::to_string(max_length) + " allowed");
  }
  return text;
}

bool JsonReader::as_bool() const {
  if (!value_->is_boolean()) fail("expected true or false, found " + describe_json_type(*value_));
  return value_->get<bool>();
}

double JsonReader::as_number() const {
  if (!value_->is_number()) fail("expected a number, found " + describe_json_type(*value_));
  const double number = value_->get<double>();
  if (!std::isfinite(number)) fail("expected a finite number");
  return number;
}

int JsonReader::as_int() const {
  const double number = as_number();
  if (number != std::floor(number) || std::fabs(number) > std::numeric_limits<int>::max()) {
    fail("expected a whole number, found " + value_->dump());
  }
  return static_cast<int>(number);
}

std::vector<JsonReader> JsonReader::as_array() const {
  if (!value_->is_array()) fail("expected an array, found " + describe_json_type(*value_));
  std::vector<JsonReader> items;
  items.reserve(value_->size());
  for (std::size_t i = 0; i < value_->size(); ++i) {
    items.emplace_back((*value_)[i], pointer_ + "/" + std::to_string(i));
  }
  return items;
}

std::string JsonReader::as_enum(std::span<const std::string_view> allowed) const {
  std::string text = as_string();
  std::string list;
  for (const auto option : allowed) {
    if (text == option) return text;
    list += (list.empty() ? "" : ", ") + std::string(option);
  }
  fail("\"" + text + "\" is not allowed here; expected one of: " + list);
}

std::string JsonReader::string_or(std::string_view key, std::string fallback) const {
  const auto found = optional_field(key);
  return found ? found->as_string() : std::move(fallback);
}

bool JsonReader::bool_or(std::string_view key, bool fallback) const {
  const auto found = optional_field(key);
  return found ? found->as_bool() : fallback;
}

std::optional<std::string> JsonReader::optional_string(std::string_view key) const {
  const auto found = optional_field(key);
  if (!found) return std::nullopt;
  return found->as_string();
}

}  // namespace blokjes
