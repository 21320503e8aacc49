// The inventory view on the null backend: the demo's inventory on the board in
// type the back of the room can read, a products CSV read with its bad rows
// listed and the good ones kept, a process chosen by hand (confirmed, one
// undo step), and the mapping written as CSV.

#include <catch2/catch.hpp>

#include <fstream>

#include "app/inventory_view.h"
#include "demo_app.h"
#include "inventory/inventory_csv.h"

using namespace blokjes;
using namespace blokjes::app;

namespace {

struct Fixture : test::DemoApp {
  Fixture() : test::DemoApp(load_workshop(test::demo_workshop_path()).workshop, 1920, 1080) {
    REQUIRE(app.show_view("inventory"));
    imgui.frames(3, ui);
  }
  InventoryView& view() { return *app.find_view<InventoryView>(); }
  nlohmann::json board() const { return app.layout_json()["inventory"]; }
  const Workshop& workshop() const { return app.document().workshop(); }
};

}  // namespace

TEST_CASE("Inventory board names the shapes in large type and keeps maatwerk apart",
          "[room][inventory]") {
  Fixture f;
  REQUIRE_FALSE(f.workshop().inventory.empty());
  const auto board = f.board();
  REQUIRE(board.is_object());
  CHECK(board["products"] == f.workshop().inventory.size());
  REQUIRE(board["rows"].size() >= 2);
  for (const auto& row : board["rows"]) CHECK(row["text_px"].get<float>() >= 20);
  // The largest shape first; the last row is maatwerk (no process).
  CHECK(board["rows"].front()["process"] != "");
  CHECK(board["rows"].back()["process"] == "");
  CHECK(board["covered_share"].get<double>() > 0);
  CHECK(board["covered_share"].get<double>() < 100);
}

TEST_CASE("Inventory view reads a CSV keeps good rows and lists bad ones", "[room][inventory]") {
  Fixture f;
  const std::string path = f.scratch.file("producten.csv");
  {
    std::ofstream csv(path, std::ios::binary);
    csv << "\xEF\xBB\xBF" << "product;afdeling;volume per jaar;wettelijke termijn\r\n"
        << "Huwelijk voltrekken;Burgerzaken;240;\r\n"
        << "Kapvergunning;Vergunningen;veel;8 weken\r\n"
        << "Bezwaar maken;Juridische zaken;300;6 weken\r\n";
  }
  const std::uint64_t before = f.app.document().revision();
  REQUIRE(f.view().import_csv(path));
  f.imgui.frames(2, f.ui);
  CHECK(f.workshop().inventory.size() == 2);
  REQUIRE(f.view().problems().size() == 1);
  CHECK(f.view().problems().front().line == 3);
  // Suggested, not confirmed: the facilitator decides.
  for (const auto& product : f.workshop().inventory) CHECK_FALSE(product.confirmed);
  CHECK(f.workshop().inventory[1].process == "bezwaarschrift");
  CHECK(f.app.document().revision() != before);
  const auto demo = load_workshop(test::demo_workshop_path()).workshop.inventory;
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(f.workshop().inventory == demo);
}

TEST_CASE("Inventory view reports an unreadable file and changes nothing", "[room][inventory]") {
  Fixture f;
  const auto before = f.workshop().inventory;
  CHECK_FALSE(f.view().import_csv(f.scratch.file("missing.csv")));
  CHECK(f.view().message().find("missing.csv") != std::string::npos);
  CHECK(f.workshop().inventory == before);
  CHECK_FALSE(f.app.document().modified());
}

TEST_CASE("Inventory view confirms all and exports the mapping", "[room][inventory]") {
  Fixture f;
  f.view().confirm_all();
  for (const auto& product : f.workshop().inventory) CHECK(product.confirmed);
  const std::string path = f.scratch.file("mapping.csv");
  REQUIRE(f.view().export_csv(path));
  const auto read_back = inventory::read_inventory_csv(path);
  CHECK(read_back.problems.empty());
  REQUIRE(read_back.products.size() == f.workshop().inventory.size());
  CHECK(read_back.products.front().process == f.workshop().inventory.front().process);
  CHECK(read_back.products.front().confirmed);
}
