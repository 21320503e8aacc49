#pragma once
// The blokjes-bench subcommands and what they share. Each bench_*.cpp adds one
// subcommand; every subcommand reports progress on stderr and prints exactly
// one JSON object as the last line of stdout, so scripts can read the figures.

#include <CLI/CLI.hpp>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>

namespace blokjes::bench {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;  // ran, but a measurement could not be taken
inline constexpr int kExitUsage = 2;

struct Subcommand {
  CLI::App* app;
  std::function<int()> run;
};

Subcommand add_canvas_command(CLI::App& root);
Subcommand add_compare_command(CLI::App& root);
Subcommand add_export_command(CLI::App& root);
Subcommand add_engine_command(CLI::App& root);
Subcommand add_growth_command(CLI::App& root);
Subcommand add_pictures_command(CLI::App& root);

// The directory holding this executable (and blokjessessie beside it).
std::filesystem::path executable_directory();
// `given` when it is not empty, else the demo workshop wherever the build or
// the install put it; throws std::runtime_error saying to pass --workshop.
std::string workshop_or_demo(const std::string& given);
// CPU time of this process in milliseconds (CLOCK_PROCESS_CPUTIME_ID).
double process_cpu_ms();
// Monotonic wall time in milliseconds.
double wall_ms();
// Peak resident set size of this process, in MiB.
double own_peak_rss_mb();
// A private directory under $TMPDIR, removed with everything in it when done:
// where the app under test keeps its recent files, recovery and screenshots,
// so a benchmark never touches the user's own.
class ScratchDirectory {
 public:
  ScratchDirectory();
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  ~ScratchDirectory();
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// A figure rounded to 3 decimals, or JSON null when it could not be measured.
nlohmann::ordered_json figure(std::optional<double> value);

}  // namespace blokjes::bench
