// A fresh PostgreSQL schema per test store, on the server that
// BLOKJES_TEST_POSTGRESQL names (scripts/test-all.sh starts a throwaway one).
// Each store gets a schema t_<pid>_<n> of its own and a URL whose
// search_path points there, so tests in parallel processes never see each
// other's rows and the store's unqualified tables land in that schema.
// The schemas this process made are dropped when it exits.

#include <unistd.h>
#include <atomic>
#include <cstdlib>
#include <mutex>
#include <pqxx/pqxx>
#include <stdexcept>
#include <vector>

#include "store_fixture.h"

namespace blokjes::engine::testing {
namespace {

// One administrative connection, kept open: connecting per store would
// cost more than creating the schema.
struct SchemaMaker {
  std::mutex mutex;
  std::unique_ptr<pqxx::connection> connection;
  std::vector<std::string> made;
  bool cleanup_registered = false;
  pid_t owner = 0;  // the process that made the schemas
};

// Never destroyed: libpqxx's own statics are made lazily, after this one,
// and would be gone before a destructor of it ran at exit.
SchemaMaker& schema_maker() {
  static auto* maker = new SchemaMaker;
  return *maker;
}

// Registered with atexit after the first schema is made, so it runs before
// the statics libpqxx made until then are destroyed.
void drop_made_schemas() {
  auto& maker = schema_maker();
  // A forked child (the two-writer tests) runs this too when it exits: the
  // schemas are its parent's, and so is the connection's socket.
  if (::getpid() != maker.owner) return;
  std::lock_guard lock(maker.mutex);
  if (!maker.connection) return;
  // A store that is still open with a transaction would hold locks the
  // drop waits for: give up on that schema rather than hang the test
  // program's exit. The throwaway server is removed with its data anyway.
  try {
    pqxx::nontransaction(*maker.connection).exec("SET lock_timeout = '2s'");
    for (const auto& schema : maker.made) {
      pqxx::nontransaction(*maker.connection).exec("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  } catch (const std::exception&) {
  }
  maker.connection.reset();
}

}  // namespace

std::string fresh_postgresql_url() {
  const char* server = std::getenv("BLOKJES_TEST_POSTGRESQL");
  if (!server || !*server) {
    throw std::runtime_error(
        "fresh_postgresql_url: BLOKJES_TEST_POSTGRESQL is not set; it should name a test server "
        "(scripts/postgresql-test-server.sh start DIR prints one)");
  }
  static std::atomic<int> counter{0};
  const std::string url = server;
  const std::string schema = "t_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);

  auto& maker = schema_maker();
  std::lock_guard lock(maker.mutex);
  if (maker.owner != 0 && maker.owner != ::getpid()) {
    // A forked child: the connection's socket is the parent's, so it must
    // not be used or closed here. Left alone (released), and a new one made.
    (void)maker.connection.release();
    maker.made.clear();
  }
  try {
    if (!maker.connection) maker.connection = std::make_unique<pqxx::connection>(url);
    pqxx::nontransaction work(*maker.connection);
    // A schema left by an earlier process with the same pid goes first.
    work.exec("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    work.exec("CREATE SCHEMA " + schema);
  } catch (const std::exception& error) {
    maker.connection.reset();
    throw std::runtime_error("fresh_postgresql_url: creating schema " + schema + " on " + url +
                             " (BLOKJES_TEST_POSTGRESQL) failed: " + error.what());
  }
  maker.made.push_back(schema);
  if (maker.owner != ::getpid()) {
    maker.owner = ::getpid();
    if (!maker.cleanup_registered) std::atexit(drop_made_schemas);
    maker.cleanup_registered = true;
  }
  // libpq reads `options` as server settings for the session; %3D is '='.
  const char separator = url.find('?') == std::string::npos ? '?' : '&';
  return url + separator + "options=-csearch_path%3D" + schema;
}

}  // namespace blokjes::engine::testing
