// Replaced by the fixture that creates a schema per test on the server
// BLOKJES_TEST_POSTGRESQL names.
#include <stdexcept>

#include "store_fixture.h"

namespace blokjes::engine::testing {

std::string fresh_postgresql_url() {
  throw std::runtime_error("the PostgreSQL test fixture is not in this build yet");
}

}  // namespace blokjes::engine::testing
