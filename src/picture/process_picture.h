#pragma once
// The whole picture of one process as the canvas shows it at rest (nothing
// selected, nothing dragged, blocks in their kind's colour, every part drawn):
// lanes, flows and blocks (build_picture), then the sticky notes and the dots
// on top (room_picture), in the canvas's order. Every exporter that draws a
// process (SVG, PNG, PDF, the handout) calls this one function, so they all
// show what the canvas shows.

#include "core/block_library.h"
#include "core/localized_text.h"
#include "core/process.h"
#include "core/workshop.h"
#include "primitives.h"
#include "text_metrics.h"

namespace blokjes::picture {

Picture process_picture(const Workshop& workshop, const Process& process,
                        const BlockLibrary& library, Language language,
                        const TextMetrics& metrics);

// The union of all primitives' extents, in canvas units: rectangles as they
// are (a stroke's outer half added), polylines with half their thickness,
// circles with their radius, triangles by their corners, and a text run from
// its top-left over its *measured* width (metrics.width, not wrap_width:
// flow labels have none, and a line may be narrower than its wrap width) and
// the line height. Coordinates are first brought within +-1e6 and non-finite
// values taken as 0, as the canvas does (app/canvas_view.h, kDrawableLimit),
// so the bounds are always finite. An empty picture: an empty rectangle at
// the origin.
CanvasRect picture_bounds(const Picture& picture, const TextMetrics& metrics);

// The canvas's bound on drawn coordinates, and the clamp it applies (the
// same rule as app/canvas_view.h's `drawable`, here for renderers without ImGui).
inline constexpr double kDrawableLimit = 1e6;
double drawable(double value);
CanvasPoint drawable(CanvasPoint point);
// A length (size, thickness, radius): non-finite -> 0, within [0, 2e6].
double drawable_length(double value);

}  // namespace blokjes::picture
