// The inspector's fields for the ZGW Catalogi export (resultaattypen,
// documents, geldigheid, eigenschappen, catalogus), driven through the whole
// app UI on the null backend: every edit is one undoable step on the model.

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <optional>

#include "../test_support.h"
#include "app/app.h"
#include "app/canvas_geometry.h"
#include "app/headless_imgui.h"
#include "catalogi/selectielijst.h"
#include "core/workshop_file.h"
#include "demo_app.h"

using namespace blokjes;
using namespace blokjes::app;

namespace {

constexpr float kHeight = 900;

Workshop demo() {
  return load_workshop(test::demo_workshop_path()).workshop;
}

struct Rect {
  float x0, y0, x1, y1;
  float cx() const { return (x0 + x1) / 2; }
  float cy() const { return (y0 + y1) / 2; }
};

struct Fixture : test::DemoApp {
  explicit Fixture(Workshop workshop = demo()) : DemoApp(std::move(workshop), 1600, kHeight) {}

  const Block& block(const std::string& id) const { return *process().find_block(id); }
  void select(const std::string& block_id) { DemoApp::select(block(block_id)); }

  std::optional<Rect> field(const std::string& key) {
    const auto layout = app.layout_json();
    if (!layout["inspector"].contains(key)) return std::nullopt;
    const auto& r = layout["inspector"][key];
    return Rect{r[0].get<float>(), r[1].get<float>(), r[2].get<float>(), r[3].get<float>()};
  }

  // Scrolls the inspector from the top until the field `key` is wholly in
  // view; nullopt when the inspector does not show it at all.
  std::optional<Rect> reveal(const std::string& key) {
    imgui.frame(ui);
    const auto layout = app.layout_json();
    REQUIRE_FALSE(layout["inspector"].empty());
    const auto& any = layout["inspector"].front();
    const float x = (any[0].get<float>() + any[2].get<float>()) / 2;
    imgui.mouse_to(x, kHeight / 2);
    imgui.wheel(100);  // to the top
    imgui.frames(2, ui);
    for (int step = 0; step < 80; ++step) {
      if (const auto rect = field(key); rect && rect->y0 > 40 && rect->y1 < kHeight - 40) {
        return rect;
      }
      imgui.mouse_to(x, kHeight / 2);
      imgui.wheel(-1);
      imgui.frames(2, ui);
    }
    return std::nullopt;
  }

  // Replaces the text of a single-line field and leaves it with Enter.
  void type_into(const std::string& key, const std::string& text) {
    const auto rect = reveal(key);
    REQUIRE(rect.has_value());
    imgui.click(rect->cx(), rect->cy(), ui);
    imgui.press(GLFW_KEY_A, ui, true);
    imgui.press(GLFW_KEY_BACKSPACE, ui);
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    imgui.frame(ui);
    imgui.press(GLFW_KEY_ENTER, ui);
  }

  bool shows(const std::string& key) { return reveal(key).has_value(); }

  void click_field(const std::string& key) {
    const auto rect = reveal(key);
    REQUIRE(rect.has_value());
    imgui.click(rect->cx(), rect->cy(), ui);
  }

  void undo() { imgui.press(GLFW_KEY_Z, ui, true); }
  void redo() { imgui.press(GLFW_KEY_Y, ui, true); }
};

}  // namespace

TEST_CASE("a resultaattype's selectielijstklasse is edited and undone in one step",
          "[inspector][catalogi]") {
  Fixture f;
  const Block before = f.block("b6");  // besluiten/mandaat: three resultaattypen from the library
  REQUIRE_FALSE(before.overrides.resultaattypen.has_value());
  f.select("b6");
  f.type_into("resultaattype.selectielijstklasse[1]", "9.1.2");
  const auto& edited = f.block("b6").overrides.resultaattypen;
  REQUIRE(edited.has_value());
  REQUIRE(edited->size() == 3);
  CHECK((*edited)[1].selectielijstklasse == "9.1.2");
  CHECK((*edited)[1].omschrijving == "Geweigerd");
  CHECK((*edited)[0].selectielijstklasse.empty());
  CHECK(f.app.document().modified());

  f.undo();
  CHECK(f.block("b6") == before);
  f.redo();
  REQUIRE(f.block("b6").overrides.resultaattypen.has_value());
  CHECK((*f.block("b6").overrides.resultaattypen)[1].selectielijstklasse == "9.1.2");

  // Typed back to the library's value, the override goes away.
  f.type_into("resultaattype.selectielijstklasse[1]", "");
  CHECK_FALSE(f.block("b6").overrides.resultaattypen.has_value());
}

TEST_CASE("the brondatum parameters follow the chosen afleidingswijze", "[inspector][catalogi]") {
  const auto with_afleidingswijze = [](const std::string& afleidingswijze) {
    Workshop workshop = demo();
    ResultaattypeMapping resultaat;
    resultaat.omschrijving = "Verleend";
    resultaat.resultaattypeomschrijving = "Toegekend";
    resultaat.afleidingswijze = afleidingswijze;
    workshop.find_process("huwelijk")->find_block("b6")->overrides.resultaattypen =
        std::vector{resultaat};
    return workshop;
  };
  SECTION("derived: none of them") {
    Fixture f(with_afleidingswijze(""));
    f.select("b6");
    CHECK(f.shows("resultaattype.selectielijstklasse[0]"));
    CHECK_FALSE(f.shows("resultaattype.procestermijn[0]"));
    CHECK_FALSE(f.shows("resultaattype.datumkenmerk[0]"));
    CHECK_FALSE(f.shows("resultaattype.einddatumBekend[0]"));
  }
  SECTION("termijn: the procestermijn") {
    Fixture f(with_afleidingswijze("termijn"));
    f.select("b6");
    CHECK(f.shows("resultaattype.procestermijn[0]"));
    CHECK_FALSE(f.shows("resultaattype.datumkenmerk[0]"));
    CHECK_FALSE(f.shows("resultaattype.einddatumBekend[0]"));
    f.type_into("resultaattype.procestermijn[0]", "P10Y");
    CHECK((*f.block("b6").overrides.resultaattypen)[0].procestermijn == "P10Y");
  }
  SECTION("zaakobject: datumkenmerk, objecttype and einddatumBekend") {
    Fixture f(with_afleidingswijze("zaakobject"));
    f.select("b6");
    CHECK(f.shows("resultaattype.datumkenmerk[0]"));
    CHECK(f.shows("resultaattype.objecttype[0]"));
    CHECK(f.shows("resultaattype.einddatumBekend[0]"));
    CHECK_FALSE(f.shows("resultaattype.procestermijn[0]"));
    CHECK_FALSE(f.shows("resultaattype.registratie[0]"));
    f.click_field("resultaattype.einddatumBekend[0]");
    CHECK((*f.block("b6").overrides.resultaattypen)[0].einddatum_bekend);
    f.undo();
    CHECK_FALSE((*f.block("b6").overrides.resultaattypen)[0].einddatum_bekend);
  }
}

TEST_CASE("a document's informatieobjectcategorie is edited in one undoable step",
          "[inspector][catalogi]") {
  Fixture f;
  const Block before = f.block("b1");
  f.select("b1");
  f.type_into("inspector.informatieobjectcategorie[0]", "Aanvraag");
  const auto& documents = f.block("b1").overrides.informatieobjecttypen;
  REQUIRE(documents.has_value());
  CHECK((*documents)[0].informatieobjectcategorie == "Aanvraag");
  CHECK((*documents)[0].omschrijving == (*before.overrides.informatieobjecttypen)[0].omschrijving);
  f.undo();
  CHECK(f.block("b1") == before);
}

TEST_CASE("eigenschappen are added, edited and undone step by step", "[inspector][catalogi]") {
  Fixture f;
  const std::vector<EigenschapMapping> before = f.process().zaaktype.eigenschappen;
  const std::size_t n = before.size();
  REQUIRE(n >= 2);  // the demo's huwelijk has two
  const std::string row = "[" + std::to_string(n) + "]";
  const auto eigenschappen = [&]() -> const auto& {
    return f.process().zaaktype.eigenschappen;
  };
  f.click_field("zaaktype.add_eigenschap");
  REQUIRE(eigenschappen().size() == n + 1);
  CHECK(eigenschappen()[n].naam == "Nieuwe eigenschap");
  CHECK(eigenschappen()[n].formaat == "tekst");

  f.type_into("eigenschap.naam" + row, "Ceremonie");
  f.type_into("eigenschap.waardenverzameling" + row, "Kort, Uitgebreid ,, Besloten");
  CHECK(eigenschappen()[n].naam == "Ceremonie");
  CHECK(eigenschappen()[n].waardenverzameling ==
        std::vector<std::string>{"Kort", "Uitgebreid", "Besloten"});
  CHECK(std::equal(before.begin(), before.end(), eigenschappen().begin()));

  f.undo();
  CHECK(eigenschappen()[n].waardenverzameling.empty());
  f.undo();
  CHECK(eigenschappen()[n].naam == "Nieuwe eigenschap");
  f.undo();
  CHECK(eigenschappen() == before);
  f.redo();
  f.redo();
  REQUIRE(eigenschappen().size() == n + 1);
  CHECK(eigenschappen()[n].naam == "Ceremonie");

  f.click_field("eigenschap.remove[0]");
  REQUIRE(eigenschappen().size() == n);
  CHECK(eigenschappen()[0] == before[1]);
  f.undo();
  CHECK(eigenschappen()[0] == before[0]);
}

TEST_CASE("geldigheid dates are committed only when they are dates", "[inspector][catalogi]") {
  Fixture f;
  f.type_into("zaaktype.beginGeldigheid", "2027-01-01");
  CHECK(f.process().zaaktype.begin_geldigheid == "2027-01-01");
  f.type_into("zaaktype.beginGeldigheid", "2027-13-01");
  CHECK(f.process().zaaktype.begin_geldigheid == "2027-01-01");
  f.type_into("zaaktype.eindeGeldigheid", "2030-12-31");
  CHECK(f.process().zaaktype.einde_geldigheid == std::optional<std::string>("2030-12-31"));
  f.type_into("zaaktype.eindeGeldigheid", "");
  CHECK_FALSE(f.process().zaaktype.einde_geldigheid.has_value());
  f.undo();
  CHECK(f.process().zaaktype.einde_geldigheid == std::optional<std::string>("2030-12-31"));
}

TEST_CASE("the catalogus is edited with nothing selected, and undone", "[inspector][catalogi]") {
  Fixture f;
  const CatalogusFields before = f.app.document().workshop().catalogus;
  REQUIRE(before.domein == "VELS");
  f.type_into("catalogus.domein", "HAAR");
  const CatalogusFields& after = f.app.document().workshop().catalogus;
  CHECK(after.domein == "HAAR");
  CHECK(after.rsin == before.rsin);
  CHECK(after.naam == before.naam);
  CHECK(f.app.document().modified());
  f.undo();
  CHECK(f.app.document().workshop().catalogus == before);
  CHECK_FALSE(f.app.document().modified());

  // A block's inspector has no catalogus.
  f.select("b1");
  CHECK_FALSE(f.shows("catalogus.domein"));
}

TEST_CASE("the zaaktype's procestype is chosen by number and name from the Selectielijst",
          "[inspector][catalogi]") {
  Fixture f;  // nothing selected: the inspector shows the process's zaaktype
  REQUIRE(f.process().zaaktype.selectielijst_procestype == SelectielijstProcestype{2020, 9});
  f.click_field("zaaktype.procestype");
  f.imgui.frame(f.ui);
  // Every procestype of the Selectielijst is offered, and "none".
  const Selectielijst list = load_selectielijst(default_selectielijst_path());
  REQUIRE(list.procestypen.size() == 29);
  for (const auto& entry : list.procestypen) {
    INFO(entry.nummer);
    CHECK(f.app.layout().rect("option/zaaktype.procestype/" + std::to_string(entry.nummer)));
  }
  const auto option = f.app.layout().rect("option/zaaktype.procestype/11");
  REQUIRE(option.has_value());
  f.imgui.click((option->min.x + option->max.x) / 2, (option->min.y + option->max.y) / 2, f.ui);
  CHECK(f.process().zaaktype.selectielijst_procestype == SelectielijstProcestype{list.jaar, 11});
  f.undo();
  CHECK(f.process().zaaktype.selectielijst_procestype == SelectielijstProcestype{2020, 9});
  // "none" clears it.
  f.click_field("zaaktype.procestype");
  f.imgui.frame(f.ui);
  const auto none = f.app.layout().rect("option/zaaktype.procestype/none");
  REQUIRE(none.has_value());
  f.imgui.click((none->min.x + none->max.x) / 2, (none->min.y + none->max.y) / 2, f.ui);
  CHECK_FALSE(f.process().zaaktype.selectielijst_procestype.has_value());
}
