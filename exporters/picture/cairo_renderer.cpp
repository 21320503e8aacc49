#include "cairo_renderer.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <type_traits>

#include "picture/process_picture.h"
#include "picture_error.h"

// [SECTION] Coordinates
// [SECTION] Shapes, as ImDrawList draws them
// [SECTION] Text, as ImFont::RenderText places it
// [SECTION] render_picture

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Coordinates
// -----------------------------------------------------------------------------

// cairo keeps coordinates in 24.8 fixed point (about +-8.3 million); a frame
// scaled up far enough could pass that, so device coordinates stay inside.
constexpr double kDeviceLimit = 4e6;

struct Device {
  double x = 0;
  double y = 0;
};

class Mapping {
 public:
  explicit Mapping(const PictureFrame& frame)
      : frame_(frame), scale_(std::isfinite(frame.scale) && frame.scale > 0 ? frame.scale : 1) {}
  // app/canvas_view.h's to_screen: clamp the canvas point, then scale.
  Device point(picture::CanvasPoint canvas) const {
    return {std::clamp(frame_.to_pixel_x(canvas.x), -kDeviceLimit, kDeviceLimit),
            std::clamp(frame_.to_pixel_y(canvas.y), -kDeviceLimit, kDeviceLimit)};
  }
  // app/canvas_view.h's to_screen_length.
  double length(double canvas_length) const {
    return std::min(picture::drawable_length(canvas_length) * scale_, kDeviceLimit);
  }

 private:
  const PictureFrame& frame_;
  double scale_;
};

void set_colour(cairo_t* cr, picture::Colour colour) {
  cairo_set_source_rgba(cr, colour.r / 255.0, colour.g / 255.0, colour.b / 255.0,
                        colour.a / 255.0);
}

// -----------------------------------------------------------------------------
// [SECTION] Shapes, as ImDrawList draws them
// -----------------------------------------------------------------------------

// ImDrawList::PathRect: the rounding never exceeds half a side less a pixel,
// and below half a pixel the corners are square.
void rect_path(cairo_t* cr, Device a, Device b, double rounding) {
  const double x0 = std::min(a.x, b.x);
  const double y0 = std::min(a.y, b.y);
  const double x1 = std::max(a.x, b.x);
  const double y1 = std::max(a.y, b.y);
  double r = std::min({rounding, (x1 - x0) * 0.5 - 1, (y1 - y0) * 0.5 - 1});
  if (r < 0.5) {
    cairo_rectangle(cr, x0, y0, x1 - x0, y1 - y0);
    return;
  }
  constexpr double pi = std::numbers::pi;
  cairo_new_sub_path(cr);
  cairo_arc(cr, x0 + r, y0 + r, r, pi, 1.5 * pi);
  cairo_arc(cr, x1 - r, y0 + r, r, 1.5 * pi, 2 * pi);
  cairo_arc(cr, x1 - r, y1 - r, r, 0, 0.5 * pi);
  cairo_arc(cr, x0 + r, y1 - r, r, 0.5 * pi, pi);
  cairo_close_path(cr);
}

void draw(cairo_t* cr, const Mapping& map, const picture::FilledRect& item) {
  if (item.colour.a == 0) return;
  set_colour(cr, item.colour);
  rect_path(cr, map.point(item.rect.min), map.point(item.rect.max), map.length(item.rounding));
  cairo_fill(cr);
}

void draw(cairo_t* cr, const Mapping& map, const picture::StrokedRect& item) {
  if (item.colour.a == 0) return;
  const double thickness = map.length(item.thickness);
  if (thickness <= 0) return;
  // ImDrawList::AddRect strokes the rectangle half a pixel inside its edges.
  const Device a = map.point(item.rect.min);
  const Device b = map.point(item.rect.max);
  set_colour(cr, item.colour);
  rect_path(cr, {std::min(a.x, b.x) + 0.5, std::min(a.y, b.y) + 0.5},
            {std::max(a.x, b.x) - 0.5, std::max(a.y, b.y) - 0.5}, map.length(item.rounding));
  cairo_set_line_width(cr, thickness);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
  cairo_stroke(cr);
}

void draw(cairo_t* cr, const Mapping& map, const picture::Polyline& item) {
  // ImDrawList::AddPolyline: open, flat ends, joins mitred.
  if (item.colour.a == 0 || item.points.size() < 2) return;
  const double thickness = map.length(item.thickness);
  if (thickness <= 0) return;
  set_colour(cr, item.colour);
  const Device first = map.point(item.points.front());
  cairo_move_to(cr, first.x, first.y);
  for (std::size_t i = 1; i < item.points.size(); ++i) {
    const Device next = map.point(item.points[i]);
    cairo_line_to(cr, next.x, next.y);
  }
  cairo_set_line_width(cr, thickness);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
  cairo_stroke(cr);
}

void draw(cairo_t* cr, const Mapping& map, const picture::Triangle& item) {
  if (item.colour.a == 0) return;
  const Device tip = map.point(item.tip);
  const Device left = map.point(item.left);
  const Device right = map.point(item.right);
  set_colour(cr, item.colour);
  cairo_move_to(cr, tip.x, tip.y);
  cairo_line_to(cr, left.x, left.y);
  cairo_line_to(cr, right.x, right.y);
  cairo_close_path(cr);
  cairo_fill(cr);
}

void draw(cairo_t* cr, const Mapping& map, const picture::Circle& item) {
  // ImDrawList::AddCircleFilled draws nothing below half a pixel.
  const double radius = map.length(item.radius);
  if (item.colour.a == 0 || radius < 0.5) return;
  const Device centre = map.point(item.centre);
  set_colour(cr, item.colour);
  cairo_new_sub_path(cr);
  cairo_arc(cr, centre.x, centre.y, radius, 0, 2 * std::numbers::pi);
  cairo_fill(cr);
}

// -----------------------------------------------------------------------------
// [SECTION] Text, as ImFont::RenderText places it
// -----------------------------------------------------------------------------

// RenderText floors the start to whole pixels, then places each glyph at the
// running sum of unhinted advances, the baseline at the atlas's ascent
// scaled to the size (PictureFont::baseline_offset).
void draw(cairo_t* cr, const Mapping& map, const picture::TextRun& item, const PictureFrame& frame,
          const PictureFont& font) {
  const double size = text_pixels(item, frame);
  if (item.colour.a == 0 || size <= 0 || item.text.empty()) return;
  const Device top_left = map.point(item.top_left);
  const double x = std::floor(top_left.x);
  const double baseline = std::floor(top_left.y) + font.baseline_offset(size);
  cairo_set_font_face(cr, font.face());
  cairo_set_font_size(cr, font.em_size(size));
  cairo_scaled_font_t* scaled = cairo_get_scaled_font(cr);
  GlyphLine line = glyph_line(font, scaled, item.text);
  for (auto& glyph : line.glyphs) {
    glyph.x += x;
    glyph.y = baseline;
  }
  set_colour(cr, item.colour);
  cairo_show_text_glyphs(cr, line.utf8.data(), static_cast<int>(line.utf8.size()),
                         line.glyphs.data(), static_cast<int>(line.glyphs.size()),
                         line.clusters.data(), static_cast<int>(line.clusters.size()),
                         static_cast<cairo_text_cluster_flags_t>(0));
}

}  // namespace

double text_pixels(const picture::TextRun& run, const PictureFrame& frame) {
  const double scale = std::isfinite(frame.scale) && frame.scale > 0 ? frame.scale : 1;
  return std::min(picture::drawable_length(run.size) * scale, kMaxTextPixels);
}

// -----------------------------------------------------------------------------
// [SECTION] render_picture
// -----------------------------------------------------------------------------

void render_picture(const picture::Picture& picture, const PictureFrame& frame, cairo_t* cr,
                    const PictureFont& font) {
  cairo_identity_matrix(cr);
  PictureFont::apply_options(cr);
  cairo_set_antialias(cr, CAIRO_ANTIALIAS_DEFAULT);
  set_colour(cr, frame.background);
  cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE);
  cairo_paint(cr);
  cairo_set_operator(cr, CAIRO_OPERATOR_OVER);
  const Mapping map(frame);
  for (const auto& primitive : picture.primitives) {
    std::visit(
        [&](const auto& item) {
          using Item = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<Item, picture::TextRun>) {
            draw(cr, map, item, frame, font);
          } else {
            draw(cr, map, item);
          }
        },
        primitive);
    if (cairo_status(cr) != CAIRO_STATUS_SUCCESS) break;
  }
  if (const cairo_status_t status = cairo_status(cr); status != CAIRO_STATUS_SUCCESS) {
    throw PictureError(std::string("cairo could not draw the picture: ") +
                       cairo_status_to_string(status));
  }
}

}  // namespace blokjes
