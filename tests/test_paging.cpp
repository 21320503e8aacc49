// A wide process shown in parts (picture/paging.h): parts break between
// blocks, every block is shown whole in some part, and stepping always ends.

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "picture/paging.h"

using blokjes::picture::part_starts;
using blokjes::picture::Span;

namespace {

// Whether some part [start, start + visible] shows the span whole.
bool shown_whole(const std::vector<double>& starts, const Span& span, double visible) {
  for (double start : starts) {
    if (span.min >= start && span.max <= start + visible) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("Paging: a process that fits is one part", "[room][paging]") {
  const auto starts = part_starts({{0, 200}, {240, 440}}, -40, 440, 600);
  CHECK(starts == std::vector<double>{-40});
}

TEST_CASE("Paging: parts start at the first block the previous part cut", "[room][paging]") {
  // Ten blocks of 200 with gaps of 40; a part shows 700 units.
  std::vector<Span> spans;
  for (int i = 0; i < 10; ++i) spans.push_back({i * 240.0, i * 240.0 + 200});
  const double visible = 700;
  const auto starts = part_starts(spans, 0, spans.back().max, visible);
  // 0..700 shows blocks 0-2 whole (block 2 ends at 680); block 3 starts at 720.
  REQUIRE(starts.size() >= 3);
  CHECK(starts[0] == 0);
  CHECK(starts[1] == 720);
  CHECK(starts[2] == 1440);
  for (const Span& span : spans) CHECK(shown_whole(starts, span, visible));
  // No part starts inside a block.
  for (double start : starts) {
    for (const Span& span : spans) CHECK_FALSE((start > span.min && start < span.max));
  }
}

TEST_CASE("Paging: a part never starts inside a block of another lane", "[room][paging]") {
  // Lane 1: 0-200, 240-440, 480-680, 720-920. Lane 2: 100-300, 600-800.
  // A part of 700 cuts 720-920 in lane 1; 600-800 in lane 2 lies across 720,
  // and 480-680 in lane 1 across 600: the second part starts at 480.
  const std::vector<Span> spans{{0, 200}, {240, 440}, {480, 680}, {720, 920}, {100, 300},
                                {600, 800}};
  const auto starts = part_starts(spans, 0, 920, 700);
  REQUIRE(starts.size() == 2);
  CHECK(starts[1] == 480);
  for (const Span& span : spans) CHECK(shown_whole(starts, span, 700));
}

TEST_CASE("Paging: empty space between blocks is skipped", "[room][paging]") {
  const auto starts = part_starts({{0, 200}, {5000, 5200}}, 0, 5200, 600);
  CHECK(starts == std::vector<double>{0, 5000});
}

TEST_CASE("Paging: a block wider than a part still ends the stepping", "[room][paging]") {
  const auto starts = part_starts({{0, 200}, {300, 2300}, {2400, 2600}}, 0, 2600, 600);
  CHECK(starts.front() == 0);
  CHECK(starts.back() + 600 >= 2600);
  for (std::size_t i = 1; i < starts.size(); ++i) CHECK(starts[i] > starts[i - 1]);
}

TEST_CASE("Paging: bad input gives one part", "[room][paging]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(part_starts({{0, 200}}, 0, nan, 600).size() == 1);
  CHECK(part_starts({{0, 200}}, 0, 5000, 0).size() == 1);
  CHECK(part_starts({{0, 200}}, 0, 5000, -3).size() == 1);
  CHECK(part_starts({}, 0, std::numeric_limits<double>::infinity(), 600).size() == 1);
}
