#include "paging.h"

#include <algorithm>
#include <cmath>

namespace blokjes::picture {

std::vector<double> part_starts(std::vector<Span> spans, double content_min, double content_max,
                                double visible) {
  std::vector<double> starts{content_min};
  if (!std::isfinite(content_min) || !std::isfinite(content_max) || !std::isfinite(visible) ||
      visible <= 0) {
    return starts;
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.min < b.min; });
  // Bounded: each part moves the start right by at least a block or a part.
  while (content_max > starts.back() + visible && starts.size() < 10000) {
    const double start = starts.back();
    const double end = start + visible;
    double next = end;
    for (const Span& span : spans) {
      // The first block this part does not show whole, leftmost first: the
      // one cut at its edge, else the first beyond it (empty space skipped).
      if (span.min > start && span.max > end) {
        next = span.min;
        break;
      }
    }
    // A block in another lane may lie across that edge: the part then starts
    // at that block instead, so it is not shown cut on the left either.
    for (bool moved = true; moved;) {
      moved = false;
      for (const Span& span : spans) {
        if (span.min > start && span.min < next && span.max > next) {
          next = span.min;
          moved = true;
        }
      }
    }
    // A block wider than a part, or one that began before this part: move on
    // by a whole part, so stepping always ends.
    if (next <= start) next = end;
    starts.push_back(next);
  }
  return starts;
}

}  // namespace blokjes::picture
