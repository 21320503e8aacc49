#include "export_pipeline.h"

#include <algorithm>

#include "core/workshop_validation.h"

namespace blokjes {

bool PreparedExport::has_errors() const {
  return blokjes::has_errors(diagnostics);
}

void PreparedExport::mark_concept() {
  for (auto& zaaktype : objects.zaaktypen) zaaktype.zaaktype.data["concept"] = true;
}

PreparedExport prepare_export(const Workshop& workshop, const BlockLibrary& library,
                              const Selectielijst& selectielijst, const ExportRequest& request) {
  PreparedExport prepared;
  const auto selected = [&request](const std::string& process_id) {
    return request.process_ids.empty() ||
           std::find(request.process_ids.begin(), request.process_ids.end(), process_id) !=
               request.process_ids.end();
  };
  // Model findings about other processes do not stop this export.
  for (auto& diagnostic : validate_workshop(workshop, library)) {
    if (diagnostic.process_id.empty() || selected(diagnostic.process_id)) {
      prepared.diagnostics.push_back(std::move(diagnostic));
    }
  }
  const ExportContext context{workshop, library, selectielijst, request.options};
  prepared.objects = build_catalogus_export(context, request.process_ids, prepared.diagnostics);
  auto findings =
      validate_export(prepared.objects, selectielijst, request.options, request.profile);
  prepared.diagnostics.insert(prepared.diagnostics.end(), std::make_move_iterator(findings.begin()),
                              std::make_move_iterator(findings.end()));
  // The catalogi profile's citizen gaps need the model, which validate_export lacks.
  check_citizen(workshop, library, request.process_ids, prepared.diagnostics);
  return prepared;
}

}  // namespace blokjes
