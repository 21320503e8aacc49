#include "round_timer.h"

#include <algorithm>
#include <cstdio>

namespace blokjes {

using std::chrono::milliseconds;

RoundTimer::RoundTimer(Now now) : now_(std::move(now)) {}

void RoundTimer::reset(std::chrono::seconds length) {
  length_ = std::chrono::duration_cast<milliseconds>(length);
  elapsed_before_start_ = milliseconds(0);
  started_at_.reset();
}

void RoundTimer::start() {
  if (!started_at_) started_at_ = now_();
}

void RoundTimer::pause() {
  if (!started_at_) return;
  elapsed_before_start_ = elapsed();
  started_at_.reset();
}

void RoundTimer::toggle() {
  if (running()) {
    pause();
  } else {
    start();
  }
}

void RoundTimer::extend(std::chrono::seconds by) {
  // Past zero, the extra time counts from now: the room gets the whole minute,
  // not the minute minus the overtime already spent.
  const milliseconds over = overtime();
  length_ += std::chrono::duration_cast<milliseconds>(by) + over;
}

bool RoundTimer::running() const { return started_at_.has_value(); }

std::chrono::seconds RoundTimer::length() const {
  return std::chrono::duration_cast<std::chrono::seconds>(length_);
}

milliseconds RoundTimer::elapsed() const {
  milliseconds total = elapsed_before_start_;
  if (started_at_) {
    total += std::max(milliseconds(0),
                      std::chrono::duration_cast<milliseconds>(now_() - *started_at_));
  }
  return total;
}

milliseconds RoundTimer::remaining() const { return std::max(milliseconds(0), length_ - elapsed()); }

milliseconds RoundTimer::overtime() const { return std::max(milliseconds(0), elapsed() - length_); }

bool RoundTimer::alarm() const { return length_ > milliseconds(0) && elapsed() >= length_; }

std::string RoundTimer::display() const {
  const bool over = overtime() > milliseconds(0);
  // Counting down, a partial second shows as the next whole one, so "0:00"
  // appears exactly when the alarm starts.
  const long long ms = over ? overtime().count() : remaining().count();
  const long long seconds = over ? ms / 1000 : (ms + 999) / 1000;
  char text[32];
  std::snprintf(text, sizeof text, "%s%lld:%02lld", over ? "+" : "", seconds / 60, seconds % 60);
  return text;
}

}  // namespace blokjes
