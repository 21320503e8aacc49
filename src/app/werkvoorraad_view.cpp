#include "werkvoorraad_view.h"

#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "colours.h"

// [SECTION] Colours and sizes
// [SECTION] Reading the database
// [SECTION] Drawing: headline
// [SECTION] Drawing: the count tables
// [SECTION] Drawing: deviations
// [SECTION] Layout for tests

namespace blokjes::app {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Colours and sizes
// -----------------------------------------------------------------------------

// On the light theme, readable from the back of a room: overdue red,
// streefdatum passed orange, nearing amber, suspended slate blue.
const ImVec4 kOverdueColour{0.78f, 0.08f, 0.08f, 1};
const ImVec4 kStreefColour{0.86f, 0.38f, 0.0f, 1};
const ImVec4 kBinnenkortColour{0.72f, 0.56f, 0.0f, 1};
const ImVec4 kOpgeschortColour{0.25f, 0.38f, 0.6f, 1};
const ImVec4 kPlainColour{0.1f, 0.1f, 0.1f, 1};

// Text height on a 1080-line screen at scale 1, as the compare view; the
// headline numbers twice that.
constexpr float kTextPixels = 28;
constexpr float kHeadlinePixels = 56;

// What a count column shows and in which colour.
// The headline names each figure in full; the tables' headers are short,
// in the same colour, so the key column keeps its room.
struct Column {
  const char* key;
  const char* header_key;
  int engine::WerkvoorraadCount::*count;
  const ImVec4* colour;
};
const Column kColumns[] = {
    {"werkvoorraad.open", "werkvoorraad.header.open", &engine::WerkvoorraadCount::open,
     &kPlainColour},
    {"werkvoorraad.overdue", "werkvoorraad.header.overdue", &engine::WerkvoorraadCount::overdue,
     &kOverdueColour},
    {"werkvoorraad.warning", "werkvoorraad.header.warning", &engine::WerkvoorraadCount::warning,
     &kStreefColour},
    {"werkvoorraad.binnenkort", "werkvoorraad.header.binnenkort",
     &engine::WerkvoorraadCount::binnenkort, &kBinnenkortColour},
    {"werkvoorraad.opgeschort", "werkvoorraad.header.opgeschort",
     &engine::WerkvoorraadCount::opgeschort, &kOpgeschortColour},
};

// The engine writes a step as "from → to"; the app's fonts hold Latin and
// punctuation only (picture/fonts.h), so the arrow is shown as a guillemet.
std::string step_text(std::string step) {
  const std::string arrow = "\u2192";
  for (auto at = step.find(arrow); at != std::string::npos; at = step.find(arrow, at)) {
    step.replace(at, arrow.size(), "\u00BB");
  }
  return step;
}

void count_text(int count, const ImVec4& colour) {
  if (count == 0) {
    ImGui::TextDisabled("0");
    return;
  }
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::Text("%d", count);
  ImGui::PopStyleColor();
}

}  // namespace

WerkvoorraadView::WerkvoorraadView(const ViewInfo& info, EngineSession& session,
                                   const Document& document, const Translations& tr,
                                   LayoutRecorder& recorder)
    : View(info), session_(session), document_(document), tr_(tr), recorder_(recorder) {}

// -----------------------------------------------------------------------------
// [SECTION] Reading the database
// -----------------------------------------------------------------------------

void WerkvoorraadView::load() {
  stale_ = false;
  loaded_changes_ = session_.changes();
  engine::Engine* engine = session_.engine();
  if (!engine) {
    werkvoorraad_.reset();
    error_ = std::string(tr_("play.no_engine")) + ": " + session_.error();
    return;
  }
  try {
    werkvoorraad_ = engine->werkvoorraad();
    zaaktype_names_.clear();
    for (const auto& zaaktype : engine->zaaktypen()) {
      zaaktype_names_[zaaktype.identificatie] = zaaktype.omschrijving.empty()
                                                    ? zaaktype.identificatie
                                                    : zaaktype.omschrijving;
    }
    error_.clear();
  } catch (const std::exception& error) {
    werkvoorraad_.reset();
    error_ = std::string(tr_("werkvoorraad.read_failed")) + ": " + error.what();
  }
  record();
}

void WerkvoorraadView::draw() {
  if (stale_ || loaded_changes_ != session_.changes()) load();
  ImFont* font = display_font_ ? display_font_ : ImGui::GetFont();
  ImGui::PushFont(font);
  ImGui::BeginChild("##werkvoorraad", {0, 0}, false);
  ImGui::SetWindowFontScale(kTextPixels * display_scale_ / font->FontSize);

  ImGui::TextUnformatted(tr_("werkvoorraad.title"));
  ImGui::SameLine();
  if (ImGui::Button(tr_("werkvoorraad.refresh"))) {
    session_.retry();  // a database that could not be opened is tried again
    refresh();
  }
  recorder_.record_item("werkvoorraad/refresh");
  ImGui::SameLine();
  if (werkvoorraad_) {
    ImGui::TextDisabled("%s %s  -  %s", tr_("werkvoorraad.as_of"),
                        werkvoorraad_->as_of.iso().c_str(), session_.path().c_str());
  } else {
    ImGui::TextDisabled("%s", session_.path().c_str());
  }
  if (!error_.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, kErrorTextColour);
    ImGui::TextWrapped("%s", error_.c_str());
    ImGui::PopStyleColor();
  }
  if (werkvoorraad_) {
    draw_headline();
    ImGui::Spacing();
    // Two columns: what kind of work and where it is; where it waits and how it strayed.
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    ImGui::BeginGroup();
    ImGui::PushItemWidth(half);
    draw_counts("werkvoorraad.per_zaaktype", "##per_zaaktype", werkvoorraad_->per_zaaktype,
                zaaktype_names_);
    ImGui::Spacing();
    std::map<std::string, std::string> department_names;
    for (const auto& department : document_.workshop().departments) {
      department_names[department.id] = department.name;
    }
    draw_counts("werkvoorraad.per_department", "##per_department", werkvoorraad_->per_department,
                department_names);
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushItemWidth(half);
    draw_counts("werkvoorraad.per_status", "##per_status", werkvoorraad_->per_status, {});
    ImGui::Spacing();
    draw_deviations();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
  }
  ImGui::SetWindowFontScale(1);
  ImGui::EndChild();
  ImGui::PopFont();
}

// -----------------------------------------------------------------------------
// [SECTION] Drawing: headline
// -----------------------------------------------------------------------------

// The totals as large numbers, each over its name in its colour: also the
// legend of the tables' colours.
void WerkvoorraadView::draw_headline() {
  engine::WerkvoorraadCount total;
  for (const auto& count : werkvoorraad_->per_zaaktype) {
    for (const auto& column : kColumns) total.*column.count += count.*column.count;
  }
  total.open = werkvoorraad_->open;
  struct Figure {
    const char* key;
    int value;
    const ImVec4* colour;
  };
  std::vector<Figure> figures;
  for (const auto& column : kColumns) figures.push_back({column.key, total.*column.count, column.colour});
  figures.push_back({"werkvoorraad.closed", werkvoorraad_->closed, &kPlainColour});

  const float width = ImGui::GetContentRegionAvail().x / static_cast<float>(figures.size());
  ImFont* font = ImGui::GetFont();
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const Figure& figure = figures[i];
    if (i > 0) ImGui::SameLine(static_cast<float>(i) * width);
    ImGui::BeginGroup();
    ImGui::PushStyleColor(ImGuiCol_Text, *figure.colour);
    ImGui::SetWindowFontScale(kHeadlinePixels * display_scale_ / font->FontSize);
    ImGui::Text("%d", figure.value);
    ImGui::SetWindowFontScale(kTextPixels * display_scale_ / font->FontSize);
    ImGui::TextUnformatted(tr_(figure.key));
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    recorder_.record_item(std::string("werkvoorraad/headline/") + figure.key);
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Drawing: the count tables
// -----------------------------------------------------------------------------

void WerkvoorraadView::draw_counts(const char* title_key, const char* id,
                                   const std::vector<engine::WerkvoorraadCount>& counts,
                                   const std::map<std::string, std::string>& names) {
  const float width = ImGui::CalcItemWidth();
  ImGui::TextUnformatted(tr_(title_key));
  constexpr int kColumnCount = 1 + static_cast<int>(std::size(kColumns));
  if (!ImGui::BeginTable(id, kColumnCount,
                         ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                             ImGuiTableFlags_SizingFixedFit,
                         {width, 0})) {
    return;
  }
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
  for (const auto& column : kColumns) ImGui::TableSetupColumn(tr_(column.header_key));
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int i = 0; i < kColumnCount; ++i) {
    ImGui::TableNextColumn();
    if (i > 0) ImGui::PushStyleColor(ImGuiCol_Text, *kColumns[i - 1].colour);
    ImGui::TableHeader(ImGui::TableGetColumnName(i));
    if (i > 0) ImGui::PopStyleColor();
  }
  for (const auto& count : counts) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const auto name = names.find(count.key);
    ImGui::TextUnformatted(count.key.empty()       ? tr_("werkvoorraad.unknown")
                           : name != names.end() ? name->second.c_str()
                                                 : count.key.c_str());
    for (const auto& column : kColumns) {
      ImGui::TableNextColumn();
      count_text(count.*column.count, *column.colour);
    }
  }
  ImGui::EndTable();
}

// -----------------------------------------------------------------------------
// [SECTION] Drawing: deviations
// -----------------------------------------------------------------------------

// Per zaaktype its total, then each step that strayed from the process, most first.
void WerkvoorraadView::draw_deviations() {
  ImGui::TextUnformatted(tr_("werkvoorraad.deviations"));
  if (werkvoorraad_->deviations_per_zaaktype.empty()) {
    ImGui::TextDisabled("%s", tr_("werkvoorraad.no_deviations"));
    return;
  }
  if (!ImGui::BeginTable("##deviations", 2,
                         ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                             ImGuiTableFlags_SizingFixedFit,
                         {ImGui::CalcItemWidth(), 0})) {
    return;
  }
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr_("werkvoorraad.count"));
  for (const auto& total : werkvoorraad_->deviations_per_zaaktype) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const auto name = zaaktype_names_.find(total.zaaktype);
    ImGui::TextUnformatted(name != zaaktype_names_.end() ? name->second.c_str()
                                                         : total.zaaktype.c_str());
    ImGui::TableNextColumn();
    count_text(total.count, kStreefColour);
    std::vector<const engine::DeviationCount*> steps;
    for (const auto& step : werkvoorraad_->deviations_per_step) {
      if (step.zaaktype == total.zaaktype) steps.push_back(&step);
    }
    std::stable_sort(steps.begin(), steps.end(),
                     [](const auto* a, const auto* b) { return a->count > b->count; });
    for (const auto* step : steps) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Indent();
      ImGui::TextDisabled("%s", step_text(step->step).c_str());
      ImGui::Unindent();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%d", step->count);
    }
  }
  ImGui::EndTable();
}

// -----------------------------------------------------------------------------
// [SECTION] Layout for tests
// -----------------------------------------------------------------------------

// layout_json's "werkvoorraad": the figures the view shows, for the GUI tests.
void WerkvoorraadView::record() {
  if (!werkvoorraad_) return;
  nlohmann::json per_status = nlohmann::json::object();
  for (const auto& count : werkvoorraad_->per_status) per_status[count.key] = count.open;
  recorder_.set_value("werkvoorraad", {{"as_of", werkvoorraad_->as_of.iso()},
                                       {"open", werkvoorraad_->open},
                                       {"closed", werkvoorraad_->closed},
                                       {"per_status", per_status}});
}

}  // namespace blokjes::app
