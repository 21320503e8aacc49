#include "utf8_text.h"

#include "json_text.h"

// [SECTION] Decoding one character
// [SECTION] Length and prefix
// [SECTION] Documents

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Decoding one character
// -----------------------------------------------------------------------------

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

// The length of the well-formed sequence at `at`, or 0 when it is ill-formed
// (Unicode 15, table 3-7: the allowed second byte depends on the first).
std::size_t sequence_length(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // bounds of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // no overlong forms
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  if (byte(1) < low || byte(1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (!is_continuation(byte(i))) return 0;
  }
  return length;
}

// -----------------------------------------------------------------------------
// [SECTION] Documents
// -----------------------------------------------------------------------------

template <typename Json>
void require_valid(const Json& value, const std::string& pointer) {
  if (value.is_string()) {
    if (const auto byte = first_invalid_utf8(value.template get_ref<const std::string&>())) {
      throw InvalidUtf8Error(pointer, *byte);
    }
  } else if (value.is_object()) {
    for (auto item = value.begin(); item != value.end(); ++item) {
      if (const auto byte = first_invalid_utf8(item.key())) {
        throw InvalidUtf8Error(pointer + " (a key)", *byte);
      }
      require_valid(item.value(), pointer + "/" + pointer_escape(item.key()));
    }
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      require_valid(value[i], pointer + "/" + std::to_string(i));
    }
  }
}

}  // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = sequence_length(text, i);
    if (length == 0) return i;
    i += length;
  }
  return std::nullopt;
}

// -----------------------------------------------------------------------------
// [SECTION] Length and prefix
// -----------------------------------------------------------------------------

std::size_t utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    if (!is_continuation(static_cast<unsigned char>(c))) ++count;
  }
  return count;
}

std::string utf8_prefix(std::string_view text, std::size_t characters) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_continuation(static_cast<unsigned char>(text[i])) && count++ == characters) {
      return std::string(text.substr(0, i));
    }
  }
  return std::string(text);
}

InvalidUtf8Error::InvalidUtf8Error(std::string pointer, std::size_t byte)
    : std::runtime_error("the text at " + (pointer.empty() ? std::string("/") : pointer) +
                         " is not valid UTF-8 (byte " + std::to_string(byte) +
                         "); nothing was written"),
      pointer_(std::move(pointer)) {}

void require_valid_utf8(const nlohmann::ordered_json& document) {
  require_valid(document, "");
}

void require_valid_utf8(const nlohmann::json& document) {
  require_valid(document, "");
}

}  // namespace blokjes
