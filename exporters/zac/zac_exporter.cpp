// The zac format: ZAC-ready exports of the processes that run on the
// zaakafhandelcomponent's generic model (and, with --bpmn, of those that do
// not). See zac_exporter.h; the fields and what an administrator still fills
// in are in docs/zac-export.md.
//
// [SECTION] From the fit to ZAC's words
// [SECTION] One process
// [SECTION] The exporter

#include "zac_exporter.h"

#include <cmath>
#include <filesystem>
#include <set>

#include "catalogi/export_pipeline.h"
#include "catalogi/validation.h"
#include "catalogi/zaakafhandelparameters.h"
#include "catalogi/zac_shape.h"
#include "core/asset_paths.h"
#include "core/atomic_directory.h"
#include "core/iso8601.h"
#include "exporters/zgw/zgw_documents.h"
#include "zac/fit.h"
#include "zac_bpmn.h"

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] From the fit to ZAC's words
// -----------------------------------------------------------------------------

// The ZAC statustype a block stands for: the first of its places that sets
// one, else the one its place's stage sets; empty when neither does.
std::string zac_status_of(const zac::BlockPlacement& placement, const zac::GenericModel& model) {
  for (const auto& id : placement.places) {
    const zac::Place* place = model.find_place(id);
    if (place != nullptr && !place->sets_status.empty()) return place->sets_status;
  }
  for (const auto& id : placement.places) {
    const zac::Place* place = model.find_place(id);
    if (place == nullptr) continue;
    const zac::Place* stage = model.find_place(model.stage_of(*place));
    if (stage != nullptr && !stage->sets_status.empty()) return stage->sets_status;
  }
  return {};
}

bool placed_on(const zac::BlockPlacement& placement, std::string_view place_id) {
  for (const auto& id : placement.places) {
    if (id == place_id) return true;
  }
  return false;
}

std::optional<ZaaktypeMapping> mapping_of(const Block& block, const BlockLibrary& library) {
  const BlockVariant* variant = library.find_variant(block.kind, block.variant);
  if (variant == nullptr) return std::nullopt;
  return apply_overrides(variant->mapping, block.overrides);
}

// Whole days of an ISO-8601 duration, rounded up; nothing when it has none.
std::optional<int> whole_days(const std::string& duration) {
  const auto parsed = parse_iso_duration(duration);
  if (!parsed) return std::nullopt;
  const double days = parsed->approximate_days();
  if (days <= 0) return std::nullopt;
  return static_cast<int>(std::ceil(days));
}

// ZAC's werkvoorraad warns this many days before a term ends: a tenth of the
// term, at least one day (docs/zac-export.md).
std::optional<int> warning_days(const std::optional<std::string>& term) {
  if (!term) return std::nullopt;
  const auto days = whole_days(*term);
  if (!days) return std::nullopt;
  return std::max(1, *days / 10);
}

// The citizen's text at each of ZAC's five statustypen: the first informing
// block (in process order) that stands for it.
ZacShapeInput shape_input(const Process& process, const zac::ProcessFit& fit,
                          const zac::GenericModel& model, const BlockLibrary& library) {
  ZacShapeInput input;
  for (std::size_t i = 0; i < kZacStatustypen.size(); ++i) {
    for (const auto& placement : fit.placements) {
      if (zac_status_of(placement, model) != kZacStatustypen[i]) continue;
      const Block* block = process.find_block(placement.block_id);
      const auto mapping = block ? mapping_of(*block, library) : std::nullopt;
      if (!mapping || !mapping->statustype || !mapping->statustype->informeren ||
          mapping->statustype->statustekst.nl.empty()) {
        continue;
      }
      input.statustypen[i].statustekst = mapping->statustype->statustekst.nl;
      input.statustypen[i].informeren = true;
      break;
    }
  }
  return input;
}

ZaakafhandelInput parameters_input(const Process& process, const zac::ProcessFit& fit,
                                   const BlockLibrary& library) {
  ZaakafhandelInput input;
  input.default_groep_id = process.department;
  for (const auto& task : kZacHumanTasks) {
    ZaakafhandelPlanItem item;
    for (const auto& placement : fit.placements) {
      if (!placed_on(placement, task.id)) continue;
      item.active = true;
      const Block* block = process.find_block(placement.block_id);
      const auto mapping = block ? mapping_of(*block, library) : std::nullopt;
      if (mapping && mapping->statustype && !item.doorlooptijd_days) {
        item.doorlooptijd_days = whole_days(mapping->statustype->doorlooptijd);
      }
    }
    input.plan_items[std::string(task.id)] = item;
  }
  // A user event's toelichting: the descriptions of the blocks placed on it.
  for (const auto& event : kZacUserEventListeners) {
    ZaakafhandelPlanItem item;
    item.active = true;
    for (const auto& placement : fit.placements) {
      if (!placed_on(placement, event.id)) continue;
      const Block* block = process.find_block(placement.block_id);
      if (block == nullptr) continue;
      const BlockVariant* variant = library.find_variant(block->kind, block->variant);
      std::string text = block->label;
      if (variant != nullptr && !variant->description.nl.empty()) {
        text += ": " + variant->description.nl;
      }
      item.toelichting += (item.toelichting.empty() ? "" : " ") + text;
    }
    input.plan_items[std::string(event.id)] = item;
  }
  input.einddatum_gepland_waarschuwing = warning_days(process.zaaktype.servicenorm);
  input.uiterlijke_einddatum_afdoening_waarschuwing =
      warning_days(std::optional<std::string>(process.zaaktype.doorlooptijd));
  return input;
}

// -----------------------------------------------------------------------------
// [SECTION] One process
// -----------------------------------------------------------------------------

std::string first_error(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& diagnostic : diagnostics) {
    if (diagnostic.severity == Severity::error) return diagnostic.message;
  }
  return {};
}

// The files of one process: its ZIP, and its zaakafhandelparameters when it
// fits or its BPMN when it does not.
std::vector<DirectoryFile> process_files(const WorkshopExportRequest& request,
                                         const Process& process, const zac::ProcessFit& fit,
                                         const zac::GenericModel& model) {
  ExportRequest export_request;
  export_request.process_ids = {process.id};
  export_request.profile = ValidationProfile::openzaak;
  const PreparedExport prepared =
      prepare_export(*request.workshop, *request.library, *request.selectielijst, export_request);
  if (prepared.has_errors()) {
    throw ExportError("\"" + process.name + "\" does not validate for Open Zaak: " +
                      first_error(prepared.diagnostics) +
                      " (blokjes validate WORKSHOP --profile openzaak lists every finding)");
  }
  const CatalogusExport shaped =
      zac_shaped(prepared.objects, *request.selectielijst, export_request.options,
                 shape_input(process, fit, model, *request.library));
  // The shape is ours: a finding here is a fault of this exporter, and
  // nothing is written that ZAC would refuse.
  for (const auto profile : {ValidationProfile::zac, ValidationProfile::openzaak}) {
    const auto findings =
        validate_export(shaped, *request.selectielijst, export_request.options, profile);
    if (has_errors(findings)) {
      throw ExportError("the ZAC shape of \"" + process.name + "\" fails the " +
                        std::string(to_string(profile)) + " profile: " + first_error(findings));
    }
  }
  std::vector<DirectoryFile> files;
  files.push_back({file_name_that_fits(process.id, ".zip"), openzaak_zip_bytes(shaped)});
  if (fit.fits) {
    const auto parameters =
        zaakafhandelparameters(shaped, parameters_input(process, fit, *request.library));
    files.push_back(
        {file_name_that_fits(process.id + "-zaakafhandelparameters", ".json"),
         parameters.dump(2) + "\n"});
    return files;
  }
  zac::ZacBpmnOptions options;
  options.language = request.language;
  for (const auto& placement : fit.placements) {
    const std::string status = zac_status_of(placement, model);
    if (!status.empty()) options.status_by_block[placement.block_id] = status;
  }
  const auto& resultaattypen = prepared.objects.zaaktypen.front().resultaattypen;
  options.resultaat_omschrijving =
      resultaattypen.empty() ? std::string(kZacTerminationReasons.front().resultaattype)
                             : resultaattypen.front().data.value("omschrijving", "");
  files.push_back(
      {file_name_that_fits(process.id, ".bpmn"), zac::zac_bpmn_xml(process, *request.library, options)});
  return files;
}

// -----------------------------------------------------------------------------
// [SECTION] The exporter
// -----------------------------------------------------------------------------

class ZacExporter final : public WorkshopExporter {
 public:
  std::string_view name() const override { return "zac"; }

  WorkshopExportResult write(const WorkshopExportRequest& request, const std::string& path,
                             bool overwrite) const override {
    if (request.workshop == nullptr || request.library == nullptr ||
        request.selectielijst == nullptr) {
      throw ExportError("the zac export needs the workshop, the block library and the Selectielijst");
    }
    std::error_code ignored;
    if (!overwrite && std::filesystem::exists(std::filesystem::symlink_status(path, ignored))) {
      throw OutputExistsError(path);
    }
    const std::string model_path =
        request.assets_directory.empty()
            ? zac::default_generic_model_path()
            : (std::filesystem::path(request.assets_directory) / "zac-generic-model.json").string();
    const zac::GenericModel model = zac::load_generic_model(model_path);
    const bool named = !request.process_ids.empty();
    WorkshopExportResult result;
    std::vector<DirectoryFile> files;
    for (const Process* process : requested_processes(request)) {
      const zac::ProcessFit fit = zac::fit_process(*process, *request.library, model);
      if (!fit.fits && !request.with_bpmn) {
        const std::string why = "\"" + process->name + "\" does not run on ZAC's generic model: " +
                                zac::reason(fit, *process, *request.library, Language::english) +
                                " (--bpmn exports it as a BPMN process for ZAC instead)";
        // Named on its own it is refused; of "every process" it is left out.
        if (named) throw ExportError(why);
        result.warnings.push_back(why);
        continue;
      }
      for (auto& file : process_files(request, *process, fit, model)) files.push_back(std::move(file));
    }
    if (files.empty()) {
      throw ExportError("no process of the workshop runs on ZAC's generic model; nothing written "
                        "(blokjes zac fit WORKSHOP says why, --bpmn exports them as BPMN)");
    }
    DirectoryWriteOptions options;
    options.replace_existing = overwrite;
    options.replaceable_suffixes = {".zip", ".json", ".bpmn"};
    write_directory_atomically(path, files, options);
    for (const auto& file : files) {
      result.files.push_back((std::filesystem::path(path) / file.name).string());
    }
    return result;
  }
};

}  // namespace

std::unique_ptr<WorkshopExporter> make_zac_exporter() {
  return std::make_unique<ZacExporter>();
}

}  // namespace blokjes
