// Replaced by the SQLite implementation (being written beside the engine).
#include "sqlite_store.h"

namespace blokjes::engine {

std::unique_ptr<Store> open_sqlite_store(const std::string& path, SqliteOptions options) {
  (void)options;
  throw StoreError(path + ": SQLite support is not in this build yet");
}

}  // namespace blokjes::engine
