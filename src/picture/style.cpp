#include "style.h"

#include <cstdio>

namespace blokjes::picture {

// The text sizes set the canvas's proportions: a block (geometry.h) is as
// large as two title lines and three label lines need, and the fitted view's
// zoom turns block_title_text into the kind name's pixel height (the
// legibility floor, canvas_panel.cpp, works on that).
// clang-format off
const StyleColourInfo kStyleColours[] = {
    {StyleColour::canvas_background,  "canvas_background",  {246, 248, 250, 255}},
    {StyleColour::lane_even,          "lane_even",          {236, 240, 245, 255}},
    {StyleColour::lane_odd,           "lane_odd",           {226, 231, 238, 255}},
    {StyleColour::lane_label,         "lane_label",         {90, 100, 115, 255}},
    {StyleColour::flow_sequence,      "flow_sequence",      {70, 80, 95, 255}},
    {StyleColour::flow_conditional,   "flow_conditional",   {200, 140, 30, 255}},
    {StyleColour::flow_rework,        "flow_rework",        {190, 60, 60, 255}},
    {StyleColour::selection,          "selection",          {20, 110, 230, 255}},
    {StyleColour::selection_fill,     "selection_fill",     {20, 110, 230, 40}},
    {StyleColour::selection_box,      "selection_box",      {20, 110, 230, 200}},
    {StyleColour::block_title,        "block_title",        {255, 255, 255, 255}},
    {StyleColour::block_label,        "block_label",        {255, 255, 255, 225}},
    {StyleColour::port,               "port",               {255, 255, 255, 235}},
    {StyleColour::unknown_kind,       "unknown_kind",       {150, 150, 150, 255}},
    {StyleColour::only_in_a,          "only_in_a",          {232, 89, 12, 255}},
    {StyleColour::only_in_b,          "only_in_b",          {112, 72, 232, 255}},
    {StyleColour::minimap_background, "minimap_background", {255, 255, 255, 220}},
    {StyleColour::minimap_border,     "minimap_border",     {150, 160, 175, 255}},
};

const StyleSizeInfo kStyleSizes[] = {
    {StyleSize::block_title_text,     "block_title_text",     22},
    {StyleSize::block_label_text,     "block_label_text",     17},
    {StyleSize::lane_label_text,      "lane_label_text",      20},
    {StyleSize::flow_label_text,      "flow_label_text",      16},
    {StyleSize::block_padding,        "block_padding",        8},
    {StyleSize::block_corner_radius,  "block_corner_radius",  8},
    {StyleSize::title_line_spacing,   "title_line_spacing",   1.15},
    {StyleSize::lane_label_inset,     "lane_label_inset",     8},
    {StyleSize::lane_label_margin,    "lane_label_margin",    8},
    {StyleSize::flow_thickness,       "flow_thickness",       2.5},
    {StyleSize::selected_flow_factor, "selected_flow_factor", 1.8},
    {StyleSize::selection_outline,    "selection_outline",    4},
    {StyleSize::arrowhead_length,     "arrowhead_length",     10},
    {StyleSize::arrowhead_width,      "arrowhead_width",      10},
    {StyleSize::flow_label_offset,    "flow_label_offset",    4},
    {StyleSize::highlight_outline,    "highlight_outline",    4},
    {StyleSize::min_flow_pixels,      "min_flow_pixels",      1.5},
    {StyleSize::min_outline_pixels,   "min_outline_pixels",   3},
    {StyleSize::min_title_pixels,     "min_title_pixels",     20},
    {StyleSize::min_title_pixels_presenting, "min_title_pixels_presenting", 32},
};
// clang-format on

static_assert(std::size(kStyleColours) == static_cast<std::size_t>(StyleColour::count));
static_assert(std::size(kStyleSizes) == static_cast<std::size_t>(StyleSize::count));

Colour colour_from_hex(std::string_view hex, std::uint8_t alpha) {
  unsigned r = 128, g = 128, b = 128;
  if (hex.size() == 7 && hex[0] == '#') {
    const std::string digits(hex.substr(1));
    std::sscanf(digits.c_str(), "%02x%02x%02x", &r, &g, &b);
  }
  return {static_cast<std::uint8_t>(r), static_cast<std::uint8_t>(g), static_cast<std::uint8_t>(b),
          alpha};
}

Style::Style(const BlockLibrary& library) {
  for (const auto& kind : library.kinds()) kind_colours_[kind.id] = colour_from_hex(kind.colour);
}

Colour Style::colour(StyleColour id) const {
  return kStyleColours[static_cast<std::size_t>(id)].value;
}

double Style::size(StyleSize id) const {
  return kStyleSizes[static_cast<std::size_t>(id)].value;
}

Colour Style::kind_colour(std::string_view kind_id) const {
  const auto found = kind_colours_.find(kind_id);
  return found == kind_colours_.end() ? colour(StyleColour::unknown_kind) : found->second;
}

Colour Style::flow_colour(FlowKind kind) const {
  switch (kind) {
    case FlowKind::conditional:
      return colour(StyleColour::flow_conditional);
    case FlowKind::rework:
      return colour(StyleColour::flow_rework);
    case FlowKind::sequence:
      break;
  }
  return colour(StyleColour::flow_sequence);
}

}  // namespace blokjes::picture
