#pragma once
// The Blokjessessie window's contents: menu, process list, palette, canvas
// and inspector over one Document, plus the files around it (open, save,
// recent files, crash recovery). Views only; rules live in src/core.

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "agenda_dialog.h"
#include "canvas_panel.h"
#include "core/block_library.h"
#include "core/document.h"
#include "core/load_error.h"
#include "core/recovery.h"
#include "core/workshop_file.h"
#include "engine_session.h"
#include "export_dialog.h"
#include "file_dialog.h"
#include "inspector_panel.h"
#include "layout_recorder.h"
#include "parking_lot_dialog.h"
#include "participants_dialog.h"
#include "play_panel.h"
#include "present_view.h"
#include "process_list_panel.h"
#include "recent_files.h"
#include "running_order_dialog.h"
#include "session_state.h"
#include "session_toolbar.h"
#include "shortcuts.h"
#include "translations.h"
#include "validation_cache.h"
#include "validation_panel.h"
#include "view.h"

namespace blokjes::app {

struct AppSettings {
  std::string recovery_directory;       // empty: default_recovery_directory()
  std::string recent_files_path;        // empty: default_recent_files_path()
  std::string selectielijst_path = {};  // empty: default_selectielijst_path()
  EngineSessionSettings engine = {};    // the zaken database: --engine-db, else the demo
};

class App {
 public:
  App(Document document, BlockLibrary library, Translations translations,
      const AppSettings& settings = {});

  // One frame of UI; returns false once the user has chosen to quit.
  bool draw_frame();
  void request_quit();
  void show_process(const std::string& process_id);

  // The view registry (app.cpp, "Views"): one row per view, in tab order.
  struct ViewEntry {
    ViewInfo info;
    std::unique_ptr<View> (*make)(App& app, const ViewInfo& info);
  };
  static std::span<const ViewEntry> view_registry();
  // The views' ids in tab order, for `--view NAME`.
  static std::vector<std::string> view_ids();
  // Shows the view with this id; false when there is none.
  bool show_view(std::string_view id);
  // The shown view's id ("canvas", "compare", ...).
  std::string view() const { return std::string(view_->id()); }
  const std::vector<std::unique_ptr<View>>& views() const { return views_; }
  // The view of type T, or null.
  template <typename T>
  T* find_view() const {
    for (const auto& view : views_) {
      if (auto* found = dynamic_cast<T*>(view.get())) return found;
    }
    return nullptr;
  }
  void compare_pair(const std::string& a, const std::string& b);
  // File > Importeren... (Ctrl+I): a BPMN model or a Catalogi ZIP/zgw-json
  // file's processes added to this workshop, as one undoable step; its
  // warnings (what the workshop cannot hold) shown in a window.
  void begin_import();
  void import_processes(const std::string& path);
  struct ImportOutcome {
    std::string file;
    std::vector<std::string> added;  // process ids, as added
    std::vector<std::string> warnings;
  };
  const std::optional<ImportOutcome>& import_outcome() const { return import_outcome_; }
  FileDialog& import_dialog() { return import_dialog_; }
  // File > Exporteren... (Ctrl+E), with the shown process ticked.
  void open_export_dialog() { export_dialog_.open(process_id_); }
  ExportDialog& export_dialog() { return export_dialog_; }
  ValidationPanel& validation_panel() { return validation_panel_; }
  // Shows what a finding is about: its process on the canvas, its block (or
  // flow) selected, or with neither the process, so the inspector shows its zaaktype.
  void focus_finding(const Diagnostic& finding);
  // The larger font for canvas and big-screen text, after a font rebuild.
  void set_display_font(ImFont* font);
  const Document& document() const { return document_; }
  CanvasPanel& canvas() { return canvas_; }
  // Speel mode on the shown process (on: the canvas view, a new zaak), or back to editing.
  void set_play(bool on);
  PlayPanel& play() { return play_; }
  EngineSession& engine_session() { return engine_session_; }
  std::string window_title() const;
  const std::string& shown_process() const { return process_id_; }
  bool offers_recovery() const { return recovered_.has_value(); }

  // The start screen: why the file the app was started on could not be opened
  // (main.cpp catches the LoadError). The window then shows the problem, in the
  // UI's language, instead of the views, with the demo, the recent files and
  // the open dialog to choose from. The document behind it is the demo,
  // untitled, so nothing can be saved over the bad file unless the user picks it.
  struct StartProblem {
    std::string file;
    SourcePosition position;  // line 0: no place in the file
    std::string message;      // the loader's words (English)
  };
  void show_start_problem(StartProblem problem);
  bool shows_start_problem() const { return start_problem_.has_value(); }
  // The start screen's "Demo openen": its demo, already loaded, is shown.
  void open_demo_from_start_screen();
  // The start screen's recent file / "Ander bestand openen...".
  void open_from_start_screen(const std::string& path);

  // The UI scale the user picked in the View menu, once (the platform
  // rebuilds the fonts between frames).
  std::optional<float> take_ui_scale_request();
  void set_ui_scale(float scale) { ui_scale_ = scale; }

  // What the room is doing now (session_state.h): colouring, the current
  // participant and round, voting, replay, the timer, presenting.
  SessionState& session() { return session_; }
  const SessionState& session() const { return session_; }
  // The room's toolbar above the canvas and the Workshop menu's dialogs
  // (agenda, participants, parking lot), each editing a copy of its list.
  SessionToolbar& session_toolbar() { return session_toolbar_; }
  AgendaDialog& agenda_dialog() { return agenda_dialog_; }
  ParticipantsDialog& participants_dialog() { return participants_dialog_; }
  ParkingLotDialog& parking_lot_dialog() { return parking_lot_dialog_; }

  // Presentation mode (F5, present_view.h) and full screen (F11): the app
  // asks, the platform window toggles between frames and says what it is.
  PresentView& present() { return *present_; }
  RunningOrderDialog& running_order_dialog() { return running_order_dialog_; }
  bool take_fullscreen_request();
  void set_fullscreen(bool on) { fullscreen_ = on; }
  bool fullscreen() const { return fullscreen_; }
  const Translations& translations() const { return tr_; }

  // The commands and their shortcuts: the menus and the keys read this table.
  const ShortcutTable& shortcuts() const { return shortcuts_; }

  // Where things are on screen, for GUI tests and guided tours: the views
  // record it while they draw (layout_recorder.h).
  using ItemRect = LayoutRecorder::Rect;
  const LayoutRecorder& layout() const { return layout_; }
  std::optional<ItemRect> palette_item(const std::string& kind, const std::string& variant) const;
  nlohmann::json layout_json() const;

 private:
  enum class PendingAction { none, open, quit };

  void add_actions();
  void draw_menu_bar();
  void draw_view_tabs();
  void draw_unsaved_changes_prompt();
  void draw_recovery_prompt();
  void draw_file_dialog();
  void draw_import();
  void update_recovery();
  void save();
  void begin_open();
  void continue_pending_action();
  void open_workshop(const std::string& path);
  // The LoadError's text, or nothing when the workshop was opened.
  std::optional<std::string> try_open_workshop(const std::string& path);
  void draw_start_screen();
  void reset_views();

  Document document_;
  BlockLibrary library_;
  Translations tr_;
  SelectielijstSource selectielijst_;
  LayoutRecorder layout_;
  EngineSession engine_session_;
  CanvasPanel canvas_;
  PlayPanel play_;
  InspectorPanel inspector_;
  ProcessListPanel process_list_;
  ExportDialog export_dialog_;
  ValidationPanel validation_panel_;
  FileDialog file_dialog_;
  FileDialog import_dialog_;
  std::optional<ImportOutcome> import_outcome_;
  bool import_outcome_shown_ = false;  // the window is open
  RecentFiles recent_;
  RecoveryStore recovery_;
  RecoverySchedule recovery_schedule_;
  bool recovery_written_ = false;
  std::optional<RecoveredWork> recovered_;
  std::string process_id_;
  std::string status_;
  PendingAction pending_ = PendingAction::none;
  bool unsaved_prompt_requested_ = false;
  bool quitting_ = false;
  float ui_scale_ = 1;
  std::optional<float> ui_scale_request_;
  // Made from view_registry(), in its order; view_ is the shown one.
  std::vector<std::unique_ptr<View>> views_;
  View* view_ = nullptr;
  bool select_view_tab_ = true;
  ShortcutTable shortcuts_;
  std::optional<StartProblem> start_problem_;
  SessionState session_;
  AgendaDialog agenda_dialog_;
  ParticipantsDialog participants_dialog_;
  ParkingLotDialog parking_lot_dialog_;
  SessionToolbar session_toolbar_;
  std::unique_ptr<PresentView> present_;
  RunningOrderDialog running_order_dialog_{document_, tr_, layout_};
  bool fullscreen_ = false;
  bool fullscreen_request_ = false;
  bool fullscreen_by_present_ = false;  // F5 went full screen, so Esc comes back
};

// The workshop the app was started on, or nothing with `problem` set to why it
// could not be opened (a LoadError, a file-system error): what main.cpp shows
// on the start screen. Other errors (out of memory) are thrown.
std::optional<LoadedWorkshop> load_start_workshop(const std::string& path,
                                                  std::optional<App::StartProblem>& problem);

}  // namespace blokjes::app
