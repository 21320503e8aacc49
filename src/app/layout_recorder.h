#pragma once
// Where things were drawn, for the GUI tests and guided tours: one recorder
// the views write to while they draw, and App::layout_json reads. A view
// records the last ImGui item under a key ("palette/<kind>/<variant>",
// "inspector/<field key>", "tab/<view id>", "option/<field key>/<value>" for
// an open combo's entries) or a value it wants tests to see
// ("compare", "matrix"); drawing code holds no test bookkeeping of its own.

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "canvas_view.h"

namespace blokjes::app {

class LayoutRecorder {
 public:
  struct Rect {
    ScreenPoint min;
    ScreenPoint max;
    bool visible = true;  // false when scrolled out of its window's view
  };

  // ImGui's last item, its rectangle and whether it is in view.
  void record_item(const std::string& key);
  void record(const std::string& key, Rect rect) { rects_.insert_or_assign(key, rect); }
  // Forgets every rect whose key starts with `prefix`: a panel that draws
  // another set of fields this frame ("inspector/").
  void forget(std::string_view prefix);
  std::optional<Rect> rect(std::string_view key) const;
  // The rects under `prefix`, keyed without it, in key order.
  std::vector<std::pair<std::string, Rect>> rects_under(std::string_view prefix) const;

  void set_value(const std::string& key, nlohmann::json value) { values_[key] = std::move(value); }
  // Null when nothing was recorded under `key`.
  const nlohmann::json& value(const std::string& key) const;

 private:
  std::map<std::string, Rect, std::less<>> rects_;
  std::map<std::string, nlohmann::json, std::less<>> values_;
};

}  // namespace blokjes::app
