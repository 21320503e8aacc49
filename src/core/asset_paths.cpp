#include "asset_paths.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace blokjes {
namespace {

std::filesystem::path executable_directory() {
  std::error_code error;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::current_path() : exe.parent_path();
}

}  // namespace

std::string find_assets_directory() {
  std::vector<std::filesystem::path> candidates;
  if (const char* override_dir = std::getenv("BLOKJES_ASSETS"))
    candidates.emplace_back(override_dir);
  const auto exe_dir = executable_directory();
  candidates.push_back(exe_dir / "assets");
  candidates.push_back(exe_dir.parent_path() / "share" / "blokjessessie");
  std::string tried;
  for (const auto& candidate : candidates) {
    std::error_code error;
    if (std::filesystem::is_regular_file(candidate / "blocks.json", error))
      return candidate.string();
    tried += "\n  " + candidate.string();
  }
  throw std::runtime_error("cannot find the assets directory (with blocks.json); tried:" + tried);
}

std::string default_block_library_path() {
  return (std::filesystem::path(find_assets_directory()) / "blocks.json").string();
}

}  // namespace blokjes
