// `--format zac` (issue 14): the ZAC-ready export of the demo. Which
// processes fit comes from the fit itself (src/zac), never a list here; the
// test checks that each fitting one gets a ZIP in ZAC's shape and its
// zaakafhandelparameters, that a misfit is refused with its reason or goes
// as BPMN, and that import and export again keep ZAC's statustypen.

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "catalogi/validation.h"
#include "catalogi/zac_shape.h"
#include "catalogi_support.h"
#include "exporters/exporter.h"
#include "exporters/import_file.h"
#include "zac/fit.h"

using namespace blokjes;
using Catch::Matchers::Contains;

namespace {

const zac::GenericModel& generic_model() {
  static const zac::GenericModel model =
      zac::load_generic_model(test::source_path("assets/zac-generic-model.json"));
  return model;
}

WorkshopExportRequest request_for(const Workshop& workshop, std::vector<std::string> ids = {}) {
  WorkshopExportRequest request;
  request.workshop = &workshop;
  request.library = &test::library();
  request.selectielijst = &test::selectielijst();
  request.process_ids = std::move(ids);
  request.assets_directory = test::source_path("assets");
  return request;
}

std::set<std::string> statustypen_of(const PreparedExport& prepared) {
  std::set<std::string> names;
  for (const auto& statustype : prepared.objects.zaaktypen.front().statustypen) {
    names.insert(statustype.data.value("omschrijving", ""));
  }
  return names;
}

}  // namespace

TEST_CASE("zac export: every fitting demo process gets its ZIP and zaakafhandelparameters",
          "[zac][export]") {
  const Workshop& demo = test::demo_workshop();
  const auto fit = zac::fit_workshop(demo, test::library(), generic_model());
  REQUIRE(fit.fitting > 0);
  REQUIRE(fit.fitting < demo.processes.size());  // the demo has misfits to refuse too
  test::ScratchDirectory scratch;
  const std::string out = scratch.file("zac");
  const auto result = make_workshop_exporter("zac")->write(request_for(demo), out, false);

  std::size_t warned = 0;
  for (std::size_t i = 0; i < demo.processes.size(); ++i) {
    const Process& process = demo.processes[i];
    const bool fits = fit.processes[i].fits;
    const std::string zip = out + "/" + process.id + ".zip";
    const std::string parameters = out + "/" + process.id + "-zaakafhandelparameters.json";
    CHECK(std::filesystem::exists(zip) == fits);
    CHECK(std::filesystem::exists(parameters) == fits);
    if (!fits) {
      ++warned;
      const bool named = std::any_of(result.warnings.begin(), result.warnings.end(),
                                     [&](const auto& w) { return w.find(process.name) != w.npos; });
      CHECK(named);
      continue;
    }
    INFO(process.id);
    // The parameters: ZAC's case definition, the department as group, a
    // human task active exactly where the process has a block placed on it.
    const auto body = nlohmann::json::parse(test::read_file(parameters));
    CHECK(body.dump().find("generiek-zaakafhandelmodel") != std::string::npos);
    CHECK(body.at("defaultGroepId") == process.department);
    for (const char* field : {"humanTaskParameters", "userEventListenerParameters",
                              "zaakbeeindigParameters", "zaakNietOntvankelijkResultaattype",
                              "einddatumGeplandWaarschuwing",
                              "uiterlijkeEinddatumAfdoeningWaarschuwing"}) {
      CHECK(body.contains(field));
    }
    CHECK(body.at("zaakbeeindigParameters").size() == kZacTerminationReasons.size());
    for (const auto& task : body.at("humanTaskParameters")) {
      const std::string id = task.at("planItemDefinition").at("id");
      bool placed = false;
      for (const auto& placement : fit.processes[i].placements) {
        placed = placed || std::find(placement.places.begin(), placement.places.end(), id) !=
                               placement.places.end();
      }
      CHECK(task.at("actief").get<bool>() == placed);
    }

    // Imported back and exported again: ZAC's five statustypen, and the zac
    // profile still passes.
    const auto imported = import_file(zip, test::library(), &test::selectielijst(), "");
    REQUIRE(imported.workshop.processes.size() == 1);
    const auto again = test::export_of(imported.workshop, {}, ValidationProfile::zac);
    CHECK(statustypen_of(again) ==
          std::set<std::string>(kZacStatustypen.begin(), kZacStatustypen.end()));
    for (const auto& finding : again.diagnostics) {
      INFO(finding.message);
      CHECK(finding.severity != Severity::error);
    }
  }
  CHECK(warned == demo.processes.size() - fit.fitting);
}

TEST_CASE("zac export: a misfit named alone is refused with its reason, or goes as BPMN",
          "[zac][export]") {
  const Workshop& demo = test::demo_workshop();
  const auto fit = zac::fit_workshop(demo, test::library(), generic_model());
  const auto misfit = std::find_if(fit.processes.begin(), fit.processes.end(),
                                   [](const auto& process_fit) { return !process_fit.fits; });
  REQUIRE(misfit != fit.processes.end());
  const Process& process = *demo.find_process(misfit->process_id);
  test::ScratchDirectory scratch;
  const std::string out = scratch.file("zac");
  auto request = request_for(demo, {process.id});
  CHECK_THROWS_WITH(make_workshop_exporter("zac")->write(request, out, false),
                    Contains(process.name) && Contains("--bpmn") &&
                        Contains(zac::reason(*misfit, process, test::library(), Language::english)));
  CHECK_FALSE(std::filesystem::exists(out));

  request.with_bpmn = true;
  const auto result = make_workshop_exporter("zac")->write(request, out, false);
  CHECK(result.files.size() == 2);
  CHECK(std::filesystem::exists(out + "/" + process.id + ".zip"));
  const std::string bpmn = test::read_file(out + "/" + process.id + ".bpmn");
  CHECK_THAT(bpmn, Contains("UpdateZaakJavaDelegate") && Contains("${zaakGroep}") &&
                       Contains("ZK_Result"));
}

TEST_CASE("zac export: an existing directory is kept unless replacing is asked",
          "[zac][export]") {
  const Workshop& demo = test::demo_workshop();
  test::ScratchDirectory scratch;
  const std::string out = scratch.file("zac");
  make_workshop_exporter("zac")->write(request_for(demo), out, false);
  CHECK_THROWS_AS(make_workshop_exporter("zac")->write(request_for(demo), out, false),
                  OutputExistsError);
  CHECK_NOTHROW(make_workshop_exporter("zac")->write(request_for(demo), out, true));
}
