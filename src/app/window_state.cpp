#include "window_state.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/atomic_file.h"
#include "core/json_text.h"
#include "core/load_error.h"
#include "recent_files.h"

namespace blokjes::app {
namespace {

// A window smaller than this, or absurdly large, is a damaged file, not a choice.
constexpr int kMinimumSide = 200;
constexpr int kMaximumSide = 32768;

}  // namespace

std::string default_window_state_path() {
  return (std::filesystem::path(default_recent_files_path()).parent_path() / "window.json")
      .string();
}

std::optional<WindowGeometry> load_window_geometry(const std::string& path,
                                                   std::string* problem) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return std::nullopt;
  const auto fail = [&](const std::string& why) -> std::optional<WindowGeometry> {
    if (problem) *problem = why;
    return std::nullopt;
  };
  nlohmann::json document;
  try {
    document = parse_json_text(read_text_file(path, 1 << 16), path);
  } catch (const std::exception& failure) {
    return fail(failure.what());
  }
  if (!document.is_object()) return fail(path + ": expected an object with x, y, width, height");
  WindowGeometry geometry;
  for (const auto& [key, field] :
       {std::pair{"x", &geometry.x}, std::pair{"y", &geometry.y},
        std::pair{"width", &geometry.width}, std::pair{"height", &geometry.height}}) {
    const auto found = document.find(key);
    if (found == document.end() || !found->is_number_integer()) {
      return fail(path + ": \"" + key + "\": expected a whole number");
    }
    const auto value = found->get<long long>();
    if (value < -kMaximumSide || value > kMaximumSide) {
      return fail(path + ": \"" + key + "\": " + std::to_string(value) + " is out of range");
    }
    *field = static_cast<int>(value);
  }
  if (geometry.width < kMinimumSide || geometry.height < kMinimumSide) {
    return fail(path + ": expected a width and height of at least " +
                std::to_string(kMinimumSide));
  }
  if (const auto found = document.find("maximised"); found != document.end()) {
    if (!found->is_boolean()) return fail(path + ": \"maximised\": expected true or false");
    geometry.maximised = found->get<bool>();
  }
  return geometry;
}

void save_window_geometry(const std::string& path, const WindowGeometry& geometry) {
  try {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    const nlohmann::ordered_json document = {{"x", geometry.x},
                                             {"y", geometry.y},
                                             {"width", geometry.width},
                                             {"height", geometry.height},
                                             {"maximised", geometry.maximised}};
    write_file_atomically(path, document.dump(2) + "\n");
  } catch (const std::exception&) {
  }
}

}  // namespace blokjes::app
