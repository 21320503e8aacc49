#include "app.h"

#include <GLFW/glfw3.h>  // key codes only
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <tuple>

#include "canvas_geometry.h"
#include "colours.h"
#include "core/workshop_file.h"

// [SECTION] Construction and frame
// [SECTION] Menu and shortcuts
// [SECTION] Palette
// [SECTION] Files: save, open, prompts
// [SECTION] Crash recovery
// [SECTION] Layout for tests

namespace blokjes::app {
namespace {

std::string first_process_id(const Workshop& workshop) {
  return workshop.processes.empty() ? std::string() : workshop.processes.front().id;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Construction and frame
// -----------------------------------------------------------------------------

App::App(Document document, BlockLibrary library, Translations translations,
         const AppSettings& settings)
    : document_(std::move(document)),
      library_(std::move(library)),
      tr_(std::move(translations)),
      selectielijst_(settings.selectielijst_path),
      canvas_(document_, library_, tr_.language()),
      compare_view_(document_, library_, tr_),
      matrix_view_(document_, library_, tr_),
      coverage_view_(document_, library_, tr_),
      inspector_(document_, library_, tr_),
      process_list_(document_, library_, tr_),
      export_dialog_(document_, library_, tr_, selectielijst_),
      validation_panel_(document_, library_, tr_, selectielijst_),
      file_dialog_(tr_),
      recent_(settings.recent_files_path.empty() ? default_recent_files_path()
                                                 : settings.recent_files_path),
      recovery_(settings.recovery_directory.empty() ? default_recovery_directory()
                                                    : settings.recovery_directory) {
  process_id_ = first_process_id(document_.workshop());
  matrix_view_.on_open_pair(
      [this](const std::string& a, const std::string& b) { compare_pair(a, b); });
  recovered_ = recovery_.find(document_.path());
  if (!document_.path().empty()) recent_.add(document_.path());
}

void App::show_process(const std::string& process_id) {
  process_id_ = process_id;
}

void App::focus_finding(const Diagnostic& finding) {
  if (document_.workshop().find_process(finding.process_id) == nullptr) return;
  process_id_ = finding.process_id;
  show_view(AppView::canvas);
  canvas_.focus(finding.process_id, finding.block_id, finding.flow_id);
}

void App::compare_pair(const std::string& a, const std::string& b) {
  compare_view_.set_pair(a, b);
  view_ = AppView::compare;
  select_view_tab_ = true;
}

void App::set_display_font(ImFont* font) {
  canvas_.set_canvas_font(font);
  compare_view_.set_font(font);
  matrix_view_.set_font(font);
  coverage_view_.set_font(font);
  compare_view_.set_scale(ui_scale_);
  matrix_view_.set_scale(ui_scale_);
  coverage_view_.set_scale(ui_scale_);
}

std::string App::window_title() const {
  std::string name = document_.path().empty()
                         ? std::string(tr_("app.untitled"))
                         : std::filesystem::path(document_.path()).filename().string();
  return (document_.modified() ? "* " : "") + name + " - Blokjessessie";
}

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

  draw_view_tabs();
  switch (view_) {
    case AppView::canvas:
      draw_canvas_view();
      break;
    case AppView::compare:
      compare_view_.draw();
      break;
    case AppView::matrix:
      matrix_view_.draw();
      break;
    case AppView::coverage:
      coverage_view_.draw();
      break;
  }

  draw_file_dialog();
  draw_unsaved_changes_prompt();
  draw_recovery_prompt();
  ImGui::End();
  // Its own window, above the main one, so the canvas stays visible beside it.
  if (const auto finding = export_dialog_.draw()) focus_finding(*finding);
  update_recovery();
  return !quitting_;
}

void App::draw_view_tabs() {
  if (!ImGui::BeginTabBar("##views")) return;
  for (const auto& [view, key] :
       {std::pair{AppView::canvas, "view.canvas"}, std::pair{AppView::compare, "view.compare"},
        std::pair{AppView::matrix, "view.matrix"}, std::pair{AppView::coverage, "view.coverage"}}) {
    const bool select = select_view_tab_ && view == view_;
    if (ImGui::BeginTabItem(tr_(key), nullptr, select ? ImGuiTabItemFlags_SetSelected : 0)) {
      if (!select_view_tab_) view_ = view;
      ImGui::EndTabItem();
    }
  }
  select_view_tab_ = false;
  ImGui::EndTabBar();
}

void App::draw_canvas_view() {
  // Side panels grow with the UI scale but always leave most of the width to the canvas.
  const float window_width = ImGui::GetContentRegionAvail().x;
  const float side_width = std::min(ImGui::GetFontSize() * 16, window_width * 0.2f);
  ImGui::BeginChild("##left", {side_width, 0}, true);
  process_list_.draw(process_id_);
  ImGui::Separator();
  draw_palette();
  ImGui::EndChild();
  ImGui::SameLine();
  const float inspector_width = std::min(ImGui::GetFontSize() * 22, window_width * 0.28f);
  draw_canvas_and_validation(ImGui::GetContentRegionAvail().x - inspector_width);
  ImGui::SameLine();
  ImGui::BeginChild("##inspector", {0, 0}, true);
  const auto& selected = canvas_.selection().blocks;
  const auto& flows = canvas_.selection().flows;
  inspector_.draw(process_id_, selected.size() == 1 ? *selected.begin() : std::string(),
                  selected.empty() && flows.size() == 1 ? *flows.begin() : std::string());
  ImGui::EndChild();
}

// The canvas above, the validation section below it, in one column.
void App::draw_canvas_and_validation(float width) {
  const float height = ImGui::GetContentRegionAvail().y;
  const float validation_height = validation_panel_.height(height);
  ImGui::BeginGroup();
  ImGui::BeginChild("##canvas",
                    {width, height - validation_height - ImGui::GetStyle().ItemSpacing.y}, true,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  canvas_.draw(process_id_);
  ImGui::EndChild();
  ImGui::BeginChild("##validation", {width, validation_height}, true, ImGuiWindowFlags_NoScrollbar);
  const auto finding = validation_panel_.draw(process_id_);
  ImGui::EndChild();
  ImGui::EndGroup();
  if (finding) focus_finding(*finding);
}

// -----------------------------------------------------------------------------
// [SECTION] Menu and shortcuts
// -----------------------------------------------------------------------------

void App::handle_shortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyCtrl || io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
    return;
  }
  if (ImGui::IsKeyPressed(GLFW_KEY_S, false)) {
    if (io.KeyShift) {
      file_dialog_.open(FileDialog::Mode::save_as, document_.path());
    } else {
      save();
    }
  }
  if (ImGui::IsKeyPressed(GLFW_KEY_O, false)) begin_open();
  if (ImGui::IsKeyPressed(GLFW_KEY_E, false)) open_export_dialog();
  if (ImGui::IsKeyPressed(GLFW_KEY_Z, false)) io.KeyShift ? document_.redo() : document_.undo();
  if (ImGui::IsKeyPressed(GLFW_KEY_Y, false)) document_.redo();
  if (ImGui::IsKeyPressed(GLFW_KEY_Q, false)) request_quit();
  for (int index = 0; index < 4; ++index) {
    if (ImGui::IsKeyPressed(GLFW_KEY_1 + index, false)) {
      view_ = static_cast<AppView>(index);
      select_view_tab_ = true;
    }
  }
}

void App::draw_menu_bar() {
  if (!ImGui::BeginMenuBar()) return;
  if (ImGui::BeginMenu(tr_("menu.file"))) {
    if (ImGui::MenuItem(tr_("menu.open"), "Ctrl+O")) begin_open();
    if (ImGui::MenuItem(tr_("menu.save"), "Ctrl+S")) save();
    if (ImGui::MenuItem(tr_("menu.save_as"), "Ctrl+Shift+S")) {
      file_dialog_.open(FileDialog::Mode::save_as, document_.path());
    }
    if (ImGui::MenuItem(tr_("menu.export"), "Ctrl+E")) open_export_dialog();
    ImGui::Separator();
    if (ImGui::MenuItem(tr_("menu.quit"), "Ctrl+Q")) request_quit();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr_("menu.edit"))) {
    if (ImGui::MenuItem(tr_("menu.undo"), "Ctrl+Z", false, document_.can_undo())) document_.undo();
    if (ImGui::MenuItem(tr_("menu.redo"), "Ctrl+Y", false, document_.can_redo())) document_.redo();
    ImGui::Separator();
    const bool any = !canvas_.selection().blocks.empty();
    if (ImGui::MenuItem(tr_("menu.cut"), "Ctrl+X", false, any)) canvas_.cut_selection(process_id_);
    if (ImGui::MenuItem(tr_("menu.copy"), "Ctrl+C", false, any))
      canvas_.copy_selection(process_id_);
    if (ImGui::MenuItem(tr_("menu.paste"), "Ctrl+V")) canvas_.paste(process_id_);
    if (ImGui::MenuItem(tr_("menu.duplicate"), "Ctrl+D", false, any)) {
      canvas_.duplicate_selection(process_id_);
    }
    if (ImGui::MenuItem(tr_("menu.delete"), "Del", false, !canvas_.selection().empty())) {
      canvas_.delete_selection(process_id_);
    }
    if (ImGui::MenuItem(tr_("menu.select_all"), "Ctrl+A")) canvas_.select_all(process_id_);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr_("menu.view"))) {
    for (const auto& [view, key, shortcut] :
         {std::tuple{AppView::canvas, "view.canvas", "Ctrl+1"},
          std::tuple{AppView::compare, "view.compare", "Ctrl+2"},
          std::tuple{AppView::matrix, "view.matrix", "Ctrl+3"},
          std::tuple{AppView::coverage, "view.coverage", "Ctrl+4"}}) {
      if (ImGui::MenuItem(tr_(key), shortcut, view_ == view)) {
        view_ = view;
        select_view_tab_ = true;
      }
    }
    ImGui::Separator();
    if (ImGui::MenuItem(tr_("menu.fit"), "Home")) canvas_.fit_on_next_frame();
    if (ImGui::MenuItem(tr_("menu.layout"), "L")) canvas_.auto_layout(process_id_);
    if (ImGui::BeginMenu(tr_("menu.ui_scale"))) {
      for (const int percent : {100, 125, 150, 200, 250, 300}) {
        const std::string label = std::to_string(percent) + "%";
        if (ImGui::MenuItem(label.c_str(), nullptr,
                            static_cast<int>(ui_scale_ * 100 + 0.5f) == percent)) {
          ui_scale_request_ = percent / 100.0f;
        }
      }
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr_("menu.language"))) {
      for (const auto& [language, name] :
           {std::pair{Language::dutch, "Nederlands"}, std::pair{Language::english, "English"}}) {
        if (ImGui::MenuItem(name, nullptr, tr_.language() == language)) {
          tr_.set_language(language);
          canvas_.set_language(language);
        }
      }
      ImGui::EndMenu();
    }
    ImGui::EndMenu();
  }
  const std::string& message = canvas_.message().empty() ? status_ : canvas_.message();
  ImGui::TextDisabled("%s", document_.modified() ? tr_("status.modified") : message.c_str());
  ImGui::EndMenuBar();
}

std::optional<float> App::take_ui_scale_request() {
  auto request = ui_scale_request_;
  ui_scale_request_.reset();
  if (request) ui_scale_ = *request;
  return request;
}

// -----------------------------------------------------------------------------
// [SECTION] Palette
// -----------------------------------------------------------------------------

void App::draw_palette() {
  ImGui::TextUnformatted(tr_("panel.palette"));
  const Language language = tr_.language();
  for (const auto& kind : library_.kinds()) {
    for (const auto& variant : kind.variants) {
      ImGui::PushID((kind.id + "/" + variant.id).c_str());
      ImGui::PushStyleColor(ImGuiCol_Button, colour_from_hex(kind.colour));
      ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
      ImGui::Button(variant.name.in(language).c_str(), {-1, 0});
      ImGui::PopStyleColor(2);
      palette_items_[kind.id + "/" + variant.id] = {
          {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y},
          {ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y},
          ImGui::IsItemVisible()};
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

// -----------------------------------------------------------------------------
// [SECTION] Files: save, open, prompts
// -----------------------------------------------------------------------------

void App::save() {
  if (document_.path().empty()) {
    file_dialog_.open(FileDialog::Mode::save_as, "");
    return;
  }
  try {
    document_.save();
    status_ = tr_("status.saved");
  } catch (const std::exception& error) {
    status_ = std::string(tr_("error.save")) + ": " + error.what();
  }
}

void App::begin_open() {
  pending_ = PendingAction::open;
  if (document_.modified()) {
    unsaved_prompt_requested_ = true;
  } else {
    continue_pending_action();
  }
}

void App::request_quit() {
  pending_ = PendingAction::quit;
  if (document_.modified()) {
    unsaved_prompt_requested_ = true;
  } else {
    continue_pending_action();
  }
}

void App::continue_pending_action() {
  const PendingAction action = pending_;
  pending_ = PendingAction::none;
  if (action == PendingAction::open) {
    file_dialog_.open(FileDialog::Mode::open, "");
  } else if (action == PendingAction::quit) {
    // Leaving with unsaved work is the user's explicit choice here.
    recovery_.discard(document_.path());
    quitting_ = true;
  }
}

void App::draw_unsaved_changes_prompt() {
  constexpr const char* kPopup = "##unsaved";
  if (unsaved_prompt_requested_) {
    ImGui::OpenPopup(kPopup);
    unsaved_prompt_requested_ = false;
  }
  if (!ImGui::BeginPopupModal(kPopup, nullptr,
                              ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    return;
  }
  ImGui::TextUnformatted(tr_("prompt.unsaved"));
  if (ImGui::Button(tr_("menu.save"))) {
    save();
    ImGui::CloseCurrentPopup();
    if (!document_.modified()) continue_pending_action();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr_("prompt.discard"))) {
    ImGui::CloseCurrentPopup();
    continue_pending_action();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr_("menu.cancel")) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) {
    pending_ = PendingAction::none;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void App::draw_file_dialog() {
  const auto chosen = file_dialog_.draw(recent_);
  if (!chosen) return;
  if (file_dialog_.mode() == FileDialog::Mode::open) {
    open_workshop(*chosen);
    return;
  }
  const std::string old_path = document_.path();
  try {
    document_.save_as(*chosen);
    recovery_.discard(old_path);
    recent_.add(*chosen);
    status_ = tr_("status.saved");
  } catch (const std::exception& error) {
    file_dialog_.show_error(error.what());
  }
}

void App::open_workshop(const std::string& path) {
  try {
    LoadedWorkshop loaded = load_workshop(path);
    recovery_.discard(document_.path());
    document_ = Document(std::move(loaded.workshop), path);
    recent_.add(path);
    recovered_ = recovery_.find(path);
    reset_views();
  } catch (const LoadError& error) {
    file_dialog_.show_error(error.what());
  }
}

void App::reset_views() {
  process_id_ = first_process_id(document_.workshop());
  recovery_written_ = false;
  recovery_schedule_ = RecoverySchedule();
  canvas_.fit_on_next_frame();
  export_dialog_.reset();
  validation_panel_.reset();
}

// -----------------------------------------------------------------------------
// [SECTION] Crash recovery
// -----------------------------------------------------------------------------

void App::update_recovery() {
  if (recovered_) return;  // the restore prompt decides first
  if (!document_.modified()) {
    if (recovery_written_) recovery_.discard(document_.path());
    recovery_written_ = false;
    return;
  }
  if (!recovery_schedule_.should_write(document_.revision(), RecoverySchedule::Clock::now())) {
    return;
  }
  try {
    recovery_.write(document_.workshop(), document_.path());
    recovery_written_ = true;
  } catch (const std::exception& error) {
    status_ = std::string(tr_("error.recovery")) + ": " + error.what();
  }
  recovery_schedule_.written(document_.revision());
}

void App::draw_recovery_prompt() {
  constexpr const char* kPopup = "##recovery";
  if (recovered_ && !ImGui::IsPopupOpen(kPopup)) ImGui::OpenPopup(kPopup);
  if (!ImGui::BeginPopupModal(kPopup, nullptr,
                              ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    return;
  }
  ImGui::TextUnformatted(tr_("prompt.recovery"));
  ImGui::TextDisabled("%s", recovered_ ? recovered_->recovery_file.c_str() : "");
  const bool restore = ImGui::Button(tr_("prompt.restore")) || ImGui::IsKeyPressed(GLFW_KEY_ENTER);
  ImGui::SameLine();
  const bool discard = ImGui::Button(tr_("prompt.discard"));
  if (recovered_ && restore) {
    document_.execute(
        make_replace_workshop(document_.workshop(), recovered_->workshop, tr_("prompt.restore")));
    if (!document_.workshop().find_process(process_id_)) reset_views();
    recovered_.reset();
    recovery_written_ = true;  // the file is this session's now: a save removes it
    ImGui::CloseCurrentPopup();
  } else if (recovered_ && discard) {
    recovery_.discard(document_.path());
    recovered_.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

// -----------------------------------------------------------------------------
// [SECTION] Layout for tests
// -----------------------------------------------------------------------------

std::optional<App::ItemRect> App::palette_item(const std::string& kind,
                                               const std::string& variant) const {
  const auto found = palette_items_.find(kind + "/" + variant);
  if (found == palette_items_.end()) return std::nullopt;
  return found->second;
}

nlohmann::json App::layout_json() const {
  const auto rect = [](ScreenPoint min, ScreenPoint max) {
    return nlohmann::json::array({min.x, min.y, max.x, max.y});
  };
  nlohmann::json palette = nlohmann::json::object();
  nlohmann::json hidden = nlohmann::json::array();
  for (const auto& [key, item] : palette_items_) {
    palette[key] = rect(item.min, item.max);
    if (!item.visible) hidden.push_back(key);
  }
  nlohmann::json blocks = nlohmann::json::object();
  const CanvasPanel& canvas = canvas_;
  if (const Process* process = document_.workshop().find_process(process_id_)) {
    for (const auto& block : process->blocks) {
      const CanvasRect area = block_rect(block);
      blocks[block.id] = rect(canvas.view().to_screen(area.min), canvas.view().to_screen(area.max));
    }
  }
  nlohmann::json inspector = nlohmann::json::object();
  for (const auto& [key, field] : inspector_.field_rects()) {
    if (field.visible) inspector[key] = rect(field.min, field.max);
  }
  const auto& grid = matrix_view_.grid();
  const nlohmann::json matrix = {
      {"origin", {grid.origin.x, grid.origin.y}}, {"cell", grid.cell}, {"order", grid.order}};
  static constexpr const char* kViewNames[] = {"canvas", "compare", "matrix", "coverage"};
  return {{"process", process_id_},
          {"view", kViewNames[static_cast<int>(view_)]},
          {"compare", {compare_view_.a(), compare_view_.b()}},
          {"matrix", matrix},
          {"inspector", inspector},
          {"canvas", rect(canvas_.screen_min(), canvas_.screen_max())},
          {"zoom", canvas.view().zoom()},
          {"palette", palette},
          {"palette_hidden", hidden},
          {"blocks", blocks}};
}

}  // namespace blokjes::app
