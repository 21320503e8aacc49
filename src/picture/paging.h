#pragma once
// A process too wide for the screen at a legible size, shown in parts: where
// each part starts, so that a presentation can step through a wide process
// (Page Down shows the next part) rather than leave its end off the screen.
// Parts break between blocks, never through one: each part starts at the
// first block the previous part could not show whole.

#include <vector>

namespace blokjes::picture {

// A block's horizontal extent, in canvas units.
struct Span {
  double min = 0;
  double max = 0;
};

// The left edge of each part, in canvas units, the first at `content_min`.
// `visible` is the width one part shows. One part when everything fits (or
// the input is not finite); a block wider than a part gets parts of its own.
std::vector<double> part_starts(std::vector<Span> spans, double content_min, double content_max,
                                double visible);

}  // namespace blokjes::picture
