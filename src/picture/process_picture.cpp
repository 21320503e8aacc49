#include "process_picture.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

#include "build_picture.h"
#include "room_picture.h"
#include "style.h"

// [SECTION] Clamping
// [SECTION] The picture
// [SECTION] Bounds

namespace blokjes::picture {

// -----------------------------------------------------------------------------
// [SECTION] Clamping
// -----------------------------------------------------------------------------

double drawable(double value) {
  if (!std::isfinite(value)) return 0;
  return std::clamp(value, -kDrawableLimit, kDrawableLimit);
}

CanvasPoint drawable(CanvasPoint point) {
  return {drawable(point.x), drawable(point.y)};
}

double drawable_length(double value) {
  return std::isfinite(value) ? std::clamp(value, 0.0, 2 * kDrawableLimit) : 0.0;
}

// -----------------------------------------------------------------------------
// [SECTION] The picture
// -----------------------------------------------------------------------------

Picture process_picture(const Workshop& workshop, const Process& process,
                        const BlockLibrary& library, Language language,
                        const TextMetrics& metrics) {
  // As app/canvas_drawing.cpp's picture_of, at rest: no selection, no drag,
  // no colouring by participant or round, no replay, and no visible window
  // (everything is drawn, lanes as wide as the blocks reach).
  const Style style(library);
  PictureView view;
  view.language = language;
  view.departments = &workshop.departments;
  Picture picture = build_picture(process, library, style, view, metrics);
  // The notes the canvas shows: this process's, those with a place on it.
  std::vector<Note> notes;
  for (const Note& note : workshop.notes) {
    if (note.process == process.id && note.position) notes.push_back(note);
  }
  const RoomView room;
  add_sticky_notes(picture, workshop, notes, style, metrics, room);
  add_dots(picture, workshop, process, notes, metrics, room);
  return picture;
}

// -----------------------------------------------------------------------------
// [SECTION] Bounds
// -----------------------------------------------------------------------------

namespace {

struct Extent {
  bool any = false;
  CanvasRect rect;
  void add(CanvasPoint point, double grow = 0) {
    const CanvasPoint p = drawable(point);
    const double g = drawable_length(grow);
    const CanvasRect r{{p.x - g, p.y - g}, {p.x + g, p.y + g}};
    if (!any) {
      rect = r;
      any = true;
      return;
    }
    rect.min.x = std::min(rect.min.x, r.min.x);
    rect.min.y = std::min(rect.min.y, r.min.y);
    rect.max.x = std::max(rect.max.x, r.max.x);
    rect.max.y = std::max(rect.max.y, r.max.y);
  }
};

}  // namespace

CanvasRect picture_bounds(const Picture& picture, const TextMetrics& metrics) {
  Extent extent;
  for (const auto& primitive : picture.primitives) {
    std::visit(
        [&](const auto& item) {
          using Item = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<Item, FilledRect>) {
            extent.add(item.rect.min);
            extent.add(item.rect.max);
          } else if constexpr (std::is_same_v<Item, StrokedRect>) {
            // The canvas strokes half a pixel inside the rectangle; half the
            // thickness can stand outside it.
            extent.add(item.rect.min, item.thickness / 2);
            extent.add(item.rect.max, item.thickness / 2);
          } else if constexpr (std::is_same_v<Item, TextRun>) {
            const double size = drawable_length(item.size);
            const double width = drawable_length(metrics.width(item.text, size));
            const CanvasPoint top_left = drawable(item.top_left);
            extent.add(top_left);
            extent.add({top_left.x + width, top_left.y + metrics.line_height(size)});
          } else if constexpr (std::is_same_v<Item, Polyline>) {
            for (const auto& point : item.points) extent.add(point, item.thickness / 2);
          } else if constexpr (std::is_same_v<Item, Triangle>) {
            extent.add(item.tip);
            extent.add(item.left);
            extent.add(item.right);
          } else if constexpr (std::is_same_v<Item, Circle>) {
            extent.add(item.centre, item.radius);
          }
        },
        primitive);
  }
  return extent.any ? extent.rect : CanvasRect{};
}

}  // namespace blokjes::picture
