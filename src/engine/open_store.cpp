#include "postgresql_store.h"
#include "sqlite_store.h"
#include "store.h"

namespace blokjes::engine {

std::unique_ptr<Store> open_store(const std::string& db) {
  if (db.starts_with("postgresql://") || db.starts_with("postgres://")) {
    return open_postgresql_store(db);
  }
  return open_sqlite_store(db);
}

}  // namespace blokjes::engine
