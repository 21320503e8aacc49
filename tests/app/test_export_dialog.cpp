// The export dialog and the validation panel, driven through the whole app
// UI on the null backend: opening (menu and Ctrl+E), the findings per
// profile, writing a ZIP, asking before overwriting, and clicking a finding
// to select what it is about.

#include <imgui_internal.h>  // to find a menu item by its id

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <thread>
#include <nlohmann/json.hpp>

#include "../test_support.h"
#include "app/app.h"
#include "app/canvas_geometry.h"
#include "app/headless_imgui.h"
#include "core/workshop_file.h"

using namespace blokjes;
using namespace blokjes::app;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// The demo with huwelijk's "Voltrekking door BABS" (b5) given the statustype
// omschrijving of its intake (b1): Open Zaak needs them unique per zaaktype.
std::string invalid_copy_of_demo(const test::ScratchDirectory& scratch) {
  std::ifstream in(test::demo_workshop_path());
  auto workshop = nlohmann::json::parse(in);
  auto& blocks = workshop["processes"][0]["blocks"];
  REQUIRE(blocks[4]["id"] == "b5");
  blocks[4]["overrides"]["statustype"]["omschrijving"] =
      blocks[0]["overrides"]["statustype"]["omschrijving"];
  const std::string path = scratch.file("invalid.json");
  write_file(path, workshop.dump(2));
  return path;
}

struct Fixture {
  test::ScratchDirectory scratch;
  HeadlessImGui imgui{1920, 1080};
  App app;
  std::function<void()> ui;

  explicit Fixture(const std::string& path = test::demo_workshop_path())
      : app(Document(load_workshop(path).workshop, path),
            load_block_library(test::source_path("assets/blocks.json")),
            Translations::load(test::source_path("assets")),
            {scratch.file("recovery"), scratch.file("recent.json"),
             test::source_path("assets/selectielijst-2020.json")}) {
    ui = [this] { app.draw_frame(); };
    imgui.frames(3, ui);
  }

  ExportDialog& dialog() { return app.export_dialog(); }
  void click(const ScreenRect& rect) { imgui.click(rect.centre().x, rect.centre().y, ui); }
  void click_control(const char* name) {
    const auto rect = dialog().control(name);
    REQUIRE(rect.has_value());
    click(*rect);
  }
  DiagnosticCounts counts() {
    const PreparedExport* prepared = dialog().prepared();
    REQUIRE(prepared != nullptr);
    return count_diagnostics(prepared->diagnostics);
  }
  // The row of the dialog's first finding that `matches`.
  template <typename Match>
  ScreenRect row_of(Match matches) {
    const auto& diagnostics = dialog().prepared()->diagnostics;
    const auto found = std::find_if(diagnostics.begin(), diagnostics.end(), matches);
    REQUIRE(found != diagnostics.end());
    const auto index = static_cast<std::size_t>(found - diagnostics.begin());
    REQUIRE(index < dialog().findings().row_rects().size());
    return dialog().findings().row_rects()[index];
  }

  // Opens the main menu `menu_index` and clicks its item `label`: the mouse
  // moves down the menu until ImGui hovers that item.
  void click_menu_item(int menu_index, const char* label) {
    const ImGuiWindow* main = ImGui::FindWindowByName("##main");
    REQUIRE(main != nullptr);
    const ImRect bar = main->MenuBarRect();
    const float x = bar.Min.x + ImGui::GetStyle().WindowPadding.x + ImGui::GetFontSize();
    REQUIRE(menu_index == 0);  // only the first menu's place is known without labels
    imgui.click(x, bar.GetCenter().y, ui);
    ImGuiWindow* menu = ImGui::FindWindowByName("##Menu_00");
    REQUIRE((menu != nullptr && menu->Active));
    // MenuItem pushes its label and draws Selectable("").
    const ImGuiID id = ImHashStr("", 0, menu->GetID(label));
    for (float y = menu->Pos.y; y < menu->Pos.y + menu->Size.y; y += 2) {
      imgui.mouse_to(menu->Pos.x + menu->Size.x / 2, y);
      imgui.frame(ui);
      if (ImGui::GetCurrentContext()->HoveredId == id) {
        imgui.click(menu->Pos.x + menu->Size.x / 2, y, ui);
        return;
      }
    }
    FAIL("no menu item " << label);
  }
};

bool is_zip(const std::string& path) {
  return read_file(path).rfind("PK", 0) == 0;
}

// Frames until the dialog's workshop export has been written (at most a minute).
void frames_until_written(Fixture& f) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (f.dialog().exporting() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    f.imgui.frame(f.ui);
  }
  f.imgui.frame(f.ui);  // the frame that takes the outcome
  REQUIRE_FALSE(f.dialog().exporting());
}

// Points the dialog at `target`, exports and waits: the outcome is a success.
void write_to(Fixture& f, const std::string& target) {
  f.dialog().set_path(target);
  f.imgui.frame(f.ui);
  f.click_control("export");
  frames_until_written(f);
  REQUIRE(f.dialog().outcome().has_value());
  CHECK(f.dialog().outcome()->error.empty());
}

}  // namespace

TEST_CASE("Ctrl+E opens the export dialog on the shown process", "[export-dialog]") {
  Fixture f;
  CHECK_FALSE(f.dialog().is_open());
  f.imgui.press(GLFW_KEY_E, f.ui, true);
  REQUIRE(f.dialog().is_open());
  CHECK(f.dialog().processes() == std::vector<std::string>{f.app.shown_process()});
  CHECK(f.dialog().profile() == ValidationProfile::openzaak);
  CHECK(f.dialog().format() == "openzaak-zip");
  CHECK(f.dialog().path() == test::source_path("scenarios/demo-workshop.zip"));
  f.click_control("close");
  CHECK_FALSE(f.dialog().is_open());
  f.imgui.press(GLFW_KEY_E, f.ui, true);
  REQUIRE(f.dialog().is_open());
  f.imgui.press(GLFW_KEY_ESCAPE, f.ui);
  CHECK_FALSE(f.dialog().is_open());
}

TEST_CASE("File > Exporteren opens the export dialog", "[export-dialog]") {
  Fixture f;
  f.click_menu_item(0, "Exporteren…");
  CHECK(f.dialog().is_open());
}

TEST_CASE("the demo passes openzaak for all processes and fails zac", "[export-dialog]") {
  Fixture f;
  f.app.open_export_dialog();
  f.imgui.frames(2, f.ui);
  f.click_control("all");
  CHECK(f.dialog().processes().size() == f.app.document().workshop().processes.size());
  CHECK(f.counts().errors == 0);
  f.dialog().set_profile(ValidationProfile::zac);
  f.imgui.frame(f.ui);
  CHECK(f.counts().errors > 0);
  f.click_control("none");
  CHECK(f.dialog().processes().empty());
  CHECK(f.dialog().prepared() == nullptr);  // nothing chosen is nothing to export
}

TEST_CASE("export writes an Open Zaak ZIP and asks before overwriting it", "[export-dialog]") {
  Fixture f;
  f.imgui.press(GLFW_KEY_E, f.ui, true);
  const std::string target = f.scratch.file("huwelijk.zip");
  f.dialog().set_path(target);
  f.imgui.frame(f.ui);
  f.click_control("export");
  REQUIRE(f.dialog().outcome().has_value());
  CHECK(f.dialog().outcome()->error.empty());
  CHECK(f.dialog().outcome()->written == std::vector<std::string>{target});
  CHECK_FALSE(f.dialog().outcome()->as_concept);
  CHECK(is_zip(target));

  write_file(target, "older work");
  f.click_control("export");
  CHECK(read_file(target) == "older work");  // the prompt is up; nothing written yet
  f.click_control("cancel_overwrite");
  CHECK(read_file(target) == "older work");
  f.click_control("export");
  f.click_control("overwrite");
  CHECK(is_zip(target));
}

TEST_CASE("errors block the export until it is forced as concept", "[export-dialog]") {
  Fixture f;
  f.imgui.press(GLFW_KEY_E, f.ui, true);
  f.dialog().set_profile(ValidationProfile::zac);
  f.dialog().set_format("zgw-json");
  const std::string target = f.scratch.file("huwelijk.json");
  f.dialog().set_path(target);
  f.imgui.frame(f.ui);
  REQUIRE(f.counts().errors > 0);
  f.click_control("export");
  CHECK_FALSE(std::filesystem::exists(target));
  f.click_control("force");
  f.click_control("export");
  REQUIRE(f.dialog().outcome().has_value());
  CHECK(f.dialog().outcome()->as_concept);
  const auto document = nlohmann::json::parse(read_file(target));
  CHECK(document.dump().find("\"concept\":true") != std::string::npos);
}

TEST_CASE("clicking a finding selects its block on the canvas", "[export-dialog]") {
  test::ScratchDirectory scratch;
  Fixture f(invalid_copy_of_demo(scratch));
  const auto& processes = f.app.document().workshop().processes;
  f.app.show_process(processes[3].id);
  f.app.show_view("matrix");
  f.imgui.frames(2, f.ui);
  f.imgui.press(GLFW_KEY_E, f.ui, true);
  f.click_control("all");
  CHECK(f.counts().errors == 1);
  f.click(f.row_of([](const Diagnostic& d) { return d.block_id == "b5"; }));
  CHECK(f.app.view() == "canvas");
  CHECK(f.app.shown_process() == "huwelijk");
  CHECK(f.app.canvas().selection().blocks == std::set<std::string>{"b5"});
  f.imgui.frames(2, f.ui);  // the canvas keeps the selection as it draws the process
  CHECK(f.app.canvas().selection().blocks == std::set<std::string>{"b5"});
  // The block is centred in the canvas.
  const Block& block = *f.app.document().workshop().find_process("huwelijk")->find_block("b5");
  const ScreenPoint centre = f.app.canvas().view().to_screen(
      {block.position.x + kBlockWidth / 2, block.position.y + kBlockHeight / 2});
  const ScreenPoint min = f.app.canvas().screen_min();
  const ScreenPoint max = f.app.canvas().screen_max();
  CHECK(centre.x == Approx((min.x + max.x) / 2).margin(2));
  CHECK(centre.y == Approx((min.y + max.y) / 2).margin(2));
}

TEST_CASE("clicking a zaaktype finding shows its process with nothing selected",
          "[export-dialog]") {
  Fixture f;
  f.imgui.press(GLFW_KEY_E, f.ui, true);
  // Only the second process, so its findings are the first rows, in view.
  const std::string second = f.app.document().workshop().processes[1].id;
  f.dialog().set_processes({second});
  f.dialog().set_profile(ValidationProfile::zac);
  f.imgui.frame(f.ui);
  f.click(
      f.row_of([&](const Diagnostic& d) { return d.process_id == second && d.block_id.empty(); }));
  CHECK(f.app.shown_process() == second);
  CHECK(f.app.canvas().selection().empty());
}

TEST_CASE("the validation panel shows the shown process's findings", "[export-dialog]") {
  test::ScratchDirectory scratch;
  Fixture f(invalid_copy_of_demo(scratch));
  ValidationPanel& panel = f.app.validation_panel();
  CHECK(panel.profile() == ValidationProfile::openzaak);
  REQUIRE(panel.prepared("huwelijk") != nullptr);
  CHECK(count_diagnostics(panel.prepared("huwelijk")->diagnostics).errors == 1);
  f.imgui.frame(f.ui);
  REQUIRE_FALSE(panel.findings().row_rects().empty());
  f.click(panel.findings().row_rects().front());
  CHECK(f.app.canvas().selection().blocks == std::set<std::string>{"b5"});

  f.app.show_process("melding-achterstallig-woningonderhoud");
  f.imgui.frame(f.ui);
  CHECK(count_diagnostics(panel.prepared(f.app.shown_process())->diagnostics).errors == 0);
  panel.set_profile(ValidationProfile::zac);
  f.imgui.frame(f.ui);
  CHECK(count_diagnostics(panel.prepared(f.app.shown_process())->diagnostics).errors > 0);
}

TEST_CASE("the validation panel follows edits and undo", "[export-dialog]") {
  test::ScratchDirectory scratch;
  Fixture f(invalid_copy_of_demo(scratch));
  ValidationPanel& panel = f.app.validation_panel();
  const auto errors = [&] {
    return count_diagnostics(panel.prepared("huwelijk")->diagnostics).errors;
  };
  CHECK(errors() == 1);
  // Delete the offending block, then undo.
  f.app.canvas().focus("huwelijk", "b5");
  f.imgui.frame(f.ui);
  f.app.canvas().delete_selection("huwelijk");
  CHECK(errors() == 0);
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(errors() == 1);
}

// -----------------------------------------------------------------------------
// Formats made from the workshop itself (issue 13)
// -----------------------------------------------------------------------------

TEST_CASE("the export dialog writes BPMN of the shown process beside the workshop",
          "[export-dialog][issue13]") {
  Fixture f;
  f.imgui.press(GLFW_KEY_E, f.ui, true);
  f.dialog().set_format("bpmn");
  f.imgui.frame(f.ui);
  CHECK(f.dialog().workshop_format());
  CHECK(f.dialog().prepared() != nullptr);  // still available, but not drawn or needed
  const std::string shown = f.app.shown_process();
  CHECK(f.dialog().path() == test::source_path("scenarios/demo-workshop-" + shown + ".bpmn"));
  const std::string target = f.scratch.file("proces.bpmn");
  write_to(f, target);
  CHECK(f.dialog().outcome()->written == std::vector<std::string>{target});
  const std::string bpmn = read_file(target);
  CHECK(bpmn.find("definitions") != std::string::npos);
  CHECK(bpmn.find(f.app.document().workshop().find_process(shown)->name) != std::string::npos);
}

TEST_CASE("the export dialog's compare picture needs two processes, then writes one SVG",
          "[export-dialog][issue13]") {
  Fixture f;
  f.imgui.press(GLFW_KEY_E, f.ui, true);
  f.dialog().set_format("svg");
  f.dialog().set_subject(PictureSubject::compare);
  const auto& processes = f.app.document().workshop().processes;
  f.dialog().set_processes({processes[0].id});
  f.imgui.frame(f.ui);
  CHECK_THAT(f.dialog().problem(), Catch::Matchers::Contains("twee processen"));
  const std::string target = f.scratch.file("paar.svg");
  f.dialog().set_path(target);
  f.imgui.frame(f.ui);
  f.click_control("export");  // disabled: nothing happens
  CHECK_FALSE(f.dialog().exporting());
  CHECK_FALSE(f.dialog().outcome().has_value());
  CHECK_FALSE(std::filesystem::exists(target));

  f.dialog().set_processes({processes[0].id, processes[1].id});
  f.imgui.frame(f.ui);
  CHECK(f.dialog().problem().empty());
  f.click_control("export");
  frames_until_written(f);
  REQUIRE(f.dialog().outcome().has_value());
  CHECK(f.dialog().outcome()->error.empty());
  const std::string svg = read_file(target);
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find(processes[0].name) != std::string::npos);
  CHECK(svg.find(processes[1].name) != std::string::npos);
}

TEST_CASE("the export dialog writes pictures of several processes into a directory",
          "[export-dialog][issue13]") {
  Fixture f;
  f.imgui.press(GLFW_KEY_E, f.ui, true);
  f.dialog().set_format("png");
  f.click_control("all");
  const auto& processes = f.app.document().workshop().processes;
  CHECK(f.dialog().path() == test::source_path("scenarios/demo-workshop-afbeeldingen"));
  const std::string target = f.scratch.file("afbeeldingen");
  write_to(f, target);
  CHECK(f.dialog().outcome()->written.size() == processes.size());
  for (const auto& process : processes) {
    CHECK(read_file(target + "/" + process.id + ".png").rfind("\x89PNG", 0) == 0);
  }
}

TEST_CASE("the export dialog asks before replacing a workshop format's file",
          "[export-dialog][issue13]") {
  Fixture f;
  f.imgui.press(GLFW_KEY_E, f.ui, true);
  f.dialog().set_format("html");
  f.imgui.frame(f.ui);
  CHECK(f.dialog().path() == test::source_path("scenarios/demo-workshop-handout.html"));
  const std::string target = f.scratch.file("handout.html");
  write_file(target, "older work");
  f.dialog().set_path(target);
  f.imgui.frame(f.ui);
  f.click_control("export");
  frames_until_written(f);
  f.imgui.frame(f.ui);  // the prompt opens
  CHECK_FALSE(f.dialog().outcome().has_value());
  CHECK(read_file(target) == "older work");
  f.click_control("cancel_overwrite");
  CHECK(read_file(target) == "older work");
  f.click_control("export");
  frames_until_written(f);
  f.imgui.frame(f.ui);
  f.click_control("overwrite");
  frames_until_written(f);
  REQUIRE(f.dialog().outcome().has_value());
  CHECK(f.dialog().outcome()->error.empty());
  CHECK(read_file(target).find("<html") != std::string::npos);
}

TEST_CASE("an edit while a workshop format is written does not change what is written",
          "[export-dialog][issue13]") {
  Fixture f;
  f.imgui.press(GLFW_KEY_E, f.ui, true);
  f.dialog().set_format("md");
  f.click_control("all");
  const std::string target = f.scratch.file("wiki");
  f.dialog().set_path(target);
  f.imgui.frame(f.ui);
  const std::size_t before = f.app.document().workshop().processes.size();
  // An edit: a process imported from a small BPMN model, while the handout is written.
  const std::string model = f.scratch.file("extra.bpmn");
  write_file(model, R"(<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <process id="ingevoegd" name="Ingevoegd tijdens de export">
    <startEvent id="s"/><task id="t" name="Extra blok"/><endEvent id="e"/>
    <sequenceFlow id="f1" sourceRef="s" targetRef="t"/><sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
  </process>
</definitions>)");
  f.click_control("export");
  f.app.import_processes(model);
  REQUIRE(f.app.document().workshop().processes.size() == before + 1);
  frames_until_written(f);
  REQUIRE(f.dialog().outcome().has_value());
  CHECK(f.dialog().outcome()->error.empty());
  const std::string handout = read_file(target + "/handout.md");
  CHECK(handout.find(f.app.document().workshop().processes.front().name) != std::string::npos);
  CHECK(handout.find("Ingevoegd tijdens de export") == std::string::npos);
}
