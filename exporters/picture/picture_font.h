#pragma once
// The canvas's TTF (assets/fonts.json, role "canvas") loaded through
// FreeType into a cairo font face, set up so cairo lays out text as ImGui
// does on the canvas:
//  - sizes are ImGui's: a font pixel height (ascent - descent of the hhea
//    table), not cairo's em size; em_size() converts;
//  - advances are unhinted (hinting none, hint metrics off), as stb_truetype
//    measures them (picture/stb_metrics.h), so lines break and run equally;
//  - code points outside picture::kGlyphRanges, and those the font lacks,
//    are drawn as picture::kFallbackCharacter, as ImGui's atlas does;
//  - the baseline stands where ImGui puts it: at the line top plus the
//    atlas's rounded ascent (ImFontAtlasBuildSetupFont) scaled to the size.
//
// [SECTIONS]
//   [FONT]    PictureFont
//   [GLYPHS]  a line of text as positioned glyphs

#include <cairo.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace blokjes {

// [FONT] --------------------------------------------------------------------

class PictureFont {
 public:
  // The canvas atlas is baked at this pixel height (fonts.json "canvas"
  // "size", app/fonts.cpp), which decides how ImGui rounds the ascent.
  static constexpr double kCanvasAtlasSize = 64;

  // Throws PictureError naming `ttf_path` when it cannot be read or is not a font.
  explicit PictureFont(const std::string& ttf_path, double atlas_size = kCanvasAtlasSize);
  // The canvas font as assets/fonts.json names it (file and size); throws
  // PictureError naming fonts.json when it lists no existing file.
  static PictureFont canvas(const std::string& assets_directory);

  ~PictureFont();
  PictureFont(PictureFont&& other) noexcept;
  PictureFont& operator=(PictureFont&&) = delete;
  PictureFont(const PictureFont&) = delete;
  PictureFont& operator=(const PictureFont&) = delete;

  cairo_font_face_t* face() const { return face_; }
  const std::string& path() const { return path_; }
  const std::string& family() const { return family_; }  // "DejaVu Sans"

  // cairo's font size (em) for ImGui's size (pixel height).
  double em_size(double pixel_height) const { return pixel_height * em_per_pixel_height_; }
  // From the top of a line box of `pixel_height` to its baseline, as ImGui.
  double baseline_offset(double pixel_height) const {
    return pixel_height * baseline_per_pixel_height_;
  }
  // Hinting none, hint metrics off: for every cairo_t that draws with this font.
  static void apply_options(cairo_t* cr);

  // The glyph that draws `code_point` (the fallback's when outside the ranges).
  unsigned long glyph_of(char32_t code_point) const;

  // cairo's advance of one line at `pixel_height`, summed over its glyphs
  // from a scaled font with this font's options (what render_picture uses).
  double advance_width(std::string_view utf8, double pixel_height) const;

 private:
  std::string path_;
  std::string family_;
  cairo_font_face_t* face_ = nullptr;
  double em_per_pixel_height_ = 1;
  double baseline_per_pixel_height_ = 0.8;
  std::unordered_map<char32_t, unsigned long> glyphs_;  // every code point in the ranges
  unsigned long fallback_glyph_ = 0;
};

// [GLYPHS] ------------------------------------------------------------------

// One line ready for cairo_show_text_glyphs: glyphs at x from 0 on the
// baseline, the valid UTF-8 they stand for (invalid bytes become U+FFFD, as
// the metrics count them) and one cluster per code point, so a PDF's text
// extracts as the original characters even where a '?' is drawn.
struct GlyphLine {
  std::vector<cairo_glyph_t> glyphs;
  std::string utf8;
  std::vector<cairo_text_cluster_t> clusters;
  double width = 0;
};
GlyphLine glyph_line(const PictureFont& font, cairo_scaled_font_t* scaled, std::string_view text);

// `text` as valid UTF-8 (invalid sequences as U+FFFD).
std::string valid_utf8(std::string_view text);
// One code point as UTF-8; NUL, surrogates and values past U+10FFFF as U+FFFD.
void append_utf8(std::string& out, char32_t code_point);

}  // namespace blokjes
