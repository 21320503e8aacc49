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

std::string find_demo_workshop() {
  std::vector<std::filesystem::path> candidates{executable_directory() / "scenarios"};
  try {
    candidates.push_back(std::filesystem::path(find_assets_directory()) / "scenarios");
  } catch (const std::runtime_error&) {
    // No assets either: the places beside the executable are all there is to try.
  }
  std::string tried;
  for (const auto& candidate : candidates) {
    const auto file = candidate / "demo-workshop.json";
    std::error_code error;
    if (std::filesystem::is_regular_file(file, error)) return file.string();
    tried += "\n  " + file.string();
  }
  throw std::runtime_error("cannot find the demo workshop; tried:" + tried);
}

std::string default_block_library_path() {
  return (std::filesystem::path(find_assets_directory()) / "blocks.json").string();
}

}  // namespace blokjes
