// Clocks, paths and JSON output shared by the blokjes-bench subcommands.

#include <sys/resource.h>
#include <unistd.h>

#include <cmath>
#include <ctime>

#include "bench_commands.h"
#include "core/asset_paths.h"

namespace blokjes::bench {
namespace {

double clock_ms(clockid_t clock) {
  timespec now{};
  clock_gettime(clock, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

}  // namespace

std::filesystem::path executable_directory() {
  std::error_code error;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::current_path() : exe.parent_path();
}

std::string workshop_or_demo(const std::string& given) {
  if (!given.empty()) return given;
  try {
    return find_demo_workshop();
  } catch (const std::runtime_error& error) {
    throw std::runtime_error(std::string(error.what()) +
                             "\npass the workshop to use with --workshop FILE");
  }
}

double process_cpu_ms() {
  return clock_ms(CLOCK_PROCESS_CPUTIME_ID);
}

double wall_ms() {
  return clock_ms(CLOCK_MONOTONIC);
}

double own_peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB
}

ScratchDirectory::ScratchDirectory()
    : path_(std::filesystem::temp_directory_path() /
            ("blokjes-bench-" + std::to_string(getpid()))) {
  std::filesystem::create_directories(path_);
}

ScratchDirectory::~ScratchDirectory() {
  std::error_code error;
  std::filesystem::remove_all(path_, error);
}

nlohmann::ordered_json figure(std::optional<double> value) {
  if (!value) return nullptr;
  return std::round(*value * 1000.0) / 1000.0;
}

}  // namespace blokjes::bench
