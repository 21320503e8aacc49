#include "compare_picture.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "line_breaking.h"
#include "one_line_text.h"
#include "style.h"

// [SECTION] Colours and texts
// [SECTION] Headline: the figure, the three measures, the summary
// [SECTION] Side by side (rows on a shared grid)
// [SECTION] Stacked (columns on a shared grid)
// [SECTION] The whole picture

namespace blokjes::picture {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Colours and texts
// -----------------------------------------------------------------------------

constexpr Colour kWhite{255, 255, 255, 255};

// Block boxes: the corner radius, the outline of an only-in block, the link line.
constexpr double kBoxRounding = 8;
constexpr double kOnlyOutline = 6;
constexpr double kLinkThickness = 5;

Colour only_in_a() {
  return Style().colour(StyleColour::only_in_a);
}
Colour only_in_b() {
  return Style().colour(StyleColour::only_in_b);
}

Colour kind_colour(const BlockLibrary& library, int kind) {
  if (kind < 0 || static_cast<std::size_t>(kind) >= library.kinds().size()) {
    return kCompareUnknownKindColour;
  }
  return colour_from_hex(library.kinds()[static_cast<std::size_t>(kind)].colour);
}

std::string percent(double value) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f%%", value);
  return text;
}

// Everything one layout needs: the picture it adds to and how it measures.
struct Painter {
  Picture& picture;
  const TextMetrics& metrics;

  void text(CanvasPoint at, double size, Colour colour, std::string line, double wrap = 0) {
    picture.primitives.push_back(TextRun{at, size, colour, std::move(line), wrap});
  }
  void fill(CanvasRect rect, Colour colour, double rounding = 0) {
    picture.primitives.push_back(FilledRect{rect, colour, rounding});
  }
  void outline(CanvasRect rect, Colour colour, double rounding, double thickness) {
    picture.primitives.push_back(StrokedRect{rect, colour, rounding, thickness});
  }
  void line(CanvasPoint from, CanvasPoint to, Colour colour, double thickness) {
    picture.primitives.push_back(Polyline{{from, to}, colour, thickness});
  }
  double width(std::string_view text, double size) const { return metrics.width(text, size); }
};

// The node of `index` in `process`, or null when the alignment names none there.
const compare::ShapeNode* node_at(const compare::PreparedProcess& process,
                                  const std::optional<int>& index) {
  if (!index || *index < 0) return nullptr;
  const auto at = static_cast<std::size_t>(*index);
  return at < process.shape.nodes.size() ? &process.shape.nodes[at] : nullptr;
}

// -----------------------------------------------------------------------------
// [SECTION] Headline: the figure, the three measures, the summary
// -----------------------------------------------------------------------------

// Draws the headline and the summary below it; returns their height, with
// the room kept below them.
double draw_headline(Painter& paint, const compare::Comparison& comparison,
                     const compare::PreparedProcess& a, const compare::PreparedProcess& b,
                     const BlockLibrary& library, const ComparePictureOptions& options) {
  const CompareTexts& texts = options.texts;
  const double headline_size = options.headline_size;
  const double text_size = options.text_size;
  const std::string headline = texts.similarity + " " + percent(comparison.similarity);
  paint.text({0, 0}, headline_size, kCompareTextColour, headline);
  const std::string figures = texts.alignment + " " + percent(comparison.alignment.similarity) +
                              "   " + texts.structural + " " +
                              percent(comparison.structural.similarity) + "   " +
                              texts.behavioural + " " + percent(comparison.behavioural);
  // The three measures beside the figure, on its baseline.
  paint.text({paint.width(headline, headline_size) + 40, headline_size - text_size * 1.3},
             text_size, kCompareFiguresColour, figures);
  const std::string summary =
      compare::describe(comparison.alignment, a.shape, b.shape, library, options.language);
  const auto lines = break_lines(summary, text_size, options.width, paint.metrics);
  const double summary_top = headline_size + 8;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    paint.text({0, summary_top + static_cast<double>(k) * text_size}, text_size,
               kCompareTextColour, lines[k], options.width);
  }
  const double summary_height =
      static_cast<double>(std::max<std::size_t>(1, lines.size())) * text_size;
  return headline_size + summary_height + 24;
}

// -----------------------------------------------------------------------------
// [SECTION] Side by side (rows on a shared grid)
// -----------------------------------------------------------------------------

// The pair in two columns from `top`, one row per alignment step, and the
// legend below; returns the bottom of the legend.
double draw_side_by_side(Painter& paint, const compare::Comparison& comparison,
                         const compare::PreparedProcess& a, const compare::PreparedProcess& b,
                         const BlockLibrary& library, const ComparePictureOptions& options,
                         double origin_y, std::vector<ComparedStep>& placed) {
  const CompareTexts& texts = options.texts;
  const double text_size = options.text_size;
  const double available_x = options.width;
  const double available_y = options.height - origin_y;
  const double legend_height = text_size * 1.6;
  const auto& steps = comparison.alignment.steps;
  const std::size_t rows = std::max<std::size_t>(1, steps.size());
  // As many rows as fit above the legend, each between a line of text and 110 high.
  const double row_height =
      std::max(text_size * 1.3, std::min((available_y - text_size * 1.6 - legend_height) /
                                             static_cast<double>(rows),
                                         110.0));
  const double gap = std::max(120.0, available_x * 0.16);
  const double column_width = (available_x - gap) / 2;
  const double top = origin_y + text_size * 1.6;
  const double left_x = 0;
  const double right_x = column_width + gap;
  const double box_height = row_height * 0.8;
  paint.text({left_x, origin_y}, text_size, only_in_a(), "A  " + a.shape.name);
  paint.text({right_x, origin_y}, text_size, only_in_b(), "B  " + b.shape.name);
  const auto draw_box = [&](double x, double y, const compare::ShapeNode& node,
                            std::optional<Colour> outline) {
    const CanvasRect box{{x, y}, {x + column_width, y + box_height}};
    paint.fill(box, kind_colour(library, node.kind), kBoxRounding);
    if (outline) paint.outline(box, *outline, kBoxRounding, kOnlyOutline);
    // One line, cut inside the box with the same margin on both sides.
    const double room = column_width - 24;
    paint.text({x + 12, y + (box_height - text_size) / 2}, text_size, kWhite,
               fit_one_line(compare::block_name(node, library, options.language), text_size, room,
                            paint.metrics));
    return box;
  };
  for (std::size_t row = 0; row < steps.size(); ++row) {
    const auto& step = steps[row];
    const double y = top + static_cast<double>(row) * row_height;
    const bool only_a = step.relation == compare::StepRelation::only_in_a;
    const bool only_b = step.relation == compare::StepRelation::only_in_b;
    ComparedStep where;
    const compare::ShapeNode* node_a = node_at(a, step.a);
    const compare::ShapeNode* node_b = node_at(b, step.b);
    if (node_a) {
      where.a = draw_box(left_x, y, *node_a, only_a ? std::optional(only_in_a()) : std::nullopt);
    }
    if (node_b) {
      where.b = draw_box(right_x, y, *node_b, only_b ? std::optional(only_in_b()) : std::nullopt);
    }
    const double middle = y + box_height / 2;
    if (node_a && node_b) {
      paint.line({left_x + column_width, middle}, {right_x, middle},
                 compare_relation_colour(step.relation), kLinkThickness);
    } else {
      const std::string& tag = only_a ? texts.only_a : texts.only_b;
      const double tag_width = paint.width(tag, text_size);
      paint.text({left_x + column_width + (gap - tag_width) / 2, middle - text_size / 2},
                 text_size, only_a ? only_in_a() : only_in_b(), tag);
    }
    placed.push_back(where);
  }
  // The legend, in the same large text.
  double x = 0;
  const double legend_y = top + static_cast<double>(rows) * row_height + 8;
  const std::pair<Colour, const std::string*> legend[] = {
      {kCompareSameColour, &texts.legend_same},
      {kCompareOtherVariantColour, &texts.legend_variant},
      {kCompareOtherKindColour, &texts.legend_kind},
      {only_in_a(), &texts.only_a},
      {only_in_b(), &texts.only_b}};
  for (const auto& [colour, text] : legend) {
    paint.fill({{x, legend_y + text_size * 0.2}, {x + text_size, legend_y + text_size * 0.8}},
               colour);
    paint.text({x + text_size * 1.3, legend_y}, text_size, kCompareTextColour, *text);
    x += text_size * 1.3 + paint.width(*text, text_size) + text_size;
  }
  return legend_y + legend_height;
}

// -----------------------------------------------------------------------------
// [SECTION] Stacked (columns on a shared grid)
// -----------------------------------------------------------------------------

// A's blocks in a row above B's, one column per alignment step, from `top`;
// returns the bottom of B's name with a line of room below.
double draw_stacked(Painter& paint, const compare::Comparison& comparison,
                    const compare::PreparedProcess& a, const compare::PreparedProcess& b,
                    const BlockLibrary& library, const ComparePictureOptions& options,
                    double origin_y, std::vector<ComparedStep>& placed) {
  const double text_size = options.text_size;
  const double available_x = options.width;
  const double available_y = options.height - origin_y;
  const auto& steps = comparison.alignment.steps;
  const std::size_t columns = std::max<std::size_t>(1, steps.size());
  const double column_width = available_x / static_cast<double>(columns);
  const double box_height = std::min(available_y * 0.3, 160.0);
  const double a_y = origin_y + text_size * 1.5;
  const double b_y = a_y + box_height + std::max(box_height * 0.8, 80.0);
  paint.text({0, origin_y}, text_size, only_in_a(), "A  " + a.shape.name);
  paint.text({0, b_y + box_height + 8}, text_size, only_in_b(), "B  " + b.shape.name);
  // The name wrapped inside the box: the lines that fit wholly, the last
  // ending in an ellipsis when the name needs more.
  const auto lines_fitting = static_cast<std::size_t>(
      std::max(1.0, std::floor((box_height - 8) / std::max(text_size, 1.0))));
  const auto draw_box = [&](double x, double y, const compare::ShapeNode& node,
                            std::optional<Colour> outline) {
    const CanvasRect box{{x + 4, y}, {x + column_width - 4, y + box_height}};
    paint.fill(box, kind_colour(library, node.kind), kBoxRounding);
    if (outline) paint.outline(box, *outline, kBoxRounding, kOnlyOutline);
    const double wrap = box.width() - 16;
    const auto lines = fit_lines(compare::block_name(node, library, options.language), text_size,
                                 wrap, lines_fitting, paint.metrics);
    for (std::size_t k = 0; k < lines.size(); ++k) {
      paint.text({box.min.x + 8, box.min.y + 8 + static_cast<double>(k) * text_size}, text_size,
                 kWhite, lines[k], wrap);
    }
    return box;
  };
  for (std::size_t column = 0; column < steps.size(); ++column) {
    const auto& step = steps[column];
    const double x = static_cast<double>(column) * column_width;
    ComparedStep where;
    const compare::ShapeNode* node_a = node_at(a, step.a);
    const compare::ShapeNode* node_b = node_at(b, step.b);
    if (node_a) {
      where.a = draw_box(x, a_y, *node_a,
                         step.relation == compare::StepRelation::only_in_a
                             ? std::optional(only_in_a())
                             : std::nullopt);
    }
    if (node_b) {
      where.b = draw_box(x, b_y, *node_b,
                         step.relation == compare::StepRelation::only_in_b
                             ? std::optional(only_in_b())
                             : std::nullopt);
    }
    if (node_a && node_b) {
      const double middle = x + column_width / 2;
      paint.line({middle, a_y + box_height}, {middle, b_y}, compare_relation_colour(step.relation),
                 kLinkThickness);
    }
    placed.push_back(where);
  }
  return b_y + box_height + text_size * 2;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] The whole picture
// -----------------------------------------------------------------------------

Colour compare_relation_colour(compare::StepRelation relation) {
  switch (relation) {
    case compare::StepRelation::same:
      return kCompareSameColour;
    case compare::StepRelation::other_variant:
      return kCompareOtherVariantColour;
    case compare::StepRelation::other_kind:
      return kCompareOtherKindColour;
    case compare::StepRelation::only_in_a:
      return only_in_a();
    case compare::StepRelation::only_in_b:
      return only_in_b();
  }
  return kCompareOtherKindColour;
}

ComparePicture compare_picture(const compare::Comparison& comparison,
                               const compare::PreparedProcess& a,
                               const compare::PreparedProcess& b, const BlockLibrary& library,
                               const ComparePictureOptions& options, const TextMetrics& metrics) {
  ComparePicture result;
  result.width = options.width;
  Painter paint{result.picture, metrics};
  const double header = draw_headline(paint, comparison, a, b, library, options);
  // The pair starts below the headline as the next item of a column of items would.
  const double pair_top = header + options.spacing;
  result.steps.reserve(comparison.alignment.steps.size());
  const double bottom =
      options.stacked
          ? draw_stacked(paint, comparison, a, b, library, options, pair_top, result.steps)
          : draw_side_by_side(paint, comparison, a, b, library, options, pair_top, result.steps);
  result.height = bottom;
  return result;
}

}  // namespace blokjes::picture
