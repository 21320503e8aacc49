// The minimap: every block as a small rectangle in the canvas's corner, each
// sticky note as a small square in its colour, the visible area outlined;
// pressing or dragging in it moves the view there.

#include <imgui.h>

#include <algorithm>

#include "canvas_geometry.h"
#include "canvas_panel.h"
#include "picture/room_picture.h"

// [SECTION] Minimap geometry
// [SECTION] Steering by the minimap
// [SECTION] Drawing the minimap

namespace blokjes::app {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Minimap geometry
// -----------------------------------------------------------------------------

constexpr float kMinimapMargin = 12;

// A fifth of the canvas width, within limits, so it never covers a small canvas.
struct MinimapSize {
  float width;
  float height;
};
MinimapSize minimap_size(ScreenPoint canvas_min, ScreenPoint canvas_max) {
  const float width = std::clamp((canvas_max.x - canvas_min.x) * 0.2f, 90.0f, 420.0f);
  return {width, width * 0.64f};
}

// Maps the canvas region `world` into the minimap rectangle [min, max].
struct MinimapTransform {
  CanvasRect world;
  ScreenPoint min;
  double scale = 1;

  // `world` is within kDrawableLimit and so is the point once clamped: the
  // result stays near the minimap, whatever the file says.
  ScreenPoint to_minimap(CanvasPoint point) const {
    const CanvasPoint shown = drawable(point);
    return {static_cast<float>(min.x + (shown.x - world.min.x) * scale),
            static_cast<float>(min.y + (shown.y - world.min.y) * scale)};
  }
  CanvasPoint to_world(ScreenPoint point) const {
    return {world.min.x + (point.x - min.x) / scale, world.min.y + (point.y - min.y) / scale};
  }
};

MinimapTransform minimap_transform(const Process& process, const std::vector<Note>& notes,
                                   const CanvasView& view, ScreenPoint canvas_min,
                                   ScreenPoint canvas_max) {
  // Both the visible area and the blocks' and notes' bounds as drawn
  // (canvas_view.h, kDrawableLimit): a block at y = -1e308 made the scale 0
  // and the corners infinite, and AddRect crashed on them.
  CanvasRect world = drawable(CanvasRect{view.to_canvas(canvas_min), view.to_canvas(canvas_max)});
  const auto include = [&world](const CanvasRect& area) {
    const CanvasRect shown = drawable(area);
    world.min = {std::min(world.min.x, shown.min.x), std::min(world.min.y, shown.min.y)};
    world.max = {std::max(world.max.x, shown.max.x), std::max(world.max.y, shown.max.y)};
  };
  if (const auto bounds = bounds_of(process)) include(*bounds);
  for (const Note& note : notes) include(picture::note_rect(note));
  const MinimapSize size = minimap_size(canvas_min, canvas_max);
  const ScreenPoint min{canvas_max.x - size.width - kMinimapMargin,
                        canvas_max.y - size.height - kMinimapMargin};
  const double scale = std::min(size.width / std::max(1.0, world.max.x - world.min.x),
                                size.height / std::max(1.0, world.max.y - world.min.y));
  return {world, min, scale};
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Steering by the minimap
// -----------------------------------------------------------------------------

bool CanvasPanel::minimap_contains(ScreenPoint point) const {
  if (!show_minimap_) return false;  // hidden while presenting: the canvas takes the click
  const MinimapSize size = minimap_size(canvas_min_, canvas_max_);
  const ScreenPoint min{canvas_max_.x - size.width - kMinimapMargin,
                        canvas_max_.y - size.height - kMinimapMargin};
  return point.x >= min.x && point.x <= min.x + size.width && point.y >= min.y &&
         point.y <= min.y + size.height;
}

void CanvasPanel::centre_on_minimap_point(const Process& process, ScreenPoint point) {
  const auto transform =
      minimap_transform(process, shown_notes(process.id), view_, canvas_min_, canvas_max_);
  const CanvasPoint target = transform.to_world(point);
  centre_on(target);
}

// -----------------------------------------------------------------------------
// [SECTION] Drawing the minimap
// -----------------------------------------------------------------------------

std::vector<CanvasPanel::MinimapMark> CanvasPanel::minimap_marks(const Process& process) const {
  const std::vector<Note> notes = shown_notes(process.id);
  const auto transform = minimap_transform(process, notes, view_, canvas_min_, canvas_max_);
  std::vector<MinimapMark> marks;
  for (const auto& block : process.blocks) {
    const CanvasRect rect = block_rect(block);
    marks.push_back({block.id, false, transform.to_minimap(rect.min),
                     transform.to_minimap(rect.max), style_.kind_colour(block.kind)});
  }
  // A note is a square smaller than its own size (whole, it would hide the
  // blocks it is about) and never smaller than a few pixels, so it shows.
  const float side = std::max(
      6.0f * ui_scale_, static_cast<float>(picture::kNoteSize * transform.scale * 0.6));
  for (const Note& note : notes) {
    const CanvasRect rect = picture::note_rect(note);
    const ScreenPoint centre = transform.to_minimap(
        {(rect.min.x + rect.max.x) / 2, (rect.min.y + rect.max.y) / 2});
    marks.push_back({note.id, true, {centre.x - side / 2, centre.y - side / 2},
                     {centre.x + side / 2, centre.y + side / 2},
                     note.colour.empty() ? picture::note_paper_colour()
                                         : picture::colour_from_hex(note.colour)});
  }
  return marks;
}

void CanvasPanel::draw_minimap(ImDrawList& draw_list, const Process& process) const {
  const auto transform =
      minimap_transform(process, shown_notes(process.id), view_, canvas_min_, canvas_max_);
  const ImVec2 min = to_imvec(transform.min);
  const MinimapSize size = minimap_size(canvas_min_, canvas_max_);
  draw_list.AddRectFilled(min, {min.x + size.width, min.y + size.height},
                          to_imgui(style_.colour(picture::StyleColour::minimap_background)), 4);
  const ImU32 note_edge = to_imgui(style_.colour(picture::StyleColour::minimap_border));
  for (const auto& mark : minimap_marks(process)) {
    draw_list.AddRectFilled(to_imvec(mark.min), to_imvec(mark.max), to_imgui(mark.colour));
    // Paper yellow on the white minimap needs an edge to be seen.
    if (mark.note) draw_list.AddRect(to_imvec(mark.min), to_imvec(mark.max), note_edge);
  }
  draw_list.AddRect(to_imvec(transform.to_minimap(view_.to_canvas(canvas_min_))),
                    to_imvec(transform.to_minimap(view_.to_canvas(canvas_max_))),
                    to_imgui(style_.colour(picture::StyleColour::selection)), 0, 0, 1.5f);
  draw_list.AddRect(min, {min.x + size.width, min.y + size.height},
                    to_imgui(style_.colour(picture::StyleColour::minimap_border)), 4);
}

}  // namespace blokjes::app
