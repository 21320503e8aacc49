#pragma once
// Canvas space: the model's own units. A block's Position is a CanvasPoint,
// one type, so nothing converts between them by hand.

#include "core/process.h"

namespace blokjes::picture {

using CanvasPoint = Position;

struct CanvasRect {
  CanvasPoint min;
  CanvasPoint max;
  bool contains(CanvasPoint point) const {
    return point.x >= min.x && point.x <= max.x && point.y >= min.y && point.y <= max.y;
  }
  bool overlaps(const CanvasRect& other) const {
    return min.x <= other.max.x && other.min.x <= max.x && min.y <= other.max.y &&
           other.min.y <= max.y;
  }
  double width() const { return max.x - min.x; }
  double height() const { return max.y - min.y; }
};

}  // namespace blokjes::picture

namespace blokjes {

// Offsets between canvas points (a drag, a paste). In namespace blokjes, where
// Position is, so every namespace finds them.
inline Position operator+(Position a, Position b) {
  return {a.x + b.x, a.y + b.y};
}
inline Position operator-(Position a, Position b) {
  return {a.x - b.x, a.y - b.y};
}

}  // namespace blokjes
