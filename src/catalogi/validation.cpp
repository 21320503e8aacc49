#include "validation.h"

#include <algorithm>

#include "core/identifier_text.h"
#include "core/workshop_file.h"

namespace blokjes {

std::optional<ValidationProfile> validation_profile_from_string(std::string_view text) {
  if (text == "catalogi") return ValidationProfile::catalogi;
  if (text == "openzaak") return ValidationProfile::openzaak;
  if (text == "zac") return ValidationProfile::zac;
  return std::nullopt;
}

std::string_view to_string(ValidationProfile profile) {
  switch (profile) {
    case ValidationProfile::catalogi:
      return "catalogi";
    case ValidationProfile::openzaak:
      return "openzaak";
    case ValidationProfile::zac:
      return "zac";
  }
  return "";
}

void report(std::vector<Diagnostic>& findings, const CatalogiObject& object,
            const std::string& message, Severity severity, const std::string& field) {
  // The process id and the object's key are quoted short and printable: a
  // 60,000-character identificatie is reported, not repeated in full.
  std::string text;
  if (!object.source.process_id.empty()) text = shown_identifier(object.source.process_id) + ": ";
  text += std::string(resource_noun(object.resource));
  if (!object.key.empty()) text += " \"" + shown_identifier(object.key) + "\"";
  text += ": " + message;
  std::string pointer = object.source.pointer;
  // Zaaktype and catalogus fields carry the same names in the workshop file.
  const bool same_names =
      object.resource == Resource::zaaktype || object.resource == Resource::catalogus;
  if (same_names && !field.empty()) pointer += "/" + field;
  findings.push_back(
      {severity, pointer, text, object.source.process_id, object.source.block_id, ""});
}

void check_citizen(const Workshop& workshop, const BlockLibrary& library,
                   const std::vector<std::string>& process_ids, std::vector<Diagnostic>& findings,
                   const CitizenGapLimits& limits) {
  for (std::size_t p = 0; p < workshop.processes.size(); ++p) {
    const auto& process = workshop.processes[p];
    if (!process_ids.empty() &&
        std::find(process_ids.begin(), process_ids.end(), process.id) == process_ids.end()) {
      continue;
    }
    // English, as every other validation message.
    const auto timeline = citizen_timeline(process, library, Language::english, limits);
    for (const auto& gap : timeline.gaps) {
      const std::string block_id = gap.block_ids.empty() ? std::string() : gap.block_ids.front();
      std::string pointer = process_pointer(p);
      if (const auto* block = process.find_block(block_id)) {
        pointer += "/blocks/" + std::to_string(block - process.blocks.data());
      }
      findings.push_back({Severity::warning, pointer,
                          shown_identifier(process.id) + ": citizen's view: " + gap.message,
                          process.id, block_id, ""});
    }
  }
}

std::vector<Diagnostic> validate_export(const CatalogusExport& catalogus_export,
                                        const Selectielijst& selectielijst,
                                        const ExportOptions& options, ValidationProfile profile) {
  std::vector<Diagnostic> findings;
  check_schema(catalogus_export, findings);
  if (profile != ValidationProfile::catalogi) {
    check_openzaak(catalogus_export, selectielijst, options, findings);
  }
  if (profile == ValidationProfile::zac) check_zac(catalogus_export, findings);
  return findings;
}

}  // namespace blokjes
