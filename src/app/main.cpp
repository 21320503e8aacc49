// blokjessessie: the workshop app. Opens a workshop (the demo when none is
// given) in a window; with --screenshot it renders a few frames, writes a
// PNG and exits, for tests and documentation. A workshop that cannot be
// opened still opens the window, on the start screen (App::StartProblem).

#include <imgui.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>

#include "app.h"
#include "compare_view.h"
#include "core/asset_paths.h"
#include "core/atomic_file.h"
#include "core/terminal_text.h"
#include "core/workshop_file.h"
#include "exporters/exporter.h"
#include "fonts.h"
#include "platform_window.h"
#include "present_view.h"
#include "window_state.h"

namespace {

struct Options {
  std::string workshop;
  std::string screenshot;
  std::string layout_json;
  std::string process;
  std::string size;  // empty: as last time, else maximised
  int slide = 1;      // --view present: the slide to start on, 1-based
  float scale = 0;  // 0: the monitor's content scale
  std::string language = "nl";
  std::string recovery_directory;
  std::string view = "canvas";
  std::string compare;  // "A,B"
  bool stacked = false;
  bool export_dialog = false;
  bool export_all = false;
  std::string export_format;  // the export dialog's format (exporters/exporter.h's table)
  std::string profile;  // validation profile of the export dialog and panel
  std::string engine_db;  // empty: the demo database in the user's data directory
  bool play = false;
};

void apply_scale(blokjes::app::App& app, blokjes::app::PlatformWindow& window,
                 const std::string& assets, float scale) {
  const auto fonts = blokjes::app::load_fonts(assets, scale);
  app.set_ui_scale(scale);
  app.set_display_font(fonts.canvas);
  ImGuiStyle style;
  ImGui::StyleColorsLight(&style);
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
  window.reload_font_texture();
}

// Atomic, so a test reading it never sees half a file.
void write_layout(const blokjes::app::App& app, const std::string& path) {
  blokjes::write_file_atomically(path, app.layout_json().dump(2) + "\n");
}

// The exit code of --screenshot when the file given could not be opened: the
// PNG shows the start screen, and a script can tell it from a picture of the file.
constexpr int kExitStartScreen = 3;

int run(const Options& options) {
  using namespace blokjes;
  const std::string assets = find_assets_directory();
  // The demo when none is given, found as the assets are (beside the build or
  // installed). It opens untitled, so Save asks where: the file found is a
  // copy the next build overwrites, or an installed file. It is also what lies
  // behind the start screen when the file given cannot be opened: untitled, so
  // nothing is ever saved over that file unless the user chooses it.
  std::optional<app::App::StartProblem> problem;
  std::optional<LoadedWorkshop> given;
  if (!options.workshop.empty()) given = app::load_start_workshop(options.workshop, problem);
  if (problem) {
    // Also on stderr, for whoever started the app from a terminal or a script.
    std::cerr << terminal_safe(format_location(problem->file, problem->position)) << ": error: "
              << terminal_safe(problem->message) << '\n';
  }
  const std::string path = given ? options.workshop : std::string();
  LoadedWorkshop loaded = given ? std::move(*given) : load_workshop(find_demo_workshop());
  BlockLibrary library = load_block_library(assets + "/blocks.json");
  app::Translations translations = app::Translations::load(assets);
  translations.set_language(options.language == "en" ? Language::english : Language::dutch);

  // --size wins (screenshots, tests); else the size and place of last time;
  // else maximised on the monitor the window starts on.
  app::WindowOptions window_options;
  if (!options.size.empty()) {
    if (std::sscanf(options.size.c_str(), "%dx%d", &window_options.width,
                    &window_options.height) != 2 ||
        window_options.width < 200 || window_options.height < 200) {
      throw std::runtime_error("--size must be WIDTHxHEIGHT, e.g. 1920x1080");
    }
  } else {
    std::string broken;
    window_options.geometry = app::load_window_geometry(app::default_window_state_path(), &broken);
    if (!broken.empty()) {
      std::cerr << "blokjessessie: ignoring the remembered window size: "
                << terminal_safe(broken) << '\n';
    }
    window_options.maximise = true;
  }
  app::PlatformWindow window(window_options);
  ImGui::GetIO().IniFilename = nullptr;  // the layout is fixed; nothing to remember
  app::App app(Document(std::move(loaded.workshop), path), std::move(library),
               std::move(translations),
               {options.recovery_directory, "", "", {options.engine_db}});
  apply_scale(app, window, assets, options.scale > 0 ? options.scale : window.content_scale());
  // The options below are about the file given; on the start screen they would
  // act on the demo instead, so they wait for the user's choice.
  if (problem) app.show_start_problem(*problem);
  if (!problem && !options.process.empty()) app.show_process(options.process);
  if (!problem && !options.compare.empty()) {
    const auto comma = options.compare.find(',');
    if (comma == std::string::npos) throw std::runtime_error("--compare must be A,B");
    app.compare_pair(options.compare.substr(0, comma), options.compare.substr(comma + 1));
  }
  app.find_view<app::CompareView>()->set_stacked(options.stacked);
  if (options.view == "present") {
    // Presenting from the start, on the slide asked for (clamped to the order).
    if (!problem) app.present().enter(static_cast<std::size_t>(std::max(options.slide, 1) - 1));
  } else {
    app.show_view(options.view);
  }
  if (!options.profile.empty()) {
    const auto profile = *validation_profile_from_string(options.profile);
    app.export_dialog().set_profile(profile);
    app.validation_panel().set_profile(profile);
  }
  if (!problem && options.play) app.set_play(true);
  if (!problem && options.export_dialog) app.open_export_dialog();
  if (!problem && options.export_all) app.export_dialog().tick_all();
  if (!options.export_format.empty()) app.export_dialog().set_format(options.export_format);

  const bool screenshot = !options.screenshot.empty();
  for (int frame = 0;; ++frame) {
    if (const auto scale = app.take_ui_scale_request()) apply_scale(app, window, assets, *scale);
    window.begin_frame(!screenshot && frame > 4, screenshot);
    const bool keep_running = app.draw_frame();
    window.set_title(app.window_title());
    // F5 and F11 ask between frames; a screenshot keeps the size it was given.
    if (app.take_fullscreen_request() && !screenshot) window.set_fullscreen(!window.fullscreen());
    app.set_fullscreen(window.fullscreen());
    // A few frames let the layout settle (fit, fonts) before anything is captured.
    const bool settled = frame == 4;
    window.end_frame(0.95f, 0.96f, 0.97f, screenshot && settled ? options.screenshot : "");
    // Kept current (every 10 frames from the 5th) so GUI tests can follow edits.
    if (frame >= 4 && frame % 10 == 4 && !options.layout_json.empty()) {
      write_layout(app, options.layout_json);
    }
    if ((screenshot && settled) || !keep_running) break;
    if (window.should_close()) {
      window.cancel_close();
      app.request_quit();
    }
  }
  // Remembered for the next start, unless this run was sized by --size.
  if (!screenshot && options.size.empty()) {
    app::save_window_geometry(app::default_window_state_path(), window.geometry());
  }
  return screenshot && problem ? kExitStartScreen : 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App cli("blokjessessie: lay out, compare and export municipal processes", "blokjessessie");
  cli.add_option("workshop", options.workshop, "Workshop file; the demo workshop when left out");
  cli.add_option("--screenshot", options.screenshot,
                 "Render, write this PNG and exit (0; 3 when the workshop given could not be "
                 "opened and the PNG shows the start screen)");
  cli.add_option("--layout-json", options.layout_json,
                 "Keep this file updated with where the palette, canvas, blocks and inspector "
                 "fields are on screen (for GUI tests)");
  cli.add_option("--process", options.process, "Process id to show first");
  cli.add_option("--size", options.size,
                 "Window size, WIDTHxHEIGHT (default: as last time, else maximised)");
  cli.add_option("--slide", options.slide,
                 "With --view present: the slide to start on, 1-based (default 1)")
      ->check(CLI::Range(1, 100000));
  cli.add_option("--scale", options.scale, "UI scale, 1 to 3 (default: the monitor's)")
      ->check(CLI::Range(1.0f, 3.0f));
  cli.add_option("--lang", options.language, "nl or en")->check(CLI::IsMember({"nl", "en"}));
  cli.add_option("--recovery-dir", options.recovery_directory,
                 "Where crash-recovery files go (default ~/.local/state/blokjessessie/recovery)");
  std::vector<std::string> views = blokjes::app::App::view_ids();
  views.push_back("present");  // presentation mode, not a tab
  std::string view_names;
  for (const auto& view : views) view_names += (view_names.empty() ? "" : ", ") + view;
  cli.add_option("--view", options.view, "The view to open: " + view_names)
      ->check(CLI::IsMember(views));
  cli.add_option("--compare", options.compare, "The pair for the compare view: A,B (process ids)");
  cli.add_flag("--stacked", options.stacked, "Compare view: A above B instead of side by side");
  cli.add_flag("--export-dialog", options.export_dialog,
               "Open the export dialog on the shown process (File > Exporteren...)");
  cli.add_flag("--export-all", options.export_all, "Export dialog: tick every process");
  std::vector<std::string> formats;
  for (const auto& format : blokjes::export_formats()) formats.emplace_back(format.id);
  cli.add_option("--export-format", options.export_format, "Export dialog: the format")
      ->check(CLI::IsMember(formats));
  cli.add_option("--profile", options.profile,
                 "Validation profile of the export dialog and the validation panel: catalogi, "
                 "openzaak (default) or zac")
      ->check(CLI::IsMember({"catalogi", "openzaak", "zac"}));
  cli.add_option("--engine-db", options.engine_db,
                 "The zaken database for Speel mode and the werkvoorraad (SQLite file; default: "
                 "the demo database, made with a demo year on first start, in "
                 "$XDG_DATA_HOME/blokjessessie/demo-zaken.db)");
  cli.add_flag("--play", options.play,
               "Start in Speel mode with a new zaak of the shown process (for screenshots)");
  CLI11_PARSE(cli, argc, argv);
  try {
    return run(options);
  } catch (const std::exception& error) {
    std::cerr << "blokjessessie: " << blokjes::terminal_safe(error.what()) << '\n';
    return 2;
  }
}
