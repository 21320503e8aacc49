#include "inspector_panel.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/commands.h"
#include "core/iso8601.h"
#include "core/lanes.h"
#include "core/workshop_flow_commands.h"
#include "core/zaaktype_fields.h"
#include "inspector_fields.h"

// [SECTION] Fields
// [SECTION] Block
// [SECTION] Sticky note
// [SECTION] Process and zaaktype

namespace blokjes::app {
namespace {

using inspector::enum_combo;
using inspector::join_list;
using inspector::label_above;
using inspector::set_override;
using inspector::split_list;

// The name the inspector shows for a procestype: "9 Status toekennen".
std::string procestype_name(const SelectielijstProcestypeEntry& entry) {
  return std::to_string(entry.nummer) + " " + entry.naam;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Fields
// -----------------------------------------------------------------------------

InspectorPanel::Row::Row(InspectorPanel& panel, std::size_t index) : panel_(panel) {
  ImGui::PushID(static_cast<int>(index));
  panel_.row_suffix_ = "[" + std::to_string(index) + "]";
}

InspectorPanel::Row::~Row() {
  panel_.row_suffix_.clear();
  ImGui::PopID();
}

void InspectorPanel::record_rect(const char* key) {
  recorder_.record_item("inspector/" + (key + row_suffix_));
}

bool InspectorPanel::text_field(const char* key, std::string& value, bool multiline,
                                const char* hint) {
  const std::string id = label_above(tr_(key));
  if (multiline) {
    ImGui::InputTextMultiline(id.c_str(), &value, {-1, ImGui::GetTextLineHeight() * 4});
  } else if (hint) {
    ImGui::InputTextWithHint(id.c_str(), hint, &value);
  } else {
    ImGui::InputText(id.c_str(), &value);
  }
  record_rect(key);
  return ImGui::IsItemDeactivatedAfterEdit();
}

bool InspectorPanel::duration_field(const char* key, std::string& value, bool allow_empty,
                                    const char* hint) {
  const bool committed = text_field(key, value, false, hint);
  if (allow_empty && value.empty()) return committed;
  if (!parse_iso_duration(value)) {
    inspector::error_note(tr_("inspector.duration_hint"));
    return false;  // an invalid duration is not committed
  }
  return committed;
}

bool InspectorPanel::optional_duration_field(const char* key, std::optional<std::string>& value) {
  std::string text = value.value_or("");
  const bool committed = text_field(key, text);
  if (!text.empty() && !parse_iso_duration(text)) {
    inspector::error_note(tr_("inspector.duration_hint"));
    return false;
  }
  if (committed) value = text.empty() ? std::nullopt : std::optional<std::string>(text);
  return committed;
}

bool InspectorPanel::date_text_field(const char* key, std::string& value, const char* hint) {
  const bool committed =
      text_field(key, value, false, hint ? hint : tr_("inspector.date_placeholder"));
  if (!value.empty() && !is_iso_date(value)) {
    inspector::error_note(tr_("inspector.date_hint"));
    return false;  // an invalid date is not committed
  }
  return committed;
}

bool InspectorPanel::optional_date_text_field(const char* key, std::optional<std::string>& value) {
  std::string text = value.value_or("");
  const bool committed = date_text_field(key, text);
  if (committed) value = text.empty() ? std::nullopt : std::optional<std::string>(text);
  return committed;
}

void InspectorPanel::draw(const std::string& process_id, const std::string& block_id,
                          const std::string& flow_id) {
  recorder_.forget("inspector/");
  recorder_.forget("option/");  // a combo's entries, while it is open
  const Process* process = document_.workshop().find_process(process_id);
  if (!process) return;
  if (block_id.empty() && flow_id.empty() && note_selection_ && note_selection_->size() == 1) {
    const Note* note = document_.workshop().find_note(*note_selection_->begin());
    if (note && note->process == process_id) {
      if (!note_ || note_->id != note->id || taken_at_revision_ != document_.revision()) {
        note_ = *note;
        taken_at_revision_ = document_.revision();
        block_.reset();
        process_.reset();
      }
      ImGui::PushID(note->id.c_str());
      draw_note(*note);
      ImGui::PopID();
      return;
    }
  }
  note_.reset();
  const Block* block = block_id.empty() ? nullptr : process->find_block(block_id);
  if (!block && !flow_id.empty()) {
    if (const Flow* flow = process->find_flow(flow_id)) {
      ImGui::PushID(flow->id.c_str());
      draw_flow(process_id, *flow);
      ImGui::PopID();
      return;
    }
  }
  const bool stale = taken_at_revision_ != document_.revision() ||
                     (block && (!block_ || block_->id != block->id)) ||
                     (!block && (block_ || !process_ || process_->id != process->id));
  if (stale) {
    block_ = block ? std::optional<Block>(*block) : std::nullopt;
    process_ = *process;
    catalogus_ = document_.workshop().catalogus;
    taken_at_revision_ = document_.revision();
  }
  ImGui::PushID(block ? block->id.c_str() : process->id.c_str());
  if (block_) {
    draw_block(process_id, *block);
  } else {
    draw_process(*process);
  }
  ImGui::PopID();
  if (!block_) draw_catalogus();  // the workshop's, below the process it exports
}

void InspectorPanel::commit_block(const std::string& process_id) {
  const Process* process = document_.workshop().find_process(process_id);
  const Block* current = process ? process->find_block(block_->id) : nullptr;
  if (!current || *current == *block_) return;
  document_.execute(make_update_block(document_.workshop(), process_id, *block_));
  taken_at_revision_ = document_.revision();
}

void InspectorPanel::commit_process() {
  const Process* current = document_.workshop().find_process(process_->id);
  if (!current) return;
  if (current->name == process_->name && current->department == process_->department &&
      current->description == process_->description && current->zaaktype == process_->zaaktype) {
    return;
  }
  document_.execute(make_update_process_details(document_.workshop(), *process_));
  taken_at_revision_ = document_.revision();
}

void InspectorPanel::commit_catalogus() {
  if (document_.workshop().catalogus == *catalogus_) return;
  document_.execute(make_update_catalogus(document_.workshop(), *catalogus_));
  taken_at_revision_ = document_.revision();
}

// -----------------------------------------------------------------------------
// [SECTION] Block
// -----------------------------------------------------------------------------

// A block moved to another department goes to that department's lane, or to
// a new lane below the others, so lanes stay one department each.
double InspectorPanel::lane_top(const std::string& process_id, const std::string& block_id,
                                const std::string& department_id) const {
  Process others = *document_.workshop().find_process(process_id);
  std::erase_if(others.blocks, [&](const Block& block) { return block.id == block_id; });
  return lane_row_for(lanes_of(others), department_id);
}

void InspectorPanel::draw_block(const std::string& process_id, const Block& /*model*/) {
  Block& block = *block_;
  const BlockKind* kind = library_.find_kind(block.kind);
  ImGui::TextUnformatted(kind ? kind->name.in(tr_.language()).c_str() : block.kind.c_str());
  ImGui::Separator();
  bool commit = text_field("inspector.label", block.label);
  if (kind &&
      ImGui::BeginCombo(label_above(tr_("inspector.variant")).c_str(), block.variant.c_str())) {
    for (const auto& variant : kind->variants) {
      if (ImGui::Selectable(variant.name.in(tr_.language()).c_str(), variant.id == block.variant)) {
        block.variant = variant.id;
        commit = true;
      }
    }
    ImGui::EndCombo();
  }
  const Department* lane = document_.workshop().find_department(block.lane);
  if (ImGui::BeginCombo(label_above(tr_("inspector.lane")).c_str(),
                        lane ? lane->name.c_str() : block.lane.c_str())) {
    for (const auto& department : document_.workshop().departments) {
      if (ImGui::Selectable(department.name.c_str(), department.id == block.lane) &&
          department.id != block.lane) {
        block.lane = department.id;
        block.position.y = lane_top(process_id, block.id, department.id);
        commit = true;
      }
    }
    ImGui::EndCombo();
  }
  commit |= text_field("inspector.note", block.note, true);
  if (commit) commit_block(process_id);
  const BlockVariant* variant = kind ? kind->find_variant(block.variant) : nullptr;
  if (variant) {
    draw_block_mapping(*variant);
    if (changed_) commit_block(process_id);
    changed_ = false;
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Sticky note
// -----------------------------------------------------------------------------

namespace {

// Paper colours a sticky note can take; the first (empty) is the yellow of
// picture/room_picture.h. Light, so the dark ink reads on each of them.
struct NotePaper {
  const char* hex;
  const char* key;
};
constexpr NotePaper kNotePapers[] = {{"", "inspector.note_yellow"},
                                     {"#FFC1D9", "inspector.note_pink"},
                                     {"#C8F0B4", "inspector.note_green"},
                                     {"#BFE3FF", "inspector.note_blue"},
                                     {"#FFD3A6", "inspector.note_orange"}};

}  // namespace

void InspectorPanel::draw_note(const Note& /*model*/) {
  Note& note = *note_;
  ImGui::TextUnformatted(tr_("inspector.sticky_note"));
  ImGui::Separator();
  // One line that Enter commits; the note wraps it (room_picture.h).
  bool commit = text_field("inspector.note_text", note.text);
  ImGui::TextUnformatted(tr_("inspector.note_colour"));
  for (const auto& paper : kNotePapers) {
    const bool chosen = note.colour == paper.hex;
    if (ImGui::RadioButton(tr_(paper.key), chosen) && !chosen) {
      note.colour = paper.hex;
      commit = true;
    }
  }
  const Workshop& workshop = document_.workshop();
  const Participant* author = workshop.find_participant(note.author);
  if (ImGui::BeginCombo(label_above(tr_("inspector.note_author")).c_str(),
                        author ? author->name.c_str() : note.author.c_str())) {
    for (const auto& participant : workshop.participants) {
      if (ImGui::Selectable(participant.name.c_str(), participant.id == note.author) &&
          participant.id != note.author) {
        note.author = participant.id;
        commit = true;
      }
    }
    ImGui::EndCombo();
  }
  record_rect("inspector.note_author");
  if (commit) commit_note();
}

void InspectorPanel::commit_note() {
  const Note* current = document_.workshop().find_note(note_->id);
  if (!current || *current == *note_) return;
  document_.execute(make_update_note(document_.workshop(), *note_));
  taken_at_revision_ = document_.revision();
}

void InspectorPanel::draw_block_mapping(const BlockVariant& variant) {
  MappingOverrides& overrides = block_->overrides;
  const ZaaktypeMapping effective = apply_overrides(variant.mapping, overrides);
  ImGui::Separator();
  ImGui::TextUnformatted(tr_("inspector.statustype"));
  if (effective.statustype) {
    const StatustypeMapping defaults = variant.mapping.statustype.value_or(StatustypeMapping{});
    StatustypeMapping shown = *effective.statustype;
    std::string statustekst = shown.statustekst.nl;
    if (text_field("inspector.omschrijving", shown.omschrijving)) {
      set_override(overrides.statustype.omschrijving, shown.omschrijving, defaults.omschrijving);
      changed_ = true;
    }
    if (text_field("inspector.statustekst", statustekst, true)) {
      set_override(overrides.statustype.statustekst, statustekst, defaults.statustekst.nl);
      changed_ = true;
    }
    if (ImGui::Checkbox(tr_("inspector.informeren"), &shown.informeren)) {
      set_override(overrides.statustype.informeren, shown.informeren, defaults.informeren);
      changed_ = true;
    }
    if (duration_field("inspector.doorlooptijd", shown.doorlooptijd)) {
      set_override(overrides.statustype.doorlooptijd, shown.doorlooptijd, defaults.doorlooptijd);
      changed_ = true;
    }
  }
  // Each list gets its own id scope: otherwise row 0 of one list and row 0 of
  // the next would share their widgets' ids.
  ImGui::PushID("roltypen");
  draw_roltypen(effective);
  ImGui::PopID();
  ImGui::PushID("documents");
  draw_documents(effective);
  ImGui::PopID();
  ImGui::PushID("resultaattypen");
  draw_resultaattypen(variant, effective);
  ImGui::PopID();
  if (!overrides.empty() && ImGui::Button(tr_("inspector.reset_mapping"))) {
    overrides = {};
    changed_ = true;
  }
}

void InspectorPanel::draw_roltypen(const ZaaktypeMapping& effective) {
  ImGui::Separator();
  ImGui::TextUnformatted(tr_("inspector.roltypen"));
  std::vector<RoltypeMapping> roltypen = effective.roltypen;
  bool edited = false;
  for (std::size_t i = 0; i < roltypen.size(); ++i) {
    const Row row(*this, i);
    if (i > 0) ImGui::Separator();
    ImGui::Indent();
    edited |= text_field("inspector.omschrijving", roltypen[i].omschrijving);
    edited |= enum_combo(label_above(tr_("inspector.generiek")).c_str(),
                         roltypen[i].omschrijving_generiek, kRoltypeOmschrijvingGeneriek);
    const bool remove = ImGui::SmallButton(tr_("inspector.remove"));
    ImGui::Unindent();
    if (remove) {
      roltypen.erase(roltypen.begin() + static_cast<std::ptrdiff_t>(i));
      edited = true;
      break;
    }
  }
  if (ImGui::SmallButton(tr_("inspector.add_roltype"))) {
    roltypen.push_back(new_roltype_mapping(tr_("inspector.new_roltype")));
    edited = true;
  }
  if (edited) {
    block_->overrides.roltypen = roltypen;
    changed_ = true;
  }
}

void InspectorPanel::draw_documents(const ZaaktypeMapping& effective) {
  ImGui::Separator();
  ImGui::TextUnformatted(tr_("inspector.documents"));
  std::vector<InformatieobjecttypeMapping> documents = effective.informatieobjecttypen;
  bool edited = false;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const Row row(*this, i);
    if (i > 0) ImGui::Separator();
    ImGui::Indent();
    edited |= text_field("inspector.omschrijving", documents[i].omschrijving);
    edited |= enum_combo(label_above(tr_("inspector.richting")).c_str(), documents[i].richting,
                         kRichting);
    edited |= enum_combo(label_above(tr_("inspector.vertrouwelijkheid")).c_str(),
                         documents[i].vertrouwelijkheidaanduiding, kVertrouwelijkheidaanduiding);
    edited |=
        text_field("inspector.informatieobjectcategorie", documents[i].informatieobjectcategorie);
    const bool remove = ImGui::SmallButton(tr_("inspector.remove"));
    ImGui::Unindent();
    if (remove) {
      documents.erase(documents.begin() + static_cast<std::ptrdiff_t>(i));
      edited = true;
      break;
    }
  }
  if (ImGui::SmallButton(tr_("inspector.add_document"))) {
    documents.push_back(new_informatieobjecttype_mapping(tr_("inspector.new_document")));
    edited = true;
  }
  if (edited) {
    block_->overrides.informatieobjecttypen = documents;
    changed_ = true;
  }
}

void InspectorPanel::draw_flow(const std::string& process_id, const Flow& flow) {
  ImGui::TextUnformatted(tr_("inspector.flow"));
  ImGui::Separator();
  Flow edited = flow;
  static constexpr std::pair<FlowKind, const char*> kKinds[] = {
      {FlowKind::sequence, "flow.sequence"},
      {FlowKind::conditional, "flow.conditional"},
      {FlowKind::rework, "flow.rework"}};
  bool commit = false;
  for (const auto& [kind, key] : kKinds) {
    if (ImGui::RadioButton(tr_(key), edited.kind == kind)) {
      edited.kind = kind;
      commit = true;
    }
  }
  // The label is typed into a copy and committed when the field is left.
  if (flow_label_of_ != process_id + "/" + flow.id || !ImGui::IsAnyItemActive()) {
    flow_label_ = flow.label;
    flow_label_of_ = process_id + "/" + flow.id;
  }
  ImGui::InputText(label_above(tr_("inspector.flow_label")).c_str(), &flow_label_);
  if (ImGui::IsItemDeactivatedAfterEdit()) {
    edited.label = flow_label_;
    commit = true;
  }
  if (commit && !(edited == flow)) {
    document_.execute(make_update_flow(document_.workshop(), process_id, edited));
    taken_at_revision_ = document_.revision();
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Process and zaaktype
// -----------------------------------------------------------------------------

void InspectorPanel::draw_process(const Process& /*model*/) {
  Process& process = *process_;
  ImGui::TextUnformatted(tr_("inspector.process"));
  ImGui::TextDisabled("%s", process.id.c_str());
  ImGui::Separator();
  bool commit = text_field("inspector.name", process.name);
  const Department* owner = document_.workshop().find_department(process.department);
  if (ImGui::BeginCombo(label_above(tr_("inspector.department")).c_str(),
                        owner ? owner->name.c_str() : process.department.c_str())) {
    for (const auto& department : document_.workshop().departments) {
      if (ImGui::Selectable(department.name.c_str(), department.id == process.department)) {
        process.department = department.id;
        commit = true;
      }
    }
    ImGui::EndCombo();
  }
  commit |= text_field("inspector.description", process.description, true);
  if (commit) commit_process();
  ImGui::Separator();
  ImGui::TextUnformatted(tr_("inspector.zaaktype"));
  draw_zaaktype(process.zaaktype);
  if (changed_) commit_process();
  changed_ = false;
}

// The zaaktype's fields, one per row of the zaaktype field table
// (src/core/zaaktype_fields), in its order, each drawn by its kind: a field
// added to the table shows here without a change to the inspector.
void InspectorPanel::draw_zaaktype(ZaaktypeFields& fields) {
  bool commit = false;
  for (const ZaaktypeField& field : zaaktype_fields()) {
    // A verlengingstermijn means nothing while no verlenging is possible.
    if (field.optional_text == &ZaaktypeFields::verlengingstermijn && !fields.verlenging_mogelijk) {
      continue;
    }
    commit |= draw_zaaktype_field(field, fields);
  }
  if (commit) changed_ = true;
}

bool InspectorPanel::draw_zaaktype_field(const ZaaktypeField& field, ZaaktypeFields& fields) {
  const std::string key(field.label_key);
  // "<label key>_hint", where there is one, shows in the empty field.
  const std::string hint_key = key + "_hint";
  const char* hint_text = tr_(hint_key);
  const char* hint = hint_key == hint_text ? nullptr : hint_text;
  switch (field.kind) {
    case ZaaktypeFieldKind::text:
      return text_field(key.c_str(), fields.*field.text, false, hint);
    case ZaaktypeFieldKind::long_text:
      return text_field(key.c_str(), fields.*field.text, true);
    case ZaaktypeFieldKind::duration:
      return duration_field(key.c_str(), fields.*field.text, false, hint);
    case ZaaktypeFieldKind::optional_duration:
      return optional_duration_field(key.c_str(), fields.*field.optional_text);
    case ZaaktypeFieldKind::boolean: {
      const bool edited = ImGui::Checkbox(tr_(key), &(fields.*field.flag));
      record_rect(key.c_str());
      return edited;
    }
    case ZaaktypeFieldKind::enumeration:
      return enum_combo(label_above(tr_(key)).c_str(), fields.*field.text, field.values);
    case ZaaktypeFieldKind::date:
      return date_text_field(key.c_str(), fields.*field.text, hint);
    case ZaaktypeFieldKind::optional_date:
      return optional_date_text_field(key.c_str(), fields.*field.optional_text);
    case ZaaktypeFieldKind::text_list: {
      // One item per line: URLs may hold commas.
      std::string lines = join_list(fields.*field.list, "\n");
      if (!text_field(key.c_str(), lines, true)) return false;
      fields.*field.list = split_list(lines, '\n');
      return true;
    }
    case ZaaktypeFieldKind::procestype:
      return draw_procestype(fields);
    case ZaaktypeFieldKind::eigenschappen:
      return draw_eigenschappen(fields.eigenschappen);
  }
  return false;
}

// The Selectielijst procestypen by number and name, and "none"; the list and
// its year come from the Selectielijst. A procestype of another year, or one
// the list does not hold, shows by number until another is chosen.
bool InspectorPanel::draw_procestype(ZaaktypeFields& fields) {
  const Selectielijst* list = selectielijst_.get();
  const auto& chosen = fields.selectielijst_procestype;
  const SelectielijstProcestypeEntry* entry = list && chosen && chosen->jaar == list->jaar
                                                  ? list->find_procestype(chosen->nummer)
                                                  : nullptr;
  const std::string preview =
      !chosen ? std::string(tr_("inspector.none"))
      : entry ? procestype_name(*entry)
              : std::to_string(chosen->nummer) + " (" + std::to_string(chosen->jaar) + ")";
  bool commit = false;
  // "Selectielijst-procestype (2020)": the year is the list's.
  const std::string title = std::string(tr_("zaaktype.procestype")) +
                            (list ? " (" + std::to_string(list->jaar) + ")" : std::string());
  const std::string label = label_above(title.c_str());
  if (ImGui::BeginCombo(label.c_str(), preview.c_str(), ImGuiComboFlags_HeightLarge)) {
    if (ImGui::Selectable(tr_("inspector.none"), !chosen) && chosen) {
      fields.selectielijst_procestype.reset();
      commit = true;
    }
    recorder_.record_item("option/zaaktype.procestype/none");
    static const std::vector<SelectielijstProcestypeEntry> kNoList;
    for (const auto& candidate : list ? list->procestypen : kNoList) {
      const bool selected = &candidate == entry;
      if (ImGui::Selectable(procestype_name(candidate).c_str(), selected) && !selected) {
        fields.selectielijst_procestype = SelectielijstProcestype{list->jaar, candidate.nummer};
        commit = true;
      }
      recorder_.record_item("option/zaaktype.procestype/" + std::to_string(candidate.nummer));
    }
    ImGui::EndCombo();
  }
  record_rect("zaaktype.procestype");
  if (!list) inspector::error_note(selectielijst_.error().c_str());
  return commit;
}

}  // namespace blokjes::app
