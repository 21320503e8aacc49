// Scripted mouse and keyboard frames through the whole app UI on a null ImGui
// backend; every test asserts on the model, not on pixels.

#include <catch2/catch.hpp>

#include "../test_support.h"
#include "app/app.h"
#include "app/canvas_geometry.h"
#include "app/headless_imgui.h"
#include "core/workshop_file.h"
#include "demo_app.h"

using namespace blokjes;
using namespace blokjes::app;

namespace {

struct Fixture : test::DemoApp {
  const Block& block(std::size_t index) const { return process().blocks[index]; }
  ScreenPoint port_of(const Block& block) {
    return app.canvas().view().to_screen(output_port(block));
  }
  // A point on the canvas away from every block and from the minimap.
  ScreenPoint empty_spot() {
    const ScreenPoint min = app.canvas().screen_min();
    return {min.x + 20, min.y + 20};
  }
};

}  // namespace

TEST_CASE("dragging a block moves it in one undoable step, snapped to the grid", "[interaction]") {
  Fixture f;
  const Block before = f.block(0);
  const ScreenPoint start = f.centre_of(before);
  const double zoom = f.app.canvas().view().zoom();
  f.imgui.drag(start.x, start.y, start.x + static_cast<float>(100 * zoom), start.y, f.ui);
  const Block& after = f.block(0);
  CHECK(after.position.x == Approx(before.position.x + 100).margin(kGridStep));
  CHECK(std::fmod(after.position.x, kGridStep) == Approx(0));
  CHECK(after.lane == before.lane);
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(f.block(0).position == before.position);
  f.imgui.press(GLFW_KEY_Y, f.ui, true);
  CHECK_FALSE(f.block(0).position == before.position);
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  f.imgui.press(GLFW_KEY_Z, f.ui, true, true);  // Ctrl+Shift+Z redoes too
  CHECK_FALSE(f.block(0).position == before.position);
}

TEST_CASE("dragging from an output port onto a block connects them", "[interaction]") {
  Fixture f;
  const auto order = f.process().ordered_blocks();
  const Block first = *order.front();
  const Block last = *order.back();
  const std::size_t flows = f.process().flows.size();
  const ScreenPoint port = f.port_of(first);
  const ScreenPoint target = f.centre_of(last);
  f.imgui.drag(port.x, port.y, target.x, target.y, f.ui);
  REQUIRE(f.process().flows.size() == flows + 1);
  CHECK(f.process().flows.back().from == first.id);
  CHECK(f.process().flows.back().to == last.id);
  CHECK(f.app.canvas().selection().flows.contains(f.process().flows.back().id));
  f.imgui.press(GLFW_KEY_DELETE, f.ui);
  CHECK(f.process().flows.size() == flows);
}

TEST_CASE("box-select, delete and undo", "[interaction]") {
  Fixture f;
  const std::size_t blocks = f.process().blocks.size();
  const auto order = f.process().ordered_blocks();
  const ScreenPoint from =
      f.app.canvas().view().to_screen({order[0]->position.x - 10, order[0]->position.y - 10});
  const ScreenPoint to = f.app.canvas().view().to_screen(
      {order[1]->position.x + kBlockWidth + 10, order[1]->position.y + kBlockHeight + 10});
  f.imgui.drag(from.x, from.y, to.x, to.y, f.ui);
  CHECK(f.app.canvas().selection().blocks == std::set<std::string>{order[0]->id, order[1]->id});
  f.imgui.press(GLFW_KEY_DELETE, f.ui);
  CHECK(f.process().blocks.size() == blocks - 2);
  for (const auto& flow : f.process().flows) CHECK(f.process().find_block(flow.from) != nullptr);
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(f.process().blocks.size() == blocks);
}

TEST_CASE("Ctrl-click toggles blocks in the selection", "[interaction]") {
  Fixture f;
  const ScreenPoint a = f.centre_of(f.block(0));
  const ScreenPoint b = f.centre_of(f.block(1));
  f.imgui.click(a.x, a.y, f.ui);
  f.imgui.key(GLFW_KEY_LEFT_CONTROL, true);
  f.imgui.click(b.x, b.y, f.ui);
  CHECK(f.app.canvas().selection().blocks.size() == 2);
  f.imgui.click(a.x, a.y, f.ui);
  f.imgui.key(GLFW_KEY_LEFT_CONTROL, false);
  CHECK(f.app.canvas().selection().blocks == std::set<std::string>{f.block(1).id});
}

TEST_CASE("the wheel zooms at the cursor", "[interaction]") {
  Fixture f;
  // ImGui floors the mouse position, so use a whole pixel.
  const ScreenPoint centre = f.centre_of(f.block(2));
  const ScreenPoint cursor{std::floor(centre.x), std::floor(centre.y)};
  const CanvasPoint under = f.app.canvas().view().to_canvas(cursor);
  const double zoom = f.app.canvas().view().zoom();
  f.imgui.mouse_to(cursor.x, cursor.y);
  f.imgui.wheel(1);
  f.imgui.frame(f.ui);
  CHECK(f.app.canvas().view().zoom() > zoom);
  const CanvasPoint still = f.app.canvas().view().to_canvas(cursor);
  CHECK(still.x == Approx(under.x).margin(0.01));
  CHECK(still.y == Approx(under.y).margin(0.01));
}

TEST_CASE("right drag and Space+drag pan the view", "[interaction]") {
  Fixture f;
  const ScreenPoint spot = f.empty_spot();
  const ScreenPoint origin = f.app.canvas().view().origin();
  f.imgui.drag(spot.x, spot.y, spot.x + 50, spot.y + 30, f.ui, ImGuiMouseButton_Right);
  CHECK(f.app.canvas().view().origin().x == Approx(origin.x + 50));
  CHECK(f.app.canvas().view().origin().y == Approx(origin.y + 30));
  f.imgui.key(GLFW_KEY_SPACE, true);
  const ScreenPoint on_block = f.centre_of(f.block(0));
  const Position before = f.block(0).position;
  f.imgui.drag(on_block.x, on_block.y, on_block.x - 40, on_block.y, f.ui);
  f.imgui.key(GLFW_KEY_SPACE, false);
  CHECK(f.app.canvas().view().origin().x == Approx(origin.x + 10));
  CHECK(f.block(0).position == before);  // panned, not moved
}

TEST_CASE("a block dragged from the palette lands where it is dropped", "[interaction]") {
  Fixture f;
  const auto item = f.app.palette_item("adviseren", "extern");
  REQUIRE(item.has_value());
  const std::size_t blocks = f.process().blocks.size();
  // Into the second lane (DIV), under the first block, where that lane is empty.
  const auto lanes = lanes_of(f.process());
  REQUIRE(lanes.size() >= 2);
  const Block& anchor = *f.process().ordered_blocks().front();
  const ScreenPoint drop = f.app.canvas().view().to_screen(
      {anchor.position.x + kBlockWidth / 2, lanes[1].top + kBlockHeight / 2});
  f.imgui.drag((item->min.x + item->max.x) / 2, (item->min.y + item->max.y) / 2, drop.x, drop.y,
               f.ui);
  REQUIRE(f.process().blocks.size() == blocks + 1);
  const Block& added = f.process().blocks.back();
  CHECK(added.kind == "adviseren");
  CHECK(added.variant == "extern");
  const CanvasPoint dropped = f.app.canvas().view().to_canvas(drop);
  CHECK(added.position.x + kBlockWidth / 2 == Approx(dropped.x).margin(kGridStep));
  CHECK(added.lane == lanes[1].department_id);
  CHECK(added.position.y == lanes[1].top);
  CHECK(f.app.canvas().selection().blocks == std::set<std::string>{added.id});
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(f.process().blocks.size() == blocks);
}

TEST_CASE("a palette block dropped beside the lanes never lands on another block",
          "[interaction]") {
  Fixture f;
  const auto item = f.app.palette_item("informeren", "standaard");
  REQUIRE(item.has_value());
  const Block& first = *f.process().ordered_blocks().front();
  const auto lanes = lanes_of(f.process());
  ScreenPoint drop = f.app.canvas().view().to_screen(
      {first.position.x + kBlockWidth / 2, lanes.back().top + 2 * kLaneHeight});
  // Below the lanes but on the canvas, whatever the zoom the fit chose.
  drop.y = std::min(drop.y, f.app.canvas().screen_max().y - 10);
  REQUIRE(drop.y > f.app.canvas().view().to_screen({0, lanes.back().top + kLaneHeight}).y);
  f.imgui.drag((item->min.x + item->max.x) / 2, (item->min.y + item->max.y) / 2, drop.x, drop.y,
               f.ui);
  const Block& added = f.process().blocks.back();
  REQUIRE(added.kind == "informeren");
  CHECK(added.lane == f.process().department);
  for (const auto& other : f.process().blocks) {
    if (other.id == added.id) continue;
    const bool overlaps = block_rect(other).overlaps(block_rect(added));
    CHECK_FALSE(overlaps);
  }
}

TEST_CASE("copy and paste at the cursor keeps the flows among the copied blocks", "[interaction]") {
  Fixture f;
  const auto order = f.process().ordered_blocks();
  const ScreenPoint a = f.centre_of(*order[0]);
  const ScreenPoint b = f.centre_of(*order[1]);
  f.imgui.click(a.x, a.y, f.ui);
  f.imgui.key(GLFW_KEY_LEFT_CONTROL, true);
  f.imgui.click(b.x, b.y, f.ui);
  f.imgui.key(GLFW_KEY_LEFT_CONTROL, false);
  f.imgui.press(GLFW_KEY_C, f.ui, true);
  CHECK_THAT(f.imgui.clipboard(), Catch::Matchers::Contains("blokjessessie-fragment"));

  const std::size_t blocks = f.process().blocks.size();
  const std::size_t flows = f.process().flows.size();
  const ScreenPoint spot = f.empty_spot();
  f.imgui.mouse_to(spot.x + 40, spot.y + 40);
  f.imgui.press(GLFW_KEY_V, f.ui, true);
  REQUIRE(f.process().blocks.size() == blocks + 2);
  CHECK(f.process().flows.size() == flows + 1);
  const CanvasPoint target = f.app.canvas().view().to_canvas({spot.x + 40, spot.y + 40});
  CHECK(std::min(f.process().blocks[blocks].position.x,
                 f.process().blocks[blocks + 1].position.x) == Approx(target.x).margin(kGridStep));

  f.imgui.press(GLFW_KEY_D, f.ui, true);  // duplicate the pasted pair
  CHECK(f.process().blocks.size() == blocks + 4);
  f.imgui.press(GLFW_KEY_X, f.ui, true);  // cut the duplicate
  CHECK(f.process().blocks.size() == blocks + 2);
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(f.process().blocks.size() == blocks);
}

TEST_CASE("dropping a block in another lane moves it to that department", "[interaction]") {
  Fixture f;
  const auto lanes = lanes_of(f.process());
  REQUIRE(lanes.size() >= 2);
  const Block* mover = nullptr;
  // The first block of the lane: on screen whatever the zoom the fit chose.
  for (const auto& block : f.process().blocks) {
    if (block.lane == lanes[0].department_id && mover == nullptr) mover = &block;
  }
  REQUIRE(mover != nullptr);
  const std::string id = mover->id;
  const ScreenPoint start = f.centre_of(*mover);
  const float down =
      static_cast<float>(f.app.canvas().view().to_screen_length(lanes[1].top - mover->position.y));
  f.imgui.drag(start.x, start.y, start.x, start.y + down, f.ui);
  CHECK(f.process().find_block(id)->lane == lanes[1].department_id);
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(f.process().find_block(id)->lane == lanes[0].department_id);
}

TEST_CASE("L lays the process out and Home fits it", "[interaction]") {
  Fixture f;
  const ScreenPoint a = f.centre_of(f.block(0));
  f.imgui.click(a.x, a.y, f.ui);  // focus the canvas
  f.imgui.press(GLFW_KEY_L, f.ui);
  for (const auto& flow : f.process().flows) {
    if (flow.kind == FlowKind::rework) continue;
    CHECK(f.process().find_block(flow.from)->position.x <
          f.process().find_block(flow.to)->position.x);
  }
  f.imgui.wheel(3);
  f.imgui.frame(f.ui);
  f.imgui.press(GLFW_KEY_HOME, f.ui);
  const auto bounds = bounds_of(f.process());
  const ScreenPoint min = f.app.canvas().view().to_screen(bounds->min);
  const ScreenPoint max = f.app.canvas().view().to_screen(bounds->max);
  CHECK(min.x >= f.app.canvas().screen_min().x);
  // Home fits the whole process unless that would draw kind names below the
  // legibility floor; then it shows the start at the floor.
  const bool fits = max.x <= f.app.canvas().screen_max().x;
  CHECK((fits || f.app.canvas().title_text_px() == Approx(20).margin(0.5)));
}

TEST_CASE("typing in the inspector renames the block in one undoable step", "[interaction]") {
  Fixture f;
  const Block block = f.block(0);
  const ScreenPoint centre = f.centre_of(block);
  f.imgui.click(centre.x, centre.y, f.ui);
  f.imgui.frame(f.ui);
  const auto layout = f.app.layout_json();
  REQUIRE(layout["inspector"].contains("inspector.label"));
  const auto field = layout["inspector"]["inspector.label"];
  const float x = (field[0].get<float>() + field[2].get<float>()) / 2;
  const float y = (field[1].get<float>() + field[3].get<float>()) / 2;
  f.imgui.click(x, y, f.ui);
  f.imgui.press(GLFW_KEY_A, f.ui, true);  // select the old text
  ImGui::GetIO().AddInputCharactersUTF8("Melding via Mijn Velsen");
  f.imgui.frame(f.ui);
  f.imgui.press(GLFW_KEY_ENTER, f.ui);
  CHECK(f.process().find_block(block.id)->label == "Melding via Mijn Velsen");
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(f.process().find_block(block.id)->label == block.label);
}

TEST_CASE("with nothing selected the inspector edits the process's zaaktype", "[interaction]") {
  Fixture f;
  f.imgui.frame(f.ui);
  const auto layout = f.app.layout_json();
  REQUIRE(layout["inspector"].contains("zaaktype.identificatie"));
  const auto field = layout["inspector"]["zaaktype.identificatie"];
  f.imgui.click((field[0].get<float>() + field[2].get<float>()) / 2,
                (field[1].get<float>() + field[3].get<float>()) / 2, f.ui);
  f.imgui.press(GLFW_KEY_A, f.ui, true);
  ImGui::GetIO().AddInputCharactersUTF8("HUW-2026");
  f.imgui.frame(f.ui);
  f.imgui.press(GLFW_KEY_ENTER, f.ui);
  CHECK(f.process().zaaktype.identificatie == "HUW-2026");
  CHECK(f.app.document().modified());
}

TEST_CASE("clicking a matrix cell opens the compare view on that pair", "[interaction]") {
  Fixture f;
  f.app.show_view("matrix");
  f.imgui.frames(3, f.ui);
  const auto layout = f.app.layout_json();
  REQUIRE(layout["view"] == "matrix");
  const auto& matrix = layout["matrix"];
  const float cell = matrix["cell"].get<float>();
  REQUIRE(cell > 4);
  const std::size_t row = 0;
  const std::size_t column = 2;
  const float x = matrix["origin"][0].get<float>() + (static_cast<float>(column) + 0.5f) * cell;
  const float y = matrix["origin"][1].get<float>() + (static_cast<float>(row) + 0.5f) * cell;
  f.imgui.click(x, y, f.ui);
  CHECK(f.app.view() == "compare");
  const auto after = f.app.layout_json();
  CHECK(after["compare"][0] == matrix["order"][row]);
  CHECK(after["compare"][1] == matrix["order"][column]);
}

TEST_CASE("Ctrl+1 to Ctrl+4 switch views", "[interaction]") {
  Fixture f;
  f.imgui.press(GLFW_KEY_4, f.ui, true);
  CHECK(f.app.view() == "coverage");
  f.imgui.press(GLFW_KEY_2, f.ui, true);
  CHECK(f.app.view() == "compare");
  f.imgui.press(GLFW_KEY_1, f.ui, true);
  CHECK(f.app.view() == "canvas");
}
