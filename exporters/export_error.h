#pragma once
// What every exporter throws: a message for the user, and the one case the
// caller handles differently (the output is there and may not be replaced).

#include <stdexcept>
#include <string>

namespace blokjes {

class ExportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The output is there already and overwriting was not allowed: the caller
// decides how to ask (--force on the command line, a question in the app).
class OutputExistsError : public ExportError {
 public:
  explicit OutputExistsError(const std::string& path) : ExportError(path + ": already exists") {}
};

}  // namespace blokjes
