#pragma once
// The olievlek board: how far each generic process shape spreads over the
// organisation's products (how many, how much yearly volume) and what is left
// for maatwerk.

#include <string>
#include <vector>

#include "core/workshop.h"

namespace blokjes::inventory {

struct BoardRow {
  std::string process;  // process id
  std::string name;     // the process's name
  std::size_t products = 0;
  std::size_t confirmed = 0;  // of `products`, confirmed by the facilitator
  long long volume = 0;       // yearly volume of those products
  double volume_share = 0;    // percent of the total volume, 0..100
};

struct OlievlekBoard {
  // Every process of the workshop, the largest volume first (ties in the
  // workshop's order), processes without products last with zero.
  std::vector<BoardRow> shapes;
  // Products mapped to nothing, or to a process the workshop does not have.
  BoardRow maatwerk;
  std::size_t unknown_process_products = 0;  // the part of maatwerk with an unknown id
  std::size_t total_products = 0;
  long long total_volume = 0;
  double covered_share = 0;  // percent of the volume covered by a shape
};

OlievlekBoard olievlek_board(const Workshop& workshop,
                             const std::vector<InventoryProduct>& products);

}  // namespace blokjes::inventory
