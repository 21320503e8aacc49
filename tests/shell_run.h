#pragma once
// Running a program through the shell, as the CLI tests do: the command's
// exit code and what it printed. One copy for every test file that runs
// `blokjes` or a checker (xmllint, prlimit) as a real process.

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace blokjes::test {

struct ShellRun {
  int exit_code;  // -1: the program did not exit normally (a signal such as SIGABRT)
  std::string output;
};

// `text` as one single-quoted shell word.
inline std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (const char c : text) quoted += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// Runs `command` with /bin/sh and returns its stdout (the command says with
// its own redirections what else goes there, e.g. "2>&1").
inline ShellRun run_shell(const std::string& command) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run: " + command);
  std::string output;
  std::array<char, 4096> buffer{};
  while (const std::size_t read = std::fread(buffer.data(), 1, buffer.size(), pipe)) {
    output.append(buffer.data(), read);
  }
  const int status = ::pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

}  // namespace blokjes::test
