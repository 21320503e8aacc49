#include "recent_files.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/atomic_file.h"
#include "core/json_text.h"

namespace blokjes::app {
namespace {

constexpr std::size_t kMaxRecent = 10;

}  // namespace

void RecentFiles::load() {
  try {
    const auto document = parse_json_text(read_text_file(file_, 1 << 20), file_);
    for (const auto& item : document.at("recent")) {
      if (item.is_string()) paths_.push_back(item.get<std::string>());
    }
  } catch (const std::exception&) {
    paths_.clear();  // no list yet, or a damaged one: start afresh
  }
}

void RecentFiles::add(const std::string& path) {
  std::error_code error;
  const auto absolute = std::filesystem::absolute(path, error);
  const std::string entry = error ? path : absolute.lexically_normal().string();
  std::erase(paths_, entry);
  paths_.insert(paths_.begin(), entry);
  if (paths_.size() > kMaxRecent) paths_.resize(kMaxRecent);
  try {
    std::filesystem::create_directories(std::filesystem::path(file_).parent_path());
    write_file_atomically(file_, nlohmann::json{{"recent", paths_}}.dump(2) + "\n");
  } catch (const std::exception&) {
  }
}

std::string default_recent_files_path() {
  std::filesystem::path base;
  if (const char* config = std::getenv("XDG_CONFIG_HOME"); config && *config) {
    base = config;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    base = std::filesystem::path(home) / ".config";
  } else {
    base = std::filesystem::temp_directory_path();
  }
  return (base / "blokjessessie" / "recent.json").string();
}

}  // namespace blokjes::app
