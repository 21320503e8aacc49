#pragma once
// HTML to PDF through Debian's chromium, headless: the handout and the
// printable cards are laid out in HTML and CSS (page size, page breaks), and
// chromium prints them the way a browser would. No window, no display.
//
// Which chromium: $BLOKJES_CHROMIUM when set, else the first of chromium,
// chromium-browser, google-chrome on the PATH.

#include <chrono>
#include <string>

namespace blokjes {

struct PrintOptions {
  // Chromium is stopped (with everything it started) after this long.
  std::chrono::seconds timeout{120};
};

// The chromium that would print; empty when there is none.
std::string find_chromium();

// The PDF of `html` (a whole, self-contained document: pictures embedded).
// Throws ExportError when chromium is missing, fails, times out or writes no
// PDF, with what chromium said.
std::string pdf_from_html(const std::string& html, const PrintOptions& options = {});

}  // namespace blokjes
