#include "identifier_text.h"

#include "terminal_text.h"
#include "utf8_text.h"

namespace blokjes {

bool is_slug(std::string_view text) {
  // A dash may only stand between two groups: not first, not last, not twice.
  bool after_group_character = false;
  for (const char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      after_group_character = true;
    } else if (c == '-' && after_group_character) {
      after_group_character = false;
    } else {
      return false;
    }
  }
  return after_group_character;
}

std::string shown_identifier(std::string_view text, std::size_t characters) {
  // Count and cut by characters when the text is UTF-8, by bytes otherwise
  // (the loader refuses invalid UTF-8, but a message must never fail).
  const bool utf8 = is_valid_utf8(text);
  const std::size_t length = utf8 ? utf8_length(text) : text.size();
  const bool cut = length > characters;
  const std::string kept =
      !cut ? std::string(text)
           : (utf8 ? utf8_prefix(text, characters) : std::string(text.substr(0, characters)));
  // One escaping for every message (core/terminal_text.h), so a finding quotes
  // an id exactly as the terminal filter and the app would show it.
  std::string shown = terminal_safe(kept);
  if (cut) shown += "... (" + std::to_string(length) + " characters)";
  return shown;
}

}  // namespace blokjes
