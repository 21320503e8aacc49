#pragma once
// Identifiers of the model (process, block, flow, department and note ids) as
// validation checks them and as messages show them: the slug rule as a plain
// loop (std::regex recurses per character and overflowed the stack on a
// 60,000-character id), one documented length cap, and a short, printable form
// for quoting an id of any length or content in a message.

#include <cstddef>
#include <string>
#include <string_view>

namespace blokjes {

// The longest id the model accepts, in characters. 100 because ids become
// parts of file names (an export writes "<stem>-<process id>.json", and a file
// name has at most 255 bytes, 4 per character in the worst case) and are shown
// in the app's lists; a process id is also the zaaktype identificatie, which
// the Catalogi standard caps at 50 (the catalogi profile reports that).
inline constexpr std::size_t kMaxIdentifierLength = 100;

// Lower-case letters and digits in groups joined by single dashes
// ("[a-z0-9]+(-[a-z0-9]+)*"), in linear time and constant stack.
bool is_slug(std::string_view text);

// `text` for quoting in a message: at most `characters` characters (cut on a
// UTF-8 boundary, with "... (N characters)" added when cut), escaped by
// terminal_safe (NUL as \x00, ESC as \x1b, C1 as \u009b), so nothing after a
// NUL is lost and nothing reaches a terminal raw.
std::string shown_identifier(std::string_view text,
                             std::size_t characters = kMaxIdentifierLength);

}  // namespace blokjes
