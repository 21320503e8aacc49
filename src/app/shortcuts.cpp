#include "shortcuts.h"

#include <GLFW/glfw3.h>  // key codes only
#include <imgui.h>

#include <algorithm>

namespace blokjes::app {
namespace {

std::string key_name(int key) {
  if ((key >= GLFW_KEY_A && key <= GLFW_KEY_Z) || (key >= GLFW_KEY_0 && key <= GLFW_KEY_9)) {
    return std::string(1, static_cast<char>(key));  // GLFW codes these as ASCII
  }
  static constexpr std::pair<int, const char*> kNames[] = {{GLFW_KEY_DELETE, "Del"},
                                                           {GLFW_KEY_BACKSPACE, "Backspace"},
                                                           {GLFW_KEY_HOME, "Home"},
                                                           {GLFW_KEY_ESCAPE, "Esc"},
                                                           {GLFW_KEY_ENTER, "Enter"},
                                                           {GLFW_KEY_F5, "F5"},
                                                           {GLFW_KEY_F6, "F6"},
                                                           {GLFW_KEY_F11, "F11"}};
  for (const auto& [code, name] : kNames) {
    if (code == key) return name;
  }
  return "Key" + std::to_string(key);
}

}  // namespace

std::string chord_label(const KeyChord& chord) {
  switch (chord.modifiers) {
    case Modifiers::ctrl:
      return "Ctrl+" + key_name(chord.key);
    case Modifiers::ctrl_shift:
      return "Ctrl+Shift+" + key_name(chord.key);
    case Modifiers::none:
    case Modifiers::any:
      break;
  }
  return key_name(chord.key);
}

const Action* ShortcutTable::find(std::string_view id) const {
  const auto found = std::find_if(actions_.begin(), actions_.end(),
                                  [id](const Action& action) { return action.id == id; });
  return found == actions_.end() ? nullptr : &*found;
}

bool ShortcutTable::pressed(const Action& action) const {
  const KeyChord& chord = action.chord;
  if (chord.key <= 0 || !ImGui::IsKeyPressed(chord.key, chord.repeat)) return false;
  const ImGuiIO& io = ImGui::GetIO();
  switch (chord.modifiers) {
    case Modifiers::any:
      return true;
    case Modifiers::none:
      return !io.KeyCtrl;
    case Modifiers::ctrl_shift:
      return io.KeyCtrl && io.KeyShift;
    case Modifiers::ctrl:
      if (!io.KeyCtrl) return false;
      // Ctrl+Shift+S is save-as, not save; Ctrl+Shift+O still opens.
      return !io.KeyShift || std::none_of(actions_.begin(), actions_.end(), [&](const Action& a) {
        return a.chord.key == chord.key && a.chord.modifiers == Modifiers::ctrl_shift;
      });
  }
  return false;
}

bool ShortcutTable::dispatch(ShortcutScope scope) const {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return false;  // the keys are the text field's
  if (scope == ShortcutScope::window && ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
    return false;
  }
  if (scope == ShortcutScope::canvas && !ImGui::IsWindowFocused()) return false;
  bool ran = false;
  for (const auto& action : actions_) {
    if (action.scope != scope || !pressed(action)) continue;
    action.run();
    ran = true;
  }
  return ran;
}

void ShortcutTable::draw_menu(Menu menu, const Translations& tr) const {
  for (const auto& action : actions_) {
    if (action.menu != menu || !action.label_key) continue;
    if (action.separator_before) ImGui::Separator();
    const std::string shortcut = chord_label(action.chord);
    if (ImGui::MenuItem(tr(action.label_key), shortcut.c_str(), action.checked && action.checked(),
                        !action.enabled || action.enabled())) {
      action.run();
    }
  }
}

}  // namespace blokjes::app
