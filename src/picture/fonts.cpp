#include "fonts.h"

#include <filesystem>

#include "core/json_text.h"
#include "core/load_error.h"

namespace blokjes::picture {

bool in_glyph_ranges(char32_t code_point) {
  for (std::size_t i = 0; kGlyphRanges[i] != 0; i += 2) {
    if (code_point >= kGlyphRanges[i] && code_point <= kGlyphRanges[i + 1]) return true;
  }
  return false;
}

std::string font_file(const std::string& assets_directory, const std::string& role) {
  nlohmann::json config;
  try {
    const std::string path = assets_directory + "/fonts.json";
    config = parse_json_text(read_text_file(path, 1 << 20), path);
  } catch (const LoadError&) {
    return {};
  }
  if (!config.is_object() || !config.contains(role) || !config[role].is_object()) return {};
  for (const auto& file : config[role].value("files", nlohmann::json::array())) {
    if (file.is_string() && std::filesystem::exists(file.get<std::string>())) {
      return file.get<std::string>();
    }
  }
  return {};
}

}  // namespace blokjes::picture
