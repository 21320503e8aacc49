// File > Importeren (Ctrl+I): a BPMN model's processes added to the open
// workshop as one undoable step, its warnings shown; a bad file changes
// nothing and says why in the dialog.

#include <GLFW/glfw3.h>

#include <fstream>
#include <tuple>

#include "demo_app.h"
#include "exporters/bpmn/bpmn_writer.h"

namespace blokjes {

TEST_CASE("Ctrl+I opens the import dialog on BPMN files", "[app-import]") {
  test::DemoApp demo;
  demo.imgui.press(GLFW_KEY_I, demo.ui, true);
  CHECK(demo.app.import_dialog().mode() == app::FileDialog::Mode::open);
  CHECK(demo.app.import_dialog().options().extension == ".bpmn");
  CHECK_FALSE(demo.app.import_dialog().options().title.empty());
}

TEST_CASE("an imported BPMN model adds its processes as one undoable step", "[app-import]") {
  test::DemoApp demo;
  const auto before = demo.app.document().workshop();
  demo.app.import_processes(test::source_path("tests/bpmn_import/fixtures/gateway-voorwaarden.bpmn"));
  demo.imgui.frames(2, demo.ui);  // the outcome window draws
  const auto& after = demo.app.document().workshop();
  REQUIRE(demo.app.import_outcome().has_value());
  const auto& added = demo.app.import_outcome()->added;
  REQUIRE_FALSE(added.empty());
  CHECK(after.processes.size() == before.processes.size() + added.size());
  CHECK(demo.app.shown_process() == added.front());
  for (const auto& id : added) CHECK(after.find_process(id) != nullptr);
  CHECK(demo.app.document().modified());

  demo.imgui.press(GLFW_KEY_Z, demo.ui, true);  // one Ctrl+Z takes every added process away
  CHECK(demo.app.document().workshop() == before);
}

TEST_CASE("our own BPMN export of a demo process imports beside it, the same", "[app-import]") {
  test::DemoApp demo;
  const auto& workshop = demo.app.document().workshop();
  const auto path = demo.scratch.file("huwelijk.bpmn");
  {
    std::ofstream out(path, std::ios::binary);
    out << bpmn::write_bpmn(workshop, {"huwelijk"}, test::library());
  }
  demo.app.import_processes(path);
  const auto& after = demo.app.document().workshop();
  const auto* copy = after.find_process("huwelijk-2");
  REQUIRE(copy != nullptr);
  const auto* original = after.find_process("huwelijk");
  // What BPMN carries of a block (not who placed it, in which round, or its note).
  REQUIRE(copy->blocks.size() == original->blocks.size());
  for (std::size_t i = 0; i < copy->blocks.size(); ++i) {
    const auto& a = original->blocks[i];
    const auto& b = copy->blocks[i];
    CHECK(std::tie(a.id, a.kind, a.variant, a.label, a.lane, a.position) ==
          std::tie(b.id, b.kind, b.variant, b.label, b.lane, b.position));
    // The statustype it sets travels in the task's documentation; its citizen text does not.
    CHECK(a.overrides.statustype.omschrijving == b.overrides.statustype.omschrijving);
    CHECK(a.overrides.statustype.doorlooptijd == b.overrides.statustype.doorlooptijd);
  }
  CHECK(copy->flows == original->flows);
}

TEST_CASE("a malformed BPMN file changes nothing and the dialog names the place", "[app-import]") {
  test::DemoApp demo;
  const auto path = demo.scratch.file("kapot.bpmn");
  {
    std::ofstream out(path, std::ios::binary);
    out << "<?xml version=\"1.0\"?>\n<bpmn:definitions xmlns:bpmn=\""
           "http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <bpmn:process id=\"p\">\n";
  }
  const auto before = demo.app.document().workshop();
  demo.app.import_processes(path);
  CHECK(demo.app.document().workshop() == before);
  CHECK_FALSE(demo.app.import_outcome().has_value());
  CHECK_FALSE(demo.app.document().modified());
}

}  // namespace blokjes
