#pragma once
// Shared by the catalogi tests: the shipped Selectielijst, the demo workshop,
// and a one-call export under a profile.

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "catalogi/export_pipeline.h"
#include "catalogi/selectielijst.h"
#include "core/workshop_file.h"
#include "test_support.h"

namespace blokjes::test {

inline const Selectielijst& selectielijst() {
  static const Selectielijst loaded =
      load_selectielijst(source_path("assets/selectielijst-2020.json"));
  return loaded;
}

inline const Workshop& demo_workshop() {
  static const Workshop loaded = load_workshop(demo_workshop_path()).workshop;
  return loaded;
}

inline PreparedExport export_of(const Workshop& workshop, std::vector<std::string> process_ids = {},
                                ValidationProfile profile = ValidationProfile::openzaak) {
  ExportRequest request;
  request.process_ids = std::move(process_ids);
  request.profile = profile;
  return prepare_export(workshop, library(), selectielijst(), request);
}

// Whether some finding of `severity` contains `text`.
inline bool has_finding(const std::vector<Diagnostic>& diagnostics, const std::string& text,
                        Severity severity = Severity::error) {
  for (const auto& diagnostic : diagnostics) {
    if (diagnostic.severity == severity && diagnostic.message.find(text) != std::string::npos) {
      return true;
    }
  }
  return false;
}

// The first finding of `severity` containing `text`, or null.
inline const Diagnostic* find_finding(const std::vector<Diagnostic>& diagnostics,
                                      const std::string& text,
                                      Severity severity = Severity::error) {
  for (const auto& diagnostic : diagnostics) {
    if (diagnostic.severity == severity && diagnostic.message.find(text) != std::string::npos) {
      return &diagnostic;
    }
  }
  return nullptr;
}

inline std::vector<Diagnostic> errors_of(const std::vector<Diagnostic>& diagnostics) {
  std::vector<Diagnostic> errors;
  std::copy_if(diagnostics.begin(), diagnostics.end(), std::back_inserter(errors),
               [](const Diagnostic& diagnostic) { return diagnostic.severity == Severity::error; });
  return errors;
}

// All messages, one a line, for INFO when a test fails.
inline std::string messages(const std::vector<Diagnostic>& diagnostics) {
  std::string text;
  for (const auto& diagnostic : diagnostics) {
    text += (diagnostic.severity == Severity::error ? "error " : "warning ") + diagnostic.pointer +
            " [" + diagnostic.process_id + "/" + diagnostic.block_id + "]: " + diagnostic.message +
            "\n";
  }
  return text;
}

// ---------------------------------------------------------------------------
// Building and checking without the model validation prepare_export runs
// first, so a test sees the mapping's and the profile's findings only.
// ---------------------------------------------------------------------------

struct CheckedExport {
  CatalogusExport objects;
  std::vector<Diagnostic> findings;  // mapping findings, then the profile's
};

inline CatalogusExport build_export(const Workshop& workshop, std::vector<Diagnostic>& findings,
                                    const ExportOptions& options = {}) {
  const ExportContext context{workshop, library(), selectielijst(), options};
  return build_catalogus_export(context, {}, findings);
}

inline CheckedExport check_export(const Workshop& workshop,
                                  ValidationProfile profile = ValidationProfile::openzaak,
                                  const ExportOptions& options = {}) {
  CheckedExport result;
  result.objects = build_export(workshop, result.findings, options);
  auto findings = validate_export(result.objects, selectielijst(), options, profile);
  result.findings.insert(result.findings.end(), findings.begin(), findings.end());
  return result;
}

// A copy of the demo workshop holding only `process_id`, so that process's
// pointers start with /processes/0.
inline Workshop demo_with(const std::string& process_id) {
  Workshop workshop = demo_workshop();
  std::erase_if(workshop.processes,
                [&](const Process& process) { return process.id != process_id; });
  return workshop;
}

inline Block& block_of(Workshop& workshop, std::string_view block_id, std::size_t process = 0) {
  return *workshop.processes.at(process).find_block(block_id);
}

inline const ZaaktypeMapping& library_mapping(std::string_view kind, std::string_view variant) {
  return library().find_variant(kind, variant)->mapping;
}

// A process of library blocks ("kind/variant") in one row, b1 -> b2 -> ...,
// with the demo huwelijk's zaaktype fields under another identificatie.
inline Process chain_process(const std::string& id, const std::vector<std::string>& blocks,
                             int procestype) {
  Process process;
  process.id = id;
  process.name = "Proces " + id;
  process.department = "burgerzaken";
  process.zaaktype = demo_workshop().find_process("huwelijk")->zaaktype;
  process.zaaktype.identificatie = "TST-" + id;
  process.zaaktype.selectielijst_procestype = SelectielijstProcestype{2020, procestype};
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const auto slash = blocks[i].find('/');
    Block block;
    block.id = "b" + std::to_string(i + 1);
    block.kind = blocks[i].substr(0, slash);
    block.variant = blocks[i].substr(slash + 1);
    block.label = blocks[i];
    block.lane = "burgerzaken";
    block.position = {220.0 * static_cast<double>(i), 0};
    process.blocks.push_back(std::move(block));
    if (i > 0) {
      process.flows.push_back({"f" + std::to_string(i), "b" + std::to_string(i),
                               "b" + std::to_string(i + 1), FlowKind::sequence, ""});
    }
  }
  return process;
}

// The demo workshop with `process` as its only process.
inline Workshop workshop_with(Process process) {
  Workshop workshop = demo_workshop();
  workshop.processes = {std::move(process)};
  return workshop;
}

// What the zakenafhandelcomponent needs: its five statustypen with Afgerond
// last, behandelaar, initiator and more roltypen, a besluittype and an e-mail.
// ZAC's names where the block library's differ (issue 14): the statustype
// "Wacht op aanvullende informatie" and the informatieobjecttype "e-mail",
// both compared exactly by ZAC.
inline void use_zac_names(Process& process) {
  for (auto& block : process.blocks) {
    if (block.kind == "aanvullende-informatie") {
      block.overrides.statustype.omschrijving = "Wacht op aanvullende informatie";
    }
    if (block.kind == "informeren") {
      auto documents = library().find_variant(block.kind, block.variant)->mapping.informatieobjecttypen;
      for (auto& document : documents) {
        if (document.omschrijving == "E-mail") document.omschrijving = "e-mail";
      }
      block.overrides.informatieobjecttypen = documents;
    }
  }
}

inline Process zac_ready_process() {
  auto process = chain_process(
      "zac-klaar",
      {"intake/standaard", "behandelen/standaard", "aanvullende-informatie/standaard",
       "besluiten/mandaat", "informeren/standaard", "heropenen/standaard", "archiveren/standaard"},
      11);
  use_zac_names(process);
  return process;
}

}  // namespace blokjes::test
