#pragma once
// How a process looks: every colour and size the picture uses, written once,
// in enum-indexed tables (Dear ImGui's GStyleVarInfo[] manner). The canvas,
// and later the SVG and PDF renderers, read these tables and nothing else.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "core/block_library.h"
#include "core/process.h"

namespace blokjes::picture {

struct Colour {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;
  std::uint8_t a = 255;
  bool operator==(const Colour&) const = default;
};

// "#RRGGBB" (the block library's form) or grey when it is not one.
Colour colour_from_hex(std::string_view hex, std::uint8_t alpha = 255);

enum class StyleColour {
  canvas_background,
  lane_even,
  lane_odd,
  lane_label,
  flow_sequence,
  flow_conditional,
  flow_rework,
  selection,       // outline of selected blocks, selected flows, connecting
  selection_fill,  // the box being dragged out to select
  selection_box,   // its outline
  block_title,
  block_label,
  port,
  unknown_kind,  // a block whose kind the library lacks
  only_in_a,     // compare: present in the first process only
  only_in_b,     // compare: present in the second process only
  minimap_background,
  minimap_border,
  count
};

// Sizes in canvas units (the model's units), scaled with the zoom when drawn.
enum class StyleSize {
  block_title_text,  // the kind (variant) name: the largest text on the canvas
  block_label_text,
  lane_label_text,
  flow_label_text,
  block_padding,
  block_corner_radius,
  title_line_spacing,  // the label starts this many title heights below the title
  lane_label_inset,    // from the lane header's left edge
  lane_label_margin,   // kept free right of the lane name
  flow_thickness,
  selected_flow_factor,
  selection_outline,
  arrowhead_length,
  arrowhead_width,
  flow_label_offset,
  highlight_outline,
  // Screen pixels, whatever the zoom: a line never thins out below these.
  // Outlines take 3: a 2-pixel line at a fractional position blurs into two
  // half-tinted rows, which does not read as "selected" from a distance.
  min_flow_pixels,
  min_outline_pixels,
  // The legibility floor: a fitted canvas never draws kind names smaller than
  // this many pixels (times the UI scale), so they read from the back of a room.
  min_title_pixels,
  min_title_pixels_presenting,
  count
};

struct StyleColourInfo {
  StyleColour id;
  const char* name;
  Colour value;
};
struct StyleSizeInfo {
  StyleSize id;
  const char* name;
  double value;
};
// In enum order; tests check each entry sits at its own index.
extern const StyleColourInfo kStyleColours[];
extern const StyleSizeInfo kStyleSizes[];

class Style {
 public:
  Style() = default;
  // Block kinds take their colours from the library's hex colours.
  explicit Style(const BlockLibrary& library);

  Colour colour(StyleColour id) const;
  double size(StyleSize id) const;
  Colour kind_colour(std::string_view kind_id) const;
  Colour flow_colour(FlowKind kind) const;

 private:
  std::map<std::string, Colour, std::less<>> kind_colours_;
};

}  // namespace blokjes::picture
