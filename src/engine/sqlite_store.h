#pragma once
// The embedded default store: one SQLite file in WAL mode with foreign keys,
// a busy timeout for a second process on the same file, schema migrations
// with a version (docs/engine.md, "Store").

#include <memory>
#include <string>

#include "store.h"

namespace blokjes::engine {

struct SqliteOptions {
  // NORMAL: a commit survives a crash of the program (WAL); FULL also a power cut.
  bool synchronous_full = false;
  int busy_timeout_ms = 10000;
};

// Opens (creating and migrating when new) the SQLite database at `path`.
// Throws StoreError naming the file.
std::unique_ptr<Store> open_sqlite_store(const std::string& path, SqliteOptions options = {});

}  // namespace blokjes::engine
