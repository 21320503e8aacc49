#include "child_writer.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace blokjes::engine::testing {
namespace {

double now_ms() {
  timespec now{};
  clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Reads what is there without blocking; false at end of file.
bool drain(ChildWriter& child) {
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(child.fd(), buffer, sizeof buffer);
    if (n > 0) {
      child.consume(buffer, static_cast<std::size_t>(n));
      continue;
    }
    if (n == 0) return false;
    if (errno == EINTR) continue;
    return true;  // EAGAIN: nothing more for now
  }
}

}  // namespace

std::string crash_child_path() {
  return BLOKJES_CRASH_CHILD_PATH;
}

ChildWriter::ChildWriter(const std::vector<std::string>& arguments) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) throw std::runtime_error("child writer: pipe failed");
  const std::string program = crash_child_path();
  std::vector<std::string> argv_text{program};
  argv_text.insert(argv_text.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (auto& text : argv_text) argv.push_back(text.data());
  argv.push_back(nullptr);
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("child writer: fork failed");
  if (pid_ == 0) {
    ::dup2(pipe_fds[1], STDOUT_FILENO);
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    ::execv(program.c_str(), argv.data());
    ::_exit(127);
  }
  ::close(pipe_fds[1]);
  fd_ = pipe_fds[0];
  ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) | O_NONBLOCK);
}

ChildWriter::~ChildWriter() {
  if (!status_ && pid_ > 0) {
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
  if (fd_ >= 0) ::close(fd_);
}

void ChildWriter::consume(const char* data, std::size_t size) {
  partial_.append(data, size);
  std::size_t start = 0;
  for (std::size_t end; (end = partial_.find('\n', start)) != std::string::npos; start = end + 1) {
    lines_.push_back(partial_.substr(start, end - start));
  }
  partial_.erase(0, start);
}

bool ChildWriter::read_for(double ms) {
  const double deadline = now_ms() + ms;
  for (;;) {
    if (!drain(*this)) return false;
    const double left = deadline - now_ms();
    if (left <= 0) return true;
    pollfd p{fd_, POLLIN, 0};
    ::poll(&p, 1, static_cast<int>(left) + 1);
  }
}

bool ChildWriter::wait_for_line(double timeout_ms) {
  const double deadline = now_ms() + timeout_ms;
  while (lines_.empty()) {
    if (!drain(*this)) return !lines_.empty();
    const double left = deadline - now_ms();
    if (left <= 0) return false;
    pollfd p{fd_, POLLIN, 0};
    ::poll(&p, 1, static_cast<int>(left) + 1);
  }
  return true;
}

void ChildWriter::kill9() {
  if (!status_ && pid_ > 0) ::kill(pid_, SIGKILL);
}

int ChildWriter::finish() {
  if (status_) return *status_;
  // Blocking reads from here: the child is gone or about to be.
  ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) & ~O_NONBLOCK);
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd_, buffer, sizeof buffer);
    if (n > 0) {
      consume(buffer, static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;
    }
  }
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  status_ = status;
  return status;
}

void read_both_to_end(ChildWriter& a, ChildWriter& b, double timeout_ms) {
  const double deadline = now_ms() + timeout_ms;
  bool a_open = true, b_open = true;
  while ((a_open || b_open) && now_ms() < deadline) {
    if (a_open) a_open = drain(a);
    if (b_open) b_open = drain(b);
    pollfd p[2] = {{a_open ? a.fd() : -1, POLLIN, 0}, {b_open ? b.fd() : -1, POLLIN, 0}};
    ::poll(p, 2, 50);
  }
}

}  // namespace blokjes::engine::testing
