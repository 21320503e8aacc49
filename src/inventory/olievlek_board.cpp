#include "olievlek_board.h"

#include <algorithm>

namespace blokjes::inventory {

OlievlekBoard olievlek_board(const Workshop& workshop,
                             const std::vector<InventoryProduct>& products) {
  OlievlekBoard board;
  for (const auto& process : workshop.processes) {
    board.shapes.push_back({process.id, process.name});
  }
  board.maatwerk.name = "maatwerk";
  for (const auto& product : products) {
    ++board.total_products;
    board.total_volume += product.volume_per_year;
    auto row = std::find_if(board.shapes.begin(), board.shapes.end(),
                            [&](const BoardRow& r) { return r.process == product.process; });
    BoardRow& target = (product.process.empty() || row == board.shapes.end()) ? board.maatwerk : *row;
    if (!product.process.empty() && row == board.shapes.end()) ++board.unknown_process_products;
    ++target.products;
    if (product.confirmed) ++target.confirmed;
    target.volume += product.volume_per_year;
  }
  const auto share = [&](long long volume) {
    return board.total_volume > 0 ? 100.0 * static_cast<double>(volume) /
                                        static_cast<double>(board.total_volume)
                                  : 0.0;
  };
  for (auto& row : board.shapes) row.volume_share = share(row.volume);
  board.maatwerk.volume_share = share(board.maatwerk.volume);
  board.covered_share = board.total_volume > 0 ? 100.0 - board.maatwerk.volume_share : 0.0;
  // stable_sort keeps the workshop's order among equal volumes: deterministic.
  std::stable_sort(board.shapes.begin(), board.shapes.end(),
                   [](const BoardRow& a, const BoardRow& b) {
                     if (a.volume != b.volume) return a.volume > b.volume;
                     return a.products > b.products;
                   });
  return board;
}

}  // namespace blokjes::inventory
