#include "picture_font.h"

#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H

#include <cmath>
#include <filesystem>
#include <mutex>

#include "core/json_text.h"
#include "core/load_error.h"
#include "picture/fonts.h"
#include "picture/utf8.h"
#include "picture_error.h"

// [SECTION] FreeType
// [SECTION] PictureFont
// [SECTION] Glyph lines

namespace blokjes {

// -----------------------------------------------------------------------------
// [SECTION] FreeType
// -----------------------------------------------------------------------------

namespace {

// One FreeType library for the process, never freed: cairo may keep a font
// face in its caches after its PictureFont is gone, and the face must be
// released (FT_Done_Face, through the user data below) before its library.
// FT_New_Face is not safe to call on one library from two threads at once.
std::mutex freetype_mutex;
FT_Library freetype() {
  static FT_Library library = [] {
    FT_Library made = nullptr;
    if (FT_Init_FreeType(&made) != 0) throw PictureError("cannot start FreeType");
    return made;
  }();
  return library;
}

const cairo_user_data_key_t kFaceKey{};

void done_face(void* face) {
  const std::lock_guard lock(freetype_mutex);
  FT_Done_Face(static_cast<FT_Face>(face));
}

cairo_font_options_t* picture_font_options() {
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  return options;
}

}  // namespace

void append_utf8(std::string& out, char32_t code_point) {
  if (code_point == 0 || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    code_point = U'\uFFFD';
  }
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

// -----------------------------------------------------------------------------
// [SECTION] PictureFont
// -----------------------------------------------------------------------------

PictureFont::PictureFont(const std::string& ttf_path, double atlas_size) : path_(ttf_path) {
  std::error_code error;
  if (ttf_path.empty() || !std::filesystem::is_regular_file(ttf_path, error)) {
    throw PictureError((ttf_path.empty() ? std::string("(no file)") : ttf_path) +
                       ": error: cannot open the font file (expected a TrueType font, e.g. "
                       "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf from fonts-dejavu-core)");
  }
  FT_Face face = nullptr;
  {
    const std::lock_guard lock(freetype_mutex);
    if (FT_New_Face(freetype(), ttf_path.c_str(), 0, &face) != 0 || face == nullptr) {
      throw PictureError(ttf_path + ": error: not a font FreeType can read (expected a TrueType font)");
    }
  }
  if (!FT_IS_SCALABLE(face) || face->units_per_EM == 0) {
    done_face(face);
    throw PictureError(ttf_path + ": error: not a scalable font (expected a TrueType font)");
  }
  family_ = face->family_name ? face->family_name : "sans-serif";
  // stbtt_GetFontVMetrics reads hhea's ascender and descender; ImGui's pixel
  // height is their difference (stbtt_ScaleForPixelHeight).
  double ascent = face->ascender;
  double descent = face->descender;
  if (const auto* hhea = static_cast<const TT_HoriHeader*>(FT_Get_Sfnt_Table(face, FT_SFNT_HHEA))) {
    ascent = hhea->Ascender;
    descent = hhea->Descender;
  }
  if (ascent - descent <= 0) {
    done_face(face);
    throw PictureError(ttf_path + ": error: the font has no vertical metrics (expected a TrueType font)");
  }
  em_per_pixel_height_ = face->units_per_EM / (ascent - descent);
  // ImFontAtlasBuildSetupFont: ascent = floor(ascent * scale + 1) at the
  // atlas's size, and glyphs stand that many atlas pixels below the top.
  const double atlas = atlas_size > 0 && std::isfinite(atlas_size) ? atlas_size : kCanvasAtlasSize;
  baseline_per_pixel_height_ = std::floor(ascent * atlas / (ascent - descent) + 1) / atlas;

  for (std::size_t i = 0; picture::kGlyphRanges[i] != 0; i += 2) {
    for (char32_t c = picture::kGlyphRanges[i]; c <= picture::kGlyphRanges[i + 1]; ++c) {
      if (const FT_UInt glyph = FT_Get_Char_Index(face, c)) glyphs_.emplace(c, glyph);
    }
  }
  fallback_glyph_ = FT_Get_Char_Index(face, picture::kFallbackCharacter);

  face_ = cairo_ft_font_face_create_for_ft_face(face, FT_LOAD_NO_HINTING);
  if (cairo_font_face_set_user_data(face_, &kFaceKey, face, done_face) != CAIRO_STATUS_SUCCESS) {
    cairo_font_face_destroy(face_);
    done_face(face);
    throw PictureError(ttf_path + ": error: cairo cannot use the font");
  }
}

PictureFont PictureFont::canvas(const std::string& assets_directory) {
  const std::string config = assets_directory + "/fonts.json";
  const std::string file = picture::font_file(assets_directory, "canvas");
  if (file.empty()) {
    throw PictureError(config + ": error: no existing font file for \"canvas\" (expected "
                       "\"canvas\": {\"files\": [...]} naming an installed TrueType font)");
  }
  double size = kCanvasAtlasSize;
  try {
    const nlohmann::json json = parse_json_text(read_text_file(config, 1 << 20), config);
    if (json["canvas"].contains("size") && json["canvas"]["size"].is_number()) {
      size = json["canvas"]["size"].get<double>();
    }
  } catch (const LoadError&) {
    // font_file read it a moment ago; keep the canvas's default size.
  }
  return PictureFont(file, size);
}

PictureFont::~PictureFont() {
  if (face_) cairo_font_face_destroy(face_);
}

PictureFont::PictureFont(PictureFont&& other) noexcept
    : path_(std::move(other.path_)),
      family_(std::move(other.family_)),
      face_(other.face_),
      em_per_pixel_height_(other.em_per_pixel_height_),
      baseline_per_pixel_height_(other.baseline_per_pixel_height_),
      glyphs_(std::move(other.glyphs_)),
      fallback_glyph_(other.fallback_glyph_) {
  other.face_ = nullptr;
}

void PictureFont::apply_options(cairo_t* cr) {
  cairo_font_options_t* options = picture_font_options();
  cairo_set_font_options(cr, options);
  cairo_font_options_destroy(options);
}

unsigned long PictureFont::glyph_of(char32_t code_point) const {
  if (picture::in_glyph_ranges(code_point)) {
    if (const auto found = glyphs_.find(code_point); found != glyphs_.end()) return found->second;
  }
  return fallback_glyph_;
}

double PictureFont::advance_width(std::string_view utf8, double pixel_height) const {
  cairo_matrix_t font_matrix;
  cairo_matrix_t identity;
  const double em = em_size(pixel_height);
  cairo_matrix_init_scale(&font_matrix, em, em);
  cairo_matrix_init_identity(&identity);
  cairo_font_options_t* options = picture_font_options();
  cairo_scaled_font_t* scaled = cairo_scaled_font_create(face_, &font_matrix, &identity, options);
  cairo_font_options_destroy(options);
  const double width = glyph_line(*this, scaled, utf8).width;
  cairo_scaled_font_destroy(scaled);
  return width;
}

// -----------------------------------------------------------------------------
// [SECTION] Glyph lines
// -----------------------------------------------------------------------------

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  picture::for_each_code_point(text, [&](char32_t code_point) { append_utf8(out, code_point); });
  return out;
}

GlyphLine glyph_line(const PictureFont& font, cairo_scaled_font_t* scaled, std::string_view text) {
  GlyphLine line;
  line.glyphs.reserve(text.size());
  line.clusters.reserve(text.size());
  line.utf8.reserve(text.size());
  std::unordered_map<unsigned long, double> advances;  // a line repeats letters
  picture::for_each_code_point(text, [&](char32_t code_point) {
    const std::size_t before = line.utf8.size();
    append_utf8(line.utf8, code_point);
    cairo_glyph_t glyph{font.glyph_of(code_point), line.width, 0};
    auto found = advances.find(glyph.index);
    if (found == advances.end()) {
      cairo_text_extents_t extents{};
      cairo_scaled_font_glyph_extents(scaled, &glyph, 1, &extents);
      found = advances.emplace(glyph.index, extents.x_advance).first;
    }
    line.width += found->second;
    line.glyphs.push_back(glyph);
    line.clusters.push_back({static_cast<int>(line.utf8.size() - before), 1});
  });
  return line;
}

}  // namespace blokjes
