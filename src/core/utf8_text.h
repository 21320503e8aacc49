#pragma once
// UTF-8 text as the Catalogi API and our files count it: in characters (code
// points), never in bytes, and never cut inside a character. Every place that
// shortens or measures user text goes through here, so a cut can not leave half
// a character behind (which a save would otherwise turn into U+FFFD).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace blokjes {

// Where the first byte that does not start or continue a well-formed UTF-8
// sequence is (overlong forms, surrogates and code points above U+10FFFF are
// ill-formed too); nothing when all of `text` is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);
inline bool is_valid_utf8(std::string_view text) {
  return !first_invalid_utf8(text).has_value();
}

// The number of characters (code points) of valid UTF-8 text.
std::size_t utf8_length(std::string_view text);

// At most `characters` characters of `text`, cut on a character boundary.
std::string utf8_prefix(std::string_view text, std::size_t characters);

// Thrown when a document about to be written holds text that is not UTF-8.
class InvalidUtf8Error : public std::runtime_error {
 public:
  InvalidUtf8Error(std::string pointer, std::size_t byte);
  const std::string& pointer() const { return pointer_; }

 private:
  std::string pointer_;
};

// Throws InvalidUtf8Error naming the JSON pointer of the first string (or
// object key) in `document` that is not valid UTF-8, so an encoder refuses
// such text instead of silently replacing it.
void require_valid_utf8(const nlohmann::ordered_json& document);
void require_valid_utf8(const nlohmann::json& document);

}  // namespace blokjes
