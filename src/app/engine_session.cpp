#include "engine_session.h"

#include <cstdlib>
#include <filesystem>

#include "core/asset_paths.h"
#include "core/workshop_file.h"
#include "engine/demo_zaken.h"
#include "engine/sqlite_store.h"

// [SECTION] Where the database lives
// [SECTION] Opening, and the demo year on first start

namespace blokjes::app {

// -----------------------------------------------------------------------------
// [SECTION] Where the database lives
// -----------------------------------------------------------------------------

std::string default_engine_db_path() {
  namespace fs = std::filesystem;
  fs::path data;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    data = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    data = fs::path(home) / ".local" / "share";
  } else {
    data = fs::temp_directory_path();  // no home: still somewhere writable
  }
  return (data / "blokjessessie" / "demo-zaken.db").string();
}

EngineSession::EngineSession(EngineSessionSettings settings, const BlockLibrary& library,
                             SelectielijstSource& selectielijst)
    : settings_(std::move(settings)), library_(library), selectielijst_(selectielijst) {
  demo_ = settings_.db_path.empty();
  path_ = demo_ ? default_engine_db_path() : settings_.db_path;
  actor_.user = "blokjessessie";
}

EngineSession::~EngineSession() = default;

// -----------------------------------------------------------------------------
// [SECTION] Opening, and the demo year on first start
// -----------------------------------------------------------------------------

engine::Engine* EngineSession::engine() {
  if (!tried_) {
    tried_ = true;
    error_.clear();
    try {
      open();
    } catch (const std::exception& error) {
      engine_.reset();
      store_.reset();
      // The store's own message usually names the file already.
      const std::string what = error.what();
      error_ = what.find(path_) == std::string::npos ? path_ + ": " + what : what;
    }
  }
  return engine_.get();
}

void EngineSession::open() {
  namespace fs = std::filesystem;
  // A named database is the user's: opened (and created empty) as it is.
  // Only the demo database is filled, and only when it is not there yet.
  if (demo_ && !fs::exists(path_)) fill_demo();
  store_ = engine::open_sqlite_store(path_);
  engine_ = std::make_unique<engine::Engine>(*store_, clock_);
}

// Fills a new file beside the target and renames it into place when done,
// so a start that is interrupted halfway leaves no half-filled demo behind
// that the next start would take for a finished one.
void EngineSession::fill_demo() {
  namespace fs = std::filesystem;
  const fs::path target(path_);
  if (target.has_parent_path()) fs::create_directories(target.parent_path());
  const std::string partial = path_ + ".new";
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(partial + suffix);

  const Selectielijst* selectielijst = selectielijst_.get();
  if (!selectielijst) throw std::runtime_error(selectielijst_.error());
  const std::string workshop_path = settings_.demo_workshop_path.empty()
                                        ? find_demo_workshop()
                                        : settings_.demo_workshop_path;
  const LoadedWorkshop workshop = load_workshop(workshop_path);
  {
    auto store = engine::open_sqlite_store(partial);
    engine::FixedClock clock(clock_.now());
    engine::Engine engine(*store, clock);
    engine::DemoOptions options;
    options.zaken = settings_.demo_zaken;
    engine::fill_demo_zaken(engine, clock, workshop.workshop, library_, *selectielijst, options);
  }  // closed here: SQLite folds its write-ahead log back into the file
  // A log left behind after all (another reader held it) moves with the file.
  if (fs::exists(partial + "-wal")) fs::rename(partial + "-wal", path_ + "-wal");
  fs::remove(partial + "-shm");
  fs::rename(partial, target);
  filled_ = true;
}

}  // namespace blokjes::app
