// Saving, unsaved-changes tracking and crash recovery through the app UI on
// the null backend, with real files in a scratch directory.

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "../test_support.h"
#include "app/app.h"
#include "app/canvas_geometry.h"
#include "app/headless_imgui.h"
#include "core/workshop_file.h"

using namespace blokjes;
using namespace blokjes::app;

namespace {

struct Session {
  HeadlessImGui imgui;
  App app;
  std::function<void()> ui;

  Session(const std::string& path, const test::ScratchDirectory& scratch)
      : app(Document(load_workshop(path).workshop, path),
            load_block_library(test::source_path("assets/blocks.json")),
            Translations::load(test::source_path("assets")),
            {scratch.file("recovery"), scratch.file("recent.json")}) {
    ui = [this] { app.draw_frame(); };
    imgui.frames(3, ui);
  }

  // Drags the first block of the shown process 200 canvas units to the right.
  void move_first_block() {
    const Block& block = app.document().workshop().find_process(app.shown_process())->blocks[0];
    const ScreenPoint from = app.canvas().view().to_screen(
        {block.position.x + kBlockWidth / 2, block.position.y + kBlockHeight / 2});
    const float dx = static_cast<float>(app.canvas().view().to_screen_length(200));
    imgui.drag(from.x, from.y, from.x + dx, from.y, ui);
  }
  double first_block_x() const {
    return app.document().workshop().find_process(app.shown_process())->blocks[0].position.x;
  }
  // Runs frames for a while in real time, as the recovery timer uses the clock.
  void run_for(std::chrono::milliseconds duration) {
    const auto end = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < end) {
      imgui.frame(ui);
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
};

std::string copy_of_demo(const test::ScratchDirectory& scratch) {
  const std::string path = scratch.file("velsen.json");
  std::filesystem::copy_file(test::demo_workshop_path(), path);
  return path;
}

}  // namespace

TEST_CASE("Ctrl+S saves the edit and clears the modified mark", "[app-files]") {
  test::ScratchDirectory scratch;
  const std::string path = copy_of_demo(scratch);
  Session session(path, scratch);
  session.move_first_block();
  CHECK(session.app.document().modified());
  CHECK(session.app.window_title().rfind("* velsen.json", 0) == 0);
  session.imgui.press(GLFW_KEY_S, session.ui, true);
  CHECK_FALSE(session.app.document().modified());
  const Workshop saved = load_workshop(path).workshop;
  CHECK(saved.find_process(session.app.shown_process())->blocks[0].position.x ==
        session.first_block_x());
}

TEST_CASE("edits reach the recovery file, and a restart offers to restore them", "[app-files]") {
  test::ScratchDirectory scratch;
  const std::string path = copy_of_demo(scratch);
  double moved_x = 0;
  {
    Session crashed(path, scratch);
    CHECK_FALSE(crashed.app.offers_recovery());
    crashed.move_first_block();
    moved_x = crashed.first_block_x();
    crashed.run_for(std::chrono::milliseconds(800));
    const RecoveryStore store(scratch.file("recovery"));
    REQUIRE(store.find(path).has_value());
    // The session "crashes" here: it ends without saving or quitting.
  }
  CHECK(load_workshop(path).workshop == load_workshop(test::demo_workshop_path()).workshop);

  Session restarted(path, scratch);
  REQUIRE(restarted.app.offers_recovery());
  CHECK(restarted.first_block_x() != moved_x);
  restarted.imgui.press(GLFW_KEY_ENTER, restarted.ui);
  CHECK_FALSE(restarted.app.offers_recovery());
  CHECK(restarted.first_block_x() == moved_x);
  CHECK(restarted.app.document().modified());
  restarted.imgui.press(GLFW_KEY_S, restarted.ui, true);
  CHECK(load_workshop(path)
            .workshop.find_process(restarted.app.shown_process())
            ->blocks[0]
            .position.x == moved_x);
  restarted.imgui.frame(restarted.ui);
  CHECK_FALSE(RecoveryStore(scratch.file("recovery")).find(path).has_value());
}

TEST_CASE("undoing back to the saved state removes the recovery file", "[app-files]") {
  test::ScratchDirectory scratch;
  const std::string path = copy_of_demo(scratch);
  Session session(path, scratch);
  session.move_first_block();
  session.run_for(std::chrono::milliseconds(700));
  const RecoveryStore store(scratch.file("recovery"));
  REQUIRE(store.find(path).has_value());
  session.imgui.press(GLFW_KEY_Z, session.ui, true);
  CHECK_FALSE(session.app.document().modified());
  CHECK_FALSE(store.find(path).has_value());
}

TEST_CASE("quitting with unsaved changes asks first; Escape cancels", "[app-files]") {
  test::ScratchDirectory scratch;
  const std::string path = copy_of_demo(scratch);
  Session session(path, scratch);
  bool running = true;
  const auto ui = [&] { running = session.app.draw_frame(); };
  session.move_first_block();
  session.app.request_quit();
  session.imgui.frames(3, ui);
  CHECK(running);  // the prompt is up; nothing is lost
  session.imgui.press(GLFW_KEY_ESCAPE, ui);
  session.imgui.frames(2, ui);
  CHECK(running);
  CHECK(session.app.document().modified());
}

TEST_CASE("quitting a saved document needs no prompt", "[app-files]") {
  test::ScratchDirectory scratch;
  Session session(copy_of_demo(scratch), scratch);
  bool running = true;
  session.app.request_quit();
  session.imgui.frame([&] { running = session.app.draw_frame(); });
  CHECK_FALSE(running);
}
