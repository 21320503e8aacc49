#include "export_labels.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "exporters/exporter.h"

namespace blokjes::app {

// The parameters are named tr_ so the translation test finds the keys.
const char* profile_label(ValidationProfile profile, const Translations& tr_) {
  switch (profile) {
    case ValidationProfile::catalogi:
      return tr_("export.profile_catalogi");
    case ValidationProfile::openzaak:
      return tr_("export.profile_openzaak");
    case ValidationProfile::zac:
      return tr_("export.profile_zac");
  }
  return "";
}

const char* format_label(std::string_view format, const Translations& tr_) {
  // The keys live in the format table (exporters/export_formats.cpp), which
  // holds literals, so both views are terminated.
  if (const auto* found = find_export_format(format)) return tr_(std::string(found->label_key));
  return format.data();
}

float profile_combo_width(const Translations& tr_) {
  float widest = 0;
  for (const auto profile :
       {ValidationProfile::catalogi, ValidationProfile::openzaak, ValidationProfile::zac}) {
    widest = std::max(widest, ImGui::CalcTextSize(profile_label(profile, tr_)).x);
  }
  return widest + ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetFrameHeight();
}

bool profile_combo(const char* id, ValidationProfile& profile, const Translations& tr_) {
  bool changed = false;
  if (ImGui::BeginCombo(id, profile_label(profile, tr_))) {
    for (const auto option :
         {ValidationProfile::catalogi, ValidationProfile::openzaak, ValidationProfile::zac}) {
      if (ImGui::Selectable(profile_label(option, tr_), option == profile)) {
        changed = option != profile;
        profile = option;
      }
    }
    ImGui::EndCombo();
  }
  return changed;
}

}  // namespace blokjes::app
