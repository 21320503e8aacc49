#pragma once
// Crash recovery: the app writes the open workshop to a recovery file shortly
// after every edit, and removes it once the work is saved or knowingly
// dropped. A recovery file found at start-up means the app died with unsaved
// work, which it then offers to restore.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "workshop.h"

namespace blokjes {

struct RecoveredWork {
  Workshop workshop;
  std::string recovery_file;
  std::filesystem::file_time_type written_at;
};

class RecoveryStore {
 public:
  // `directory` is created on first write.
  explicit RecoveryStore(std::string directory) : directory_(std::move(directory)) {}

  // The recovery file for a workshop path ("" for a workshop never saved).
  std::string file_for(const std::string& workshop_path) const;
  // Atomic; throws std::runtime_error when the directory cannot be written.
  void write(const Workshop& workshop, const std::string& workshop_path) const;
  // A readable recovery file for the path; a damaged one is reported as nothing
  // (and left in place, so no data is thrown away).
  std::optional<RecoveredWork> find(const std::string& workshop_path) const;
  void discard(const std::string& workshop_path) const;
  const std::string& directory() const { return directory_; }

 private:
  std::string directory_;
};

// $XDG_STATE_HOME/blokjessessie/recovery, else ~/.local/state/blokjessessie/recovery.
std::string default_recovery_directory();

// Decides when to write: `delay` after the first change not yet written, so a
// burst of edits makes one write and no edit waits longer than `delay` (well
// inside the promised two seconds).
class RecoverySchedule {
 public:
  using Clock = std::chrono::steady_clock;
  explicit RecoverySchedule(Clock::duration delay = std::chrono::milliseconds(500))
      : delay_(delay) {}

  // Called every frame with the document's revision; true when it is time to write.
  bool should_write(std::uint64_t revision, Clock::time_point now);
  void written(std::uint64_t revision) {
    written_revision_ = revision;
    pending_ = false;
  }

 private:
  Clock::duration delay_;
  std::uint64_t written_revision_ = 0;
  bool pending_ = false;
  Clock::time_point pending_since_{};
};

}  // namespace blokjes
