#include "store_fixture.h"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

#include "engine/sqlite_store.h"

namespace blokjes::engine::testing {

std::vector<std::string> test_backends() {
  std::vector<std::string> backends{"sqlite"};
  if (const char* url = std::getenv("BLOKJES_TEST_POSTGRESQL"); url && *url) {
    backends.push_back("postgresql");
  }
  return backends;
}

std::unique_ptr<Store> make_test_store(const std::string& backend, std::string* db_out) {
  static std::atomic<int> counter{0};
  std::string db;
  if (backend == "postgresql") {
    db = fresh_postgresql_url();
  } else {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("blokjes-engine-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    db = (dir / ("zaken-" + std::to_string(counter++) + ".db")).string();
    std::filesystem::remove(db);
    std::filesystem::remove(db + "-wal");
    std::filesystem::remove(db + "-shm");
  }
  if (db_out) *db_out = db;
  return open_store(db);
}

}  // namespace blokjes::engine::testing
