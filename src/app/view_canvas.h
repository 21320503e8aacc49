#pragma once
// The canvas view, where a process is built: the process list and the
// palette on the left, the canvas with its validation section in the middle,
// the inspector on the right, under the room's toolbar (session_toolbar.h). The panels belong to App (menus, shortcuts and
// findings act on them too); this view lays them out and draws the palette.

#include <functional>
#include <string>

#include "canvas_panel.h"
#include "inspector_panel.h"
#include "layout_recorder.h"
#include "play_panel.h"
#include "process_list_panel.h"
#include "session_toolbar.h"
#include "shortcuts.h"
#include "validation_panel.h"
#include "view.h"

namespace blokjes::app {

class CanvasWorkspaceView : public View {
 public:
  struct Parts {
    std::string& process_id;  // the shown process; the process list changes it
    CanvasPanel& canvas;
    InspectorPanel& inspector;
    ProcessListPanel& process_list;
    ValidationPanel& validation;
    const BlockLibrary& library;
    const Translations& tr;
    LayoutRecorder& recorder;
    const ShortcutTable& shortcuts;  // its canvas-scope rows run in the canvas's window
    std::function<void(const Diagnostic&)> focus_finding;
    PlayPanel& play;  // in Speel mode it takes the inspector's place and the canvas's clicks
    SessionToolbar& toolbar;  // the room's row above the panels
  };

  CanvasWorkspaceView(const ViewInfo& info, Parts parts) : View(info), parts_(std::move(parts)) {}

  void draw() override;
  void set_display_font(ImFont* font, float scale) override;

 private:
  void draw_canvas_and_validation(float width);
  void draw_canvas();
  void draw_palette();

  Parts parts_;
};

}  // namespace blokjes::app
