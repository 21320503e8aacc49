#pragma once
// Running out of memory ends `blokjes` with exit 2 and a message, wherever the
// allocation fails. Catching std::bad_alloc in main is not enough on its own:
// while the stack unwinds, destructors allocate too (nlohmann::json frees a deep
// value through a vector of its children), and an exception leaving a noexcept
// destructor calls std::terminate, which would abort with "terminate called
// without an active exception" (issue 11, item 3).

namespace blokjes::cli {

// Sets aside a reserve that the first failed allocation releases before it
// throws std::bad_alloc, so the unwinding that follows has room to run; and a
// terminate handler that, once memory has run out, prints the out-of-memory
// message and exits 2 instead of aborting. Call once, first thing in main.
void install_out_of_memory_guard();

// True once an allocation has failed in this process.
bool memory_ran_out();

}  // namespace blokjes::cli
