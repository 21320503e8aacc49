#include "app.h"

#include <GLFW/glfw3.h>  // key codes only
#include <imgui.h>

#include <cstdio>
#include <filesystem>

// [SECTION] Frame and layout
// [SECTION] Menu and shortcuts
// [SECTION] Side panels
// [SECTION] Saving and quitting

namespace blokjes::app {

App::App(Document document, BlockLibrary library, Translations translations)
    : document_(std::move(document)),
      library_(std::move(library)),
      tr_(std::move(translations)),
      canvas_(document_, library_, tr_.language()) {
  if (!document_.workshop().processes.empty()) {
    process_id_ = document_.workshop().processes.front().id;
  }
}

void App::show_process(const std::string& process_id) { process_id_ = process_id; }

std::optional<App::ItemRect> App::palette_item(const std::string& kind,
                                               const std::string& variant) const {
  const auto found = palette_items_.find(kind + "/" + variant);
  if (found == palette_items_.end()) return std::nullopt;
  return found->second;
}

std::string App::window_title() const {
  std::string name = document_.path().empty()
                         ? std::string(tr_("app.title"))
                         : std::filesystem::path(document_.path()).filename().string();
  return (document_.modified() ? "* " : "") + name + " - Blokjessessie";
}

// -----------------------------------------------------------------------------
// [SECTION] Frame and layout
// -----------------------------------------------------------------------------

bool App::draw_frame() {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
  ImGui::Begin("##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_MenuBar |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleVar();
  draw_menu_bar();
  handle_shortcuts();

  const float side_width = ImGui::GetFontSize() * 16;
  ImGui::BeginChild("##left", {side_width, 0}, true);
  draw_process_list();
  ImGui::Separator();
  draw_palette();
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##canvas", {ImGui::GetContentRegionAvail().x - side_width, 0}, true,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  canvas_.draw(process_id_);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##inspector", {0, 0}, true);
  draw_inspector();
  ImGui::EndChild();

  draw_quit_confirmation();
  ImGui::End();
  return !quitting_;
}

// -----------------------------------------------------------------------------
// [SECTION] Menu and shortcuts
// -----------------------------------------------------------------------------

void App::handle_shortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyCtrl || io.WantTextInput) return;
  if (ImGui::IsKeyPressed(GLFW_KEY_S, false)) save();
  if (ImGui::IsKeyPressed(GLFW_KEY_Z, false)) {
    io.KeyShift ? document_.redo() : document_.undo();
  }
  if (ImGui::IsKeyPressed(GLFW_KEY_Y, false)) document_.redo();
  if (ImGui::IsKeyPressed(GLFW_KEY_Q, false)) request_quit();
}

void App::draw_menu_bar() {
  if (!ImGui::BeginMenuBar()) return;
  if (ImGui::BeginMenu(tr_("menu.file"))) {
    if (ImGui::MenuItem(tr_("menu.save"), "Ctrl+S")) save();
    if (ImGui::MenuItem(tr_("menu.quit"), "Ctrl+Q")) request_quit();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr_("menu.edit"))) {
    if (ImGui::MenuItem(tr_("menu.undo"), "Ctrl+Z", false, document_.can_undo())) document_.undo();
    if (ImGui::MenuItem(tr_("menu.redo"), "Ctrl+Y", false, document_.can_redo())) document_.redo();
    if (ImGui::MenuItem(tr_("menu.delete"), "Del", false, !canvas_.selection().empty())) {
      canvas_.delete_selection(process_id_);
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr_("menu.view"))) {
    if (ImGui::MenuItem(tr_("menu.fit"), "Home")) canvas_.fit_on_next_frame();
    if (ImGui::BeginMenu(tr_("menu.language"))) {
      if (ImGui::MenuItem("Nederlands", nullptr, tr_.language() == Language::dutch)) {
        tr_.set_language(Language::dutch);
        canvas_.set_language(Language::dutch);
      }
      if (ImGui::MenuItem("English", nullptr, tr_.language() == Language::english)) {
        tr_.set_language(Language::english);
        canvas_.set_language(Language::english);
      }
      ImGui::EndMenu();
    }
    ImGui::EndMenu();
  }
  ImGui::TextDisabled("%s", document_.modified() ? tr_("status.modified") : status_.c_str());
  ImGui::EndMenuBar();
}

// -----------------------------------------------------------------------------
// [SECTION] Side panels
// -----------------------------------------------------------------------------

void App::draw_process_list() {
  ImGui::TextUnformatted(tr_("panel.processes"));
  for (const auto& process : document_.workshop().processes) {
    if (ImGui::Selectable(process.name.c_str(), process.id == process_id_)) {
      process_id_ = process.id;
    }
  }
}

void App::draw_palette() {
  ImGui::TextUnformatted(tr_("panel.palette"));
  const Language language = tr_.language();
  for (const auto& kind : library_.kinds()) {
    for (const auto& variant : kind.variants) {
      ImGui::PushID((kind.id + "/" + variant.id).c_str());
      unsigned r = 0, g = 0, b = 0;
      std::sscanf(kind.colour.c_str() + 1, "%02x%02x%02x", &r, &g, &b);
      ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(r, g, b, 255));
      ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
      ImGui::Button(variant.name.in(language).c_str(), {-1, 0});
      ImGui::PopStyleColor(2);
      palette_items_[kind.id + "/" + variant.id] = {
          {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y},
          {ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y}};
      if (ImGui::BeginDragDropSource()) {
        PalettePayload payload{};
        std::snprintf(payload.kind, sizeof payload.kind, "%s", kind.id.c_str());
        std::snprintf(payload.variant, sizeof payload.variant, "%s", variant.id.c_str());
        ImGui::SetDragDropPayload(kPalettePayloadType, &payload, sizeof payload);
        ImGui::TextUnformatted(variant.name.in(language).c_str());
        ImGui::EndDragDropSource();
      }
      if (ImGui::IsItemHovered() && !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
        ImGui::SetTooltip("%s", variant.description.in(language).c_str());
      }
      ImGui::PopID();
    }
  }
}

void App::draw_inspector() {
  ImGui::TextUnformatted(tr_("panel.inspector"));
  ImGui::Separator();
  const Process* process = document_.workshop().find_process(process_id_);
  const auto& selected = canvas_.selection().blocks;
  if (!process || selected.size() != 1) {
    ImGui::TextWrapped("%s", tr_("inspector.nothing"));
    return;
  }
  const Block* block = process->find_block(*selected.begin());
  if (!block) return;
  const BlockVariant* variant = library_.find_variant(block->kind, block->variant);
  const Department* lane = document_.workshop().find_department(block->lane);
  ImGui::TextWrapped("%s: %s", tr_("inspector.label"), block->label.c_str());
  ImGui::TextWrapped("%s: %s", tr_("inspector.kind"),
                     variant ? variant->name.in(tr_.language()).c_str() : block->kind.c_str());
  ImGui::TextWrapped("%s: %s", tr_("inspector.lane"), lane ? lane->name.c_str() : block->lane.c_str());
  if (!variant) return;
  const ZaaktypeMapping mapping = apply_overrides(variant->mapping, block->overrides);
  if (mapping.statustype) {
    ImGui::Separator();
    ImGui::TextWrapped("%s: %s", tr_("inspector.statustype"), mapping.statustype->omschrijving.c_str());
    ImGui::TextWrapped("%s: %s", tr_("inspector.statustekst"),
                       mapping.statustype->statustekst.in(tr_.language()).c_str());
    ImGui::TextWrapped("%s: %s", tr_("inspector.doorlooptijd"),
                       mapping.statustype->doorlooptijd.c_str());
  }
  ImGui::Separator();
  ImGui::TextUnformatted(tr_("inspector.roltypen"));
  for (const auto& roltype : mapping.roltypen) {
    ImGui::BulletText("%s (%s)", roltype.omschrijving.c_str(), roltype.omschrijving_generiek.c_str());
  }
  ImGui::TextUnformatted(tr_("inspector.documents"));
  for (const auto& document : mapping.informatieobjecttypen) {
    ImGui::BulletText("%s (%s)", document.omschrijving.c_str(), document.richting.c_str());
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Saving and quitting
// -----------------------------------------------------------------------------

void App::save() {
  try {
    document_.save();
    status_ = tr_("status.saved");
  } catch (const std::exception& error) {
    status_ = std::string(tr_("error.save")) + ": " + error.what();
  }
}

void App::request_quit() {
  if (document_.modified()) {
    quit_requested_ = true;
  } else {
    quitting_ = true;
  }
}

void App::draw_quit_confirmation() {
  if (quit_requested_) {
    ImGui::OpenPopup("##quit");
    quit_requested_ = false;
  }
  if (!ImGui::BeginPopupModal("##quit", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextUnformatted(tr_("status.modified"));
  if (ImGui::Button(tr_("menu.save"))) {
    save();
    if (!document_.modified()) quitting_ = true;
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr_("menu.quit"))) {
    quitting_ = true;
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr_("menu.cancel")) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace blokjes::app
