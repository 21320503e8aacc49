#pragma once
// Shared by the picture tests: the canvas font's metrics (as the headless
// renderers measure) and the primitives of one type in a picture.

#include <variant>
#include <vector>

#include "picture/fonts.h"
#include "picture/primitives.h"
#include "picture/stb_metrics.h"
#include "test_support.h"

namespace blokjes::test {

inline const picture::StbTextMetrics& canvas_metrics() {
  static const picture::StbTextMetrics loaded(
      picture::font_file(source_path("assets"), "canvas"));
  return loaded;
}

template <typename Item>
std::vector<Item> all_of(const picture::Picture& picture) {
  std::vector<Item> items;
  for (const auto& primitive : picture.primitives) {
    if (const auto* item = std::get_if<Item>(&primitive)) items.push_back(*item);
  }
  return items;
}

}  // namespace blokjes::test
