#pragma once
// Draws a picture::Picture with cairo, each primitive as the canvas's ImGui
// renderer (app/picture_renderer.cpp) draws it, so one list of primitives
// looks the same in the window, in a PNG, a PDF and an SVG.

#include <cairo.h>

#include "picture/primitives.h"
#include "picture_font.h"
#include "picture_frame.h"

namespace blokjes {

// The pixel height a text run is drawn at: its size (clamped as the canvas
// clamps lengths) times the frame's scale, at most kMaxTextPixels: FreeType
// refuses glyphs millions of pixels high, and such a run covers any frame.
inline constexpr double kMaxTextPixels = 10000;
double text_pixels(const picture::TextRun& run, const PictureFrame& frame);

// Paints the frame's background, then every primitive in order, into `cr`
// (whose surface is frame.pixel_width() x pixel_height() device units; the
// current transformation is set to identity). Coordinates are clamped as the
// canvas clamps them (+-1e6, non-finite as 0). Throws PictureError when cairo
// ends in an error state.
void render_picture(const picture::Picture& picture, const PictureFrame& frame, cairo_t* cr,
                    const PictureFont& font);

}  // namespace blokjes
