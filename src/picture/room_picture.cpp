#include "room_picture.h"

#include <algorithm>

#include "geometry.h"
#include "line_breaking.h"

// [SECTION] Colours
// [SECTION] Sticky notes
// [SECTION] Dots
// [SECTION] Fills by participant and round

namespace blokjes::picture {
namespace {

// Ink on paper-coloured notes: dark enough on every light note colour.
constexpr Colour kNoteInk{34, 34, 34, 255};
constexpr Colour kNoteAuthorInk{70, 70, 70, 255};
constexpr Colour kNoteShadow{0, 0, 0, 60};
constexpr Colour kDotRimColour{255, 255, 255, 255};
constexpr Colour kDotNumber{255, 255, 255, 255};

// Apart from each other and from the block kinds' colours on a projector.
constexpr const char* kRoundPalette[] = {"#1B9E77", "#D95F02", "#7570B3", "#E7298A",
                                         "#66A61E", "#E6AB02", "#A6761D", "#1F78B4"};

bool contains(const std::set<std::string>* set, const std::string& id) {
  return set != nullptr && set->contains(id);
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Colours
// -----------------------------------------------------------------------------

Colour note_paper_colour() { return {255, 238, 136, 255}; }
Colour unplaced_block_colour() { return {150, 150, 150, 255}; }

Colour round_colour(std::size_t round_index) {
  return colour_from_hex(kRoundPalette[round_index % std::size(kRoundPalette)]);
}

// -----------------------------------------------------------------------------
// [SECTION] Sticky notes
// -----------------------------------------------------------------------------

CanvasRect note_rect(CanvasPoint position) {
  return {position, {position.x + kNoteSize, position.y + kNoteSize}};
}

CanvasRect note_rect(const Note& note) {
  if (!note.position) return {};
  return note_rect(CanvasPoint{note.position->x, note.position->y});
}

const Note* note_at(const std::vector<Note>& notes, CanvasPoint point) {
  for (auto it = notes.rbegin(); it != notes.rend(); ++it) {
    if (!it->position) continue;
    const CanvasRect rect = note_rect(*it);
    if (point.x >= rect.min.x && point.x <= rect.max.x && point.y >= rect.min.y &&
        point.y <= rect.max.y) {
      return &*it;
    }
  }
  return nullptr;
}

std::vector<std::string> note_text_lines(const Note& note, const TextMetrics& metrics) {
  const double width = kNoteSize - 2 * kNotePadding;
  const double room_for_text =
      kNoteSize - 2 * kNotePadding - metrics.line_height(kNoteAuthorSize) - kNotePadding / 2;
  const auto lines = static_cast<std::size_t>(
      std::max(1.0, room_for_text / metrics.line_height(kNoteTextSize)));
  return fit_lines(note.text, kNoteTextSize, width, lines, metrics);
}

std::string note_author_name(const Workshop& workshop, const Note& note) {
  if (const Participant* participant = workshop.find_participant(note.author)) {
    return participant->name;
  }
  return note.author;
}

void add_sticky_notes(Picture& picture, const Workshop& workshop, const std::vector<Note>& notes,
                      const Style& style, const TextMetrics& metrics, const RoomView& view) {
  const double width = kNoteSize - 2 * kNotePadding;
  for (const Note& note : notes) {
    if (!note.position) continue;
    CanvasPoint at{note.position->x, note.position->y};
    if (contains(view.selected_notes, note.id)) {
      at = {at.x + view.drag_offset.x, at.y + view.drag_offset.y};
    }
    const CanvasRect rect = note_rect(at);
    // A shadow lifts the paper off the canvas, above the blocks.
    picture.primitives.push_back(
        FilledRect{{{rect.min.x + 5, rect.min.y + 5}, {rect.max.x + 5, rect.max.y + 5}},
                   kNoteShadow,
                   2});
    picture.primitives.push_back(FilledRect{
        rect, note.colour.empty() ? note_paper_colour() : colour_from_hex(note.colour), 2});
    if (contains(view.selected_notes, note.id)) {
      const double outline = std::max(style.size(StyleSize::selection_outline),
                                      style.size(StyleSize::min_outline_pixels) / view.zoom);
      picture.primitives.push_back(
          StrokedRect{rect, style.colour(StyleColour::selection), 2, outline});
    }
    double y = rect.min.y + kNotePadding;
    for (auto& line : note_text_lines(note, metrics)) {
      picture.primitives.push_back(
          TextRun{{rect.min.x + kNotePadding, y}, kNoteTextSize, kNoteInk, std::move(line), width});
      y += metrics.line_height(kNoteTextSize);
    }
    const std::string author = note_author_name(workshop, note);
    if (!author.empty()) {
      const auto shown = fit_lines(author, kNoteAuthorSize, width, 1, metrics);
      if (!shown.empty()) {
        // Right-aligned: the dots line up from the left along the bottom edge.
        const double shown_width = metrics.width(shown.front(), kNoteAuthorSize);
        picture.primitives.push_back(TextRun{
            {rect.max.x - kNotePadding - shown_width,
             rect.max.y - kNotePadding - metrics.line_height(kNoteAuthorSize)},
            kNoteAuthorSize, kNoteAuthorInk, shown.front(), width});
      }
    }
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Dots
// -----------------------------------------------------------------------------

std::vector<DotGroup> dot_groups(const Workshop& workshop, std::string_view process_id,
                                 VoteTarget kind, std::string_view target_id) {
  std::vector<DotGroup> groups;
  for (const Participant& participant : workshop.participants) {
    groups.push_back({participant.id,
                      colour_from_hex(participant_colour(workshop, participant.id)), 0});
  }
  for (const Vote& vote : workshop.votes) {
    if (vote.process != process_id || vote.target_kind != kind || vote.target != target_id) {
      continue;
    }
    auto found = std::find_if(groups.begin(), groups.end(), [&](const DotGroup& group) {
      return group.participant == vote.participant;
    });
    if (found == groups.end()) {
      groups.push_back({vote.participant,
                        colour_from_hex(participant_colour(workshop, vote.participant)), 0});
      found = std::prev(groups.end());
    }
    ++found->count;
  }
  std::erase_if(groups, [](const DotGroup& group) { return group.count == 0; });
  return groups;
}

namespace {

// A row of discs centred on the bottom edge of `rect`, left to right; when
// many participants voted the discs overlap a little rather than run past
// the target.
void add_dot_row(Picture& picture, const std::vector<DotGroup>& groups, const CanvasRect& rect,
                 const TextMetrics& metrics, double zoom) {
  if (groups.empty()) return;
  // Scaled up when zoomed out, so a dot stays countable from the back row.
  const double scale = std::max(1.0, kMinDotPixels / (kDotRadius * std::max(zoom, 1e-3)));
  const double radius = kDotRadius * scale;
  const double rim = kDotRim * scale;
  const double count_size = kDotCountSize * scale;
  const double diameter = 2 * (radius + rim);
  const double room = rect.max.x - rect.min.x - 2 * rim;
  const double step = groups.size() == 1
                          ? diameter
                          : std::min(diameter + 2, (room - diameter) /
                                                       static_cast<double>(groups.size() - 1));
  double x = rect.min.x + rim + diameter / 2;
  const double y = rect.max.y;
  for (const DotGroup& group : groups) {
    picture.primitives.push_back(Circle{{x, y}, radius + rim, kDotRimColour});
    picture.primitives.push_back(Circle{{x, y}, radius, group.colour});
    if (group.count > 1) {
      const std::string number = std::to_string(group.count);
      const double width = metrics.width(number, count_size);
      picture.primitives.push_back(TextRun{{x - width / 2, y - metrics.line_height(count_size) / 2},
                                           count_size, kDotNumber, number, 0});
    }
    x += step;
  }
}

}  // namespace

void add_dots(Picture& picture, const Workshop& workshop, const Process& process,
              const std::vector<Note>& notes, const TextMetrics& metrics, const RoomView& view) {
  if (workshop.votes.empty()) return;
  for (const Block& block : process.blocks) {
    add_dot_row(picture, dot_groups(workshop, process.id, VoteTarget::block, block.id),
                block_rect(block), metrics, view.zoom);
  }
  for (const Note& note : notes) {
    if (!note.position) continue;
    CanvasPoint at{note.position->x, note.position->y};
    if (contains(view.selected_notes, note.id)) {
      at = {at.x + view.drag_offset.x, at.y + view.drag_offset.y};
    }
    add_dot_row(picture, dot_groups(workshop, process.id, VoteTarget::note, note.id),
                note_rect(at), metrics, view.zoom);
  }
}

// -----------------------------------------------------------------------------
// [SECTION] Fills by participant and round
// -----------------------------------------------------------------------------

std::map<std::string, Colour, std::less<>> fills_by_participant(const Workshop& workshop,
                                                                const Process& process) {
  std::map<std::string, Colour, std::less<>> fills;
  for (const Block& block : process.blocks) {
    fills[block.id] = workshop.find_participant(block.placed_by)
                          ? colour_from_hex(participant_colour(workshop, block.placed_by))
                          : unplaced_block_colour();
  }
  return fills;
}

std::map<std::string, Colour, std::less<>> fills_by_round(const Workshop& workshop,
                                                          const Process& process) {
  std::map<std::string, Colour, std::less<>> fills;
  for (const Block& block : process.blocks) {
    const auto index = workshop.round_index(block.placed_in_round);
    fills[block.id] = index ? round_colour(*index) : unplaced_block_colour();
  }
  return fills;
}

}  // namespace blokjes::picture
