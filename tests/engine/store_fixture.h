#pragma once
// The engine's tests run against every store: SQLite always, PostgreSQL when
// BLOKJES_TEST_POSTGRESQL names a server (scripts/test-all.sh starts one and
// sets it). Each call gives a fresh, empty, migrated store of its own.

#include <memory>
#include <string>
#include <vector>

#include "engine/store.h"

namespace blokjes::engine::testing {

std::vector<std::string> test_backends();  // {"sqlite"} or {"sqlite", "postgresql"}

// A fresh store; `db_out` receives what --db would name it (a file path or a
// URL), so a second process can open the same one.
std::unique_ptr<Store> make_test_store(const std::string& backend, std::string* db_out = nullptr);

// For PostgreSQL: a URL of a fresh schema of its own on the test server
// (postgresql_fixture.cpp).
std::string fresh_postgresql_url();

}  // namespace blokjes::engine::testing
