// The round's countdown on a clock the test moves by hand.

#include <catch2/catch.hpp>

#include "core/round_timer.h"

using namespace std::chrono_literals;
using blokjes::RoundTimer;

namespace {

struct FakeClock {
  RoundTimer::Clock::time_point now{};
  RoundTimer::Now function() {
    return [this] { return now; };
  }
};

}  // namespace

TEST_CASE("A round's countdown runs only while started", "[room][timer]") {
  FakeClock clock;
  RoundTimer timer(clock.function());
  timer.reset(15min);
  CHECK_FALSE(timer.running());
  CHECK(timer.remaining() == 15min);
  CHECK(timer.display() == "15:00");
  clock.now += 5min;  // not started: nothing elapses
  CHECK(timer.remaining() == 15min);

  timer.start();
  clock.now += 90s;
  CHECK(timer.remaining() == 13min + 30s);
  CHECK(timer.display() == "13:30");
  timer.pause();
  clock.now += 10min;  // paused: the time left stays
  CHECK(timer.remaining() == 13min + 30s);
  timer.toggle();  // runs again
  CHECK(timer.running());
  clock.now += 500ms;
  CHECK(timer.display() == "13:30");  // a partial second shows as the next whole one
  clock.now += 500ms;
  CHECK(timer.display() == "13:29");
}

TEST_CASE("The alarm starts at zero and extending gives the whole extra minute", "[room][timer]") {
  FakeClock clock;
  RoundTimer timer(clock.function());
  timer.reset(2min);
  timer.start();
  clock.now += 2min - 1ms;
  CHECK_FALSE(timer.alarm());
  CHECK(timer.display() == "0:01");
  clock.now += 1ms;
  CHECK(timer.alarm());
  CHECK(timer.display() == "0:00");
  clock.now += 80s;
  CHECK(timer.alarm());
  CHECK(timer.remaining() == 0ms);
  CHECK(timer.overtime() == 80s);
  CHECK(timer.display() == "+1:20");

  timer.extend();  // past zero: a full minute from now
  CHECK_FALSE(timer.alarm());
  CHECK(timer.remaining() == 1min);
  CHECK(timer.length() == 2min + 80s + 1min);

  timer.pause();
  timer.extend(30s);  // before zero: simply added
  CHECK(timer.remaining() == 90s);
}

TEST_CASE("Resetting for a new round stops the clock and clears the alarm", "[room][timer]") {
  FakeClock clock;
  RoundTimer timer(clock.function());
  timer.reset(1min);
  timer.start();
  clock.now += 3min;
  REQUIRE(timer.alarm());
  timer.reset(20min);
  CHECK_FALSE(timer.running());
  CHECK_FALSE(timer.alarm());
  CHECK(timer.remaining() == 20min);
  // A round of no length never alarms: there is nothing to count down.
  timer.reset(0s);
  timer.start();
  clock.now += 1min;
  CHECK_FALSE(timer.alarm());
}
