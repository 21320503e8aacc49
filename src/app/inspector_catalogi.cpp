// The inspector's fields that only the ZGW Catalogi export needs: a block's
// resultaattypen with their archiving, the zaaktype's eigenschappen,
// and the workshop's catalogus. Empty values are left for the
// export to derive (src/catalogi); whether a value is valid is checked there.

#include <imgui.h>
#include <imgui_stdlib.h>

#include "catalogi/resultaat_archiving.h"
#include "core/commands.h"
#include "inspector_fields.h"
#include "inspector_panel.h"

namespace blokjes::app {
namespace {

using inspector::enum_combo;
using inspector::enum_combo_or_empty;
using inspector::join_list;
using inspector::label_above;
using inspector::set_override;
using inspector::split_list;

// Which brondatumArchiefprocedure parameters an afleidingswijze uses: those
// src/catalogi does not forbid. The inspector shows those, and any other that
// holds a value so that it can be cleared.
struct BrondatumParameters {
  bool procestermijn = false;
  bool datumkenmerk = false;
  bool einddatum_bekend = false;
  bool objecttype = false;
  bool registratie = false;
};

BrondatumParameters parameters_of(std::string_view afleidingswijze) {
  const auto uses = brondatum_parameter_uses(afleidingswijze);
  if (uses.size() != 5) return {};
  const auto used = [&uses](std::size_t i) { return uses[i] != ParameterUse::forbidden; };
  return {used(0), used(1), used(2), used(3), used(4)};
}

// Hint text in the disabled colour, wrapped to the panel.
void note(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

}  // namespace

// -----------------------------------------------------------------------------
// Resultaattypen (a block's mapping)
// -----------------------------------------------------------------------------

void InspectorPanel::draw_resultaattypen(const BlockVariant& variant,
                                         const ZaaktypeMapping& effective) {
  ImGui::Separator();
  ImGui::TextUnformatted(tr_("inspector.resultaattypen"));
  std::vector<ResultaattypeMapping> resultaattypen = effective.resultaattypen;
  bool edited = false;
  for (std::size_t i = 0; i < resultaattypen.size(); ++i) {
    const Row row(*this, i);
    if (i > 0) ImGui::Separator();
    ImGui::Indent();
    edited |= draw_resultaattype(resultaattypen[i]);
    const bool remove = ImGui::SmallButton(tr_("inspector.remove"));
    ImGui::Unindent();
    if (remove) {
      resultaattypen.erase(resultaattypen.begin() + static_cast<std::ptrdiff_t>(i));
      edited = true;
      break;
    }
  }
  if (ImGui::SmallButton(tr_("inspector.add_resultaattype"))) {
    ResultaattypeMapping added;
    added.omschrijving = tr_("inspector.new_resultaattype");
    resultaattypen.push_back(std::move(added));
    edited = true;
  }
  record_rect("inspector.add_resultaattype");
  if (edited) {
    set_override(block_->overrides.resultaattypen, resultaattypen, variant.mapping.resultaattypen);
    changed_ = true;
  }
}

bool InspectorPanel::draw_resultaattype(ResultaattypeMapping& resultaattype) {
  bool edited = false;
  edited |= text_field("resultaattype.omschrijving", resultaattype.omschrijving);
  edited |= text_field("resultaattype.generiek", resultaattype.resultaattypeomschrijving);
  edited |= text_field("resultaattype.selectielijstklasse", resultaattype.selectielijstklasse,
                       false, tr_("inspector.derived_hint"));
  edited |= enum_combo_or_empty(label_above(tr_("resultaattype.archiefnominatie")).c_str(),
                                resultaattype.archiefnominatie, kArchiefnominatie,
                                tr_("resultaattype.from_selectielijst"));
  record_rect("resultaattype.archiefnominatie");
  edited |= duration_field("resultaattype.archiefactietermijn", resultaattype.archiefactietermijn,
                           true, tr_("inspector.derived_hint"));
  edited |= enum_combo_or_empty(label_above(tr_("resultaattype.afleidingswijze")).c_str(),
                                resultaattype.afleidingswijze, kAfleidingswijze,
                                tr_("resultaattype.derived"));
  record_rect("resultaattype.afleidingswijze");
  edited |= draw_brondatum_parameters(resultaattype);
  return edited;
}

bool InspectorPanel::draw_brondatum_parameters(ResultaattypeMapping& resultaattype) {
  const BrondatumParameters used = parameters_of(resultaattype.afleidingswijze);
  bool edited = false;
  if (used.procestermijn || !resultaattype.procestermijn.empty()) {
    edited |= duration_field("resultaattype.procestermijn", resultaattype.procestermijn, true);
  }
  if (used.datumkenmerk || !resultaattype.datumkenmerk.empty()) {
    edited |= text_field("resultaattype.datumkenmerk", resultaattype.datumkenmerk);
  }
  if (used.objecttype || !resultaattype.objecttype.empty()) {
    edited |= enum_combo_or_empty(label_above(tr_("resultaattype.objecttype")).c_str(),
                                  resultaattype.objecttype, kObjecttype, tr_("inspector.none"));
    record_rect("resultaattype.objecttype");
  }
  if (used.registratie || !resultaattype.registratie.empty()) {
    edited |= text_field("resultaattype.registratie", resultaattype.registratie);
  }
  if (used.einddatum_bekend || resultaattype.einddatum_bekend) {
    edited |=
        ImGui::Checkbox(tr_("resultaattype.einddatumBekend"), &resultaattype.einddatum_bekend);
    record_rect("resultaattype.einddatumBekend");
  }
  return edited;
}

// -----------------------------------------------------------------------------
// Eigenschappen (the process's zaaktype)
// -----------------------------------------------------------------------------

bool InspectorPanel::draw_eigenschappen(std::vector<EigenschapMapping>& eigenschappen) {
  ImGui::Separator();
  ImGui::TextUnformatted(tr_("zaaktype.eigenschappen"));
  ImGui::PushID("eigenschappen");
  bool commit = false;
  for (std::size_t i = 0; i < eigenschappen.size(); ++i) {
    const Row row(*this, i);
    EigenschapMapping& eigenschap = eigenschappen[i];
    if (i > 0) ImGui::Separator();
    ImGui::Indent();
    commit |= text_field("eigenschap.naam", eigenschap.naam);
    commit |= text_field("eigenschap.definitie", eigenschap.definitie);
    commit |= enum_combo(label_above(tr_("eigenschap.formaat")).c_str(), eigenschap.formaat,
                         kEigenschapFormaat);
    record_rect("eigenschap.formaat");
    // Two short fields side by side. A table row shares one text baseline, so
    // both labels are aligned to the frames explicitly.
    if (ImGui::BeginTable("##lengte_kardinaliteit", 2)) {
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      commit |= text_field("eigenschap.lengte", eigenschap.lengte);
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      commit |= text_field("eigenschap.kardinaliteit", eigenschap.kardinaliteit);
      ImGui::EndTable();
    }
    std::string waarden = join_list(eigenschap.waardenverzameling, ", ");
    if (text_field("eigenschap.waardenverzameling", waarden, false,
                   tr_("eigenschap.waardenverzameling_hint"))) {
      eigenschap.waardenverzameling = split_list(waarden, ',');
      commit = true;
    }
    const bool remove = ImGui::SmallButton(tr_("inspector.remove"));
    record_rect("eigenschap.remove");
    ImGui::Unindent();
    if (remove) {
      eigenschappen.erase(eigenschappen.begin() + static_cast<std::ptrdiff_t>(i));
      commit = true;
      break;
    }
  }
  if (ImGui::SmallButton(tr_("zaaktype.add_eigenschap"))) {
    EigenschapMapping added;
    added.naam = tr_("zaaktype.new_eigenschap");
    eigenschappen.push_back(std::move(added));
    commit = true;
  }
  record_rect("zaaktype.add_eigenschap");
  ImGui::PopID();
  return commit;
}

// -----------------------------------------------------------------------------
// Catalogus (the workshop's)
// -----------------------------------------------------------------------------

void InspectorPanel::draw_catalogus() {
  ImGui::PushID("catalogus");
  ImGui::Spacing();
  ImGui::SetNextItemOpen(true, ImGuiCond_Once);
  const bool open = ImGui::CollapsingHeader(tr_("catalogus.title"));
  record_rect("catalogus.title");
  if (open) {
    note(tr_("catalogus.hint"));
    CatalogusFields& catalogus = *catalogus_;
    bool commit = false;
    commit |= text_field("catalogus.naam", catalogus.naam);
    commit |= text_field("catalogus.domein", catalogus.domein);
    commit |= text_field("catalogus.rsin", catalogus.rsin);
    commit |= text_field("catalogus.versie", catalogus.versie);
    commit |= date_text_field("catalogus.begindatumVersie", catalogus.begindatum_versie);
    commit |= text_field("catalogus.contactpersoonNaam", catalogus.contactpersoon_beheer_naam);
    commit |= text_field("catalogus.contactpersoonTelefoon",
                         catalogus.contactpersoon_beheer_telefoonnummer);
    commit |=
        text_field("catalogus.contactpersoonEmail", catalogus.contactpersoon_beheer_emailadres);
    if (commit) commit_catalogus();
  }
  ImGui::PopID();
}

}  // namespace blokjes::app
