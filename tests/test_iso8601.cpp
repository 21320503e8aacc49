#include <catch2/catch.hpp>

#include "core/iso8601.h"

using namespace blokjes;

TEST_CASE("ISO-8601 durations as the Catalogi API uses them", "[iso8601]") {
  CHECK(parse_iso_duration("P8W")->weeks == 8);
  CHECK(parse_iso_duration("P1Y6M")->months == 6);
  CHECK(parse_iso_duration("P2DT4H")->hours == 4);
  CHECK(parse_iso_duration("PT30M")->minutes == 30);
  CHECK(parse_iso_duration("P8W")->approximate_days() == Approx(56));
  CHECK(parse_iso_duration("P1Y")->approximate_days() >
        parse_iso_duration("P12W")->approximate_days());
  for (const char* bad :
       {"", "P", "PT", "8W", "P8", "PW", "P1M1Y", "P1DT", "P1H", "P-1D", "p8w", "P8W "}) {
    INFO(bad);
    CHECK_FALSE(parse_iso_duration(bad).has_value());
  }
}

TEST_CASE("calendar dates", "[iso8601]") {
  CHECK(is_iso_date("2026-11-23"));
  CHECK(is_iso_date("2024-02-29"));
  CHECK_FALSE(is_iso_date("2023-02-29"));
  CHECK_FALSE(is_iso_date("2026-13-01"));
  CHECK_FALSE(is_iso_date("23-11-2026"));
  CHECK_FALSE(is_iso_date("2026-11-23T10:00"));
}
