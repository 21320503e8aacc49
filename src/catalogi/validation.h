#pragma once
// Validation profiles for an export (docs/export.md, "Validation"). They are
// cumulative: openzaak includes catalogi, zac includes openzaak.
//   catalogi  the schema level: required fields, lengths, enums, durations, dates
//   openzaak  Open Zaak's publish rules
//   zac       what Dimpact's zaakafhandelcomponent expects of a zaaktype

#include <optional>
#include <string_view>
#include <vector>

#include "catalogi_objects.h"
#include "catalogus_builder.h"
#include "citizen_timeline.h"
#include "core/diagnostic.h"
#include "selectielijst.h"

namespace blokjes {

enum class ValidationProfile { catalogi, openzaak, zac };

std::optional<ValidationProfile> validation_profile_from_string(std::string_view text);
std::string_view to_string(ValidationProfile profile);

std::vector<Diagnostic> validate_export(const CatalogusExport& catalogus_export,
                                        const Selectielijst& selectielijst,
                                        const ExportOptions& options, ValidationProfile profile);

// The rule sets, for the profiles and for tests.
void check_schema(const CatalogusExport& catalogus_export, std::vector<Diagnostic>& findings);
void check_openzaak(const CatalogusExport& catalogus_export, const Selectielijst& selectielijst,
                    const ExportOptions& options, std::vector<Diagnostic>& findings);
void check_zac(const CatalogusExport& catalogus_export, std::vector<Diagnostic>& findings);
// The citizen's view's gaps (citizen_timeline.h) as warnings, one per gap, with
// the first block concerned as the subject. Part of the catalogi profile, so of
// every profile; it needs the model, so prepare_export calls it beside
// validate_export. `process_ids` empty means every process.
void check_citizen(const Workshop& workshop, const BlockLibrary& library,
                   const std::vector<std::string>& process_ids, std::vector<Diagnostic>& findings,
                   const CitizenGapLimits& limits = {});

// Reports `message` about `object`: "<label>: <message>", pointing at its source.
void report(std::vector<Diagnostic>& findings, const CatalogiObject& object,
            const std::string& message, Severity severity = Severity::error,
            const std::string& field = "");

}  // namespace blokjes
