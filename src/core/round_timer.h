#pragma once
// The countdown of the current round: start, pause, extend by a minute, and
// an alarm at zero that the view shows (no sound). The clock is injected, so
// tests step time by hand. It is session state: not a command, not undone,
// never marks the document modified.

#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace blokjes {

class RoundTimer {
 public:
  using Clock = std::chrono::steady_clock;
  using Now = std::function<Clock::time_point()>;

  explicit RoundTimer(Now now = [] { return Clock::now(); });

  // A new round of this length, stopped, nothing elapsed; alarm off.
  void reset(std::chrono::seconds length);
  void start();   // counts down from where it stood; nothing when running
  void pause();   // keeps the time left; nothing when paused
  void toggle();  // start when paused, pause when running
  // Adds time to the round (default one minute); after the alarm the clock
  // counts down again from the time added.
  void extend(std::chrono::seconds by = std::chrono::minutes(1));

  bool running() const;
  std::chrono::seconds length() const;
  // Left until zero, never below zero; the round's length before a start.
  std::chrono::milliseconds remaining() const;
  // How far past zero (0 before zero): the view shows "+1:20".
  std::chrono::milliseconds overtime() const;
  // At or past zero: the view flashes.
  bool alarm() const;
  // "12:05", "0:09", "+1:20" (past zero).
  std::string display() const;

 private:
  std::chrono::milliseconds elapsed() const;

  Now now_;
  std::chrono::milliseconds length_{0};
  std::chrono::milliseconds elapsed_before_start_{0};
  std::optional<Clock::time_point> started_at_;
};

}  // namespace blokjes
