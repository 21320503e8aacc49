#pragma once
// What most app tests start from: the whole app, headless on the null ImGui
// backend, on the demo workshop (or another), showing huwelijk after three
// frames, with recovery, recent files and the zaken database in a scratch
// directory.

#include <functional>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "../test_support.h"
#include "app/app.h"
#include "app/canvas_geometry.h"
#include "app/headless_imgui.h"
#include "core/workshop_file.h"

namespace blokjes::test {

struct DemoApp {
  ScratchDirectory scratch;
  app::HeadlessImGui imgui;
  app::App app;
  std::function<void()> ui;

  explicit DemoApp(Workshop workshop = load_workshop(demo_workshop_path()).workshop,
                   float width = 1600, float height = 900)
      : imgui(width, height),
        app(Document(std::move(workshop), ""),
            load_block_library(source_path("assets/blocks.json")),
            app::Translations::load(source_path("assets")),
            // Zaken in a scratch database, empty until a test fills it.
            {scratch.file("recovery"), scratch.file("recent.json"), "",
             {scratch.file("zaken.db")}}) {
    ui = [this] { app.draw_frame(); };
    app.show_process("huwelijk");
    imgui.frames(3, ui);
  }

  const Process& process() const { return *app.document().workshop().find_process("huwelijk"); }
  app::ScreenPoint centre_of(const Block& block) {
    return app.canvas().view().to_screen(
        {block.position.x + app::kBlockWidth / 2, block.position.y + app::kBlockHeight / 2});
  }
  // Clicks the block: it is selected, alone, and the canvas has the keyboard.
  void select(const Block& block) {
    const app::ScreenPoint centre = centre_of(block);
    imgui.click(centre.x, centre.y, ui);
    REQUIRE(app.canvas().selection().blocks == std::set<std::string>{block.id});
  }
};

}  // namespace blokjes::test
