#pragma once
// The store for a municipality that outgrows one machine: the same schema
// and rules on PostgreSQL through libpqxx. Writers lock the zaak row
// (SELECT ... FOR UPDATE) inside READ COMMITTED transactions, and the
// version column refuses a stale update, so two engine processes on one
// database never lose an update or give a zaak two eindstatussen.

#include <memory>
#include <string>

#include "store.h"

namespace blokjes::engine {

// `url` is a libpq connection URI ("postgresql://user@host/db",
// "postgresql:///db?host=/run/postgresql"). Creates and migrates the schema
// when new. Throws StoreError naming the database (without its password).
std::unique_ptr<Store> open_postgresql_store(const std::string& url);

}  // namespace blokjes::engine
