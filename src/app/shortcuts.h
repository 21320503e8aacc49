#pragma once
// The app's commands with their keyboard shortcuts, declared once: one row per
// chord (action id, key, modifiers, menu label's translation key, what it
// does). The menus draw their items and shortcut labels from the rows, and
// the same rows handle the keys, so a menu never shows a shortcut that does
// something else.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "translations.h"

namespace blokjes::app {

enum class Modifiers {
  none,        // the key without Ctrl (Shift does not matter): "L"
  ctrl,        // Ctrl+key; Shift too unless a Ctrl+Shift row takes the key: "Ctrl+S"
  ctrl_shift,  // "Ctrl+Shift+S"
  any,         // whatever is held: "Del"
};

struct KeyChord {
  int key = 0;  // GLFW key code, as ImGui's key index in this app
  Modifiers modifiers = Modifiers::ctrl;
  bool repeat = false;  // fires again while the key is held (Delete, Home)
};

// "Ctrl+Shift+S", "Del", "Home", "L": the text a menu shows beside an item.
std::string chord_label(const KeyChord& chord);

// Where a chord counts: anywhere in the main window (not while typing or with
// a popup open), or only while the canvas has the focus (not while typing).
enum class ShortcutScope { window, canvas };

enum class Menu { none, file, edit, view, workshop };

struct Action {
  std::string id;                   // "file.save"; alternative chords repeat the id
  const char* label_key = nullptr;  // the menu label; null for an alternative chord
  KeyChord chord;
  ShortcutScope scope = ShortcutScope::window;
  Menu menu = Menu::none;
  bool separator_before = false;  // a menu separator above the item
  std::function<void()> run;
  std::function<bool()> enabled = {};  // the menu greys the item out when false
  std::function<bool()> checked = {};  // the menu ticks the item when true
};

class ShortcutTable {
 public:
  void add(Action action) { actions_.push_back(std::move(action)); }
  const std::vector<Action>& actions() const { return actions_; }
  // The first row with this id (the one the menu shows), or null.
  const Action* find(std::string_view id) const;

  // Runs every action of `scope` whose chord was pressed this frame, under
  // the scope's conditions; call for the canvas scope from inside the canvas's
  // window. True when one ran.
  bool dispatch(ShortcutScope scope) const;
  // Whether `action`'s chord was pressed this frame (the scope not considered).
  bool pressed(const Action& action) const;

  // The items of `menu`, in table order, each with its shortcut label.
  void draw_menu(Menu menu, const Translations& tr) const;

 private:
  std::vector<Action> actions_;
};

}  // namespace blokjes::app
