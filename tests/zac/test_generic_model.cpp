// ZAC's generic model as data (assets/zac-generic-model.json): it loads, it
// says what ZAC's CMMN file and health check say, every block of the library
// is mapped or deliberately absent, and a broken asset is refused with the
// file and the place in it.
//
// [SECTIONS]
//   [ASSET]     the real asset against ZAC's own names
//   [COVERAGE]  every kind and variant of blocks.json: one row, mapped or absent
//   [DOCS]      docs/zac.md's mapping table says what the asset says
//   [ERRORS]    malformed assets: LoadError naming file, line:col and what was expected

#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "../test_support.h"
#include "zac/generic_model.h"

namespace blokjes::zac {
namespace {

const GenericModel& model() {
  static const GenericModel loaded =
      load_generic_model(test::source_path("assets/zac-generic-model.json"));
  return loaded;
}

// The LoadError that parsing `text` throws; std::logic_error when it loads.
LoadError model_error(const std::string& text) {
  try {
    parse_generic_model(text, "model.json");
  } catch (const LoadError& error) {
    return error;
  }
  throw std::logic_error("expected a LoadError, but the text loaded");
}

// The real asset with one piece of text replaced (which must be there).
std::string asset_with(const std::string& from, const std::string& to) {
  std::string text = test::read_file(test::source_path("assets/zac-generic-model.json"));
  const auto at = text.find(from);
  if (at == std::string::npos) throw std::logic_error("not in the asset: " + from);
  return text.replace(at, from.size(), to);
}

// [SECTION] [ASSET]

TEST_CASE("ZAC's generic model loads with the case id and statustypen of ZAC", "[zac][model]") {
  CHECK(model().case_definition == "generiek-zaakafhandelmodel");
  CHECK(model().statustypen == std::vector<std::string>{"Intake", "In behandeling", "Heropend",
                                                         "Wacht op aanvullende informatie",
                                                         "Afgerond"});
  REQUIRE(model().termination_reasons.size() == 3);
  CHECK(model().termination_reasons[0].nl == "Ingetrokken door de initiator");
}

TEST_CASE("The plan items carry the ids of ZAC's CMMN file", "[zac][model]") {
  for (const char* id : {"INTAKE", "IN_BEHANDELING", "AANVULLENDE_INFORMATIE", "GOEDKEUREN",
                         "ADVIES_INTERN", "ADVIES_EXTERN", "DOCUMENT_VERZENDEN_POST",
                         "INTAKE_AFRONDEN", "ZAAK_AFHANDELEN"}) {
    INFO(id);
    CHECK(model().find_place(id) != nullptr);
  }
  const Place* aanvullend = model().find_place("AANVULLENDE_INFORMATIE");
  CHECK(aanvullend->kind == PlaceKind::human_task);
  CHECK(aanvullend->stage == "INTAKE");
  CHECK(aanvullend->sets_status == "Wacht op aanvullende informatie");
  CHECK(model().find_place("ZAAK_AFHANDELEN")->sets_status == "Afgerond");
  CHECK(model().find_place("ZAAK_HEROPENEN")->sets_status == "Heropend");
  CHECK(model().find_place("ZAAK_OPSCHORTEN")->once);
  CHECK(model().find_place("ZAAK_VERLENGEN")->once);
  // The tasks of In behandeling are optional and repeatable, in any order.
  for (const char* id : {"GOEDKEUREN", "ADVIES_INTERN", "ADVIES_EXTERN", "DOCUMENT_VERZENDEN_POST"}) {
    const Place* task = model().find_place(id);
    CHECK(task->stage == "IN_BEHANDELING");
    CHECK(task->optional);
    CHECK(task->repeatable);
  }
  CHECK(model().find_place("NOT_A_PLACE") == nullptr);
}

TEST_CASE("Every status a place sets is one of the five", "[zac][model]") {
  std::set<std::string> set_somewhere;
  for (const auto& place : model().places) {
    if (place.sets_status.empty()) continue;
    set_somewhere.insert(place.sets_status);
  }
  // Each statustype is set by some place of the model: none is dead weight.
  CHECK(set_somewhere ==
        std::set<std::string>(model().statustypen.begin(), model().statustypen.end()));
}

// [SECTION] [COVERAGE]

TEST_CASE("Every kind and variant of the block library is mapped or deliberately absent",
          "[zac][model]") {
  for (const auto& kind : test::library().kinds()) {
    for (const auto& variant : kind.variants) {
      INFO(kind.id << " / " << variant.id);
      const BlockMapping* mapped = model().mapping_for(kind.id, variant.id);
      const BlockMapping* absent = model().absence_for(kind.id, variant.id);
      CHECK((mapped == nullptr) != (absent == nullptr));
      if (absent != nullptr) CHECK_FALSE(absent->explanation.nl.empty());
    }
  }
  // No row names a kind or variant the library does not have.
  for (const auto* rows : {&model().mappings, &model().absent}) {
    for (const auto& row : *rows) {
      INFO(row.kind << " / " << row.variant);
      const BlockKind* kind = test::library().find_kind(row.kind);
      REQUIRE(kind != nullptr);
      if (!row.variant.empty()) CHECK(kind->find_variant(row.variant) != nullptr);
    }
  }
}

TEST_CASE("The mapping table puts each block where issue 14 says", "[zac][model]") {
  const auto places = [](const char* kind, const char* variant) {
    const BlockMapping* row = model().mapping_for(kind, variant);
    return row ? row->places : std::vector<std::string>{};
  };
  CHECK(places("intake", "balie").front() == "INTAKE");
  CHECK(places("aanvullende-informatie", "standaard").front() == "AANVULLENDE_INFORMATIE");
  for (const char* variant : {"standaard", "onderzoek", "gesprek"}) {
    CHECK(places("behandelen", variant) == std::vector<std::string>{"IN_BEHANDELING"});
  }
  CHECK(places("adviseren", "intern").front() == "ADVIES_INTERN");
  CHECK(places("adviseren", "extern").front() == "ADVIES_EXTERN");
  CHECK(places("adviseren", "commissie").front() == "ADVIES_EXTERN");
  CHECK(places("besluiten", "college") ==
        std::vector<std::string>{"GOEDKEUREN", "BESLUIT_VASTLEGGEN", "ZAAK_AFHANDELEN"});
  CHECK(places("informeren", "standaard") ==
        std::vector<std::string>{"DOCUMENT_VERZENDEN_POST", "MAIL_VERSTUREN"});
  CHECK(places("heropenen", "standaard").front() == "ZAAK_HEROPENEN");
  CHECK(places("archiveren", "standaard").front() == "RESULTAAT");
  for (const auto& [kind, variant] : std::vector<std::pair<const char*, const char*>>{
           {"betalen", "standaard"}, {"uitvoeren", "uitvoering"}, {"uitvoeren", "inspectie"},
           {"publiceren", "standaard"}, {"heroverwegen", "standaard"}}) {
    INFO(kind << " / " << variant);
    CHECK(model().mapping_for(kind, variant) == nullptr);
  }
}

// [SECTION] [DOCS]

TEST_CASE("docs/zac.md's mapping table has the asset's rows", "[zac][model][docs]") {
  const std::string doc = test::read_file(test::source_path("docs/zac.md"));
  // Rows of the form "| `kind` | `variant` or – | `PLACE`, `PLACE` or – | ..."
  const std::regex row(R"(\n\| `([a-z-]+)` \| (?:`([a-z-]+)`|–) \| ([^|]*) \|)");
  std::set<std::string> documented;
  for (auto it = std::sregex_iterator(doc.begin(), doc.end(), row); it != std::sregex_iterator();
       ++it) {
    const std::string kind = (*it)[1];
    const std::string variant = (*it)[2];
    std::vector<std::string> places;
    const std::string cell = (*it)[3];
    const std::regex place(R"(`([A-Z_]+)`)");
    for (auto p = std::sregex_iterator(cell.begin(), cell.end(), place);
         p != std::sregex_iterator(); ++p) {
      places.push_back((*p)[1]);
    }
    INFO(kind << " / " << variant);
    const auto find = [&](const std::vector<BlockMapping>& rows) -> const BlockMapping* {
      for (const auto& candidate : rows) {
        if (candidate.kind == kind && candidate.variant == variant) return &candidate;
      }
      return nullptr;
    };
    if (places.empty()) {
      CHECK(find(model().absent) != nullptr);
    } else {
      const BlockMapping* mapped = find(model().mappings);
      REQUIRE(mapped != nullptr);
      CHECK(mapped->places == places);
    }
    documented.insert(kind + "/" + variant);
  }
  CHECK(documented.size() == model().mappings.size() + model().absent.size());
}

// [SECTION] [ERRORS]

TEST_CASE("A malformed generic model is refused with file, place and what was expected",
          "[zac][model][errors]") {
  SECTION("not JSON") {
    const auto error = model_error("{\"format\": ");
    CHECK(error.file() == "model.json");
    CHECK(error.position().line == 1);
  }
  SECTION("another file") {
    const auto error = model_error(R"({"format": "blokjessessie-blocks", "version": 1})");
    CHECK(error.pointer() == "/format");
    CHECK(error.message().find("not ZAC's generic model") != std::string::npos);
    CHECK(error.position().line == 1);
    CHECK(error.position().column > 1);
  }
  SECTION("a mapping to a place the model does not have") {
    const auto error = model_error(asset_with(R"("places": ["ADVIES_INTERN"])",
                                              R"("places": ["ADVIES_INTRN"])"));
    CHECK(error.message().find("expected a place id, not \"ADVIES_INTRN\"") != std::string::npos);
    CHECK(error.pointer().find("/mappings/") == 0);
    CHECK(error.position().line > 1);
    CHECK(std::string(error.what()).find("model.json:") == 0);
  }
  SECTION("a status that is not one of the five") {
    const auto error = model_error(asset_with(R"("setsStatus": "Heropend")",
                                              R"("setsStatus": "Heropend!")"));
    CHECK(error.message().find("statustypen") != std::string::npos);
    CHECK(error.pointer().find("/setsStatus") != std::string::npos);
  }
  SECTION("a task in a stage that does not exist") {
    const auto error =
        model_error(asset_with(R"("stage": "INTAKE",)", R"("stage": "INTAK",)"));
    CHECK(error.message().find("expected the id of a stage") != std::string::npos);
  }
  SECTION("a kind both mapped and absent") {
    const auto error = model_error(asset_with(R"({"kind": "betalen",)",
                                              R"({"kind": "intake",)"));
    CHECK(error.message().find("a second row for block kind \"intake\"") != std::string::npos);
    CHECK(error.pointer().find("/absent/") == 0);
  }
  SECTION("an unknown place kind") {
    const auto error = model_error(asset_with(R"("kind": "zaakAction")", R"("kind": "action")"));
    CHECK(error.message().find("expected a place kind") != std::string::npos);
  }
  SECTION("an unknown field") {
    const auto error = model_error(asset_with(R"("caseDefinition")", R"("caseDefinitie")"));
    CHECK(error.file() == "model.json");
    CHECK_FALSE(error.message().empty());
  }
}

TEST_CASE("A missing generic model file is a LoadError naming it", "[zac][model][errors]") {
  try {
    load_generic_model("/nonexistent/zac-generic-model.json");
    FAIL("expected a LoadError");
  } catch (const LoadError& error) {
    CHECK(error.file() == "/nonexistent/zac-generic-model.json");
  }
}

}  // namespace
}  // namespace blokjes::zac
