#pragma once
// Text into HTML: escaped for element content and attribute values alike.

#include <string>
#include <string_view>

namespace blokjes {

// & < > " ' as entities; everything else as it is (UTF-8 passes through).
std::string html_escaped(std::string_view text);

// Black or white, whichever reads better on a "#RRGGBB" background.
std::string_view text_colour_on(std::string_view background_hex);

// Bytes as base64, for pictures embedded as data: URIs.
std::string base64(std::string_view bytes);

}  // namespace blokjes
