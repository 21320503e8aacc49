#pragma once
// The room on the canvas: sticky notes and voting dots as picture primitives
// (primitives.h), and the fill colours that show who placed a block or in
// which round. Computed from the model alone, like build_picture, so every
// renderer draws the same notes and the canvas hit-tests what it drew.

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "coordinates.h"
#include "core/workshop.h"
#include "primitives.h"
#include "style.h"
#include "text_metrics.h"

namespace blokjes::picture {

// A sticky note is a square of paper as wide as a block, so its text is as
// large as a block's title and reads from the back of the room.
inline constexpr double kNoteSize = 180;
inline constexpr double kNoteTextSize = 20;
inline constexpr double kNoteAuthorSize = 15;
inline constexpr double kNotePadding = 12;
// A dot must be countable from the back row: at the fitted zoom it is a
// disc of 20 pixels or more, with a white rim that separates neighbours.
inline constexpr double kDotRadius = 12;
inline constexpr double kDotRim = 2.5;
inline constexpr double kDotCountSize = 17;
// Screen pixels: zoomed out, a dot's radius never drops below this.
inline constexpr double kMinDotPixels = 11;

// The paper yellow of a note without a colour of its own.
Colour note_paper_colour();
// The grey of a block that nobody placed (older files, imports).
Colour unplaced_block_colour();
// A fixed palette for rounds, by the round's place in the agenda: the
// colours stay the same whatever participants' colours are.
Colour round_colour(std::size_t round_index);

CanvasRect note_rect(CanvasPoint position);
// Where a sticky note is (a note without a position has none: an empty
// rectangle at the origin).
CanvasRect note_rect(const Note& note);
// The topmost sticky note under `point`: the last drawn wins.
const Note* note_at(const std::vector<Note>& notes, CanvasPoint point);

struct RoomView {
  double zoom = 1;
  const std::set<std::string>* selected_notes = nullptr;
  CanvasPoint drag_offset;  // added to the selected notes' positions while dragging
};

// The note's text on as many lines as fit above its author, the last with an
// ellipsis when it is cut (picture/line_breaking.h, as blocks).
std::vector<std::string> note_text_lines(const Note& note, const TextMetrics& metrics);
// Who wrote it as the room knows them: the participant's name, else the text.
std::string note_author_name(const Workshop& workshop, const Note& note);

// Sticky notes, drawn above the blocks (append after build_picture's).
void add_sticky_notes(Picture& picture, const Workshop& workshop, const std::vector<Note>& notes,
                      const Style& style, const TextMetrics& metrics, const RoomView& view);

// One participant's dots on one target.
struct DotGroup {
  std::string participant;
  Colour colour;
  int count = 0;
};
// Participants in the workshop's order, then unknown ids in vote order.
std::vector<DotGroup> dot_groups(const Workshop& workshop, std::string_view process_id,
                                 VoteTarget kind, std::string_view target_id);
// The dots on the blocks of `process` and on `notes`: one disc per
// participant in their colour along the target's bottom edge, with their
// number of dots in it when they put more than one there.
void add_dots(Picture& picture, const Workshop& workshop, const Process& process,
              const std::vector<Note>& notes, const TextMetrics& metrics, const RoomView& view);

// Fill colours by block id (PictureView::block_fills): the colour of the
// participant who placed the block, or of the round it was placed in;
// blocks without one are grey.
std::map<std::string, Colour, std::less<>> fills_by_participant(const Workshop& workshop,
                                                                const Process& process);
std::map<std::string, Colour, std::less<>> fills_by_round(const Workshop& workshop,
                                                          const Process& process);

}  // namespace blokjes::picture
