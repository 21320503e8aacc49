#include "recovery.h"

#include <cstdio>
#include <cstdlib>
#include <functional>

#include "atomic_file.h"
#include "workshop_file.h"

namespace blokjes {

std::string RecoveryStore::file_for(const std::string& workshop_path) const {
  std::string key = "untitled";
  if (!workshop_path.empty()) {
    std::error_code error;
    const auto absolute = std::filesystem::weakly_canonical(workshop_path, error);
    const std::string canonical = error ? workshop_path : absolute.string();
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016zx", std::hash<std::string>{}(canonical));
    key = std::filesystem::path(workshop_path).stem().string() + "-" + hex;
  }
  return (std::filesystem::path(directory_) / (key + ".recovery.json")).string();
}

void RecoveryStore::write(const Workshop& workshop, const std::string& workshop_path) const {
  std::filesystem::create_directories(directory_);
  write_file_atomically(file_for(workshop_path), serialise_workshop(workshop));
}

std::optional<RecoveredWork> RecoveryStore::find(const std::string& workshop_path) const {
  const std::string file = file_for(workshop_path);
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) return std::nullopt;
  try {
    return RecoveredWork{load_workshop(file).workshop, file,
                         std::filesystem::last_write_time(file)};
  } catch (const LoadError&) {
    return std::nullopt;
  }
}

void RecoveryStore::discard(const std::string& workshop_path) const {
  std::error_code ignored;
  std::filesystem::remove(file_for(workshop_path), ignored);
}

std::string default_recovery_directory() {
  std::filesystem::path base;
  if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state) {
    base = state;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    base = std::filesystem::path(home) / ".local" / "state";
  } else {
    base = std::filesystem::temp_directory_path();
  }
  return (base / "blokjessessie" / "recovery").string();
}

bool RecoverySchedule::should_write(std::uint64_t revision, Clock::time_point now) {
  if (revision == written_revision_) {
    pending_ = false;
    return false;
  }
  if (!pending_) {
    pending_ = true;
    pending_since_ = now;
  }
  return now - pending_since_ >= delay_;
}

}  // namespace blokjes
