// The shortcut table (src/app/shortcuts.h): one row per chord drives both the
// menus' shortcut labels and the keys. Keys are pressed through the whole app
// on the null backend and checked on the model.

#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "../test_support.h"
#include "app/app.h"
#include "app/canvas_geometry.h"
#include "app/headless_imgui.h"
#include "core/workshop_file.h"
#include "demo_app.h"

using namespace blokjes;
using namespace blokjes::app;

namespace {

struct Fixture : test::DemoApp {
  void select(std::size_t index) { DemoApp::select(process().blocks[index]); }
};

}  // namespace

TEST_CASE("a chord's label is the text the menus show", "[shortcuts]") {
  CHECK(chord_label({GLFW_KEY_S, Modifiers::ctrl}) == "Ctrl+S");
  CHECK(chord_label({GLFW_KEY_S, Modifiers::ctrl_shift}) == "Ctrl+Shift+S");
  CHECK(chord_label({GLFW_KEY_1, Modifiers::ctrl}) == "Ctrl+1");
  CHECK(chord_label({GLFW_KEY_DELETE, Modifiers::any}) == "Del");
  CHECK(chord_label({GLFW_KEY_HOME, Modifiers::any}) == "Home");
  CHECK(chord_label({GLFW_KEY_L, Modifiers::none}) == "L");
}

TEST_CASE("the menus show the shortcuts they always had", "[shortcuts]") {
  Fixture f;
  const std::map<std::string, std::string> expected = {
      {"file.open", "Ctrl+O"},       {"file.save", "Ctrl+S"},      {"file.save_as", "Ctrl+Shift+S"},
      {"file.export", "Ctrl+E"},     {"file.quit", "Ctrl+Q"},      {"edit.undo", "Ctrl+Z"},
      {"edit.redo", "Ctrl+Y"},       {"edit.cut", "Ctrl+X"},       {"edit.copy", "Ctrl+C"},
      {"edit.paste", "Ctrl+V"},      {"edit.duplicate", "Ctrl+D"}, {"edit.delete", "Del"},
      {"edit.select_all", "Ctrl+A"}, {"view.canvas", "Ctrl+1"},    {"view.compare", "Ctrl+2"},
      {"view.matrix", "Ctrl+3"},     {"view.coverage", "Ctrl+4"},  {"view.fit", "Home"},
      {"view.layout", "L"},          {"view.werkvoorraad", "Ctrl+5"}, {"view.play", "F6"}};
  for (const auto& [id, label] : expected) {
    INFO(id);
    const Action* action = f.app.shortcuts().find(id);
    REQUIRE(action != nullptr);
    CHECK(action->label_key != nullptr);
    CHECK(action->menu != Menu::none);
    CHECK(chord_label(action->chord) == label);
  }
}

TEST_CASE("every menu label is translated, and no two rows share a chord", "[shortcuts]") {
  Fixture f;
  Translations tr = Translations::load(test::source_path("assets"));
  std::set<std::pair<int, Modifiers>> chords;
  for (const auto& action : f.app.shortcuts().actions()) {
    INFO(action.id);
    CHECK(static_cast<bool>(action.run));
    CHECK(chords.insert({action.chord.key, action.chord.modifiers}).second);
    if (!action.label_key) {
      // An alternative chord: the menu shows the first row of its id.
      const Action* shown = f.app.shortcuts().find(action.id);
      REQUIRE(shown != nullptr);
      CHECK(shown->label_key != nullptr);
      continue;
    }
    for (const Language language : {Language::dutch, Language::english}) {
      tr.set_language(language);
      CHECK(std::string(tr(action.label_key)) != action.label_key);
    }
  }
}

TEST_CASE("Ctrl+D duplicates once, and Ctrl+Shift+Z redoes what Ctrl+Z undid", "[shortcuts]") {
  Fixture f;
  const std::size_t blocks = f.process().blocks.size();
  f.select(0);
  f.imgui.press(GLFW_KEY_D, f.ui, true);
  CHECK(f.process().blocks.size() == blocks + 1);
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(f.process().blocks.size() == blocks);
  f.imgui.press(GLFW_KEY_Z, f.ui, true, true);
  CHECK(f.process().blocks.size() == blocks + 1);
}

TEST_CASE("Backspace deletes the selection as Delete does", "[shortcuts]") {
  Fixture f;
  const std::size_t blocks = f.process().blocks.size();
  f.select(1);
  f.imgui.press(GLFW_KEY_BACKSPACE, f.ui);
  CHECK(f.process().blocks.size() == blocks - 1);
}

TEST_CASE("the canvas's keys wait while a text field has the keyboard", "[shortcuts]") {
  Fixture f;
  const std::size_t blocks = f.process().blocks.size();
  f.select(0);
  const auto field = f.app.layout_json()["inspector"]["inspector.label"];
  f.imgui.click((field[0].get<float>() + field[2].get<float>()) / 2,
                (field[1].get<float>() + field[3].get<float>()) / 2, f.ui);
  f.imgui.press(GLFW_KEY_DELETE, f.ui);
  f.imgui.press(GLFW_KEY_D, f.ui, true);
  f.imgui.press(GLFW_KEY_L, f.ui);
  CHECK(f.process().blocks.size() == blocks);
  CHECK_FALSE(f.app.document().modified());
}

TEST_CASE("window shortcuts wait while a popup is open", "[shortcuts]") {
  Fixture g;
  g.select(0);
  g.imgui.press(GLFW_KEY_D, g.ui, true);
  REQUIRE(g.app.document().modified());
  g.app.request_quit();  // unsaved work: the prompt opens
  g.imgui.frames(2, g.ui);
  g.imgui.press(GLFW_KEY_2, g.ui, true);
  CHECK(g.app.view() == "canvas");
  g.imgui.press(GLFW_KEY_ESCAPE, g.ui);
  g.imgui.frames(2, g.ui);
  g.imgui.press(GLFW_KEY_2, g.ui, true);
  CHECK(g.app.view() == "compare");
}
