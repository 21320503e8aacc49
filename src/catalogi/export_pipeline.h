#pragma once
// The whole way from a workshop to checked Catalogi objects, shared by the
// command line, the app and the benchmark: model validation, the mapping,
// then the chosen validation profile.

#include <string>
#include <vector>

#include "catalogus_builder.h"
#include "validation.h"

namespace blokjes {

struct ExportRequest {
  std::vector<std::string> process_ids;  // empty: every process
  ValidationProfile profile = ValidationProfile::openzaak;
  ExportOptions options;
};

struct PreparedExport {
  CatalogusExport objects;
  std::vector<Diagnostic> diagnostics;  // model, mapping and profile findings
  bool has_errors() const;
  // Marks every zaaktype as a concept: what --force writes when it did not validate.
  void mark_concept();
};

PreparedExport prepare_export(const Workshop& workshop, const BlockLibrary& library,
                              const Selectielijst& selectielijst, const ExportRequest& request);

}  // namespace blokjes
