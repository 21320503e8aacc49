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

// The demo without its session (agenda, dots, notes on the canvas, parking
// lot, running order, who placed what): for tests that set up their own.
inline Workshop demo_without_session() {
  Workshop workshop = load_workshop(demo_workshop_path()).workshop;
  workshop.rounds.clear();
  workshop.votes.clear();
  workshop.parking_lot.clear();
  workshop.running_order.clear();
  std::erase_if(workshop.notes, [](const Note& note) { return note.position.has_value(); });
  for (auto& process : workshop.processes) {
    for (auto& block : process.blocks) {
      block.placed_by.clear();
      block.placed_in_round.clear();
    }
  }
  return workshop;
}

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
  // A block beyond the canvas's edge (fit stops at the legibility floor) is
  // brought into view first, as a user would scroll to it.
  void bring_into_view(const Block& block) {
    const app::ScreenPoint centre = centre_of(block);
    const auto min = app.canvas().screen_min();
    const auto max = app.canvas().screen_max();
    if (centre.x < min.x || centre.x > max.x || centre.y < min.y || centre.y > max.y) {
      app.canvas().focus(app.shown_process(), block.id);
      imgui.frames(2, ui);
    }
  }
  void select(const Block& block) {
    bring_into_view(block);
    const app::ScreenPoint centre = centre_of(block);
    imgui.click(centre.x, centre.y, ui);
    REQUIRE(app.canvas().selection().blocks == std::set<std::string>{block.id});
  }
};

// The screens the room's views are checked on (issue 12): 1920x1080 at UI
// scale 1 and 3840x2160 at scale 2.
struct Screen {
  float width;
  float height;
  float scale;
};
inline constexpr Screen kScreens[] = {{1920, 1080, 1}, {3840, 2160, 2}};

}  // namespace blokjes::test
