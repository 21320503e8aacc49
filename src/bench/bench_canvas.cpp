// `blokjes-bench canvas`: how long one frame of the whole app UI takes with a
// generated process of 60, 500 and 2,000 blocks (CPU time, headless, no GL),
// beside the floor: the raw cost of drawing the same blocks straight into an
// ImDrawList (a rectangle, a text and a port per visible block, a polyline
// per flow, nothing else) in the same view; and how long the real app takes
// to start and how much memory it peaks at.

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iomanip>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <vector>

#include "app/app.h"
#include "app/canvas_geometry.h"
#include "app/fonts.h"
#include "app/headless_imgui.h"
#include "bench_commands.h"
#include "child_launch.h"
#include "core/asset_paths.h"
#include "core/block_index.h"
#include "generated_process.h"

namespace blokjes::bench {
namespace {

constexpr float kDisplayWidth = 1920;
constexpr float kDisplayHeight = 1080;
constexpr double kStartupTimeoutMs = 60'000;

struct CanvasOptions {
  std::string workshop;
  int frames = 0;           // 0: each size's default
  std::vector<int> blocks;  // empty: every size
  int startup_runs = 3;
  bool skip_startup = false;
};

struct SizeCase {
  int blocks;
  int warmup_frames;
  int measured_frames;
};
constexpr SizeCase kSizes[] = {{60, 30, 200}, {500, 20, 100}, {2000, 10, 50}};

struct FrameTimes {
  double mean_ms = 0;
  double max_ms = 0;
  int vertices = 0;  // in the last frame's draw data: shows what was really drawn
};

// What every timed App is made from, loaded once.
struct AppInputs {
  std::string assets;
  BlockLibrary library;
  app::Translations translations;
  std::filesystem::path scratch;  // recent files and recovery go here, not to the user's
};

// The app's own look at scale 1: its fonts and the light style (see src/app/main.cpp).
app::AppFonts use_app_look(app::App& app, const std::string& assets) {
  const app::AppFonts fonts = app::load_fonts(assets, 1.0f);
  app.canvas().set_canvas_font(fonts.canvas);
  unsigned char* pixels = nullptr;
  int width = 0;
  int height = 0;
  ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  ImGui::StyleColorsLight();
  return fonts;
}

// Sweeps the mouse slowly across the canvas, clear of the minimap in its corner.
void move_mouse(app::HeadlessImGui& imgui, app::App& app, int frame) {
  const app::ScreenPoint min = app.canvas().screen_min();
  const app::ScreenPoint max = app.canvas().screen_max();
  const float span = std::max(1.0f, max.x - min.x - 320);
  const float x = min.x + 40 + static_cast<float>((frame * 7) % static_cast<int>(span));
  const float y = min.y + (max.y - min.y) * 0.4f + static_cast<float>((frame * 3) % 40);
  imgui.mouse_to(x, y);
}

// Untimed warm-up frames, then the mean and worst CPU time of the measured ones.
FrameTimes time_frames(app::HeadlessImGui& imgui, app::App& app, const SizeCase& size,
                       const std::function<void()>& ui) {
  for (int i = 0; i < size.warmup_frames; ++i) {
    move_mouse(imgui, app, i);
    imgui.frame(ui);
  }
  FrameTimes times;
  double total = 0;
  for (int i = 0; i < size.measured_frames; ++i) {
    move_mouse(imgui, app, size.warmup_frames + i);
    const double start = process_cpu_ms();
    imgui.frame(ui);
    const double spent = process_cpu_ms() - start;
    total += spent;
    times.max_ms = std::max(times.max_ms, spent);
  }
  times.mean_ms = total / size.measured_frames;
  times.vertices = ImGui::GetDrawData()->TotalVtxCount;
  return times;
}

void report_view(const char* view, int blocks, double zoom, const FrameTimes& times) {
  std::cerr << "  " << blocks << " blocks, " << view << " (zoom " << std::lround(zoom * 100)
            << "%): mean " << times.mean_ms << " ms/frame, worst " << times.max_ms << " ms, "
            << times.vertices << " vertices\n";
}

// The floor: the same blocks and flows, in the same view, drawn straight into
// one window's ImDrawList with nothing but what any canvas must draw. The
// flows' ends are looked up once, outside the timed frames.
class Floor {
 public:
  Floor(const Process& process, ImFont* font) : process_(process), font_(font) {
    const BlockIndex index(process);
    for (const auto& flow : process.flows) {
      const Block* from = index.find(flow.from);
      const Block* to = index.find(flow.to);
      if (from && to) ends_.push_back({app::output_port(*from), app::input_port(*to)});
    }
  }

  void draw(const app::CanvasView& view, app::ScreenPoint min, app::ScreenPoint max) {
    ImGui::SetNextWindowPos({min.x, min.y});
    ImGui::SetNextWindowSize({max.x - min.x, max.y - min.y});
    ImGui::Begin("floor", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs);
    ImDrawList& draw_list = *ImGui::GetWindowDrawList();
    const auto screen = [&view](app::CanvasPoint point) {
      const app::ScreenPoint at = view.to_screen(point);
      return ImVec2{at.x, at.y};
    };
    const auto outside = [&](ImVec2 a, ImVec2 b) {
      return b.x < min.x || a.x > max.x || b.y < min.y || a.y > max.y;
    };
    const float thickness = static_cast<float>(view.to_screen_length(2.5));
    std::vector<ImVec2> points;
    // Every flow, as the floor has it: ImGui builds the vertices of
    // a polyline whether it is in view or not.
    for (const auto& [from, to] : ends_) {
      points.clear();
      for (const auto& point : app::flow_curve(from, to)) points.push_back(screen(point));
      draw_list.AddPolyline(points.data(), static_cast<int>(points.size()),
                            IM_COL32(70, 80, 95, 255), 0, thickness);
    }
    const float text_size = static_cast<float>(view.to_screen_length(16));
    const float rounding = static_cast<float>(view.to_screen_length(8));
    const float port = static_cast<float>(view.to_screen_length(app::kPortRadius));
    for (const auto& block : process_.blocks) {
      const app::CanvasRect rect = app::block_rect(block);
      const ImVec2 a = screen(rect.min);
      const ImVec2 b = screen(rect.max);
      if (outside(a, b)) continue;
      draw_list.AddRectFilled(a, b, IM_COL32(60, 120, 200, 255), rounding);
      draw_list.AddText(font_, text_size, {a.x + 8, a.y + 8}, IM_COL32_WHITE, block.label.c_str());
      draw_list.AddCircleFilled(screen(app::output_port(block)), port, IM_COL32_WHITE);
    }
    ImGui::End();
  }

 private:
  const Process& process_;
  ImFont* font_;
  std::vector<std::pair<app::CanvasPoint, app::CanvasPoint>> ends_;
};

struct SizeFigures {
  double frame_ms = 0;  // the worse view's
  double floor_ms = 0;  // the floor in that same view
};

// The worse of the zoom-to-fit view (what the app opens with) and 100% zoom,
// each beside its floor.
SizeFigures time_size(const AppInputs& inputs, const SizeCase& size) {
  app::HeadlessImGui imgui(kDisplayWidth, kDisplayHeight);
  const app::AppSettings settings{(inputs.scratch / "recovery").string(),
                                  (inputs.scratch / "recent.json").string()};
  app::App app(Document(make_generated_workshop(inputs.library, size.blocks), ""), inputs.library,
               inputs.translations, settings);
  const app::AppFonts fonts = use_app_look(app, inputs.assets);
  if (app.shown_process() != "generated") throw std::runtime_error("the app shows no process");
  const auto ui = [&app] { app.draw_frame(); };
  imgui.frames(3, ui);  // lays out and zooms to fit
  const app::ScreenPoint min = app.canvas().screen_min();
  const app::ScreenPoint max = app.canvas().screen_max();
  Floor floor(*app.document().workshop().find_process("generated"), fonts.canvas);
  const auto floor_ui = [&] { floor.draw(app.canvas().view(), min, max); };

  SizeFigures worst;
  const auto time_view = [&](const char* name) {
    const FrameTimes frame = time_frames(imgui, app, size, ui);
    report_view(name, size.blocks, app.canvas().view().zoom(), frame);
    const FrameTimes bare = time_frames(imgui, app, size, floor_ui);
    report_view("floor", size.blocks, app.canvas().view().zoom(), bare);
    if (frame.mean_ms > worst.frame_ms) worst = {frame.mean_ms, bare.mean_ms};
  };
  time_view("zoom to fit");
  app.canvas().view().zoom_at({(min.x + max.x) / 2, (min.y + max.y) / 2}, 1.0);
  time_view("zoomed in");
  std::cerr << "  " << size.blocks << " blocks: " << worst.frame_ms / worst.floor_ms
            << "x the floor\n";
  return worst;
}

struct Startup {
  std::optional<double> ms;
  std::optional<double> peak_rss_mb;
  bool failed = false;
};

// The app runs with its recent files and recovery in `scratch`: a first start.
Startup measure_startup(const CanvasOptions& options, const std::filesystem::path& scratch) {
  const char* display = std::getenv("DISPLAY");
  if (!display || !*display) {
    std::cerr << "note: no DISPLAY, so startup_ms and peak_rss_mb are null"
                 " (run under xvfb-run to measure them)\n";
    return {};
  }
  if (!std::filesystem::is_regular_file(options.workshop)) {
    std::cerr << "error: no workshop at " << options.workshop << " (use --workshop)\n";
    return {std::nullopt, std::nullopt, true};
  }
  const auto app = executable_directory() / "blokjessessie";
  const auto png = scratch / "startup.png";
  const std::vector<std::string> argv = {app.string(), options.workshop, "--screenshot",
                                         png.string(), "--size",         "1920x1080"};
  const std::vector<std::string> env = {"XDG_CONFIG_HOME=" + (scratch / "config").string(),
                                        "XDG_STATE_HOME=" + (scratch / "state").string()};
  std::vector<double> runs;
  for (int i = 0; i < options.startup_runs; ++i) {
    const ChildRun run = run_until_file(argv, env, png, kStartupTimeoutMs);
    if (run.exit_code != 0 || !run.ms_until_file) {
      std::cerr << "error: " << app.string() << " exited with " << run.exit_code
                << (run.ms_until_file ? "" : " and wrote no screenshot") << '\n';
      return {std::nullopt, std::nullopt, true};
    }
    std::cerr << "  startup run " << i + 1 << ": " << *run.ms_until_file << " ms to the PNG\n";
    runs.push_back(*run.ms_until_file);
  }
  std::sort(runs.begin(), runs.end());
  return {runs[runs.size() / 2], children_peak_rss_mb(), false};
}

void time_sizes(const CanvasOptions& options, const AppInputs& inputs,
                nlohmann::ordered_json& result) {
  std::cerr << "canvas: CPU time per frame, NewFrame to Render, " << static_cast<int>(kDisplayWidth)
            << "x" << static_cast<int>(kDisplayHeight) << ", headless\n";
  for (SizeCase size : kSizes) {
    const auto& only = options.blocks;
    if (!only.empty() && std::find(only.begin(), only.end(), size.blocks) == only.end()) continue;
    if (options.frames > 0) size = {size.blocks, std::min(size.warmup_frames, 3), options.frames};
    const SizeFigures figures = time_size(inputs, size);
    const std::string blocks = std::to_string(size.blocks);
    result["frame_ms_" + blocks] = figure(figures.frame_ms);
    result["floor_ms_" + blocks] = figure(figures.floor_ms);
    result["floor_ratio_" + blocks] = figure(figures.frame_ms / figures.floor_ms);
  }
}

int run_canvas(const CanvasOptions& options) {
  const ScratchDirectory scratch;
  const std::string assets = find_assets_directory();
  const AppInputs inputs{assets, load_block_library(assets + "/blocks.json"),
                         app::Translations::load(assets), scratch.path()};
  // Found before any timing, so a missing demo fails at once with what to pass.
  CanvasOptions startup_options = options;
  if (!options.skip_startup) startup_options.workshop = workshop_or_demo(options.workshop);
  std::cerr << std::fixed << std::setprecision(3);
  nlohmann::ordered_json result;
  time_sizes(options, inputs, result);
  Startup startup;
  if (!options.skip_startup) {
    std::cerr << "startup: blokjessessie --screenshot (5 frames) on " << startup_options.workshop
              << '\n';
    startup = measure_startup(startup_options, scratch.path());
  }
  result["startup_ms"] = figure(startup.ms);
  result["peak_rss_mb"] = figure(startup.peak_rss_mb);
  std::cerr << "blokjes-bench's own peak RSS: " << own_peak_rss_mb() << " MiB\n";
  std::cout << result.dump() << std::endl;
  return startup.failed ? kExitFailed : kExitOk;
}

}  // namespace

Subcommand add_canvas_command(CLI::App& root) {
  auto options = std::make_shared<CanvasOptions>();
  CLI::App* command = root.add_subcommand(
      "canvas", "Time one frame of the app UI at 60, 500 and 2,000 blocks, and the app's startup");
  command
      ->add_option("--workshop", options->workshop,
                   "Workshop the app starts with (default: the demo)")
      ->check(CLI::ExistingFile);
  command
      ->add_option("--frames", options->frames,
                   "Measured frames per view for every size (default: 200, 100, 50)")
      ->check(CLI::PositiveNumber);
  command
      ->add_option("--blocks", options->blocks,
                   "Only these sizes, for profiling (the JSON then lacks the others)")
      ->check(CLI::IsMember({60, 500, 2000}));
  command
      ->add_option("--startup-runs", options->startup_runs,
                   "App launches to take the median startup time of")
      ->check(CLI::Range(1, 20))
      ->capture_default_str();
  command->add_flag("--no-startup", options->skip_startup,
                    "Skip launching the app (startup_ms and peak_rss_mb are null)");
  return {command, [options] { return run_canvas(*options); }};
}

}  // namespace blokjes::bench
