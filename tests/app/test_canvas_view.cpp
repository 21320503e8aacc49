// The canvas's coordinate conversions and zoom, without ImGui.

#include <catch2/catch.hpp>

#include "app/canvas_geometry.h"
#include "app/canvas_view.h"

using namespace blokjes;
using namespace blokjes::app;

TEST_CASE("screen and canvas conversions are inverse", "[canvas-view]") {
  CanvasView view;
  view.set_origin({100, 50});
  view.zoom_at({100, 50}, 2.0);
  const ScreenPoint screen = view.to_screen({10, 20});
  CHECK(screen.x == Approx(120));
  CHECK(screen.y == Approx(90));
  const CanvasPoint back = view.to_canvas(screen);
  CHECK(back.x == Approx(10));
  CHECK(back.y == Approx(20));
}

TEST_CASE("zoom keeps the point under the cursor and stays within 25% to 400%", "[canvas-view]") {
  CanvasView view;
  view.set_origin({30, 40});
  const ScreenPoint cursor{640, 360};
  const CanvasPoint under = view.to_canvas(cursor);
  for (int i = 0; i < 40; ++i) view.zoom_step_at(cursor, 1);
  CHECK(view.zoom() == Approx(kMaxZoom));
  CHECK(view.to_canvas(cursor).x == Approx(under.x));
  CHECK(view.to_canvas(cursor).y == Approx(under.y));
  for (int i = 0; i < 80; ++i) view.zoom_step_at(cursor, -1);
  CHECK(view.zoom() == Approx(kMinZoom));
  CHECK(view.to_canvas(cursor).x == Approx(under.x));
}

TEST_CASE("fit frames the content in the screen rectangle", "[canvas-view]") {
  CanvasView view;
  view.fit({{0, 0}, {1000, 200}}, {0, 0}, {1100, 600});
  const ScreenPoint min = view.to_screen({0, 0});
  const ScreenPoint max = view.to_screen({1000, 200});
  CHECK(min.x >= 0);
  CHECK(max.x <= 1100);
  CHECK((min.x + max.x) / 2 == Approx(550));
  CHECK((min.y + max.y) / 2 == Approx(300));
}

// Issue 12, legible: a fit never zooms below the legibility floor; a process
// too wide for it is shown from its start instead.
TEST_CASE("fit stops at the legibility floor and shows the content from its start",
          "[room][legible]") {
  CanvasView view;
  view.set_fit_limits(0.9, 1.5);
  CHECK(view.fit_floor() == Approx(0.9));
  // Whole, this would need zoom 0.5: the floor keeps 0.9 and puts the left edge at the margin.
  view.fit({{-160, 0}, {2040, 400}}, {100, 50}, {1200, 850});
  CHECK(view.zoom() == Approx(0.9));
  CHECK(view.to_screen({-160, 0}).x == Approx(140));
  // Short enough to fit in height: centred vertically.
  CHECK((view.to_screen({0, 0}).y + view.to_screen({0, 400}).y) / 2 == Approx(450));
  // Content that fits above the floor is framed whole and centred, as before.
  view.fit({{0, 0}, {500, 200}}, {100, 50}, {1200, 850});
  CHECK(view.zoom() > 0.9);
  CHECK(view.zoom() <= 1.5);
  CHECK((view.to_screen({0, 0}).x + view.to_screen({500, 0}).x) / 2 == Approx(650));
  // Too tall as well: the top goes to the margin.
  view.fit({{0, 0}, {3000, 3000}}, {0, 0}, {1000, 800});
  CHECK(view.to_screen({0, 0}).y == Approx(40));
  CHECK(view.to_screen({0, 0}).x == Approx(40));
}

TEST_CASE("hit-testing works in canvas space", "[canvas-view]") {
  Process process;
  Block a;
  a.id = "b1";
  a.position = {0, 0};
  Block b = a;
  b.id = "b2";
  b.position = {300, 0};
  process.blocks = {a, b};
  process.flows = {{"f1", "b1", "b2", FlowKind::sequence, ""}};
  CHECK(block_at(process, {10, 10})->id == "b1");
  CHECK(block_at(process, {250, 10}) == nullptr);
  CHECK(output_port_at(process, output_port(a), 1.0)->id == "b1");
  CHECK(flow_at(process, {240, kBlockHeight / 2}, 5)->id == "f1");
  CHECK(blocks_in(process, {{-10, -10}, {kBlockWidth + 10, kBlockHeight + 10}}) ==
        std::vector<std::string>{"b1"});
  CHECK(snap_to_grid({29, 31}).x == Approx(20));
  CHECK(snap_to_grid({29, 31}).y == Approx(40));
}
