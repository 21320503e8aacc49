#include "fonts.h"

#include <imgui.h>

#include <filesystem>

#include "core/json_text.h"
#include "picture/fonts.h"

namespace blokjes::app {
namespace {

// The characters src/picture measures with (picture/fonts.h), so ImGui's
// atlas and the headless metrics have the same glyphs.
static_assert(sizeof(ImWchar) == sizeof(picture::kGlyphRanges[0]));
const ImWchar* const kGlyphRanges = reinterpret_cast<const ImWchar*>(picture::kGlyphRanges);

struct FontSpec {
  float size = 17;
  std::string file;  // empty: none of the listed files exists
};

FontSpec read_spec(const nlohmann::json& config, const char* role, float default_size) {
  FontSpec spec{default_size, ""};
  if (!config.contains(role)) return spec;
  const auto& entry = config[role];
  if (entry.contains("size") && entry["size"].is_number()) spec.size = entry["size"].get<float>();
  for (const auto& file : entry.value("files", nlohmann::json::array())) {
    if (file.is_string() && std::filesystem::exists(file.get<std::string>())) {
      spec.file = file.get<std::string>();
      break;
    }
  }
  return spec;
}

ImFont* add_font(const FontSpec& spec, float scale, bool large) {
  ImGuiIO& io = ImGui::GetIO();
  ImFontConfig config;
  if (spec.file.empty()) {
    config.SizePixels = spec.size * scale;
    return io.Fonts->AddFontDefault(&config);
  }
  // The canvas font is baked at the largest size it is drawn at (64 pixels
  // at scale 1: presentation kind names at 4K), so large text stays sharp;
  // at that size subpixel oversampling adds nothing but atlas area.
  if (large) {
    config.OversampleH = 1;
    config.OversampleV = 1;
  }
  return io.Fonts->AddFontFromFileTTF(spec.file.c_str(), spec.size * scale, &config, kGlyphRanges);
}

}  // namespace

AppFonts load_fonts(const std::string& assets_directory, float scale) {
  nlohmann::json config = nlohmann::json::object();
  try {
    const std::string path = assets_directory + "/fonts.json";
    config = parse_json_text(read_text_file(path, 1 << 20), path);
  } catch (const LoadError&) {
    // No font configuration: ImGui's own font still gives a working app.
  }
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  AppFonts fonts;
  fonts.ui = add_font(read_spec(config, "ui", 17), scale, false);
  fonts.canvas = add_font(read_spec(config, "canvas", 64), scale, true);
  io.FontDefault = fonts.ui;
  return fonts;
}

}  // namespace blokjes::app
