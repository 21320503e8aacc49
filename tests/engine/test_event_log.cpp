// The event log as process-mining tools read it: the XES file is well-formed
// (xmllint, which nobody here wrote), declares the IEEE 1849 extensions, has
// one trace per zaak and one event per status; the CSV has the same events in
// the same order, with RFC 4180 quoting.

#include <sys/wait.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "../shell_run.h"
#include "engine/engine.h"
#include "exporters/eventlog/csv_writer.h"
#include "exporters/eventlog/xes_writer.h"
#include "store_fixture.h"

using blokjes::engine::EventLogEvent;
using blokjes::engine::parse_timestamp;

namespace {

struct Scratch {
  Scratch() {
    std::random_device random;
    path = std::filesystem::temp_directory_path() /
           ("blokjes-eventlog-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(path);
  }
  ~Scratch() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
  std::filesystem::path path;
};

using Run = blokjes::test::ShellRun;

Run run(const std::string& command) {
  return blokjes::test::run_shell(command + " 2>&1");
}

// What xmllint's XPath says the file holds; the XES namespace is the default
// one, so elements are matched by local-name().
std::string xpath(const std::string& file, const std::string& expression) {
  const Run result = run("xmllint --xpath \"" + expression + "\" '" + file + "'");
  REQUIRE(result.exit_code == 0);
  std::string value = result.output;
  if (!value.empty() && value.back() == '\n') value.pop_back();  // xmllint ends the value with one
  return value;
}

EventLogEvent event(std::string zaak, std::string statustype, const char* moment,
                    std::string resource = "marloes", bool deviation = false,
                    std::string zaaktype = "HUW") {
  return {std::move(zaak),          std::move(zaaktype), std::move(statustype),
          *parse_timestamp(moment), std::move(resource), deviation};
}

// RFC 4180 read back by hand: quoted fields may hold commas, CRLF and doubled quotes.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(field);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Two zaken, their statuses interleaved in time as the store may return them.
std::vector<EventLogEvent> two_zaken() {
  return {event("ZAAK-2026-0000001", "Ontvangen", "2026-03-01T09:00:00Z"),
          event("ZAAK-2026-0000002", "Ontvangen", "2026-03-02T10:00:00Z", "kees"),
          event("ZAAK-2026-0000001", "In behandeling", "2026-03-03T11:30:00Z"),
          event("ZAAK-2026-0000001", "Afgehandeld", "2026-03-10T16:00:00Z", "marloes", true),
          event("ZAAK-2026-0000002", "Afgehandeld", "2026-03-04T08:15:00Z", "kees")};
}

}  // namespace

TEST_CASE("XES: well-formed, the IEEE extensions, one trace per zaak, one event per status",
          "[eventlog]") {
  Scratch scratch;
  const std::string file = scratch.file("zaken.xes");
  blokjes::eventlog::write_xes(two_zaken(), file);

  const Run lint = run("xmllint --noout '" + file + "'");
  INFO(lint.output);
  REQUIRE(lint.exit_code == 0);

  CHECK(xpath(file, "string(/*[local-name()='log']/@xes.version)") == "1849-2016");
  CHECK(xpath(file, "namespace-uri(/*)") == "http://www.xes-standard.org/");
  const std::pair<const char*, const char*> extensions[] = {
      {"concept", "http://www.xes-standard.org/concept.xesext"},
      {"time", "http://www.xes-standard.org/time.xesext"},
      {"lifecycle", "http://www.xes-standard.org/lifecycle.xesext"},
      {"org", "http://www.xes-standard.org/org.xesext"}};
  for (const auto& [prefix, uri] : extensions) {
    INFO(prefix);
    CHECK(xpath(file, std::string("string(//*[local-name()='extension'][@prefix='") + prefix +
                          "']/@uri)") == uri);
  }
  CHECK(xpath(file, "count(//*[local-name()='classifier'])") == "2");
  CHECK(xpath(file, "count(//*[local-name()='trace'])") == "2");
  CHECK(xpath(file, "count(//*[local-name()='event'])") == "5");
  // The first trace is the first zaak, its events in time order.
  const std::string first_trace = "//*[local-name()='trace'][1]";
  CHECK(xpath(file, "string(" + first_trace + "/*[@key='concept:name']/@value)") ==
        "ZAAK-2026-0000001");
  CHECK(xpath(file, "string(" + first_trace + "/*[@key='zaaktype']/@value)") == "HUW");
  CHECK(xpath(file, "count(" + first_trace + "/*[local-name()='event'])") == "3");
  const std::string last_event = first_trace + "/*[local-name()='event'][3]";
  CHECK(xpath(file, "string(" + last_event + "/*[@key='concept:name']/@value)") == "Afgehandeld");
  CHECK(xpath(file,
              "string(" + last_event + "/*[local-name()='date'][@key='time:timestamp']/@value)") ==
        "2026-03-10T16:00:00.000Z");
  CHECK(xpath(file, "string(" + last_event +
                        "/*[local-name()='boolean'][@key='deviation']/@value)") == "true");
  CHECK(xpath(file, "string(" + last_event + "/*[@key='lifecycle:transition']/@value)") ==
        "complete");
  CHECK(xpath(file, "string(" + last_event + "/*[@key='org:resource']/@value)") == "marloes");
  // The second zaak's events were given out of time order; the trace sorts them.
  CHECK(xpath(file,
              "string(//*[local-name()='trace'][2]/*[local-name()='event'][2]/"
              "*[@key='concept:name']/@value)") == "Afgehandeld");
}

TEST_CASE("CSV: the same events in the same order as the XES", "[eventlog]") {
  Scratch scratch;
  const std::string file = scratch.file("zaken.csv");
  blokjes::eventlog::write_csv(two_zaken(), file);
  const auto rows = parse_csv(read_text(file));
  REQUIRE(rows.size() == 6);
  CHECK(rows[0] == std::vector<std::string>{"case", "activity", "timestamp", "resource", "zaaktype",
                                            "deviation"});
  CHECK(rows[1] == std::vector<std::string>{"ZAAK-2026-0000001", "Ontvangen",
                                            "2026-03-01T09:00:00.000Z", "marloes", "HUW", "false"});
  CHECK(rows[3][1] == "Afgehandeld");
  CHECK(rows[3][5] == "true");
  CHECK(rows[4][0] == "ZAAK-2026-0000002");
  CHECK(rows[5][1] == "Afgehandeld");

  // Same order as the XES: read the activities of both and compare.
  const std::string xes = scratch.file("zaken.xes");
  blokjes::eventlog::write_xes(two_zaken(), xes);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    INFO(i);
    const std::string nth = "(//*[local-name()='event'])[" + std::to_string(i) + "]";
    CHECK(xpath(xes, "string(" + nth + "/*[@key='concept:name']/@value)") == rows[i][1]);
    CHECK(xpath(xes, "string(" + nth + "/../*[@key='concept:name']/@value)") == rows[i][0]);
    CHECK(xpath(xes, "string(" + nth + "/*[@key='time:timestamp']/@value)") == rows[i][2]);
  }
}

TEST_CASE("Names with commas, quotes, newlines and markup survive both formats", "[eventlog]") {
  Scratch scratch;
  const std::vector<EventLogEvent> events = {
      event("ZAAK, \"A\"", "Besluit\nnemen", "2026-01-05T12:00:00Z", "de Vries, J. <j&v>", false,
            "K\"AP"),
      event("ZAAK, \"A\"", "Tevreden? \"ja\", <graag> & klaar", "2026-01-06T12:00:00Z")};

  CHECK(blokjes::eventlog::csv_field("a,b") == "\"a,b\"");
  CHECK(blokjes::eventlog::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(blokjes::eventlog::csv_field("plain") == "plain");

  const std::string csv = scratch.file("odd.csv");
  blokjes::eventlog::write_csv(events, csv);
  const auto rows = parse_csv(read_text(csv));
  REQUIRE(rows.size() == 3);
  CHECK(rows[1] == std::vector<std::string>{"ZAAK, \"A\"", "Besluit\nnemen",
                                            "2026-01-05T12:00:00.000Z", "de Vries, J. <j&v>",
                                            "K\"AP", "false"});
  CHECK(rows[2][1] == "Tevreden? \"ja\", <graag> & klaar");

  const std::string xes = scratch.file("odd.xes");
  blokjes::eventlog::write_xes(events, xes);
  const Run lint = run("xmllint --noout '" + xes + "'");
  INFO(lint.output);
  REQUIRE(lint.exit_code == 0);
  CHECK(xpath(xes, "count(//*[local-name()='trace'])") == "1");
  CHECK(xpath(xes, "string((//*[local-name()='event'])[2]/*[@key='concept:name']/@value)") ==
        "Tevreden? \"ja\", <graag> & klaar");
  CHECK(xpath(xes, "string((//*[local-name()='event'])[1]/*[@key='org:resource']/@value)") ==
        "de Vries, J. <j&v>");
}

TEST_CASE("An empty event log is still a valid document", "[eventlog]") {
  Scratch scratch;
  const std::string xes = scratch.file("empty.xes");
  blokjes::eventlog::write_xes({}, xes);
  CHECK(run("xmllint --noout '" + xes + "'").exit_code == 0);
  CHECK(xpath(xes, "count(//*[local-name()='trace'])") == "0");
  CHECK(blokjes::eventlog::csv_text({}) ==
        "case,activity,timestamp,resource,zaaktype,deviation\r\n");
}

namespace {

// A three-step zaaktype built by hand, its statuses in volgnummer order.
blokjes::engine::ZaaktypeDefinition three_steps() {
  using namespace blokjes::engine;
  ZaaktypeDefinition definition;
  definition.uuid = "00000000-0000-4000-8000-000000000001";
  definition.identificatie = "LOG-001";
  definition.omschrijving = "Event log";
  definition.doorlooptijd = "P8W";
  definition.vertrouwelijkheidaanduiding = "openbaar";
  const char* names[] = {"Ontvangen", "In behandeling", "Afgehandeld"};
  for (int i = 0; i < 3; ++i) {
    const std::string uuid = "00000000-0000-4000-8000-00000000001" + std::to_string(i);
    definition.statustypen.push_back({uuid, names[i], i + 1, ""});
    const std::string block = "s" + std::to_string(i + 1);
    definition.graph.nodes.push_back({block, "", names[i], "", uuid});
    if (i > 0) definition.graph.edges.push_back({"s" + std::to_string(i), block, "sequence"});
  }
  ResultaattypeDefinition resultaat;
  resultaat.uuid = "00000000-0000-4000-8000-000000000020";
  resultaat.omschrijving = "Afgehandeld";
  resultaat.archiefnominatie = "vernietigen";
  resultaat.archiefactietermijn = "P1Y";
  resultaat.brondatum.afleidingswijze = "afgehandeld";
  definition.resultaattypen.push_back(resultaat);
  return definition;
}

}  // namespace

TEST_CASE("The engine's event log written as XES and CSV: one trace per zaak, one event per status",
          "[eventlog][engine]") {
  using namespace blokjes::engine;
  for (const auto& backend : testing::test_backends()) {
    INFO(backend);
    auto store = testing::make_test_store(backend);
    FixedClock clock(*parse_timestamp("2026-05-01T08:00:00Z"));
    Engine engine(*store, clock);
    const Actor clerk{"anouk, \"de\" <behandelaar>", Vertrouwelijkheid::zeer_geheim};
    engine.deploy({three_steps()}, DeployOptions{}, clerk);
    CreateZaak request;
    request.zaaktype = "LOG-001";
    const auto first = engine.create(request, clerk).identificatie;
    const auto second = engine.create(request, clerk).identificatie;
    clock.advance_seconds(3600);
    engine.set_status(first, "Ontvangen", std::nullopt, clerk);
    engine.set_status(second, "Ontvangen", std::nullopt, clerk);
    clock.advance_seconds(3600);
    engine.set_status(second, "In behandeling", std::nullopt, clerk);
    engine.set_resultaat(first, "Afgehandeld", clerk);
    engine.set_status(first, "Afgehandeld", std::nullopt, clerk);  // skips a step: a deviation

    const auto events = engine.event_log();
    REQUIRE(events.size() == 4);
    Scratch scratch;
    const std::string xes = scratch.file("engine.xes");
    blokjes::eventlog::write_xes(events, xes);
    REQUIRE(run("xmllint --noout '" + xes + "'").exit_code == 0);
    CHECK(xpath(xes, "count(//*[local-name()='trace'])") == "2");
    CHECK(xpath(xes, "count(//*[local-name()='event'])") == "4");
    const std::string first_trace =
        "//*[local-name()='trace'][*[@key='concept:name'][@value='" + first + "']]";
    CHECK(xpath(xes, "count(" + first_trace + "/*[local-name()='event'])") == "2");
    CHECK(xpath(xes, "string(" + first_trace +
                         "/*[local-name()='event'][2]/*[@key='deviation']/@value)") == "true");
    CHECK(xpath(xes, "string(" + first_trace + "/*[@key='zaaktype']/@value)") == "LOG-001");
    CHECK(xpath(xes, "string((//*[local-name()='event'])[1]/*[@key='org:resource']/@value)") ==
          clerk.user);

    const std::string csv = scratch.file("engine.csv");
    blokjes::eventlog::write_csv(events, csv);
    const auto rows = parse_csv(read_text(csv));
    REQUIRE(rows.size() == 5);
    for (std::size_t i = 1; i < rows.size(); ++i) {
      const std::string nth = "(//*[local-name()='event'])[" + std::to_string(i) + "]";
      CHECK(xpath(xes, "string(" + nth + "/../*[@key='concept:name']/@value)") == rows[i][0]);
      CHECK(xpath(xes, "string(" + nth + "/*[@key='concept:name']/@value)") == rows[i][1]);
      CHECK(rows[i][3] == clerk.user);
    }
  }
}
