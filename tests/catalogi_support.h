#pragma once
// Shared by the catalogi tests: the shipped Selectielijst, the demo workshop,
// and a one-call export under a profile.

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

}  // namespace blokjes::test
