#pragma once
// Shared by the test files: paths into the source tree, the real block
// library, and scratch directories that clean up after themselves.

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>

#include "core/block_library.h"
#include "core/load_error.h"
#include "core/workshop_file.h"

namespace blokjes::test {

inline std::string source_path(const std::string& relative) {
  return std::string(BLOKJES_SOURCE_DIR) + "/" + relative;
}

inline const BlockLibrary& library() {
  static const BlockLibrary loaded = load_block_library(source_path("assets/blocks.json"));
  return loaded;
}

inline std::string demo_workshop_path() {
  return source_path("scenarios/demo-workshop.json");
}

// A file's whole content, as bytes.
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The LoadError that parsing `text` as a workshop ("bad.json") throws;
// std::logic_error when it loads, which fails the calling test.
inline LoadError workshop_load_error(const std::string& text) {
  try {
    parse_workshop(text, "bad.json");
  } catch (const LoadError& error) {
    return error;
  }
  throw std::logic_error("expected a LoadError, but the text loaded");
}

class ScratchDirectory {
 public:
  ScratchDirectory() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("blokjes-test-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace blokjes::test
