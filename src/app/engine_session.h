#pragma once
// The case engine the app works with: one SQLite database (`--engine-db
// PATH`), by default the demo database in the user's data directory, made
// and filled with a demo year (fill_demo_zaken) the first time it is needed.
// Opened on first use, so an app that never plays or shows the werkvoorraad
// does not pay for it; a database that cannot be opened is reported in plain
// words by the views, never a crash.

#include <cstdint>
#include <memory>
#include <string>

#include "core/block_library.h"
#include "engine/engine.h"
#include "engine/store.h"
#include "validation_cache.h"

namespace blokjes::app {

struct EngineSessionSettings {
  std::string db_path = {};        // empty: default_engine_db_path(), the demo
  std::string demo_workshop_path = {};  // fills a new demo db; empty: find_demo_workshop()
  int demo_zaken = 400;            // zaken in a new demo db
};

// $XDG_DATA_HOME/blokjessessie/demo-zaken.db, or ~/.local/share/... without it.
std::string default_engine_db_path();

class EngineSession {
 public:
  EngineSession(EngineSessionSettings settings, const BlockLibrary& library,
                SelectielijstSource& selectielijst);
  ~EngineSession();
  EngineSession(const EngineSession&) = delete;
  EngineSession& operator=(const EngineSession&) = delete;

  // The engine, opened (and for a new demo db filled) on the first call;
  // null when that failed, and error() says why. It is not tried again.
  engine::Engine* engine();
  const std::string& error() const { return error_; }
  // After a failure, lets the next engine() try again (the user fixed the file, say).
  void retry() {
    if (!engine_) tried_ = false;
  }
  // The database file the session uses (or would use).
  const std::string& path() const { return path_; }
  bool is_demo() const { return demo_; }
  // True when this session made and filled the demo database.
  bool filled_demo() const { return filled_; }

  // Counts the changes made through the app (play mode), so views that show
  // what the database holds know when to read it again.
  std::uint64_t changes() const { return changes_; }
  void changed() { ++changes_; }

  // Who the app acts as: the workshop's facilitator, cleared for everything.
  const engine::Actor& actor() const { return actor_; }

 private:
  void open();
  void fill_demo();

  EngineSessionSettings settings_;
  const BlockLibrary& library_;
  SelectielijstSource& selectielijst_;
  std::string path_;
  bool demo_ = false;
  bool tried_ = false;
  bool filled_ = false;
  std::string error_;
  engine::SystemClock clock_;
  std::unique_ptr<engine::Store> store_;
  std::unique_ptr<engine::Engine> engine_;
  std::uint64_t changes_ = 0;
  engine::Actor actor_;
};

}  // namespace blokjes::app
