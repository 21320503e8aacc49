#pragma once
// A picture as a file's bytes, and written to disk: one renderer
// (cairo_renderer.h) on three cairo surfaces, so SVG, PNG and PDF show the
// same primitives as the canvas.
//
// [SECTIONS]
//   [BYTES]  svg_of, png_of, pdf_of
//   [FILES]  write_svg, write_png, write_pdf (core/atomic_file.h)

#include <string>

#include "picture/primitives.h"
#include "picture_font.h"
#include "picture_frame.h"

namespace blokjes {

// A PNG side may not exceed this (cairo's image surfaces stop at 32767), nor
// the whole image this many pixels (256 MiB of ARGB while drawing).
inline constexpr int kMaxPngSide = 32767;
inline constexpr long long kMaxPngPixels = 64LL * 1024 * 1024;

// [BYTES] -------------------------------------------------------------------

// SVG 1.1 in px (width, height and viewBox are the frame's pixel size). cairo
// draws the text as glyph outlines (the look, the font embedded as shapes);
// an invisible text layer follows them before </svg>:
//   <g class="text" font-family="DejaVu Sans" fill-opacity="0" xml:space="preserve">
//     <text x=".." y="baseline" font-size="em px" textLength="..">escaped text</text> ...
// so the text is selectable, searchable and names its font. Characters XML
// forbids (control characters, invalid UTF-8) stand as U+FFFD there.
std::string svg_of(const picture::Picture& picture, const PictureFrame& frame,
                   const PictureFont& font);
// An 8-bit RGBA PNG of frame.pixel_width() x pixel_height(). Throws
// PictureError when the frame is larger than the limits above.
std::string png_of(const picture::Picture& picture, const PictureFrame& frame,
                   const PictureFont& font);
// A one-page PDF, the page frame.pixel_width() x pixel_height() points, the
// font embedded as a subset with its text extractable (pdftotext).
std::string pdf_of(const picture::Picture& picture, const PictureFrame& frame,
                   const PictureFont& font);

// [FILES] -------------------------------------------------------------------

// The bytes above, written with write_file_atomically (the old file or the
// new one, never a mix). Errors name the path.
void write_svg(const std::string& path, const picture::Picture& picture,
               const PictureFrame& frame, const PictureFont& font);
void write_png(const std::string& path, const picture::Picture& picture,
               const PictureFrame& frame, const PictureFont& font);
void write_pdf(const std::string& path, const picture::Picture& picture,
               const PictureFrame& frame, const PictureFont& font);

}  // namespace blokjes
