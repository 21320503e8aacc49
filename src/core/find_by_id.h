#pragma once
// Lookup by the `id` member that every identified model item has.

#include <algorithm>
#include <string_view>

namespace blokjes {

template <typename Items>
auto find_by_id(Items& items, std::string_view id) -> decltype(&*items.begin()) {
  const auto found =
      std::find_if(items.begin(), items.end(), [&](const auto& item) { return item.id == id; });
  return found == items.end() ? nullptr : &*found;
}

}  // namespace blokjes
