#include "app.h"

#include <GLFW/glfw3.h>  // key codes only
#include <imgui.h>

#include <filesystem>
#include <utility>

#include "canvas_geometry.h"
#include "colours.h"
#include "compare_view.h"
#include "core/commands.h"
#include "core/terminal_text.h"
#include "core/workshop_file.h"
#include "core/workshop_merge.h"
#include "exporters/import_file.h"
#include "citizen_view.h"
#include "coverage_view.h"
#include "inventory_view.h"
#include "matrix_view.h"
#include "present_view.h"
#include "theme.h"
#include "view_canvas.h"
#include "votes_view.h"
#include "werkvoorraad_view.h"

// [SECTION] Construction and frame
// [SECTION] Views: the registry
// [SECTION] Menu and shortcuts
// [SECTION] Files: save, open, prompts
// [SECTION] Import
// [SECTION] The start screen: a file that could not be opened
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
      engine_session_(settings.engine, library_, selectielijst_),
      canvas_(document_, library_, tr_.language()),
      play_(document_, library_, tr_, selectielijst_, engine_session_, layout_),
      inspector_(document_, library_, tr_, selectielijst_, layout_),
      process_list_(document_, library_, tr_),
      export_dialog_(document_, library_, tr_, selectielijst_),
      validation_panel_(document_, library_, tr_, selectielijst_),
      file_dialog_(tr_),
      import_dialog_(tr_),
      recent_(settings.recent_files_path.empty() ? default_recent_files_path()
                                                 : settings.recent_files_path),
      recovery_(settings.recovery_directory.empty() ? default_recovery_directory()
                                                    : settings.recovery_directory),
      agenda_dialog_(document_, tr_, layout_),
      participants_dialog_(document_, tr_, layout_),
      parking_lot_dialog_(document_, session_, tr_, layout_),
      session_toolbar_(document_, session_, tr_, layout_, [this] { parking_lot_dialog_.open(); }) {
  process_id_ = first_process_id(document_.workshop());
  canvas_.set_session(&session_);  // Issue 12, canvasroom
  inspector_.set_note_selection(&canvas_.selected_notes());  // Issue 12, canvasroom
  for (const auto& entry : view_registry()) views_.push_back(entry.make(*this, entry.info));
  view_ = views_.front().get();
  present_ = std::make_unique<PresentView>(*this);
  add_actions();
  recovered_ = recovery_.find(document_.path());
  if (!document_.path().empty()) recent_.add(document_.path());
}

void App::show_process(const std::string& process_id) {
  process_id_ = process_id;
}

void App::set_play(bool on) {
  if (on == play_.active()) return;
  if (on) {
    show_view(find_view<CanvasWorkspaceView>()->id());
    play_.enter(process_id_);
  } else {
    play_.leave();
  }
  canvas_.set_play_mode(on);
}

bool App::show_view(std::string_view id) {
  for (const auto& view : views_) {
    if (view->id() != id) continue;
    view_ = view.get();
    select_view_tab_ = true;  // the tab bar follows on the next frame
    return true;
  }
  return false;
}

void App::focus_finding(const Diagnostic& finding) {
  if (document_.workshop().find_process(finding.process_id) == nullptr) return;
  process_id_ = finding.process_id;
  show_view(find_view<CanvasWorkspaceView>()->id());
  canvas_.focus(finding.process_id, finding.block_id, finding.flow_id);
}

void App::compare_pair(const std::string& a, const std::string& b) {
  CompareView* compare = find_view<CompareView>();
  compare->set_pair(a, b);
  show_view(compare->id());
}

void App::set_display_font(ImFont* font) {
  for (const auto& view : views_) view->set_display_font(font, ui_scale_);
  present_->set_display_font(font, ui_scale_);
}

// The file name is the user's (and the window manager shows it raw): escaped.
std::string App::window_title() const {
  if (start_problem_) return std::string(tr_("start.title")) + " - Blokjessessie";
  std::string name = document_.path().empty()
                         ? std::string(tr_("app.untitled"))
                         : std::filesystem::path(document_.path()).filename().string();
  return (document_.modified() ? "* " : "") + terminal_safe(name) + " - Blokjessessie";
}

bool App::draw_frame() {
  // Presenting: the high-contrast theme for this frame, no menu bar, no tabs,
  // no padding; the slide fills the window (present_view.h).
  const bool presenting = session_.presenting && !start_problem_;
  std::optional<PresentationTheme> theme;
  if (presenting) theme.emplace(ui_scale_);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
  if (presenting) ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
  ImGui::Begin("##main", nullptr,
               ImGuiWindowFlags_NoDecoration | (presenting ? 0 : ImGuiWindowFlags_MenuBar) |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleVar(presenting ? 2 : 1);
  if (!presenting) draw_menu_bar();
  shortcuts_.dispatch(ShortcutScope::window);

  if (start_problem_) {
    draw_start_screen();
  } else if (presenting) {
    present_->draw();
    // Esc came back from full screen only when F5 had gone there.
    if (!session_.presenting && fullscreen_by_present_ && fullscreen_) fullscreen_request_ = true;
    if (!session_.presenting) fullscreen_by_present_ = false;
  } else {
    draw_view_tabs();
    view_->draw();
  }

  draw_file_dialog();
  draw_import();
  agenda_dialog_.draw();
  participants_dialog_.draw();
  parking_lot_dialog_.draw();
  draw_unsaved_changes_prompt();
  draw_recovery_prompt();
  ImGui::End();
  // Its own window, above the main one, so the canvas stays visible beside it.
  if (const auto finding = export_dialog_.draw()) focus_finding(*finding);
  if (!presenting) running_order_dialog_.draw();
  update_recovery();
  return !quitting_;
}

void App::draw_view_tabs() {
  if (!ImGui::BeginTabBar("##views")) return;
  for (const auto& view : views_) {
    const bool select = select_view_tab_ && view.get() == view_;
    const bool open = ImGui::BeginTabItem(tr_(view->tab_key()), nullptr,
                                          select ? ImGuiTabItemFlags_SetSelected : 0);
    layout_.record_item("tab/" + std::string(view->id()));
    if (open) {
      if (!select_view_tab_) view_ = view.get();
      ImGui::EndTabItem();
    }
  }
  select_view_tab_ = false;
  ImGui::EndTabBar();
}

// -----------------------------------------------------------------------------
// [SECTION] Views: the registry
// -----------------------------------------------------------------------------

// Every view of the app, in tab order: its id (`--view`, layout_json), its
// tab's translation key, its Ctrl+key shortcut, and how it is made from the
// app's parts. Adding a view is one row here and its own files.
std::span<const App::ViewEntry> App::view_registry() {
  static const ViewEntry kRegistry[] = {
      {{"canvas", "view.canvas", GLFW_KEY_1},
       [](App& app, const ViewInfo& info) -> std::unique_ptr<View> {
         return std::make_unique<CanvasWorkspaceView>(
             info, CanvasWorkspaceView::Parts{
                       app.process_id_, app.canvas_, app.inspector_, app.process_list_,
                       app.validation_panel_, app.library_, app.tr_, app.layout_, app.shortcuts_,
                       [&app](const Diagnostic& finding) { app.focus_finding(finding); },
                       app.play_, app.session_toolbar_});
       }},
      {{"compare", "view.compare", GLFW_KEY_2},
       [](App& app, const ViewInfo& info) -> std::unique_ptr<View> {
         return std::make_unique<CompareView>(info, app.document_, app.library_, app.tr_,
                                              app.layout_);
       }},
      {{"matrix", "view.matrix", GLFW_KEY_3},
       [](App& app, const ViewInfo& info) -> std::unique_ptr<View> {
         auto view =
             std::make_unique<MatrixView>(info, app.document_, app.library_, app.tr_, app.layout_);
         view->on_open_pair(
             [&app](const std::string& a, const std::string& b) { app.compare_pair(a, b); });
         return view;
       }},
      {{"coverage", "view.coverage", GLFW_KEY_4},
       [](App& app, const ViewInfo& info) -> std::unique_ptr<View> {
         return std::make_unique<CoverageView>(info, app.document_, app.library_, app.tr_,
                                               app.layout_);
       }},
      {{"werkvoorraad", "view.werkvoorraad", GLFW_KEY_5},
       [](App& app, const ViewInfo& info) -> std::unique_ptr<View> {
         return std::make_unique<WerkvoorraadView>(info, app.engine_session_, app.document_,
                                                  app.tr_, app.layout_);
       }},
      {{"citizen", "view.citizen", GLFW_KEY_6},
       [](App& app, const ViewInfo& info) -> std::unique_ptr<View> {
         return std::make_unique<CitizenView>(
             info, CitizenView::Parts{app.document_, app.library_, app.tr_, app.layout_,
                                      app.process_id_, app.session_});
       }},
      {{"votes", "view.votes", GLFW_KEY_7},
       [](App& app, const ViewInfo& info) -> std::unique_ptr<View> {
         return std::make_unique<VotesView>(info, app.document_, app.library_, app.tr_,
                                            app.layout_);
       }},
      {{"inventory", "view.inventory", GLFW_KEY_8},
       [](App& app, const ViewInfo& info) -> std::unique_ptr<View> {
         return std::make_unique<InventoryView>(info, app.document_, app.tr_, app.layout_);
       }},
  };
  return kRegistry;
}

std::vector<std::string> App::view_ids() {
  std::vector<std::string> ids;
  for (const auto& entry : view_registry()) ids.emplace_back(entry.info.id);
  return ids;
}

// -----------------------------------------------------------------------------
// [SECTION] Menu and shortcuts
// -----------------------------------------------------------------------------

// The shortcut table: every command with a key, in menu order. The canvas's
// rows act on the canvas through its public methods, only while it has the focus.
void App::add_actions() {
  using enum Modifiers;
  constexpr auto window = ShortcutScope::window;
  constexpr auto canvas = ShortcutScope::canvas;
  const auto save_as = [this] { file_dialog_.open(FileDialog::Mode::save_as, document_.path()); };
  const auto any_block = [this] { return !canvas_.selection().blocks.empty(); };
  const auto redo = [this] { document_.redo(); };
  const Action rows[] = {
      {"file.open",
       "menu.open",
       {GLFW_KEY_O, ctrl},
       window,
       Menu::file,
       false,
       [this] { begin_open(); }},
      {"file.import",
       "menu.import",
       {GLFW_KEY_I, ctrl},
       window,
       Menu::file,
       false,
       [this] { begin_import(); }},
      {"file.save", "menu.save", {GLFW_KEY_S, ctrl}, window, Menu::file, false, [this] { save(); }},
      {"file.save_as",
       "menu.save_as",
       {GLFW_KEY_S, ctrl_shift},
       window,
       Menu::file,
       false,
       save_as},
      {"file.export",
       "menu.export",
       {GLFW_KEY_E, ctrl},
       window,
       Menu::file,
       false,
       [this] { open_export_dialog(); }},
      {"file.quit",
       "menu.quit",
       {GLFW_KEY_Q, ctrl},
       window,
       Menu::file,
       true,
       [this] { request_quit(); }},
      {"edit.undo",
       "menu.undo",
       {GLFW_KEY_Z, ctrl},
       window,
       Menu::edit,
       false,
       [this] { document_.undo(); },
       [this] { return document_.can_undo(); }},
      {"edit.redo",
       "menu.redo",
       {GLFW_KEY_Y, ctrl},
       window,
       Menu::edit,
       false,
       redo,
       [this] { return document_.can_redo(); }},
      {"edit.redo", nullptr, {GLFW_KEY_Z, ctrl_shift}, window, Menu::edit, false, redo},
      {"edit.cut",
       "menu.cut",
       {GLFW_KEY_X, ctrl},
       canvas,
       Menu::edit,
       true,
       [this] { canvas_.cut_selection(process_id_); },
       any_block},
      {"edit.copy",
       "menu.copy",
       {GLFW_KEY_C, ctrl},
       canvas,
       Menu::edit,
       false,
       [this] { canvas_.copy_selection(process_id_); },
       any_block},
      {"edit.paste",
       "menu.paste",
       {GLFW_KEY_V, ctrl},
       canvas,
       Menu::edit,
       false,
       [this] { canvas_.paste(process_id_); }},
      {"edit.duplicate",
       "menu.duplicate",
       {GLFW_KEY_D, ctrl},
       canvas,
       Menu::edit,
       false,
       [this] { canvas_.duplicate_selection(process_id_); },
       any_block},
      {"edit.delete",
       "menu.delete",
       {GLFW_KEY_DELETE, any, true},
       canvas,
       Menu::edit,
       false,
       [this] { canvas_.delete_selection(process_id_); },
       [this] { return !canvas_.selection().empty(); }},
      {"edit.delete",
       nullptr,
       {GLFW_KEY_BACKSPACE, any, true},
       canvas,
       Menu::edit,
       false,
       [this] { canvas_.delete_selection(process_id_); }},
      {"edit.select_all",
       "menu.select_all",
       {GLFW_KEY_A, ctrl},
       canvas,
       Menu::edit,
       false,
       [this] { canvas_.select_all(process_id_); }},
      {"edit.clear_selection",
       "menu.clear_selection",
       {GLFW_KEY_ESCAPE, any},
       canvas,
       Menu::edit,
       false,
       [this] { canvas_.clear_selection(); }},
  };
  for (const auto& row : rows) shortcuts_.add(row);
  // Each view: its tab's name in the View menu, and its Ctrl+number.
  for (const auto& view : views_) {
    View* shown = view.get();
    shortcuts_.add({"view." + std::string(shown->id()),
                    shown->tab_key(),
                    shown->shortcut(),
                    window,
                    Menu::view,
                    false,
                    [this, shown] { show_view(shown->id()); },
                    {},
                    [this, shown] { return view_ == shown; }});
  }
  shortcuts_.add(
      {"view.fit", "menu.fit", {GLFW_KEY_HOME, any, true}, canvas, Menu::view, true, [this] {
         canvas_.fit_on_next_frame();
       }});
  shortcuts_.add(
      {"view.layout", "menu.layout", {GLFW_KEY_L, none}, canvas, Menu::view, false, [this] {
         canvas_.auto_layout(process_id_);
       }});
  // Presentation mode and full screen. F5 goes full screen as a slide show
  // does (and Esc comes back); F11 toggles full screen in every mode.
  shortcuts_.add({"view.present",
                  "menu.present",
                  {GLFW_KEY_F5, none},
                  window,
                  Menu::view,
                  true,
                  [this] {
                    if (session_.presenting) {
                      present_->leave();
                      if (fullscreen_by_present_ && fullscreen_) fullscreen_request_ = true;
                      fullscreen_by_present_ = false;
                      return;
                    }
                    present_->enter();
                    if (!fullscreen_) {
                      fullscreen_request_ = true;
                      fullscreen_by_present_ = true;
                    }
                  },
                  [this] { return !start_problem_; },
                  [this] { return session_.presenting; }});
  shortcuts_.add({"view.fullscreen",
                  "menu.fullscreen",
                  {GLFW_KEY_F11, none},
                  window,
                  Menu::view,
                  false,
                  [this] {
                    fullscreen_request_ = true;
                    fullscreen_by_present_ = false;  // the user's own choice now
                  },
                  {},
                  [this] { return fullscreen_; }});
  // Speel mode: a zaak through the shown process, on the canvas (play_panel.h).
  shortcuts_.add({"view.play",
                  "menu.play",
                  {GLFW_KEY_F6, none},
                  window,
                  Menu::view,
                  true,
                  [this] { set_play(!play_.active()); },
                  {},
                  [this] { return play_.active(); }});
  // Issue 12, session: the round's countdown and the workshop's lists. The
  // clock is session state, so its rows never touch the document.
  shortcuts_.add({"workshop.timer",
                  "menu.timer",
                  {GLFW_KEY_T, ctrl},
                  window,
                  Menu::workshop,
                  false,
                  [this] { session_.timer.toggle(); },
                  {},
                  [this] { return session_.timer.running(); }});
  shortcuts_.add({"workshop.extend", "menu.extend", {GLFW_KEY_T, ctrl_shift}, window,
                  Menu::workshop, false, [this] { session_.timer.extend(); }});
  shortcuts_.add({"workshop.agenda", "menu.agenda", {GLFW_KEY_G, ctrl_shift}, window,
                  Menu::workshop, true, [this] { agenda_dialog_.open(); }});
  shortcuts_.add({"workshop.participants", "menu.participants", {GLFW_KEY_P, ctrl_shift}, window,
                  Menu::workshop, false, [this] { participants_dialog_.open(); }});
  shortcuts_.add({"workshop.parking_lot", "menu.parking_lot", {GLFW_KEY_K, ctrl_shift}, window,
                  Menu::workshop, false, [this] { parking_lot_dialog_.open(); }});
}

void App::draw_menu_bar() {
  if (!ImGui::BeginMenuBar()) return;
  if (ImGui::BeginMenu(tr_("menu.file"))) {
    shortcuts_.draw_menu(Menu::file, tr_);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr_("menu.edit"))) {
    shortcuts_.draw_menu(Menu::edit, tr_);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr_("menu.view"))) {
    shortcuts_.draw_menu(Menu::view, tr_);
    if (ImGui::MenuItem(tr_("menu.running_order"))) running_order_dialog_.open();
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
  if (ImGui::BeginMenu(tr_("menu.workshop"))) {
    shortcuts_.draw_menu(Menu::workshop, tr_);
    ImGui::EndMenu();
  }
  // Status messages quote file names and loader errors: one line, escaped, so
  // a \r or \n from a file cannot forge what the status line says.
  const std::string message =
      terminal_safe(canvas_.message().empty() ? status_ : canvas_.message());
  ImGui::TextDisabled("%s", document_.modified() ? tr_("status.modified") : message.c_str());
  ImGui::EndMenuBar();
}

bool App::take_fullscreen_request() {
  return std::exchange(fullscreen_request_, false);
}

std::optional<float> App::take_ui_scale_request() {
  auto request = ui_scale_request_;
  ui_scale_request_.reset();
  if (request) ui_scale_ = *request;
  return request;
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
    file_dialog_.show_error(terminal_safe(error.what()));
  }
}

void App::open_workshop(const std::string& path) {
  if (const auto error = try_open_workshop(path)) file_dialog_.show_error(*error);
}

std::optional<std::string> App::try_open_workshop(const std::string& path) {
  try {
    LoadedWorkshop loaded = load_workshop(path);
    recovery_.discard(document_.path());
    document_ = Document(std::move(loaded.workshop), path);
    recent_.add(path);
    recovered_ = recovery_.find(path);
    start_problem_.reset();
    reset_views();
    return std::nullopt;
  } catch (const LoadError& error) {
    if (start_problem_) start_problem_ = StartProblem{path, error.position(), error.message()};
    return terminal_safe(error.what());
  } catch (const std::filesystem::filesystem_error& error) {
    if (start_problem_) start_problem_ = StartProblem{path, {}, error.what()};
    return terminal_safe(error.what());
  }
}

void App::reset_views() {
  set_play(false);  // the zaak was of the other workshop's process
  process_id_ = first_process_id(document_.workshop());
  recovery_written_ = false;
  recovery_schedule_ = RecoverySchedule();
  canvas_.fit_on_next_frame();
  export_dialog_.reset();
  validation_panel_.reset();
}

// -----------------------------------------------------------------------------
// [SECTION] Import
// -----------------------------------------------------------------------------

void App::begin_import() {
  namespace fs = std::filesystem;
  const fs::path folder = fs::path(document_.path()).parent_path();
  import_dialog_.open(FileDialog::Mode::open, folder.empty() ? "" : folder.string() + "/",
                      {tr_("import.title"), ".bpmn"});
}

void App::import_processes(const std::string& path) {
  ImportResult result;
  try {
    // A BPMN model needs no Selectielijst; a Catalogi file does.
    const Selectielijst* selectielijst =
        import_kind_of(path) == ImportKind::catalogi ? selectielijst_.get() : nullptr;
    result = import_file(path, library_, selectielijst, selectielijst_.error());
  } catch (const LoadError& error) {
    import_dialog_.show_error(terminal_safe(error.what()));
    return;
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& error) {
    import_dialog_.show_error(terminal_safe(error.what()));
    return;
  }
  if (result.workshop.processes.empty()) {
    import_dialog_.show_error(std::string(tr_("import.nothing")) + ": " + terminal_safe(path));
    return;
  }
  auto merged = with_processes_of(document_.workshop(), result.workshop);
  document_.execute(make_replace_workshop(document_.workshop(), std::move(merged.workshop),
                                          tr_("import.title")));
  show_process(merged.added_process_ids.front());
  status_ = std::to_string(merged.added_process_ids.size()) + " " + tr_("import.added") + ": " +
            terminal_safe(std::filesystem::path(path).filename().string());
  import_outcome_ = ImportOutcome{path, std::move(merged.added_process_ids), std::move(result.warnings)};
  import_outcome_shown_ = true;
}

void App::draw_import() {
  if (const auto chosen = import_dialog_.draw(recent_)) import_processes(*chosen);
  if (!import_outcome_ || !import_outcome_shown_) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float font = ImGui::GetFontSize();
  ImGui::SetNextWindowPos({viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                           viewport->WorkPos.y + viewport->WorkSize.y * 0.5f},
                          ImGuiCond_Appearing, {0.5f, 0.5f});
  ImGui::SetNextWindowSize({font * 40, font * 18}, ImGuiCond_Appearing);
  const std::string title = std::string(tr_("import.title")) + "###import-outcome";
  if (ImGui::Begin(title.c_str(), &import_outcome_shown_, ImGuiWindowFlags_NoCollapse)) {
    const auto& outcome = *import_outcome_;
    ImGui::TextWrapped("%s", terminal_safe(outcome.file).c_str());
    ImGui::Text("%zu %s:", outcome.added.size(), tr_("import.added"));
    for (const auto& id : outcome.added) {
      const auto* process = document_.workshop().find_process(id);
      ImGui::BulletText("%s", terminal_safe(process != nullptr ? process->name : id).c_str());
    }
    if (!outcome.warnings.empty()) {
      ImGui::Separator();
      ImGui::TextColored(kWarningTextColour, "%zu %s", outcome.warnings.size(),
                         tr_("import.warnings"));
      ImGui::BeginChild("##import-warnings", {0, -ImGui::GetFrameHeightWithSpacing()});
      for (const auto& warning : outcome.warnings) {
        ImGui::TextWrapped("%s", terminal_safe(warning).c_str());
      }
      ImGui::EndChild();
    }
    if (ImGui::Button(tr_("export.close"))) import_outcome_shown_ = false;
  }
  ImGui::End();
}

// -----------------------------------------------------------------------------
// [SECTION] The start screen: a file that could not be opened
// -----------------------------------------------------------------------------

namespace {

std::string replace_all(std::string text, std::string_view name, const std::string& value) {
  for (auto at = text.find(name); at != std::string::npos; at = text.find(name, at + value.size())) {
    text.replace(at, name.size(), value);
  }
  return text;
}

}  // namespace

std::optional<LoadedWorkshop> load_start_workshop(const std::string& path,
                                                  std::optional<App::StartProblem>& problem) {
  try {
    return load_workshop(path);
  } catch (const LoadError& error) {
    problem = App::StartProblem{path, error.position(), error.message()};
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& error) {
    // A loader error that is not (yet) a LoadError still names the file here.
    problem = App::StartProblem{path, {}, error.what()};
  }
  return std::nullopt;
}

void App::show_start_problem(StartProblem problem) {
  start_problem_ = std::move(problem);
}

void App::open_demo_from_start_screen() {
  start_problem_.reset();
  status_.clear();
  reset_views();
}

void App::open_from_start_screen(const std::string& path) {
  // A failure replaces the problem shown (try_open_workshop), so the screen
  // always names the file last tried.
  try_open_workshop(path);
}

// Drawn in the main window in place of the views. Plain words first (the
// facilitator double-clicked a file), the loader's own message below them;
// every string from the file or the file system is escaped (terminal_text.h).
void App::draw_start_screen() {
  const StartProblem problem = *start_problem_;  // a button below may replace it
  const float font = ImGui::GetFontSize();
  ImGui::Dummy({0, font});
  ImGui::Indent(font);
  ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x - font);
  ImGui::TextUnformatted(tr_("start.title"));
  ImGui::Separator();
  ImGui::Spacing();
  const std::string file = terminal_safe(problem.file);
  ImGui::TextWrapped("%s", replace_all(tr_("start.cannot_open"), "{file}", file).c_str());
  std::string detail = terminal_safe(problem.message);
  if (problem.position.line > 0) {
    std::string where = replace_all(tr_("start.where"), "{line}",
                                    std::to_string(problem.position.line));
    where = replace_all(where, "{column}", std::to_string(problem.position.column));
    detail = where + ": " + detail;
  }
  ImGui::Indent(font);
  ImGui::TextWrapped("%s", detail.c_str());
  ImGui::Unindent(font);
  layout_.record_item("start/message");
  ImGui::Spacing();
  ImGui::TextWrapped("%s", tr_("start.unchanged"));
  ImGui::Spacing();
  // Return opens the demo too, unless a dialog (the file dialog) has the keys.
  const bool enter = ImGui::IsKeyPressed(GLFW_KEY_ENTER) &&
                     !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
  const bool demo = ImGui::Button(tr_("start.open_demo"));
  layout_.record_item("start/demo");
  ImGui::SameLine();
  if (ImGui::Button(tr_("start.open_other"))) begin_open();
  layout_.record_item("start/open");
  ImGui::Spacing();
  ImGui::TextUnformatted(tr_("start.recent"));
  if (recent_.paths().empty()) ImGui::TextDisabled("%s", tr_("start.no_recent"));
  const std::vector<std::string> recent = recent_.paths();  // opening one reorders the list
  for (std::size_t i = 0; i < recent.size() && i < 10; ++i) {
    ImGui::PushID(static_cast<int>(i));
    // ImGui ends a label's text at "##": one inside a path is shown escaped.
    const std::string label = replace_all(terminal_safe(recent[i]), "##", "#\\x23") + "###recent";
    if (ImGui::Button(label.c_str())) open_from_start_screen(recent[i]);
    layout_.record_item("start/recent/" + std::to_string(i));
    ImGui::PopID();
  }
  ImGui::PopTextWrapPos();
  ImGui::Unindent(font);
  if ((demo || enter) && start_problem_) open_demo_from_start_screen();
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
  return layout_.rect("palette/" + kind + "/" + variant);
}

// The shape the GUI tests read (tests/gui/guitest.py): keep its keys.
nlohmann::json App::layout_json() const {
  const auto rect = [](ScreenPoint min, ScreenPoint max) {
    return nlohmann::json::array({min.x, min.y, max.x, max.y});
  };
  nlohmann::json palette = nlohmann::json::object();
  nlohmann::json hidden = nlohmann::json::array();
  for (const auto& [key, item] : layout_.rects_under("palette/")) {
    palette[key] = rect(item.min, item.max);
    if (!item.visible) hidden.push_back(key);
  }
  // Blocks are where the model and the canvas's view put them, drawn or not,
  // with the pixel height of their kind name as drawn (the legibility checks).
  nlohmann::json blocks = nlohmann::json::object();
  const CanvasPanel& canvas = canvas_;
  if (const Process* process = document_.workshop().find_process(process_id_)) {
    for (const auto& block : process->blocks) {
      const CanvasRect area = block_rect(block);
      blocks[block.id] = {
          {"rect", rect(canvas.view().to_screen(area.min), canvas.view().to_screen(area.max))},
          {"text_px", canvas.title_text_px()}};
    }
  }
  nlohmann::json inspector = nlohmann::json::object();
  for (const auto& [key, field] : layout_.rects_under("inspector/")) {
    if (field.visible) inspector[key] = rect(field.min, field.max);
  }
  const ItemRect canvas_rect = layout_.rect("canvas").value_or(ItemRect{});
  // The start screen's buttons while it is shown, else null.
  nlohmann::json start = nullptr;
  if (start_problem_) {
    start = nlohmann::json::object();
    start["file"] = terminal_safe(start_problem_->file);  // valid UTF-8 whatever the path
    for (const auto& [key, item] : layout_.rects_under("start/")) {
      start[key] = rect(item.min, item.max);
    }
  }
  // Presentation mode: the slide (1-based) and its texts with their height.
  const nlohmann::json slide =
      session_.presenting ? nlohmann::json(present_->slide() + 1) : nlohmann::json(nullptr);
  return {{"process", process_id_},
          {"presenting", session_.presenting},
          {"slide", slide},
          {"present", session_.presenting ? present_->layout_json() : nlohmann::json(nullptr)},
          {"votes", layout_.value("votes")},
          {"fullscreen", fullscreen_},
          {"start", start},
          {"title", terminal_safe(window_title())},
          {"view", view()},
          {"compare", layout_.value("compare")},
          {"matrix", layout_.value("matrix")},
          {"coverage", layout_.value("coverage")},
          {"generic_model", layout_.value("generic_model")},
          {"compare_slide", layout_.value("compare_slide")},
          {"play", layout_.value("play")},
          {"werkvoorraad", layout_.value("werkvoorraad")},
          {"inventory", layout_.value("inventory")},
          {"citizen", layout_.value("citizen")},
          {"inspector", inspector},
          {"canvas", rect(canvas_rect.min, canvas_rect.max)},
          {"zoom", canvas.view().zoom()},
          {"palette", palette},
          {"palette_hidden", hidden},
          {"blocks", blocks}};
}

}  // namespace blokjes::app
