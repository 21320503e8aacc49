#pragma once
// Process -> zaaktype: turns a workshop's processes into the Catalogi API
// objects of one Catalogus (docs/export.md, "Mapping"). Building never fails:
// what cannot be mapped becomes a finding, and validation judges the result.

#include <string>
#include <vector>

#include "catalogi_objects.h"
#include "core/block_library.h"
#include "core/diagnostic.h"
#include "core/workshop.h"
#include "selectielijst.h"

namespace blokjes {

struct ExportOptions {
  std::string base_url = "http://localhost:8000/catalogi/api/v1";
  std::string selectielijst_base = "https://selectielijst.openzaak.nl/api/v1";
  bool mark_concept = false;  // written with --force although it did not validate
};

struct ExportContext {
  const Workshop& workshop;
  const BlockLibrary& library;
  const Selectielijst& selectielijst;
  ExportOptions options;
};

// `process_ids` empty means every process. Findings of the mapping itself
// (an unknown selectielijstklasse, say) are appended to `findings`.
CatalogusExport build_catalogus_export(const ExportContext& context,
                                       const std::vector<std::string>& process_ids,
                                       std::vector<Diagnostic>& findings);

// The URL of an object of `resource` with `uuid` under `base_url`.
std::string object_url(const std::string& base_url, Resource resource, const std::string& uuid);

}  // namespace blokjes
