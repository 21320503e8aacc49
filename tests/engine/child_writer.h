#pragma once
// A writer process for the crash and two-writer tests: the crash child
// (crash_child.cpp) started with fork/exec, its stdout read line by line
// through a pipe, killed with SIGKILL or waited for.

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

namespace blokjes::engine::testing {

class ChildWriter {
 public:
  // Starts the crash child with `arguments` (after the program name).
  // Throws std::runtime_error when it cannot be started.
  explicit ChildWriter(const std::vector<std::string>& arguments);
  ChildWriter(const ChildWriter&) = delete;
  ChildWriter& operator=(const ChildWriter&) = delete;
  ~ChildWriter();  // kills and reaps a child still running

  // Reads what arrives until `ms` milliseconds have passed or the pipe
  // closed; returns false once it is closed (the child is gone).
  bool read_for(double ms);
  // Reads until the first complete line (or `timeout_ms`); true when one came.
  bool wait_for_line(double timeout_ms);
  // Every complete line received so far.
  const std::vector<std::string>& lines() const { return lines_; }

  void kill9();
  // Reads to the end of the pipe, reaps the child and returns its wait status.
  int finish();

  int fd() const { return fd_; }
  void consume(const char* data, std::size_t size);

 private:
  pid_t pid_ = -1;
  int fd_ = -1;
  std::string partial_;
  std::vector<std::string> lines_;
  std::optional<int> status_;
};

// Reads both children's output until both pipes close (or `timeout_ms`),
// so neither blocks on a full pipe while the other is read.
void read_both_to_end(ChildWriter& a, ChildWriter& b, double timeout_ms);

// The crash child's path, from the build.
std::string crash_child_path();

}  // namespace blokjes::engine::testing
