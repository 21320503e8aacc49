// The view registry through the whole app on the null backend: every view in
// App::view_registry() draws, is reached by its tab and by its Ctrl+key, and
// has its tab's name in Dutch and English.

#include <catch2/catch.hpp>
#include <set>

#include "../test_support.h"
#include "app/app.h"
#include "app/headless_imgui.h"
#include "core/workshop_file.h"
#include "demo_app.h"

using namespace blokjes;
using namespace blokjes::app;

namespace {

struct Fixture : test::DemoApp {
  // Another view than `id`, to start from.
  std::string_view other_than(std::string_view id) const {
    for (const auto& entry : App::view_registry()) {
      if (entry.info.id != id) return entry.info.id;
    }
    FAIL("only one view");
    return {};
  }

  // Vertices drawn below the tab bar in the last frame: what the shown view drew.
  int vertices_below_tabs() const {
    float tabs_bottom = 0;
    for (const auto& entry : App::view_registry()) {
      const auto tab = app.layout().rect("tab/" + std::string(entry.info.id));
      if (tab) tabs_bottom = std::max(tabs_bottom, tab->max.y);
    }
    const ImDrawData* data = ImGui::GetDrawData();
    int count = 0;
    for (int list = 0; list < data->CmdListsCount; ++list) {
      for (const ImDrawVert& vertex : data->CmdLists[list]->VtxBuffer) {
        if (vertex.pos.y > tabs_bottom + 4) ++count;
      }
    }
    return count;
  }
};

}  // namespace

TEST_CASE("the registry's ids are --view's names, unique, and each has its own shortcut",
          "[views]") {
  const auto registry = App::view_registry();
  REQUIRE(registry.size() == 8);
  std::vector<std::string> ids;
  std::set<int> keys;
  for (const auto& entry : registry) {
    ids.emplace_back(entry.info.id);
    keys.insert(entry.info.key);
  }
  CHECK(App::view_ids() == ids);
  CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == registry.size());
  CHECK(keys.size() == registry.size());
  CHECK(ids ==
        std::vector<std::string>{"canvas", "compare", "matrix", "coverage", "werkvoorraad",
                                 "citizen", "votes", "inventory"});
}

TEST_CASE("every registered view draws and is reached by its tab and by its shortcut", "[views]") {
  for (const auto& entry : App::view_registry()) {
    const std::string id(entry.info.id);
    INFO("view " << id);
    Fixture f;
    // By its tab.
    f.app.show_view(f.other_than(id));
    f.imgui.frames(2, f.ui);
    REQUIRE(f.app.view() != id);
    const auto tab = f.app.layout().rect("tab/" + id);
    REQUIRE(tab.has_value());
    f.imgui.click((tab->min.x + tab->max.x) / 2, (tab->min.y + tab->max.y) / 2, f.ui);
    CHECK(f.app.view() == id);
    CHECK(f.app.layout_json()["view"] == id);
    // It draws below the tabs.
    f.imgui.frames(2, f.ui);
    CHECK(f.vertices_below_tabs() > 100);
    // By its shortcut, the one the View menu shows.
    f.app.show_view(f.other_than(id));
    f.imgui.frames(2, f.ui);
    REQUIRE(f.app.view() != id);
    const View* view = nullptr;
    for (const auto& candidate : f.app.views()) {
      if (candidate->id() == id) view = candidate.get();
    }
    REQUIRE(view != nullptr);
    CHECK(view->shortcut().key == entry.info.key);
    CHECK(view->shortcut().modifiers == Modifiers::ctrl);
    const Action* action = f.app.shortcuts().find("view." + id);
    REQUIRE(action != nullptr);
    CHECK(action->menu == Menu::view);
    CHECK(chord_label(action->chord) == chord_label(view->shortcut()));
    f.imgui.press(entry.info.key, f.ui, true);
    CHECK(f.app.view() == id);
  }
}

TEST_CASE("every view's tab has its name in Dutch and English", "[views][translations]") {
  Translations tr = Translations::load(test::source_path("assets"));
  for (const auto& entry : App::view_registry()) {
    const std::string key = entry.info.tab_key;
    INFO(key);
    for (const Language language : {Language::dutch, Language::english}) {
      tr.set_language(language);
      CHECK(std::string(tr(key)) != key);  // a missing key shows as itself
    }
  }
}

TEST_CASE("a view is shown by its id, as --view names it, and an unknown id is refused",
          "[views]") {
  Fixture f;
  CHECK(f.app.show_view("coverage"));
  CHECK(f.app.view() == "coverage");
  CHECK_FALSE(f.app.show_view("no-such-view"));
  CHECK(f.app.view() == "coverage");
}
