#pragma once
// Runs another program as a child and times it from launch until a file it
// writes appears; the child's peak memory comes from getrusage afterwards.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace blokjes::bench {

struct ChildRun {
  std::optional<double> ms_until_file;  // wall time from spawn until `file` existed
  int exit_code = -1;                   // -1: killed by a signal or the timeout
};

// Spawns argv[0] with argv and our environment plus `extra_env` ("NAME=value",
// overriding ours); its stdout goes to our stderr, keeping our stdout for the
// JSON line. Polls for `file`, then waits for the child to exit.
// Throws std::runtime_error when the program cannot be started.
ChildRun run_until_file(const std::vector<std::string>& argv,
                        const std::vector<std::string>& extra_env,
                        const std::filesystem::path& file, double timeout_ms);

// The largest peak RSS of any child waited for so far, in MiB.
double children_peak_rss_mb();

}  // namespace blokjes::bench
