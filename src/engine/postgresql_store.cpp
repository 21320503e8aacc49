// Replaced by the libpqxx implementation; until then PostgreSQL is refused clearly.
#include "postgresql_store.h"

namespace blokjes::engine {

std::unique_ptr<Store> open_postgresql_store(const std::string& url) {
  (void)url;
  throw StoreError("PostgreSQL support is not in this build yet");
}

}  // namespace blokjes::engine
