#pragma once
// The one real window: GLFW, an OpenGL 3.3 core context loaded by glad, and
// Dear ImGui's GLFW and OpenGL3 backends. Also reads the framebuffer back
// for --screenshot. It opens maximised, or where it was last time
// (window_state.h), or at the size asked for; F11 makes it fill its monitor.

#include <optional>
#include <string>

#include "window_state.h"

struct GLFWwindow;

namespace blokjes::app {

struct WindowOptions {
  int width = 1600;
  int height = 900;
  bool visible = true;
  std::string title = "Blokjessessie";
  // Where it was last time: its size, and its place when that is still on a
  // monitor. Without it and with `maximise` the window fills the work area
  // of the monitor it starts on; otherwise it is width x height.
  std::optional<WindowGeometry> geometry;
  bool maximise = false;
};

class PlatformWindow {
 public:
  explicit PlatformWindow(const WindowOptions& options);  // throws std::runtime_error
  PlatformWindow(const PlatformWindow&) = delete;
  PlatformWindow& operator=(const PlatformWindow&) = delete;
  ~PlatformWindow();

  bool should_close() const;
  void cancel_close();
  void set_title(const std::string& title);
  float content_scale() const;  // the monitor's DPI scale, 1 on a plain screen
  // Full screen on the monitor the window is on (the one holding most of
  // it), or back to the size and place it had before.
  void set_fullscreen(bool on);
  bool fullscreen() const { return windowed_.has_value(); }
  // The size and place to remember: the windowed ones while full screen.
  WindowGeometry geometry() const;
  // Uploads the font atlas again after the fonts changed (between frames).
  void reload_font_texture();
  // `wait_for_events`: sleep until input arrives or 50 ms pass, so an idle
  // window does not spin a core; screenshots poll instead. `ignore_mouse`
  // keeps wherever the pointer happens to be from hovering anything
  // (screenshots should not depend on it).
  void begin_frame(bool wait_for_events = false, bool ignore_mouse = false);
  // Renders the frame; with a path, also writes it as PNG before showing it
  // (throws std::runtime_error when that fails).
  void end_frame(float r, float g, float b, const std::string& screenshot_path = "");

 private:
  void write_screenshot(const std::string& path) const;

  GLFWwindow* window_ = nullptr;
  std::optional<WindowGeometry> windowed_;  // set while full screen
};

}  // namespace blokjes::app
