#pragma once
// Where the window was when the app last closed, so it opens there again:
// $XDG_CONFIG_HOME/blokjessessie/window.json beside the recent files. The
// first start has no file and opens maximised on the monitor it starts on.
// A damaged file is reported on stderr and ignored: the window still opens.

#include <optional>
#include <string>

namespace blokjes::app {

struct WindowGeometry {
  int x = 0;
  int y = 0;
  int width = 0;
  int height = 0;
  bool maximised = false;
  bool operator==(const WindowGeometry&) const = default;
};

std::string default_window_state_path();

// Nothing when there is no file yet; nothing with `problem` set (file, place,
// what was expected) when the file cannot be used.
std::optional<WindowGeometry> load_window_geometry(const std::string& path,
                                                   std::string* problem = nullptr);
// Written atomically; failures are ignored (it must never stop the user's work).
void save_window_geometry(const std::string& path, const WindowGeometry& geometry);

}  // namespace blokjes::app
