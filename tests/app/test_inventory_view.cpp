// The inventory view on the null backend: the demo's inventory on the board in
// type the back of the room can read, its names whole words only, a products
// CSV read with its bad rows listed and the good ones kept, a process chosen
// by hand (confirmed, one undo step), and the mapping written as CSV. The
// file dialog is driven as a user would: the button, the path typed, Enter.

// [SECTION] Fixture
// [SECTION] Board
// [SECTION] Reading and exporting
// [SECTION] Through the file dialog

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "app/inventory_view.h"
#include "demo_app.h"
#include "inventory/inventory_csv.h"

using namespace blokjes;
using namespace blokjes::app;

// -----------------------------------------------------------------------------
// [SECTION] Fixture
// -----------------------------------------------------------------------------

namespace {

// Clicks what a view recorded under `key` (layout_recorder.h).
void click_recorded(const App& app, HeadlessImGui& imgui, const std::function<void()>& ui,
                    const std::string& key) {
  const auto rect = app.layout().rect(key);
  REQUIRE(rect.has_value());
  imgui.click((rect->min.x + rect->max.x) / 2, (rect->min.y + rect->max.y) / 2, ui);
}

// Replaces the file dialog's path (it has the keyboard when it opens) and presses Enter.
void type_path_and_enter(HeadlessImGui& imgui, const std::function<void()>& ui,
                         const std::string& path) {
  imgui.press(GLFW_KEY_A, ui, true);
  imgui.press(GLFW_KEY_BACKSPACE, ui);
  ImGui::GetIO().AddInputCharactersUTF8(path.c_str());
  imgui.frame(ui);
  imgui.press(GLFW_KEY_ENTER, ui);
  imgui.frames(2, ui);
}

struct Fixture : test::DemoApp {
  Fixture() : test::DemoApp(load_workshop(test::demo_workshop_path()).workshop, 1920, 1080) {
    REQUIRE(app.show_view("inventory"));
    imgui.frames(3, ui);
  }
  InventoryView& view() { return *app.find_view<InventoryView>(); }
  nlohmann::json board() const { return app.layout_json()["inventory"]; }
  const Workshop& workshop() const { return app.document().workshop(); }

  void click_item(const std::string& key) { click_recorded(app, imgui, ui, key); }
  void type_path_and_enter(const std::string& path) { ::type_path_and_enter(imgui, ui, path); }
};

// The demo saved as velsen.json in a scratch folder and opened from there: the
// folder the inventory's file dialog starts in.
std::string saved_demo(const test::ScratchDirectory& scratch) {
  const std::string path = scratch.file("velsen.json");
  std::filesystem::copy_file(test::demo_workshop_path(), path);
  return path;
}

struct SavedFixture {
  test::ScratchDirectory scratch;
  HeadlessImGui imgui{1920, 1080};
  std::string path = saved_demo(scratch);
  App app{Document(load_workshop(path).workshop, path),
          load_block_library(test::source_path("assets/blocks.json")),
          Translations::load(test::source_path("assets")),
          {scratch.file("recovery"), scratch.file("recent.json")}};
  std::function<void()> ui = [this] { app.draw_frame(); };

  SavedFixture() {
    REQUIRE(app.show_view("inventory"));
    imgui.frames(3, ui);
  }
  InventoryView& view() { return *app.find_view<InventoryView>(); }
  const Workshop& workshop() const { return app.document().workshop(); }
  void click_item(const std::string& key) { click_recorded(app, imgui, ui, key); }
  void type_path_and_enter(const std::string& typed) { ::type_path_and_enter(imgui, ui, typed); }
};

std::string bad_rows_csv(const test::ScratchDirectory& scratch) {
  const std::string path = scratch.file("producten.csv");
  std::ofstream csv(path, std::ios::binary);
  csv << "\xEF\xBB\xBF"
      << "product;afdeling;volume per jaar;wettelijke termijn\r\n"
      << "Huwelijk voltrekken;Burgerzaken;240;\r\n"
      << "Kapvergunning;Vergunningen;veel;8 weken\r\n"
      << "Bezwaar maken;Juridische zaken;300;6 weken\r\n";
  return path;
}

std::vector<std::string> words_of(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// A row's lines are the name's words in order, none split: all of them, or
// (cut) the first few followed by the ellipsis.
void check_whole_words(const nlohmann::json& row) {
  INFO(row.dump());
  const auto name = words_of(row["name"].get<std::string>());
  std::vector<std::string> shown;
  for (const auto& line : row["lines"]) {
    for (auto& word : words_of(line.get<std::string>())) shown.push_back(word);
  }
  REQUIRE_FALSE(shown.empty());
  const std::string ellipsis = "\xE2\x80\xA6";
  if (row["cut"].get<bool>()) {
    std::string& last = shown.back();
    REQUIRE(last.size() >= ellipsis.size());
    CHECK(last.substr(last.size() - ellipsis.size()) == ellipsis);
    last.erase(last.size() - ellipsis.size());
    if (last.empty()) shown.pop_back();
    REQUIRE(shown.size() < name.size());
  } else {
    REQUIRE(shown.size() == name.size());
  }
  for (std::size_t i = 0; i < shown.size(); ++i) CHECK(shown[i] == name[i]);
  CHECK(row["lines"].size() <= 2);
}

bool inside(const nlohmann::json& rect, const nlohmann::json& outer) {
  return rect[0].get<float>() >= outer[0].get<float>() - 0.5f &&
         rect[1].get<float>() >= outer[1].get<float>() - 0.5f &&
         rect[2].get<float>() <= outer[2].get<float>() + 0.5f &&
         rect[3].get<float>() <= outer[3].get<float>() + 0.5f;
}

// Every row within the board, the board within the window, the type large enough.
void check_board_fits(const nlohmann::json& board, float width, float height, float min_px) {
  CHECK(board["text_px"].get<float>() >= min_px);
  CHECK(inside(board["board"], {0, 0, width, height}));
  for (const auto& row : board["rows"]) {
    INFO(row["name"].get<std::string>());
    CHECK(row["text_px"].get<float>() >= min_px);
    CHECK(row["detail_px"].get<float>() >= min_px);
    CHECK(inside(row["rect"], board["board"]));
    CHECK(inside(row["label_rect"], row["rect"]));
    check_whole_words(row);
  }
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Board
// -----------------------------------------------------------------------------

TEST_CASE("Inventory board names the shapes in large type and keeps maatwerk apart",
          "[room][inventory][inventory-view]") {
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

TEST_CASE("Inventory board wraps long shape names at word boundaries inside the view",
          "[room][inventory-view]") {
  Fixture f;
  const auto board = f.board();
  REQUIRE(board["rows"].size() >= 2);
  check_board_fits(board, 1920, 1080, 20);
  // The demo's longest shape name takes two whole-word lines.
  bool long_name_seen = false;
  for (const auto& row : board["rows"]) {
    if (row["process"] != "kapvergunning") continue;
    long_name_seen = true;
    CHECK(row["lines"].size() == 2);
    CHECK_FALSE(row["cut"].get<bool>());
  }
  CHECK(long_name_seen);
  CHECK(board["rows_left_out"] == 0);
}

TEST_CASE("Inventory board at 3840x2160 and scale 2 keeps 40 px type and whole words",
          "[room][inventory-view]") {
  test::DemoApp f(load_workshop(test::demo_workshop_path()).workshop, 3840, 2160);
  REQUIRE(f.app.show_view("inventory"));
  f.app.find_view<InventoryView>()->set_display_font(nullptr, 2);
  f.imgui.frames(3, f.ui);
  check_board_fits(f.app.layout_json()["inventory"], 3840, 2160, 40);
}

TEST_CASE("Inventory board ends a name too long for two lines with an ellipsis after a word",
          "[room][inventory-view]") {
  Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  Process* shape = workshop.find_process("kapvergunning");
  REQUIRE(shape != nullptr);
  shape->name =
      "Omgevingsvergunning vellen houtopstand (kapvergunning) met herplantplicht en "
      "beoordeling door de bomendeskundige van de gemeente";
  test::DemoApp f(std::move(workshop), 1920, 1080);
  REQUIRE(f.app.show_view("inventory"));
  f.imgui.frames(3, f.ui);
  const auto board = f.app.layout_json()["inventory"];
  check_board_fits(board, 1920, 1080, 20);
  bool cut_seen = false;
  for (const auto& row : board["rows"]) {
    if (row["process"] == "kapvergunning") cut_seen = row["cut"].get<bool>();
  }
  CHECK(cut_seen);
}

// -----------------------------------------------------------------------------
// [SECTION] Reading and exporting
// -----------------------------------------------------------------------------

TEST_CASE("Inventory view reads a CSV keeps good rows and lists bad ones",
          "[room][inventory][inventory-view]") {
  Fixture f;
  const std::string path = bad_rows_csv(f.scratch);
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

TEST_CASE("Inventory view reports an unreadable file and changes nothing",
          "[room][inventory][inventory-view]") {
  Fixture f;
  const auto before = f.workshop().inventory;
  CHECK_FALSE(f.view().import_csv(f.scratch.file("missing.csv")));
  CHECK(f.view().message().find("missing.csv") != std::string::npos);
  CHECK(f.workshop().inventory == before);
  CHECK_FALSE(f.app.document().modified());
}

TEST_CASE("Inventory view confirms all and exports the mapping",
          "[room][inventory][inventory-view]") {
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

TEST_CASE("Inventory export leaves an existing file alone until the overwrite is confirmed",
          "[room][inventory-view]") {
  Fixture f;
  const std::string path = f.scratch.file("koppeling.csv");
  { std::ofstream(path) << "eerder werk\n"; }
  CHECK_FALSE(f.view().export_csv(path));
  CHECK(test::read_file(path) == "eerder werk\n");
  CHECK(f.view().overwrite_pending() == path);
  CHECK(f.view().message().find("koppeling.csv") != std::string::npos);
  // Cancelled: still untouched.
  f.imgui.frames(2, f.ui);
  f.imgui.press(GLFW_KEY_ESCAPE, f.ui);
  CHECK(f.view().overwrite_pending().empty());
  CHECK(test::read_file(path) == "eerder werk\n");
  // Asked again and confirmed with the question's button: written.
  CHECK_FALSE(f.view().export_csv(path));
  f.imgui.frames(2, f.ui);
  f.click_item("inventory/overwrite");
  CHECK(f.view().overwrite_pending().empty());
  const auto read_back = inventory::read_inventory_csv(path);
  CHECK(read_back.problems.empty());
  CHECK(read_back.products.size() == f.workshop().inventory.size());
}

// -----------------------------------------------------------------------------
// [SECTION] Through the file dialog
// -----------------------------------------------------------------------------

TEST_CASE("Inventory CSV openen uses the file dialog in the workshop folder and lists bad rows",
          "[room][inventory-view]") {
  SavedFixture f;
  const std::string path = bad_rows_csv(f.scratch);
  f.click_item("inventory/open");
  const FileDialog& dialog = f.view().file_dialog();
  CHECK(dialog.mode() == FileDialog::Mode::open);
  CHECK(dialog.options().extension == ".csv");
  // The workshop's own folder, where its inventory lies beside it.
  CHECK(dialog.path() == f.scratch.path().string() + "/");
  f.type_path_and_enter(path);
  CHECK(f.workshop().inventory.size() == 2);
  REQUIRE(f.view().problems().size() == 1);
  CHECK(f.view().problems().front().line == 3);
  const std::string shown = inventory::describe(f.view().problems().front(), path);
  CHECK(shown.find("producten.csv") != std::string::npos);
  CHECK(shown.find('3') != std::string::npos);
  // The next dialog starts beside the file just read.
  f.click_item("inventory/open");
  CHECK(f.view().file_dialog().path() == path);
  f.imgui.press(GLFW_KEY_ESCAPE, f.ui);
}

TEST_CASE("Inventory CSV openen enters a folder typed in instead of reading it",
          "[room][inventory-view]") {
  SavedFixture f;
  const auto before = f.workshop().inventory;
  std::filesystem::create_directory(f.scratch.file("teams"));
  f.click_item("inventory/open");
  f.type_path_and_enter(f.scratch.file("teams"));
  CHECK(f.view().file_dialog().path() == f.scratch.file("teams") + "/");
  CHECK(f.view().message().empty());
  CHECK(f.workshop().inventory == before);
  f.imgui.press(GLFW_KEY_ESCAPE, f.ui);
}

TEST_CASE("Inventory CSV openen keeps the dialog open on an unreadable file",
          "[room][inventory-view]") {
  Fixture f;
  const auto before = f.workshop().inventory;
  f.click_item("inventory/open");
  f.type_path_and_enter(f.scratch.file("ontbreekt.csv"));
  CHECK(f.view().message().find("ontbreekt.csv") != std::string::npos);
  CHECK(f.workshop().inventory == before);
  CHECK_FALSE(f.app.document().modified());
  // Escape closes the dialog without reading anything.
  f.imgui.press(GLFW_KEY_ESCAPE, f.ui);
  CHECK(f.workshop().inventory == before);
}

TEST_CASE("Inventory Koppeling exporteren proposes a name and asks before overwriting",
          "[room][inventory-view]") {
  SavedFixture f;
  f.click_item("inventory/export");
  const FileDialog& dialog = f.view().file_dialog();
  CHECK(dialog.mode() == FileDialog::Mode::save_as);
  CHECK(dialog.options().extension == ".csv");
  // Beside the workshop, named after it: Enter takes the proposal.
  const std::string path = f.scratch.file("velsen-koppeling.csv");
  CHECK(dialog.path() == path);
  f.imgui.press(GLFW_KEY_ENTER, f.ui);
  f.imgui.frames(2, f.ui);
  REQUIRE(std::filesystem::exists(path));
  CHECK(inventory::read_inventory_csv(path).products.size() == f.workshop().inventory.size());
  // The same name again: nothing written until the question is answered.
  { std::ofstream(path) << "eerder werk\n"; }
  f.click_item("inventory/export");
  f.type_path_and_enter(path);
  CHECK(f.view().overwrite_pending() == path);
  CHECK(test::read_file(path) == "eerder werk\n");
  f.click_item("inventory/overwrite");
  CHECK(inventory::read_inventory_csv(path).products.size() == f.workshop().inventory.size());
}

TEST_CASE("Inventory CSV dialog stays apart from the app's workshop dialog",
          "[room][inventory-view]") {
  SavedFixture f;
  const std::string other = f.scratch.file("ander.json");
  std::filesystem::copy_file(test::demo_workshop_path(), other);
  // Both dialogs name their popup alike: the view's must not take the keys
  // of the app's Open (Ctrl+O) shown over the inventory.
  f.click_item("inventory/open");
  f.imgui.press(GLFW_KEY_ESCAPE, f.ui);
  f.imgui.press(GLFW_KEY_O, f.ui, true);
  f.type_path_and_enter(other);
  CHECK(f.app.document().path() == other);
  CHECK(f.view().message().empty());
}
