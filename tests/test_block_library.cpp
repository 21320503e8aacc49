// The block library: the five generic blocks and the variants municipalities
// use, each with a complete default zaaktype mapping in Dutch and English.

#include <catch2/catch.hpp>

#include "core/iso8601.h"
#include "core/load_error.h"
#include "test_support.h"

using namespace blokjes;
using Catch::Matchers::Contains;
using test::library;

TEST_CASE("the five generic blocks come first and are marked generic", "[library]") {
  std::vector<std::string> generic;
  for (const BlockKind* kind : library().generic_kinds()) generic.push_back(kind->id);
  CHECK(generic ==
        std::vector<std::string>{"intake", "behandelen", "adviseren", "besluiten", "archiveren"});
}

TEST_CASE("the variants named in the brief exist", "[library]") {
  for (const auto& [kind, variant] :
       std::vector<std::pair<const char*, const char*>>{{"intake", "digitaal"},
                                                        {"intake", "balie"},
                                                        {"adviseren", "intern"},
                                                        {"adviseren", "extern"},
                                                        {"besluiten", "mandaat"},
                                                        {"besluiten", "college"},
                                                        {"aanvullende-informatie", "standaard"},
                                                        {"informeren", "standaard"},
                                                        {"publiceren", "standaard"},
                                                        {"betalen", "standaard"},
                                                        {"uitvoeren", "inspectie"},
                                                        {"heroverwegen", "standaard"},
                                                        {"heropenen", "standaard"}}) {
    INFO(kind << "/" << variant);
    CHECK(library().find_variant(kind, variant) != nullptr);
  }
}

TEST_CASE("every variant has a complete, translated mapping", "[library]") {
  for (const auto& kind : library().kinds()) {
    CHECK_FALSE(kind.name.en.empty());
    for (const auto& variant : kind.variants) {
      INFO(kind.id << "/" << variant.id);
      CHECK_FALSE(variant.name.nl.empty());
      CHECK_FALSE(variant.name.en.empty());
      REQUIRE(variant.mapping.statustype.has_value());
      CHECK_FALSE(variant.mapping.statustype->statustekst.en.empty());
      CHECK(parse_iso_duration(variant.mapping.statustype->doorlooptijd).has_value());
      CHECK_FALSE(variant.mapping.roltypen.empty());
    }
  }
}

TEST_CASE("Besluiten carries besluittype and resultaattypen", "[library]") {
  for (const auto& variant : library().find_kind("besluiten")->variants) {
    INFO(variant.id);
    REQUIRE(variant.mapping.besluittype.has_value());
    CHECK(variant.mapping.besluittype->reactietermijn == "P6W");  // Awb bezwaartermijn
    CHECK(variant.mapping.resultaattypen.size() >= 2);
  }
  CHECK(library().find_variant("aanvullende-informatie", "standaard")->mapping.suspends_deadline);
}

TEST_CASE("a broken library names file, line and field", "[library]") {
  const std::string text = R"({"format": "blokjessessie-blocks", "version": 1, "kinds": [
  {"id": "intake", "colour": "blue", "name": "Intake", "description": "", "variants": []}
]})";
  try {
    parse_block_library(text, "blocks.json");
    FAIL("expected a LoadError");
  } catch (const LoadError& error) {
    CHECK(error.pointer() == "/kinds/0/colour");
    CHECK(error.position().line == 2);
    CHECK_THAT(error.message(), Contains("#RRGGBB"));
  }
}
