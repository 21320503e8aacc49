#include "out_of_memory.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>

#include "cli_commands.h"

namespace blokjes::cli {
namespace {

// Enough for destructors and the message while a large input is released;
// small next to what a command that runs out has already taken.
constexpr std::size_t kReserveBytes = 16u * 1024u * 1024u;

char* reserve = nullptr;
std::atomic<bool> ran_out{false};
std::terminate_handler previous_terminate = nullptr;

// Only async-signal-safe calls: the heap may be unusable by now.
void write_literal(const char* text) {
  std::size_t left = std::strlen(text);
  while (left > 0) {
    const ssize_t written = ::write(STDERR_FILENO, text, left);
    if (written <= 0) return;
    text += written;
    left -= static_cast<std::size_t>(written);
  }
}

// operator new calls this when it cannot allocate. The first time, the reserve
// goes and the allocation fails with bad_alloc as usual; the freed room lets
// the unwinding and the message that follow allocate what they need.
void on_allocation_failure() {
  ran_out.store(true);
  char* released = reserve;
  reserve = nullptr;
  delete[] released;
  throw std::bad_alloc();
}

[[noreturn]] void on_terminate() {
  if (ran_out.load()) {
    write_literal("blokjes: out of memory; the input is too large for the memory available\n");
    ::_exit(kExitUnusable);
  }
  if (previous_terminate != nullptr) previous_terminate();
  std::abort();
}

}  // namespace

void install_out_of_memory_guard() {
  if (reserve == nullptr) {
    reserve = new (std::nothrow) char[kReserveBytes];
    // Touched, so the pages are really ours and not only promised.
    if (reserve != nullptr) std::memset(reserve, 0, kReserveBytes);
  }
  std::set_new_handler(on_allocation_failure);
  previous_terminate = std::set_terminate(on_terminate);
}

bool memory_ran_out() {
  return ran_out.load();
}

}  // namespace blokjes::cli
