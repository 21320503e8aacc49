// `blokjes engine` as a user runs it: the demo's huwelijk exported, deployed
// and walked to closure through the binary, with the exit codes (0 done, 1 a
// rule refused with its code on stderr, 2 bad usage or input), the JSON of
// show, list and werkvoorraad, the event log files, a strict deploy straight
// from the workshop, and the demo year.

#include <sys/wait.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "test_support.h"

using Catch::Matchers::Contains;

namespace {

struct Run {
  int exit_code;
  std::string out;
  std::string err;
};

std::string quote(const std::string& text) {
  std::string quoted = "'";
  for (const char c : text) quoted += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs `command` in a shell, stdout and stderr apart.
Run run_shell(const std::string& command, const blokjes::test::ScratchDirectory& scratch) {
  const std::string err_file = scratch.file("stderr.txt");
  FILE* pipe = ::popen((command + " 2>" + quote(err_file)).c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string out;
  std::array<char, 4096> buffer{};
  while (const std::size_t read = std::fread(buffer.data(), 1, buffer.size(), pipe)) {
    out.append(buffer.data(), read);
  }
  const int status = ::pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, read_text(err_file)};
}

// One engine database in a scratch directory, and the binary run on it.
class EngineCli {
 public:
  EngineCli() : db_(scratch_.file("zaken.db")) {}

  // LANG=C: the messages are Dutch unless a test asks for English.
  Run blokjes(const std::string& arguments) {
    return run_shell("LANG=C " + quote(BLOKJES_CLI_PATH) + " " + arguments, scratch_);
  }
  // `blokjes engine --db DB ...` as a clerk with every clearance.
  Run engine(const std::string& arguments) {
    return blokjes("engine --db " + quote(db_) + " --user marloes " + arguments);
  }
  nlohmann::json engine_json(const std::string& arguments) {
    const Run run = engine(arguments + " --json");
    INFO(arguments << "\n" << run.err);
    REQUIRE(run.exit_code == 0);
    return nlohmann::json::parse(run.out);
  }
  std::string file(const std::string& name) const { return scratch_.file(name); }
  const blokjes::test::ScratchDirectory& scratch() const { return scratch_; }

 private:
  blokjes::test::ScratchDirectory scratch_;
  std::string db_;
};

std::string demo() {
  return quote(blokjes::test::demo_workshop_path());
}

// What the zgw-json export says about the huwelijk, so the test names the
// statustypen, roltypen and resultaattypen as the export does.
struct Huwelijk {
  std::vector<std::string> statustypen;  // by volgnummer
  std::string initiator;
  std::string resultaattype;  // one whose brondatum is the closing date
  std::string archiefactietermijn;
};

Huwelijk read_huwelijk(const std::string& path) {
  std::ifstream in(path);
  const auto document = nlohmann::json::parse(in);
  Huwelijk huwelijk;
  auto statustypen = document.at("statustypen");
  std::sort(statustypen.begin(), statustypen.end(), [](const auto& a, const auto& b) {
    return a.at("volgnummer").template get<int>() < b.at("volgnummer").template get<int>();
  });
  for (const auto& statustype : statustypen) {
    huwelijk.statustypen.push_back(statustype.at("omschrijving"));
  }
  for (const auto& roltype : document.at("roltypen")) {
    if (roltype.value("omschrijvingGeneriek", "") == "initiator") {
      huwelijk.initiator = roltype.at("omschrijving");
    }
  }
  for (const auto& resultaattype : document.at("resultaattypen")) {
    const auto& brondatum = resultaattype.at("brondatumArchiefprocedure");
    if (brondatum.value("afleidingswijze", "") == "afgehandeld" &&
        resultaattype.at("archiefactietermijn").is_string()) {
      huwelijk.resultaattype = resultaattype.at("omschrijving");
      huwelijk.archiefactietermijn = resultaattype.at("archiefactietermijn");
    }
  }
  return huwelijk;
}

// "P20Y" / "P10Y" on a date that is not 29 February: the year moves.
std::string plus_years(const std::string& date, const std::string& termijn) {
  REQUIRE(termijn.front() == 'P');
  REQUIRE(termijn.back() == 'Y');
  const int years = std::stoi(termijn.substr(1, termijn.size() - 2));
  return std::to_string(std::stoi(date.substr(0, 4)) + years) + date.substr(4);
}

std::size_t count_lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("blokjes engine: a huwelijk from export to closure, with exit codes 0, 1 and 2",
          "[cli][engine]") {
  EngineCli cli;
  const std::string exported = cli.file("huwelijk.json");
  REQUIRE(cli.blokjes("export " + demo() + " --process huwelijk --format zgw-json -o " +
                      quote(exported))
              .exit_code == 0);
  const Huwelijk huwelijk = read_huwelijk(exported);
  REQUIRE(huwelijk.statustypen.size() >= 4);
  REQUIRE_FALSE(huwelijk.initiator.empty());
  REQUIRE_FALSE(huwelijk.resultaattype.empty());
  const std::string& eindstatus = huwelijk.statustypen.back();

  const auto deployed = cli.engine_json("deploy " + quote(exported));
  REQUIRE(deployed["deployed"].size() == 1);
  CHECK(deployed["deployed"][0]["identificatie"] == "HUW-001");

  const Run created = cli.engine("create HUW-001 --startdatum 2026-01-05");
  INFO(created.err);
  REQUIRE(created.exit_code == 0);
  const std::string zaak = created.out.substr(0, created.out.find('\n'));
  CHECK_THAT(zaak, Contains("ZAAK-"));

  // Statuses in the process's order, with explicit dates.
  CHECK(cli.engine("status " + zaak + " " + quote(huwelijk.statustypen[0]) +
                   " --datum 2026-01-05T09:00:00Z")
            .exit_code == 0);
  // Bad input: exit 2. A rule: exit 1 with its code on stderr.
  CHECK(cli.engine("status " + zaak + " " + quote(huwelijk.statustypen[1]) + " --datum 2026-13-01")
            .exit_code == 2);
  CHECK(cli.engine("status " + zaak).exit_code == 2);
  const Run future = cli.engine("status " + zaak + " " + quote(huwelijk.statustypen[1]) +
                                " --datum 2999-01-01");
  CHECK(future.exit_code == 1);
  CHECK_THAT(future.err, Contains("date-in-future: "));
  const Run no_resultaat =
      cli.engine("status " + zaak + " " + quote(eindstatus) + " --datum 2026-02-01");
  CHECK(no_resultaat.exit_code == 1);
  CHECK_THAT(no_resultaat.err, Contains("resultaat-does-not-exist: "));
  const Run english = cli.engine("--lang en status " + zaak + " " + quote(eindstatus));
  CHECK(english.exit_code == 1);
  CHECK_THAT(english.err, Contains("resultaat-does-not-exist: "));
  CHECK(english.err != no_resultaat.err);  // the Dutch and the English message differ
  const Run not_a_type = cli.engine("status " + zaak + " 'Bestaat niet'");
  CHECK(not_a_type.exit_code == 1);
  CHECK_THAT(not_a_type.err, Contains("zaaktype-mismatch: "));

  CHECK(cli.engine("rol " + zaak + " " + quote(huwelijk.initiator) + " --betrokkene 'J. de Vries'")
            .exit_code == 0);
  CHECK(cli.engine("rol " + zaak + " " + quote(huwelijk.initiator)).exit_code == 2);
  // In volgnummer order; skipping the optional second step (more
  // information) is something the process allows from the intake.
  int day = 10;
  for (std::size_t i = 2; i + 1 < huwelijk.statustypen.size(); ++i) {
    const Run step = cli.engine("status " + zaak + " " + quote(huwelijk.statustypen[i]) +
                                " --datum 2026-01-" + std::to_string(day++) + "T10:00:00Z");
    INFO(huwelijk.statustypen[i] << ": " << step.err);
    CHECK(step.exit_code == 0);
  }
  CHECK(cli.engine("resultaat " + zaak + " " + quote(huwelijk.resultaattype)).exit_code == 0);
  const Run second = cli.engine("resultaat " + zaak + " " + quote(huwelijk.resultaattype));
  CHECK(second.exit_code == 1);
  CHECK_THAT(second.err, Contains("resultaat-exists: "));
  const auto closed = cli.engine_json("status " + zaak + " " + quote(eindstatus) +
                                      " --datum 2026-03-01T15:00:00Z");
  CHECK(closed["einddatum"] == "2026-03-01");

  SECTION("show --json has the Zaken API's fields, the details only when cleared") {
    const auto shown = cli.engine_json("show " + zaak);
    CHECK(shown["identificatie"] == zaak);
    CHECK(shown["zaaktype"] == "HUW-001");
    CHECK(shown["status"] == eindstatus);
    CHECK(shown["startdatum"] == "2026-01-05");
    CHECK(shown["einddatumGepland"].is_null());  // the huwelijk has no servicenorm
    CHECK(shown["uiterlijkeEinddatumAfdoening"] == "2027-01-05");  // startdatum + P1Y
    CHECK(shown["einddatum"] == "2026-03-01");
    CHECK(shown["resultaat"] == huwelijk.resultaattype);
    CHECK(shown["archiefnominatie"].is_string());
    CHECK(shown["startdatumBewaartermijn"] == "2026-03-01");
    CHECK(shown["archiefactiedatum"] == plus_years("2026-03-01", huwelijk.archiefactietermijn));
    CHECK(shown["vertrouwelijkheidaanduiding"] == "zaakvertrouwelijk");
    CHECK(shown["opschorting"]["indicatie"] == false);
    CHECK(shown["deviations"].is_array());
    CHECK(shown["statussen"].size() == huwelijk.statustypen.size() - 1);
    REQUIRE(shown.contains("rollen"));
    CHECK(shown["rollen"][0]["betrokkene"] == "J. de Vries");

    const Run hidden = cli.blokjes("engine --db " + quote(cli.file("zaken.db")) +
                                   " --user bezoeker --clearance openbaar show " + zaak);
    REQUIRE(hidden.exit_code == 0);
    const auto limited = nlohmann::json::parse(hidden.out);
    CHECK(limited["details"] == "hidden");
    CHECK_FALSE(limited.contains("rollen"));
    CHECK(limited["status"] == eindstatus);  // no black boxes: the status is for everyone
    CHECK(cli.engine("--clearance heel_geheim show " + zaak).exit_code == 2);

    // An openbaar zaak shows its details to the same bezoeker.
    const std::string open_zaak =
        cli.engine_json("create HUW-001 --vertrouwelijkheidaanduiding openbaar")["identificatie"];
    const Run open_show = cli.blokjes("engine --db " + quote(cli.file("zaken.db")) +
                                      " --user bezoeker --clearance openbaar show " + open_zaak);
    REQUIRE(open_show.exit_code == 0);
    const auto open_json = nlohmann::json::parse(open_show.out);
    CHECK(open_json["vertrouwelijkheidaanduiding"] == "openbaar");
    CHECK(open_json.contains("rollen"));
    CHECK(cli.engine("create HUW-001 --vertrouwelijkheidaanduiding heel_geheim").exit_code == 2);
  }

  SECTION("a skipped step is accepted and recorded as a deviation") {
    const std::string other = cli.engine_json("create HUW-001")["identificatie"];
    CHECK(cli.engine("status " + other + " " + quote(huwelijk.statustypen[0])).exit_code == 0);
    const auto skipped =
        cli.engine_json("status " + other + " " + quote(huwelijk.statustypen[3]));
    REQUIRE(skipped["deviations"].size() == 1);
    CHECK(skipped["deviations"][0]["from"] == huwelijk.statustypen[0]);
    CHECK(skipped["deviations"][0]["to"] == huwelijk.statustypen[3]);
  }

  SECTION("list, werkvoorraad and audit as JSON") {
    const auto listed = cli.engine_json("list");
    REQUIRE(listed.is_array());
    REQUIRE(listed.size() == 1);
    CHECK(listed[0]["identificatie"] == zaak);
    CHECK(listed[0]["einddatum"] == "2026-03-01");
    CHECK(cli.engine_json("list --open").empty());
    CHECK(cli.engine("list --as-of 2026-02-30").exit_code == 2);
    const auto werkvoorraad = cli.engine_json("werkvoorraad --as-of 2026-06-01");
    CHECK(werkvoorraad["asOf"] == "2026-06-01");
    CHECK(werkvoorraad["open"] == 0);
    CHECK(werkvoorraad["closed"] == 1);
    const auto audit = cli.engine_json("audit " + zaak);
    REQUIRE(audit.is_array());
    CHECK(audit.size() >= huwelijk.statustypen.size() + 2);  // create, statuses, rol, resultaat
    CHECK(audit[0]["user"] == "marloes");
  }

  SECTION("the event log as XES and CSV: one event per status, the same in both") {
    const std::size_t statuses = huwelijk.statustypen.size() - 1;
    const std::string xes = cli.file("zaken.xes");
    const auto written = cli.engine_json("eventlog -o " + quote(xes));
    CHECK(written["events"] == statuses);
    CHECK(run_shell("xmllint --noout " + quote(xes), cli.scratch()).exit_code == 0);
    const Run events = run_shell(
        "xmllint --xpath \"count(//*[local-name()='event'])\" " + quote(xes), cli.scratch());
    CHECK(events.out == std::to_string(statuses) + "\n");
    const std::string csv = cli.file("zaken.csv");
    CHECK(cli.engine("eventlog -o " + quote(csv) + " --zaaktype HUW-001").exit_code == 0);
    const std::string text = read_text(csv);
    CHECK(text.starts_with("case,activity,timestamp,resource,zaaktype,deviation\r\n"));
    CHECK(count_lines(text) == statuses + 1);
    CHECK_THAT(text, Contains(zaak + "," + huwelijk.statustypen[0] + ",2026-01-05T09:00:00.000Z,marloes,HUW-001,false"));
    CHECK(cli.engine("eventlog -o " + quote(cli.file("zaken.txt"))).exit_code == 2);
  }

  SECTION("unknown zaken and files") {
    const Run missing = cli.engine("show ZAAK-1900-0000001");
    CHECK(missing.exit_code == 1);
    CHECK_THAT(missing.err, Contains("zaak-not-found: "));
    // LANG=en* asks for English as --lang en does.
    const Run english = run_shell("LANG=en_US.UTF-8 " + quote(BLOKJES_CLI_PATH) + " engine --db " +
                                      quote(cli.file("zaken.db")) + " show ZAAK-1900-0000001",
                                  cli.scratch());
    CHECK(english.exit_code == 1);
    CHECK_THAT(english.err, Contains("zaak-not-found: ") && Contains("does not exist"));
    CHECK(cli.engine("deploy " + quote(cli.file("nothing.zip"))).exit_code == 2);
    CHECK(cli.engine("frobnicate").exit_code == 2);
  }
}

TEST_CASE("blokjes engine deploy straight from the workshop, --strict refuses a skipped step",
          "[cli][engine]") {
  EngineCli cli;
  // A workshop holds several processes: choosing none is bad usage.
  CHECK(cli.engine("deploy " + demo()).exit_code == 2);
  const auto deployed = cli.engine_json("deploy " + demo() + " --process huwelijk --strict");
  REQUIRE(deployed["deployed"].size() == 1);
  const std::string zaak = cli.engine_json("create HUW-001")["identificatie"];
  // The status's volgnummer identifies it as well as its omschrijving.
  CHECK(cli.engine("status " + zaak + " 1").exit_code == 0);
  const Run skipped = cli.engine("status " + zaak + " 4");
  CHECK(skipped.exit_code == 1);
  CHECK_THAT(skipped.err, Contains("status-order: "));
  CHECK(cli.engine("status " + zaak + " 3").exit_code == 0);  // the process leads there
}

TEST_CASE("blokjes engine demo fills a year of zaken once", "[cli][engine]") {
  EngineCli cli;
  const auto summary = cli.engine_json("demo --zaken 60");
  CHECK(summary["zaken"] == 60);
  CHECK(summary["zaaktypen"].get<int>() >= 5);
  CHECK(summary["open"].get<int>() + summary["closed"].get<int>() == 60);
  CHECK(summary["closed"].get<int>() > 0);
  CHECK(summary["open"].get<int>() > 0);
  CHECK(cli.engine_json("list").size() == 60);
  const Run again = cli.engine("demo --zaken 60");
  CHECK(again.exit_code == 1);
  CHECK_THAT(again.err, Contains("demo-db-not-empty"));
  const auto werkvoorraad = cli.engine_json("werkvoorraad");
  CHECK(werkvoorraad["open"] == summary["open"]);
  CHECK_FALSE(werkvoorraad["perDepartment"].empty());
}

TEST_CASE("blokjes engine deploy reads a ZIP, a directory of zgw-json documents, and refuses "
          "concepts and workshops with errors",
          "[cli][engine]") {
  EngineCli cli;
  const std::string directory = cli.file("catalogus");
  REQUIRE(cli.blokjes("export " + demo() + " --all --format zgw-json -o " + quote(directory))
              .exit_code == 0);
  const auto from_directory = cli.engine_json("deploy " + quote(directory));
  CHECK(from_directory["deployed"].size() == 13);

  const std::string zip = cli.file("catalogus.zip");
  REQUIRE(cli.blokjes("export " + demo() + " --all --format openzaak-zip -o " + quote(zip))
              .exit_code == 0);
  const auto from_zip = cli.engine_json("deploy " + quote(zip) + " --process HUW-001");
  REQUIRE(from_zip["deployed"].size() == 1);
  CHECK(from_zip["deployed"][0]["identificatie"] == "HUW-001");

  // The huwelijk without resultaattypen fails the openzaak profile: exit 1
  // with the findings, nothing deployed; exported with --force it is a concept.
  std::ifstream in(blokjes::test::demo_workshop_path());
  auto document = nlohmann::json::parse(in);
  for (auto& block : document["processes"][0]["blocks"]) {
    if (block["kind"] == "besluiten") {
      block["overrides"]["resultaattypen"] = nlohmann::json::array();
    }
  }
  const std::string broken = cli.file("broken.json");
  std::ofstream(broken) << document.dump(2);
  const Run refused = cli.engine("deploy " + quote(broken) + " --process huwelijk");
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.err, Contains("broken.json:") && Contains("error:"));

  const std::string concept_export = cli.file("concept_export.json");
  REQUIRE(cli.blokjes("export " + quote(broken) + " --process huwelijk --format zgw-json --force -o " +
                      quote(concept_export))
              .exit_code == 0);
  const Run not_allowed = cli.engine("deploy " + quote(concept_export));
  CHECK(not_allowed.exit_code == 1);
  CHECK_THAT(not_allowed.err, Contains("zaaktype-concept: "));
  CHECK(cli.engine("deploy " + quote(concept_export) + " --allow-concept").exit_code == 0);

  const std::string not_json = cli.file("not.json");
  std::ofstream(not_json) << "{\"zaaktype\": ";
  CHECK(cli.engine("deploy " + quote(not_json)).exit_code == 2);
}
