#include "play_panel.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <utility>

#include "catalogi/export_pipeline.h"
#include "colours.h"
#include "engine/zaaktype_definition.h"

// [SECTION] Helpers
// [SECTION] Entering, leaving, starting a zaak
// [SECTION] What the buttons and the canvas do
// [SECTION] Drawing: header, banner, refusal
// [SECTION] Drawing: the timeline strip
// [SECTION] Drawing: the actions and the history
// [SECTION] Layout for tests

namespace blokjes::app {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Helpers
// -----------------------------------------------------------------------------

// The deviation banner's colours: amber, as the other warnings.
const ImVec4 kBannerBackground{1.0f, 0.85f, 0.45f, 1};
const ImVec4 kBannerText{0.35f, 0.2f, 0.0f, 1};
// The timeline's marks.
constexpr ImU32 kTimelineLine = IM_COL32(120, 120, 120, 255);
constexpr ImU32 kStartColour = IM_COL32(90, 90, 90, 255);
constexpr ImU32 kStreefColour = IM_COL32(200, 120, 0, 255);
constexpr ImU32 kFataalColour = IM_COL32(190, 30, 30, 255);
constexpr ImU32 kEindColour = kPlayCurrentColour;
constexpr ImU32 kTodayColour = kPlayNextColour;
constexpr ImU32 kFaint = IM_COL32(150, 150, 150, 160);

// "{name}" in a translated text replaced by a value.
std::string fill(std::string text, std::initializer_list<std::pair<const char*, std::string>> values) {
  for (const auto& [name, value] : values) {
    const std::string key = std::string("{") + name + "}";
    for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size())) {
      text.replace(at, key.size(), value);
    }
  }
  return text;
}

std::string date_text(const std::optional<engine::CalendarDate>& date) {
  return date ? date->iso() : std::string("-");
}

// A combo over `names`, keeping `index` in range; false when there is nothing to choose.
bool name_combo(const char* label, const std::vector<std::string>& names, int& index) {
  if (names.empty()) return false;
  index = std::clamp(index, 0, static_cast<int>(names.size()) - 1);
  if (ImGui::BeginCombo(label, names[static_cast<std::size_t>(index)].c_str())) {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (ImGui::Selectable(names[i].c_str(), static_cast<int>(i) == index)) {
        index = static_cast<int>(i);
      }
    }
    ImGui::EndCombo();
  }
  return true;
}

template <typename Type>
std::vector<std::string> omschrijvingen(const std::vector<Type>& types) {
  std::vector<std::string> names;
  for (const auto& type : types) names.push_back(type.omschrijving);
  return names;
}

// Text struck through: an original date that suspension or verlenging moved.
void struck_text(const std::string& text) {
  ImGui::TextDisabled("%s", text.c_str());
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  const float middle = (min.y + max.y) / 2;
  ImGui::GetWindowDrawList()->AddLine({min.x, middle}, {max.x, middle}, kFaint, 1.5f);
}

}  // namespace

PlayPanel::PlayPanel(const Document& document, const BlockLibrary& library,
                     const Translations& tr, SelectielijstSource& selectielijst,
                     EngineSession& session, LayoutRecorder& recorder)
    : document_(document),
      library_(library),
      tr_(tr),
      selectielijst_(selectielijst),
      session_(session),
      recorder_(recorder) {}

std::string PlayPanel::language() const {
  return tr_.language() == Language::english ? "en" : "nl";
}

// -----------------------------------------------------------------------------
// [SECTION] Entering, leaving, starting a zaak
// -----------------------------------------------------------------------------

void PlayPanel::enter(const std::string& process_id) {
  active_ = true;
  process_id_ = process_id;
  start_zaak();
}

void PlayPanel::leave() {
  active_ = false;
  zaak_.reset();
  definition_.reset();
  marks_ = {};
  banner_.clear();
  refusal_.clear();
  record();
}

void PlayPanel::follow(const std::string& process_id) {
  if (active_ && process_id != process_id_) enter(process_id);
}

// The shown process as it is now (the workshop may have changed it since the
// last zaak), deployed so the engine knows its statuses and its graph.
bool PlayPanel::deploy() {
  engine::Engine* engine = session_.engine();
  if (!engine) {
    refusal_ = std::string(tr_("play.no_engine")) + ": " + session_.error();
    return false;
  }
  const Selectielijst* selectielijst = selectielijst_.get();
  if (!selectielijst) {
    refusal_ = std::string(tr_("play.deploy_failed")) + ": " + selectielijst_.error();
    return false;
  }
  try {
    ExportRequest request;
    request.process_ids = {process_id_};
    PreparedExport prepared = prepare_export(document_.workshop(), library_, *selectielijst, request);
    // A workshop plays its process before it validates: as a concept, said in the panel.
    concept_ = prepared.has_errors();
    if (concept_) prepared.mark_concept();
    auto definitions = engine::definitions_from_export(prepared.objects, document_.workshop());
    const auto mine = std::find_if(definitions.begin(), definitions.end(), [&](const auto& found) {
      return found.graph.process_id == process_id_;
    });
    if (mine == definitions.end()) {
      refusal_ = tr_("play.no_zaaktype");
      return false;
    }
    engine::DeployOptions options;
    options.strict = strict_;
    options.allow_concept = concept_;
    engine->deploy({*mine}, options, session_.actor());
    zaaktype_ = mine->identificatie;
    definition_ = engine->zaaktype(zaaktype_);
    return true;
  } catch (const engine::EngineError& error) {
    refusal_ = std::string(tr_("play.deploy_failed")) + ": " + error.message(language());
  } catch (const std::exception& error) {
    refusal_ = std::string(tr_("play.deploy_failed")) + ": " + error.what();
  }
  return false;
}

void PlayPanel::start_zaak() {
  zaak_.reset();
  definition_.reset();
  marks_ = {};
  banner_.clear();
  refusal_.clear();
  original_ = {};
  if (deploy()) {
    run([&](engine::Engine& engine) {
      engine::CreateZaak request;
      request.zaaktype = zaaktype_;
      return engine.create(request, session_.actor());
    });
    if (zaak_) {
      original_.einddatum_gepland = zaak_->einddatum_gepland;
      original_.uiterlijke_einddatum_afdoening = zaak_->uiterlijke_einddatum_afdoening;
    }
  }
  record();
}

void PlayPanel::set_strict(bool strict) {
  if (strict == strict_) return;
  strict_ = strict;
  // Strictness belongs to the deployed zaaktype: a new deployment, a new zaak.
  if (active_) start_zaak();
}

// -----------------------------------------------------------------------------
// [SECTION] What the buttons and the canvas do
// -----------------------------------------------------------------------------

template <typename Call>
bool PlayPanel::run(Call&& call) {
  engine::Engine* engine = session_.engine();
  if (!engine) {
    refusal_ = std::string(tr_("play.no_engine")) + ": " + session_.error();
    return false;
  }
  try {
    zaak_ = call(*engine);
    refusal_.clear();
    session_.changed();
    refresh_marks();
    record();
    return true;
  } catch (const engine::EngineError& error) {
    refusal_ = error.message(language());
  } catch (const std::exception& error) {
    refusal_ = error.what();
  }
  record();
  return false;
}

void PlayPanel::refresh_marks() {
  marks_ = {};
  engine::Engine* engine = session_.engine();
  if (!zaak_ || !engine) return;
  const engine::NextSteps next = engine->next_steps(zaak_->identificatie);
  marks_.current_block = next.current_block;
  if (!zaak_->closed()) marks_.next_blocks.insert(next.next_blocks.begin(), next.next_blocks.end());
}

void PlayPanel::block_clicked(const std::string& block_id) {
  if (!zaak_ || !definition_) return;
  const auto statustype =
      std::find_if(definition_->statustypen.begin(), definition_->statustypen.end(),
                   [&](const auto& found) { return found.block_id == block_id; });
  if (statustype == definition_->statustypen.end()) {
    const Process* process = document_.workshop().find_process(process_id_);
    const Block* block = process ? process->find_block(block_id) : nullptr;
    refusal_ = fill(tr_("play.block_sets_no_status"),
                    {{"block", block && !block->label.empty() ? block->label : block_id}});
    record();
    return;
  }
  // The engine says whether the step was one the process leads to: a new
  // entry in the zaak's deviations is the step just taken.
  const std::size_t deviations_before = zaak_->deviations.size();
  const std::string uuid = statustype->uuid;
  if (run([&](engine::Engine& engine) {
        return engine.set_status(zaak_->identificatie, uuid, std::nullopt, session_.actor());
      })) {
    banner_.clear();
    if (zaak_->deviations.size() > deviations_before) {
      const engine::Deviation& deviation = zaak_->deviations.back();
      banner_ = fill(tr_("play.deviation"),
                     {{"from", deviation.from_statustype.empty() ? std::string(tr_("play.none"))
                                                                 : deviation.from_statustype},
                      {"to", deviation.to_statustype}});
    }
    record();
  }
}

void PlayPanel::add_rol(const std::string& roltype, const std::string& betrokkene) {
  if (!zaak_) return;
  run([&](engine::Engine& engine) {
    return engine.add_rol(zaak_->identificatie, roltype, betrokkene, session_.actor());
  });
}

void PlayPanel::set_resultaat(const std::string& resultaattype) {
  if (!zaak_) return;
  run([&](engine::Engine& engine) {
    return engine.set_resultaat(zaak_->identificatie, resultaattype, session_.actor());
  });
}

void PlayPanel::add_besluit(const std::string& besluittype, const std::string& ingangsdatum,
                            const std::string& vervaldatum) {
  if (!zaak_) return;
  // Empty is "not given"; anything else must be a date (the engine takes dates, not text).
  std::optional<engine::CalendarDate> ingang;
  std::optional<engine::CalendarDate> verval;
  for (const auto& [text, date] : {std::pair{&ingangsdatum, &ingang}, std::pair{&vervaldatum, &verval}}) {
    if (text->empty()) continue;
    *date = engine::parse_calendar_date(*text);
    if (!*date) {
      refusal_ = fill(tr_("play.invalid_date"), {{"value", *text}});
      record();
      return;
    }
  }
  run([&](engine::Engine& engine) {
    return engine.add_besluit(zaak_->identificatie, besluittype, ingang, verval, session_.actor());
  });
}

void PlayPanel::opschorten(const std::string& reden) {
  if (!zaak_) return;
  run([&](engine::Engine& engine) {
    return engine.opschorten(zaak_->identificatie, reden, session_.actor());
  });
}

void PlayPanel::hervatten() {
  if (!zaak_) return;
  run([&](engine::Engine& engine) { return engine.hervatten(zaak_->identificatie, session_.actor()); });
}

void PlayPanel::verlengen(const std::string& duur, const std::string& reden) {
  if (!zaak_) return;
  run([&](engine::Engine& engine) {
    return engine.verlengen(zaak_->identificatie, duur, reden, session_.actor());
  });
}

// -----------------------------------------------------------------------------
// [SECTION] Drawing: header, banner, refusal
// -----------------------------------------------------------------------------

void PlayPanel::draw() {
  ImGui::TextUnformatted(tr_("play.title"));
  recorder_.record_item("play/title");
  ImGui::Separator();
  draw_header();
  if (zaak_) {
    draw_timeline();
    draw_actions();
    draw_history();
  }
}

void PlayPanel::draw_header() {
  if (definition_) {
    ImGui::TextWrapped("%s: %s (%s)", tr_("play.zaaktype"), definition_->omschrijving.c_str(),
                       definition_->identificatie.c_str());
  }
  if (concept_) {
    ImGui::PushStyleColor(ImGuiCol_Text, kWarningTextColour);
    ImGui::TextWrapped("%s", tr_("play.concept"));
    ImGui::PopStyleColor();
  }
  bool strict = strict_;
  if (ImGui::Checkbox(tr_("play.strict"), &strict)) set_strict(strict);
  recorder_.record_item("play/strict");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr_("play.strict_hint"));
  ImGui::SameLine();
  if (ImGui::Button(tr_("play.new_zaak"))) start_zaak();
  recorder_.record_item("play/new_zaak");
  ImGui::SameLine();
  if (ImGui::Button(tr_("play.leave"))) leave();
  recorder_.record_item("play/leave");

  if (zaak_) {
    ImGui::Text("%s: %s", tr_("play.zaak"), zaak_->identificatie.c_str());
    ImGui::TextWrapped("%s: %s%s", tr_("play.status"),
                       zaak_->status.empty() ? tr_("play.none") : zaak_->status.c_str(),
                       zaak_->closed() ? (std::string(" - ") + tr_("play.closed")).c_str() : "");
  }
  if (!banner_.empty()) {
    // An amber band the width of the panel, seen from the back of the room.
    ImGui::PushStyleColor(ImGuiCol_ChildBg, kBannerBackground);
    ImGui::PushStyleColor(ImGuiCol_Text, kBannerText);
    const float height = ImGui::GetTextLineHeightWithSpacing() * 2 + ImGui::GetStyle().WindowPadding.y * 2;
    ImGui::BeginChild("##deviation", {0, height}, false, ImGuiWindowFlags_NoScrollbar);
    ImGui::TextWrapped("%s", banner_.c_str());
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
    recorder_.record_item("play/banner");
  }
  if (!refusal_.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, kErrorTextColour);
    ImGui::TextWrapped("%s", refusal_.c_str());
    ImGui::PopStyleColor();
    recorder_.record_item("play/refusal");
  }
  if (zaak_ && !zaak_->closed()) {
    ImGui::TextWrapped("%s", tr_("play.click_hint"));
    // The legend of the canvas's marks, in their colours.
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(kPlayCurrentColour), "%s",
                       tr_("play.legend_current"));
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(kPlayNextColour), "%s",
                       tr_("play.legend_next"));
    std::string next;
    if (definition_) {
      for (const auto& id : marks_.next_blocks) {
        for (const auto& statustype : definition_->statustypen) {
          if (statustype.block_id == id) next += (next.empty() ? "" : ", ") + statustype.omschrijving;
        }
      }
    }
    ImGui::TextWrapped("%s: %s", tr_("play.next"), next.empty() ? tr_("play.next_none") : next.c_str());
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Drawing: the timeline strip
// -----------------------------------------------------------------------------

// One line from startdatum to the last date, with a tick per date: the
// moved deadlines solid, where they stood at creation faint, today blue.
// Below it the same dates as text, the originals struck through.
void PlayPanel::draw_timeline() {
  const engine::ZaakView& zaak = *zaak_;
  ImGui::Separator();
  ImGui::TextUnformatted(tr_("play.timeline"));
  const engine::CalendarDate today = session_.engine()
                                         ? session_.engine()->clock().now().date()
                                         : zaak.startdatum;
  struct Mark {
    std::optional<engine::CalendarDate> date;
    ImU32 colour;
    bool faint;
  };
  const Mark marks[] = {
      {zaak.startdatum, kStartColour, false},
      {original_.einddatum_gepland, kFaint, true},
      {original_.uiterlijke_einddatum_afdoening, kFaint, true},
      {zaak.einddatum_gepland, kStreefColour, false},
      {zaak.uiterlijke_einddatum_afdoening, kFataalColour, false},
      {zaak.einddatum, kEindColour, false},
      {today, kTodayColour, false},
  };
  engine::CalendarDate last = zaak.startdatum;
  for (const auto& mark : marks) {
    if (mark.date) last = std::max(last, *mark.date);
  }
  const double span = std::max<double>(1, static_cast<double>(engine::days_between(zaak.startdatum, last)));
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ImGui::GetFontSize() * 1.6f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy({width, height});
  recorder_.record_item("play/timeline");
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  const float inset = ImGui::GetFontSize() * 0.5f;
  const float y = origin.y + height / 2;
  const float left = origin.x + inset;
  const float right = origin.x + width - inset;
  draw.AddLine({left, y}, {right, y}, kTimelineLine, 2);
  for (const auto& mark : marks) {
    if (!mark.date) continue;
    const float x = left + static_cast<float>(engine::days_between(zaak.startdatum, *mark.date) / span) *
                               (right - left);
    const float reach = mark.faint ? height * 0.25f : height * 0.45f;
    draw.AddLine({x, y - reach}, {x, y + reach}, mark.colour, mark.faint ? 2.0f : 3.0f);
  }

  // The dates in words, the moved ones beside where they stood.
  const auto row = [&](const char* key, ImU32 colour, const std::optional<engine::CalendarDate>& now,
                       const std::optional<engine::CalendarDate>& was) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
    ImGui::Text("%s: %s", tr_(key), date_text(now).c_str());
    ImGui::PopStyleColor();
    if (was && now && *was != *now) {
      ImGui::SameLine();
      struck_text(was->iso());
      recorder_.record_item(std::string("play/was/") + key);
    }
  };
  row("play.startdatum", kStartColour, zaak.startdatum, std::nullopt);
  row("play.streefdatum", kStreefColour, zaak.einddatum_gepland, original_.einddatum_gepland);
  row("play.fatale_datum", kFataalColour, zaak.uiterlijke_einddatum_afdoening,
      original_.uiterlijke_einddatum_afdoening);
  if (zaak.einddatum) {
    row("play.einddatum", kEindColour, zaak.einddatum, std::nullopt);
    recorder_.record_item("play/einddatum");
  }
  if (zaak.opgeschort_dagen > 0) {
    ImGui::TextWrapped("%s", fill(tr_("play.suspended_days"),
                                  {{"days", std::to_string(zaak.opgeschort_dagen)}})
                                 .c_str());
  }
  if (zaak.opgeschort) {
    ImGui::TextWrapped("%s", fill(tr_("play.suspended_now"), {{"reden", zaak.opschorting_reden}}).c_str());
  }
  if (zaak.verlengd) {
    ImGui::TextWrapped("%s", fill(tr_("play.extended"), {{"duur", zaak.verlenging_duur},
                                                         {"reden", zaak.verlenging_reden}})
                                 .c_str());
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Drawing: the actions and the history
// -----------------------------------------------------------------------------

void PlayPanel::draw_actions() {
  if (!definition_) return;
  const engine::ZaaktypeDefinition& definition = *definition_;
  ImGui::PushItemWidth(-1);

  ImGui::Separator();
  ImGui::TextUnformatted(tr_("play.rollen"));
  for (const auto& rol : zaak_->rollen) {
    ImGui::BulletText("%s: %s", rol.roltype.c_str(), rol.betrokkene.c_str());
  }
  const auto roltypen = omschrijvingen(definition.roltypen);
  if (roltype_index_ == 0) {
    // Start at the initiator: the rol a workshop fills first.
    for (std::size_t i = 0; i < definition.roltypen.size(); ++i) {
      if (definition.roltypen[i].omschrijving_generiek == "initiator") {
        roltype_index_ = static_cast<int>(i);
        break;
      }
    }
  }
  if (name_combo("##roltype", roltypen, roltype_index_)) {
    ImGui::InputTextWithHint("##betrokkene", tr_("play.betrokkene"), &betrokkene_);
    if (ImGui::Button(tr_("play.add_rol"))) {
      add_rol(definition.roltypen[static_cast<std::size_t>(roltype_index_)].uuid, betrokkene_);
    }
    recorder_.record_item("play/add_rol");
  }

  ImGui::Separator();
  ImGui::Text("%s: %s", tr_("play.resultaat"),
              zaak_->resultaat.empty() ? tr_("play.none") : zaak_->resultaat.c_str());
  if (name_combo("##resultaattype", omschrijvingen(definition.resultaattypen), resultaattype_index_)) {
    if (ImGui::Button(tr_("play.set_resultaat"))) {
      set_resultaat(definition.resultaattypen[static_cast<std::size_t>(resultaattype_index_)].uuid);
    }
    recorder_.record_item("play/set_resultaat");
  }

  if (!definition.besluittypen.empty()) {
    ImGui::Separator();
    ImGui::TextUnformatted(tr_("play.besluit"));
    for (const auto& besluit : zaak_->besluiten) {
      ImGui::BulletText("%s: %s", besluit.besluittype.c_str(), besluit.ingangsdatum.iso().c_str());
    }
    name_combo("##besluittype", omschrijvingen(definition.besluittypen), besluittype_index_);
    ImGui::InputTextWithHint("##ingangsdatum", tr_("play.ingangsdatum"), &ingangsdatum_);
    ImGui::InputTextWithHint("##vervaldatum", tr_("play.vervaldatum"), &vervaldatum_);
    if (ImGui::Button(tr_("play.add_besluit"))) {
      add_besluit(definition.besluittypen[static_cast<std::size_t>(besluittype_index_)].uuid,
                  ingangsdatum_, vervaldatum_);
    }
    recorder_.record_item("play/add_besluit");
  }

  ImGui::Separator();
  if (zaak_->opgeschort) {
    if (ImGui::Button(tr_("play.hervatten"))) hervatten();
    recorder_.record_item("play/hervatten");
  } else {
    ImGui::InputTextWithHint("##opschorting_reden", tr_("play.reden"), &opschorting_reden_);
    if (ImGui::Button(tr_("play.opschorten"))) opschorten(opschorting_reden_);
    recorder_.record_item("play/opschorten");
  }

  ImGui::Separator();
  ImGui::InputTextWithHint("##verlenging_duur", tr_("play.duur"), &verlenging_duur_);
  ImGui::InputTextWithHint("##verlenging_reden", tr_("play.reden"), &verlenging_reden_);
  if (ImGui::Button(tr_("play.verlengen"))) verlengen(verlenging_duur_, verlenging_reden_);
  recorder_.record_item("play/verlengen");
  ImGui::PopItemWidth();
}

void PlayPanel::draw_history() {
  ImGui::Separator();
  ImGui::TextUnformatted(tr_("play.history"));
  for (const auto& status : zaak_->statussen) {
    if (status.deviation) {
      ImGui::PushStyleColor(ImGuiCol_Text, kWarningTextColour);
      ImGui::BulletText("%s (%s)", status.statustype.c_str(), tr_("play.deviation_short"));
      ImGui::PopStyleColor();
    } else {
      ImGui::BulletText("%s", status.statustype.c_str());
    }
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Layout for tests
// -----------------------------------------------------------------------------

// layout_json's "play": what the panel shows, for the GUI tests.
void PlayPanel::record() {
  nlohmann::json next = nlohmann::json::array();
  for (const auto& id : marks_.next_blocks) next.push_back(id);
  recorder_.set_value(
      "play", {{"active", active_},
               {"zaak", zaak_ ? zaak_->identificatie : ""},
               {"status", zaak_ ? zaak_->status : ""},
               {"closed", zaak_ && zaak_->closed()},
               {"einddatum", zaak_ && zaak_->einddatum ? zaak_->einddatum->iso() : ""},
               {"current_block", marks_.current_block},
               {"next_blocks", next},
               {"strict", strict_},
               {"concept", concept_},
               {"deviation", banner_},
               {"refusal", refusal_}});
}

}  // namespace blokjes::app
