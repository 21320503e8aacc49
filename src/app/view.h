#pragma once
// A view: one tab of the main window (the canvas with its panels, compare,
// matrix, coverage). App keeps one registry table of them (app.cpp, "Views"),
// in the manner of ImHex's ContentRegistry::Views; the tabs, the View menu,
// the Ctrl+number shortcuts, `--view NAME` and layout_json's "view" all read
// that table, so adding a view is one row there plus the view's own files.

#include <string_view>

#include "core/workshop.h"
#include "shortcuts.h"

struct ImFont;

namespace blokjes::app {

// What the registry says about a view: known before the view is made, so
// main.cpp can check `--view` before the app exists.
struct ViewInfo {
  std::string_view id;  // "compare": `--view compare`, layout_json's "view"
  const char* tab_key;  // translation key of its tab and View-menu item
  int key;              // GLFW key code; the shortcut is Ctrl+key
};

class View {
 public:
  explicit View(const ViewInfo& info) : info_(info) {}
  virtual ~View() = default;
  View(const View&) = delete;
  View& operator=(const View&) = delete;

  std::string_view id() const { return info_.id; }
  const char* tab_key() const { return info_.tab_key; }
  KeyChord shortcut() const { return {info_.key, Modifiers::ctrl}; }

  // Draws in the main window's remaining space below the tabs.
  virtual void draw() = 0;
  // Presentation mode: draws one slide of the running order in the space
  // given, large and without chrome. Views that a slide kind names override it.
  virtual void draw_slide(const Slide& /*slide*/) { draw(); }
  // The larger display font and the UI scale, after a font rebuild. Views
  // that need more than the pair stored override it.
  virtual void set_display_font(ImFont* font, float scale) {
    display_font_ = font;
    display_scale_ = scale;
  }

 protected:
  // The display font (null until the app has built its fonts; then draw with
  // ImGui's current one) and the UI scale, for every view in one place.
  ImFont* display_font_ = nullptr;
  float display_scale_ = 1;

 private:
  ViewInfo info_;
};

}  // namespace blokjes::app
