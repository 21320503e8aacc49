// Runs chromium headless on a temporary copy of the document.
//
// [SECTIONS]
//   [FIND]     which chromium
//   [SCRATCH]  a private temporary directory, removed whatever happens
//   [RUN]      posix_spawn in its own process group, waited for with a deadline
//   [PRINT]    pdf_from_html

#include "chromium_print.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "exporters/export_error.h"

extern char** environ;

namespace blokjes {
namespace {

namespace fs = std::filesystem;

// [FIND] ----------------------------------------------------------------------

bool is_executable(const fs::path& path) {
  std::error_code error;
  return fs::is_regular_file(path, error) && access(path.c_str(), X_OK) == 0;
}

// [SCRATCH] -------------------------------------------------------------------

class ScratchDirectory {
 public:
  ScratchDirectory() {
    std::error_code error;
    auto base = fs::temp_directory_path(error);
    if (error) base = "/tmp";
    std::string pattern = (base / "blokjes-print-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      throw ExportError("cannot make a temporary directory for printing in " + base.string() +
                        ": " + std::strerror(errno));
    }
    path_ = pattern;
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out.flush()) throw ExportError("cannot write " + path.string() + " for printing");
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The last lines of what chromium said, for the error message.
std::string tail(const std::string& text, std::size_t bytes = 600) {
  if (text.size() <= bytes) return text;
  return "..." + text.substr(text.size() - bytes);
}

// [RUN] -----------------------------------------------------------------------

struct RunResult {
  bool timed_out = false;
  int status = 0;  // waitpid's
};

// In its own process group, so a timeout stops chromium's helpers too.
RunResult run_with_deadline(const std::vector<std::string>& arguments, const fs::path& log,
                            std::chrono::seconds timeout) {
  std::vector<char*> argv;
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);
  pid_t pid = 0;
  const int error = posix_spawn(&pid, argv[0], &actions, &attributes, argv.data(), environ);
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  if (error != 0) {
    throw ExportError("cannot start " + arguments[0] + ": " + std::strerror(error));
  }

  RunResult result;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    const pid_t done = waitpid(pid, &result.status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) break;
    if (std::chrono::steady_clock::now() > deadline) {
      result.timed_out = true;
      kill(-pid, SIGKILL);
      waitpid(pid, &result.status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  // Whatever it left running in its group goes too.
  kill(-pid, SIGKILL);
  return result;
}

}  // namespace

std::string find_chromium() {
  if (const char* chosen = std::getenv("BLOKJES_CHROMIUM"); chosen != nullptr && *chosen != 0) {
    return is_executable(chosen) ? std::string(chosen) : std::string();
  }
  const char* path = std::getenv("PATH");
  std::istringstream directories(path == nullptr ? "/usr/bin:/bin" : path);
  std::vector<std::string> dirs;
  for (std::string dir; std::getline(directories, dir, ':');) dirs.push_back(dir.empty() ? "." : dir);
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    for (const auto& dir : dirs) {
      const fs::path candidate = fs::path(dir) / name;
      if (is_executable(candidate)) return candidate.string();
    }
  }
  return {};
}

// [PRINT] ---------------------------------------------------------------------

std::string pdf_from_html(const std::string& html, const PrintOptions& options) {
  const auto chromium = find_chromium();
  if (chromium.empty()) {
    throw ExportError(
        "making a PDF needs chromium (Debian package chromium), and none was found on the PATH "
        "or in $BLOKJES_CHROMIUM; export html instead and print it from a browser");
  }
  ScratchDirectory scratch;
  const auto input = scratch.path() / "document.html";
  const auto output = scratch.path() / "document.pdf";
  const auto log = scratch.path() / "chromium.log";
  write_bytes(input, html);
  const std::vector<std::string> arguments = {
      chromium,
      "--headless",
      // Chromium refuses to run as root with its sandbox; the document is our
      // own file, without scripts or network access.
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--no-default-browser-check",
      "--disable-extensions",
      "--user-data-dir=" + (scratch.path() / "profile").string(),
      "--no-pdf-header-footer",
      "--print-to-pdf=" + output.string(),
      "file://" + input.string(),
  };
  const auto result = run_with_deadline(arguments, log, options.timeout);
  if (result.timed_out) {
    throw ExportError("chromium (" + chromium + ") did not finish printing within " +
                      std::to_string(options.timeout.count()) + " s");
  }
  std::error_code error;
  const bool written = fs::is_regular_file(output, error) && fs::file_size(output, error) > 0;
  if (!WIFEXITED(result.status) || WEXITSTATUS(result.status) != 0 || !written) {
    std::string how = WIFEXITED(result.status)
                          ? "exit code " + std::to_string(WEXITSTATUS(result.status))
                          : "signal " + std::to_string(WTERMSIG(result.status));
    throw ExportError("chromium (" + chromium + ") could not print the document (" + how +
                      (written ? "" : ", no PDF written") + "): " + tail(read_bytes(log)));
  }
  auto pdf = read_bytes(output);
  if (!pdf.starts_with("%PDF")) {
    throw ExportError("chromium (" + chromium + ") wrote something that is not a PDF");
  }
  return pdf;
}

}  // namespace blokjes
