#pragma once
// Shared by the zac_shape tests and blokjes-zac-shape-dump: the shaped export
// of one demo process, with the citizen texts taken from its blocks the way
// an exporter would (see zac_input_for), and the zaakafhandelparameters input.

#include <cmath>
#include <string>

#include "core/iso8601.h"

#include "catalogi/zaakafhandelparameters.h"
#include "catalogi/zac_shape.h"
#include "catalogi_support.h"

namespace blokjes::test {

// Which of ZAC's five statustypen a block's status feeds: Intake from intake,
// Wacht op aanvullende informatie from aanvullende-informatie, Heropend from
// heropenen, Afgerond from the last status, and In behandeling from the first
// status in between that has a text.
inline ZacShapeInput zac_input_for(const Process& process, const CatalogusExport& exported) {
  ZacShapeInput input;
  const auto& statustypen = exported.zaaktypen.front().statustypen;
  for (std::size_t i = 0; i < statustypen.size(); ++i) {
    const auto& statustype = statustypen[i];
    const auto text = statustype.data.value("statustekst", "");
    if (text.empty()) continue;
    const auto* block = process.find_block(statustype.source.block_id);
    const std::string kind = block == nullptr ? "" : block->kind;
    std::size_t target = 1;
    if (kind == "intake") target = 0;
    else if (kind == "aanvullende-informatie") target = 3;
    else if (kind == "heropenen") target = 2;
    else if (i + 1 == statustypen.size()) target = 4;
    if (input.statustypen[target].statustekst.empty()) input.statustypen[target].statustekst = text;
  }
  return input;
}

struct ShapedDemo {
  PreparedExport prepared;  // the normal export of the process
  CatalogusExport shaped;
};

inline ShapedDemo shaped_demo(const std::string& process_id) {
  ShapedDemo result{export_of(demo_workshop(), {process_id}), {}};
  const auto& process = *demo_workshop().find_process(process_id);
  result.shaped = zac_shaped(result.prepared.objects, selectielijst(), ExportOptions{},
                             zac_input_for(process, result.prepared.objects));
  return result;
}

// The doorlooptijd of a block's statustype in whole days; empty when it has none.
inline std::optional<int> block_doorlooptijd_days(const Block& block) {
  const auto* variant = library().find_variant(block.kind, block.variant);
  if (variant == nullptr) return std::nullopt;
  const auto mapping = apply_overrides(variant->mapping, block.overrides);
  if (!mapping.statustype) return std::nullopt;
  const auto duration = parse_iso_duration(mapping.statustype->doorlooptijd);
  if (!duration) return std::nullopt;
  return static_cast<int>(std::lround(duration->approximate_days()));
}

// The plan items a process uses, from its block kinds, as the fit would
// place them; doorlooptijd from the block's statustype, toelichting from its
// note (else its label).
inline ZaakafhandelInput zaakafhandel_input_for(const Process& process) {
  ZaakafhandelInput input;
  input.default_groep_id = process.department;
  input.einddatum_gepland_waarschuwing = 3;
  input.uiterlijke_einddatum_afdoening_waarschuwing = 5;
  for (const auto& block : process.blocks) {
    std::string id;
    if (block.kind == "aanvullende-informatie") id = "AANVULLENDE_INFORMATIE";
    else if (block.kind == "besluiten") id = "GOEDKEUREN";
    else if (block.kind == "adviseren") id = "ADVIES_INTERN";
    else if (block.kind == "informeren") id = "DOCUMENT_VERZENDEN_POST";
    else if (block.kind == "intake") id = "INTAKE_AFRONDEN";
    else if (block.kind == "archiveren") id = "ZAAK_AFHANDELEN";
    if (id.empty()) continue;
    auto& item = input.plan_items[id];
    item.active = true;
    if (!item.doorlooptijd_days) item.doorlooptijd_days = block_doorlooptijd_days(block);
    if (item.toelichting.empty()) item.toelichting = block.note.empty() ? block.label : block.note;
  }
  return input;
}

}  // namespace blokjes::test
