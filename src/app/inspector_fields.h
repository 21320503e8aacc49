#pragma once
// Small ImGui widgets the inspector's sections share: labels above fields,
// combos over a Catalogi enum, and lists typed as one line of text. They hold
// no rules about the values; validation lives in src/core and src/catalogi.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace blokjes::app::inspector {

// Keeps an override only where it differs from the library default.
template <typename T>
void set_override(std::optional<T>& override, const T& value, const T& default_value) {
  if (value == default_value) {
    override.reset();
  } else {
    override = value;
  }
}

// Labels go above their fields: the inspector is narrow, and at a large UI
// scale a label beside the field would leave no room to type. Draws the label
// and returns the hidden ImGui label to give the field.
std::string label_above(const char* text);

// Why a typed value was not taken, in red, wrapped to the panel.
void error_note(const char* text);

// A combo over an enum's values; true when the user picked one.
bool enum_combo(const char* label, std::string& value, std::span<const std::string_view> options);
// The same with a first entry for the empty value, shown as `empty_text`
// (for example "(afgeleid)": leave it to the export).
bool enum_combo_or_empty(const char* label, std::string& value,
                         std::span<const std::string_view> options, const char* empty_text);

// "a, b, c" <-> {"a", "b", "c"}: items are trimmed and empty ones dropped.
std::string join_list(const std::vector<std::string>& items, std::string_view separator);
std::vector<std::string> split_list(std::string_view text, char separator);

}  // namespace blokjes::app::inspector
