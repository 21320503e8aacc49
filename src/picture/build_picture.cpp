#include "build_picture.h"

#include <algorithm>
#include <cmath>

#include "geometry.h"
#include "line_breaking.h"

// [SECTION] Block text
// [SECTION] Cache
// [SECTION] Lanes
// [SECTION] Flows
// [SECTION] Blocks
// [SECTION] Picture

namespace blokjes::picture {
namespace {

bool contains(const std::set<std::string>* ids, const std::string& id) {
  return ids && ids->contains(id);
}

bool in_view(const PictureView& view, const CanvasRect& area) {
  return !view.visible || view.visible->overlaps(area);
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Block text
// -----------------------------------------------------------------------------

// One title line's height: its size times the title's line spacing.
double title_advance(const Style& style) {
  return style.size(StyleSize::block_title_text) * style.size(StyleSize::title_line_spacing);
}

CanvasPoint block_title_origin(CanvasPoint position, const Style& style, std::size_t line) {
  const double pad = style.size(StyleSize::block_padding);
  return {position.x + pad, position.y + pad + static_cast<double>(line) * title_advance(style)};
}

CanvasPoint block_label_origin(CanvasPoint position, const Style& style, std::size_t title_lines,
                               std::size_t line, const TextMetrics& metrics) {
  const double pad = style.size(StyleSize::block_padding);
  const double label = style.size(StyleSize::block_label_text);
  return {position.x + pad, position.y + pad +
                                static_cast<double>(title_lines) * title_advance(style) +
                                static_cast<double>(line) * metrics.line_height(label)};
}

std::size_t label_lines_that_fit(const Style& style, const TextMetrics& metrics,
                                 std::size_t title_lines) {
  const double pad = style.size(StyleSize::block_padding);
  const double top = block_label_origin({0, 0}, style, title_lines, 0, metrics).y;
  const double line = metrics.line_height(style.size(StyleSize::block_label_text));
  // A hair of slack, so rounding in the sizes never costs a whole line.
  const auto fit = static_cast<std::size_t>(
      std::max(0.0, std::floor((kBlockHeight - pad - top) / line + 1e-6)));
  return std::min(fit, kMaxLabelLines);
}

BlockText layout_block_text(const Block& block, const BlockLibrary& library, Language language,
                            const Style& style, const TextMetrics& metrics) {
  const BlockVariant* variant = library.find_variant(block.kind, block.variant);
  const std::string title = variant ? variant->name.in(language) : block.kind + "?";
  const double width = kBlockWidth - 2 * style.size(StyleSize::block_padding);
  const double title_size = style.size(StyleSize::block_title_text);
  BlockText text;
  text.title = fit_lines(title, title_size, width, kMaxTitleLines, metrics);
  const double label_size = style.size(StyleSize::block_label_text);
  const std::size_t label_lines = label_lines_that_fit(style, metrics, text.title.size());
  text.label_size = label_size;
  text.label = fit_lines(block.label, label_size, width, label_lines, metrics);
  // A word wider than the block ("Aanvraag evenementenvergunning") would be
  // split mid-word: the label shrinks a little instead, as lane names do.
  if (widest_word(block.label, label_size, metrics) > width) {
    const ShrunkLines shrunk =
        shrink_to_fit(block.label, label_size, label_size * 0.8, width, label_lines, metrics);
    text.label = shrunk.lines;
    text.label_size = shrunk.size;
  }
  return text;
}

// -----------------------------------------------------------------------------
// [SECTION] Cache
// -----------------------------------------------------------------------------

void PictureCache::use(const Process& process, std::uint64_t revision) {
  if (process_ == &process && process_id_ == process.id && revision_ == revision &&
      block_storage_ == process.blocks.data() && block_count_ == process.blocks.size() &&
      flow_count_ == process.flows.size()) {
    return;
  }
  process_ = &process;
  process_id_ = process.id;
  revision_ = revision;
  block_storage_ = process.blocks.data();
  block_count_ = process.blocks.size();
  flow_count_ = process.flows.size();
  blocks_.reset();
  lanes_.reset();
}

void PictureCache::forget_model() {
  process_ = nullptr;
  blocks_.reset();
  lanes_.reset();
}

void PictureCache::clear() {
  forget_model();
  texts_.clear();
}

const BlockIndex& PictureCache::blocks(const Process& process) {
  if (process_ != &process) use(process, revision_ + 1);
  if (!blocks_) blocks_.emplace(process);
  return *blocks_;
}

const std::vector<Lane>& PictureCache::lanes(const Process& process) {
  if (process_ != &process) use(process, revision_ + 1);
  if (!lanes_) lanes_ = lanes_of(process);
  return *lanes_;
}

const BlockText& PictureCache::block_text(const Block& block, const BlockLibrary& library,
                                          Language language, const Style& style,
                                          const TextMetrics& metrics) {
  if (language != language_) {
    texts_.clear();
    language_ = language;
  }
  std::string key;
  key.reserve(block.kind.size() + block.variant.size() + block.label.size() + 2);
  key.append(block.kind).append(1, '\0').append(block.variant).append(1, '\0').append(block.label);
  if (const auto found = texts_.find(key); found != texts_.end()) return found->second;
  // Labels are edited one at a time; a bound keeps a long session's cache small.
  if (texts_.size() > 20000) texts_.clear();
  return texts_.emplace(std::move(key), layout_block_text(block, library, language, style, metrics))
      .first->second;
}

// -----------------------------------------------------------------------------
// [SECTION] Lanes
// -----------------------------------------------------------------------------

namespace {

struct Builder {
  const Process& process;
  const BlockLibrary& library;
  const Style& style;
  const PictureView& view;
  const TextMetrics& metrics;
  PictureCache& cache;
  Picture picture;

  CanvasPoint shown_position(const Block& block) const {
    const bool dragged = (view.drag_offset.x != 0 || view.drag_offset.y != 0) &&
                         contains(view.selected_blocks, block.id);
    return dragged ? block.position + view.drag_offset : block.position;
  }

  Colour fill_of(const Block& block) const {
    if (view.block_fills) {
      const auto found = view.block_fills->find(block.id);
      if (found != view.block_fills->end()) return found->second;
    }
    return style.kind_colour(block.kind);
  }

  // Strokes stay at least this many pixels wide however far the view zooms out.
  double stroke(double canvas_width, double min_pixels) const {
    return std::max(canvas_width, min_pixels / std::max(view.zoom, 1e-6));
  }

  void add_lanes() {
    const auto& lanes = cache.lanes(process);
    if (lanes.empty()) return;
    double min_x = -kLaneHeaderWidth;
    double max_x = 0;
    if (view.visible) {
      min_x = view.visible->min.x;
      max_x = view.visible->max.x;
    } else if (const auto bounds = bounds_of(process)) {
      max_x = bounds->max.x;
    }
    const double text_size = style.size(StyleSize::lane_label_text);
    const double min_size = style.size(StyleSize::block_label_text);
    const double inset = style.size(StyleSize::lane_label_inset);
    const double wrap = kLaneHeaderWidth - inset - style.size(StyleSize::lane_label_margin);
    const auto name_of = [&](const Lane& lane) {
      if (view.departments) {
        for (const auto& department : *view.departments) {
          if (department.id == lane.department_id) return department.name;
        }
      }
      return lane.department_id;
    };
    const auto lines_in = [&](const Lane& lane) {
      const CanvasRect band = lane_band(lane, 0, 0);
      return static_cast<std::size_t>(
          std::max(1.0, std::floor((band.max.y - lane.top) / metrics.line_height(text_size))));
    };
    // The lane's name stands in a header column left of the blocks (canvas
    // x < 0), so it never hides a block and scales with the canvas. A long
    // name ("Documentaire informatievoorziening") shrinks rather than being
    // split mid-word, down to the block label's size: the smallest text a
    // block draws, which the canvas's legibility floor keeps readable. All
    // headers take the size the longest needs, so the column reads as one
    // list; every lane counts, not only those in view, so panning keeps it.
    double common = text_size;
    for (const auto& lane : lanes) {
      common = std::min(
          common, shrink_to_fit(name_of(lane), text_size, min_size, wrap, lines_in(lane), metrics)
                      .size);
    }
    for (std::size_t i = 0; i < lanes.size(); ++i) {
      const CanvasRect band = lane_band(lanes[i], min_x, max_x);
      if (!in_view(view, band)) continue;
      picture.primitives.push_back(FilledRect{
          band, style.colour(i % 2 == 0 ? StyleColour::lane_even : StyleColour::lane_odd), 0});
      const auto shown =
          shrink_to_fit(name_of(lanes[i]), common, min_size, wrap, lines_in(lanes[i]), metrics);
      for (std::size_t line = 0; line < shown.lines.size(); ++line) {
        picture.primitives.push_back(
            TextRun{{-kLaneHeaderWidth + inset,
                     lanes[i].top + static_cast<double>(line) * metrics.line_height(shown.size)},
                    shown.size,
                    style.colour(StyleColour::lane_label),
                    shown.lines[line],
                    wrap});
      }
    }
  }

  // ---------------------------------------------------------------------------
  // [SECTION] Flows
  // ---------------------------------------------------------------------------

  void add_flows() {
    const BlockIndex& index = cache.blocks(process);
    const double thickness =
        stroke(style.size(StyleSize::flow_thickness), style.size(StyleSize::min_flow_pixels));
    const double head = style.size(StyleSize::arrowhead_length);
    const double half_width = style.size(StyleSize::arrowhead_width) / 2;
    for (const auto& flow : process.flows) {
      const Block* from = index.find(flow.from);
      const Block* to = index.find(flow.to);
      if (!from || !to) continue;
      const CanvasPoint start = output_port(shown_position(*from));
      const CanvasPoint end = input_port(shown_position(*to));
      // A curve bulges out at most a block's width beyond its ends.
      const CanvasRect reach{
          {std::min(start.x, end.x) - kBlockWidth, std::min(start.y, end.y) - kBlockWidth},
          {std::max(start.x, end.x) + kBlockWidth, std::max(start.y, end.y) + kBlockWidth}};
      if (!in_view(view, reach)) continue;
      const bool selected = contains(view.selected_flows, flow.id);
      const Colour colour =
          selected ? style.colour(StyleColour::selection) : style.flow_colour(flow.kind);
      auto curve = flow_curve(start, end);
      const CanvasPoint middle = curve[curve.size() / 2];
      picture.primitives.push_back(
          Polyline{std::move(curve), colour,
                   selected ? thickness * style.size(StyleSize::selected_flow_factor) : thickness});
      picture.primitives.push_back(Triangle{
          end, {end.x - head, end.y - half_width}, {end.x - head, end.y + half_width}, colour});
      if (!flow.label.empty()) {
        const double size = style.size(StyleSize::flow_label_text);
        const double offset = style.size(StyleSize::flow_label_offset);
        picture.primitives.push_back(TextRun{
            {middle.x + offset, middle.y - size - offset / 2}, size, colour, flow.label, 0});
      }
    }
  }

  // ---------------------------------------------------------------------------
  // [SECTION] Blocks
  // ---------------------------------------------------------------------------

  void add_blocks() {
    const double rounding = style.size(StyleSize::block_corner_radius);
    const double title_size = style.size(StyleSize::block_title_text);
    const double label_size = style.size(StyleSize::block_label_text);
    const double text_width = kBlockWidth - 2 * style.size(StyleSize::block_padding);
    for (const auto& block : process.blocks) {
      const CanvasPoint position = shown_position(block);
      const CanvasRect rect = block_rect(position);
      // Only what is in view is drawn, and only its text is laid out.
      if (!in_view(view, rect)) continue;
      picture.primitives.push_back(FilledRect{rect, fill_of(block), rounding});
      if (view.highlights) {
        const auto found = view.highlights->find(block.id);
        if (found != view.highlights->end() && found->second != Highlight::none) {
          picture.primitives.push_back(StrokedRect{
              rect,
              style.colour(found->second == Highlight::only_in_a ? StyleColour::only_in_a
                                                                 : StyleColour::only_in_b),
              rounding,
              stroke(style.size(StyleSize::highlight_outline),
                     style.size(StyleSize::min_outline_pixels))});
        }
      }
      if (contains(view.selected_blocks, block.id)) {
        picture.primitives.push_back(
            StrokedRect{rect, style.colour(StyleColour::selection), rounding,
                        stroke(style.size(StyleSize::selection_outline),
                               style.size(StyleSize::min_outline_pixels))});
      }
      const BlockText& text = cache.block_text(block, library, view.language, style, metrics);
      for (std::size_t i = 0; i < text.title.size(); ++i) {
        picture.primitives.push_back(TextRun{block_title_origin(position, style, i), title_size,
                                             style.colour(StyleColour::block_title), text.title[i],
                                             text_width});
      }
      for (std::size_t i = 0; i < text.label.size(); ++i) {
        picture.primitives.push_back(
            TextRun{block_label_origin(position, style, text.title.size(), i, metrics),
                    text.label_size > 0 ? text.label_size : label_size,
                    style.colour(StyleColour::block_label), text.label[i], text_width});
      }
      picture.primitives.push_back(
          Circle{output_port(position), kPortRadius, style.colour(StyleColour::port)});
    }
  }
};

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Picture
// -----------------------------------------------------------------------------

Picture build_picture(const Process& process, const BlockLibrary& library, const Style& style,
                      const PictureView& view, const TextMetrics& metrics, PictureCache* cache) {
  PictureCache own_cache;
  PictureCache& used = cache ? *cache : own_cache;
  Builder builder{process, library, style, view, metrics, used, {}};
  builder.picture.primitives.reserve(process.blocks.size() * 5 + process.flows.size() * 2);
  builder.add_lanes();
  builder.add_flows();
  builder.add_blocks();
  return std::move(builder.picture);
}

}  // namespace blokjes::picture
