#pragma once
// The app's two fonts, from assets/fonts.json (TTF files of Debian's
// fonts-dejavu-core): one for the UI at the chosen scale, and a larger one
// for text on the canvas so it stays sharp when the canvas is zoomed in.

#include <string>

struct ImFont;

namespace blokjes::app {

struct AppFonts {
  ImFont* ui = nullptr;
  ImFont* canvas = nullptr;
};

// Clears the font atlas and loads both fonts at `scale`; falls back to
// ImGui's built-in font when a file is missing. Call between frames.
AppFonts load_fonts(const std::string& assets_directory, float scale);

}  // namespace blokjes::app
