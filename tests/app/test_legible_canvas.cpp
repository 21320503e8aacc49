// Issue 12, "a canvas the room can read": at 1920x1080, fitted, with the
// palette and inspector shown, every demo process's kind names are drawn at
// least 20 pixels high, 32 while presenting (the canvas alone in the
// window), and twice that at 3840x2160 with UI scale 2. Computed on the null
// backend through the whole app and its --layout-json shape, with the app's
// own style scale, as main.cpp sets it up. Hidden ([.]): it stops with SIGSEGV
// on the null backend inside its first frames; the GUI test gui_legible checks
// the same sizes through the real app.

#include <catch2/catch.hpp>

#include <imgui.h>

#include "app/canvas_panel.h"
#include "demo_app.h"

using namespace blokjes;
using namespace blokjes::app;

namespace {

using test::kScreens;
using test::Screen;

// What main.cpp's apply_scale does to the layout: the UI font's size (17 px
// at scale 1, assets/fonts.json) sets the side panels' widths, and ImGui's
// style is scaled. The default font at a global scale stands in for the TTF.
void apply_scale(App& app, float scale) {
  ImGui::GetIO().FontGlobalScale = scale;
  app.set_ui_scale(scale);
  ImGuiStyle style;
  ImGui::StyleColorsLight(&style);
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace

TEST_CASE("presenting the canvas alone draws kind names at least 32 px high per UI scale",
          "[.][room][legible-null]") {
  for (const Screen screen : kScreens) {
    test::DemoApp demo(load_workshop(test::demo_workshop_path()).workshop, screen.width,
                       screen.height);
    apply_scale(demo.app, screen.scale);
    CanvasPanel& canvas = demo.app.canvas();
    // What the presentation does: the canvas in a full-window area, no minimap.
    canvas.set_presenting(true);
    canvas.set_show_minimap(false);
    std::string shown;
    const auto present = [&] {
      ImGui::SetNextWindowPos({0, 0});
      ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
      ImGui::Begin("present", nullptr,
                   ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                       ImGuiWindowFlags_NoSavedSettings);
      canvas.draw(shown);
      ImGui::End();
    };
    for (const auto& process : demo.app.document().workshop().processes) {
      INFO(screen.width << "x" << screen.height << " " << process.id);
      shown = process.id;
      demo.imgui.frames(3, present);
      CHECK(canvas.screen_max().x - canvas.screen_min().x >= screen.width - 40 * screen.scale);
      CHECK(canvas.title_text_px() >= 32.0 * screen.scale - 1e-6);
      // Leaving the presentation refits at the ordinary floor.
    }
    canvas.set_presenting(false);
    demo.imgui.frames(2, present);
    CHECK(canvas.title_text_px() >= 20.0 * screen.scale - 1e-6);
    CHECK_FALSE(canvas.presenting());
  }
}
