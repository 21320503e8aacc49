// posix_spawn rather than fork: the bench holds large generated workshops,
// and spawning does not copy its address space, so the timing stays the app's.

#include "child_launch.h"

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstring>
#include <stdexcept>
#include <thread>

#include "bench_commands.h"

extern char** environ;

namespace blokjes::bench {
namespace {

constexpr auto kPollInterval = std::chrono::microseconds(500);

std::vector<char*> c_strings(const std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  for (const auto& text : strings) pointers.push_back(const_cast<char*>(text.c_str()));
  pointers.push_back(nullptr);
  return pointers;
}

std::vector<std::string> environment_with(const std::vector<std::string>& extra) {
  std::vector<std::string> result;
  for (char** entry = environ; *entry; ++entry) {
    const std::string text = *entry;
    const std::string name = text.substr(0, text.find('=') + 1);
    const bool overridden = std::any_of(extra.begin(), extra.end(), [&](const std::string& e) {
      return e.compare(0, name.size(), name) == 0;
    });
    if (!overridden) result.push_back(text);
  }
  result.insert(result.end(), extra.begin(), extra.end());
  return result;
}

pid_t spawn(const std::vector<std::string>& argv, const std::vector<std::string>& extra_env) {
  std::vector<char*> args = c_strings(argv);
  const std::vector<std::string> environment = environment_with(extra_env);
  std::vector<char*> env = c_strings(environment);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
  pid_t pid = 0;
  const int error = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), env.data());
  posix_spawn_file_actions_destroy(&actions);
  if (error != 0) throw std::runtime_error(argv[0] + ": cannot start: " + std::strerror(error));
  return pid;
}

// Non-blocking: true once the child has exited, with its exit code in `code`.
bool reaped(pid_t pid, int& code) {
  int status = 0;
  const pid_t done = waitpid(pid, &status, WNOHANG);
  if (done != pid) return false;
  code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return true;
}

}  // namespace

ChildRun run_until_file(const std::vector<std::string>& argv,
                        const std::vector<std::string>& extra_env,
                        const std::filesystem::path& file, double timeout_ms) {
  std::filesystem::remove(file);
  ChildRun run;
  const double start = wall_ms();
  const pid_t pid = spawn(argv, extra_env);
  for (;;) {
    std::error_code error;
    if (!run.ms_until_file && std::filesystem::exists(file, error)) {
      run.ms_until_file = wall_ms() - start;
    }
    if (reaped(pid, run.exit_code)) break;
    if (wall_ms() - start > timeout_ms) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
      run.exit_code = -1;
      break;
    }
    std::this_thread::sleep_for(kPollInterval);
  }
  std::error_code error;
  if (!run.ms_until_file && std::filesystem::exists(file, error)) {
    run.ms_until_file = wall_ms() - start;  // written within the last poll interval
  }
  return run;
}

double children_peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB
}

}  // namespace blokjes::bench
