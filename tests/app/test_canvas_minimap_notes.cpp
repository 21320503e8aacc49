// The minimap shows the sticky notes of the shown process beside its blocks
// (canvas_minimap.cpp), on the null backend: CanvasPanel::minimap_marks is
// what draw_minimap draws.

#include <catch2/catch.hpp>

#include <algorithm>

#include "demo_app.h"
#include "picture/room_picture.h"

using namespace blokjes;
using namespace blokjes::app;

namespace {

using Mark = CanvasPanel::MinimapMark;

const Mark* find_mark(const std::vector<Mark>& marks, const std::string& id, bool note) {
  const auto found = std::find_if(marks.begin(), marks.end(), [&](const Mark& mark) {
    return mark.id == id && mark.note == note;
  });
  return found == marks.end() ? nullptr : &*found;
}

ScreenPoint centre(const Mark& mark) {
  return {(mark.min.x + mark.max.x) / 2, (mark.min.y + mark.max.y) / 2};
}

}  // namespace

TEST_CASE("Minimap shows the sticky notes of the shown process in their colours",
          "[room][minimap]") {
  test::DemoApp demo(load_workshop(test::demo_workshop_path()).workshop, 1920, 1080);
  const Process& process = demo.process();
  const auto marks = demo.app.canvas().minimap_marks(process);

  // Every block, and exactly the notes placed on this process's canvas.
  for (const auto& block : process.blocks) CHECK(find_mark(marks, block.id, false) != nullptr);
  std::size_t placed = 0;
  for (const Note& note : demo.app.document().workshop().notes) {
    const bool on_canvas = note.process == process.id && note.position.has_value();
    INFO(note.id);
    CHECK((find_mark(marks, note.id, true) != nullptr) == on_canvas);
    if (!on_canvas) continue;
    ++placed;
    const Mark& mark = *find_mark(marks, note.id, true);
    // A square, a few pixels at least, in the note's colour (paper yellow by default).
    CHECK(mark.max.x - mark.min.x == Approx(mark.max.y - mark.min.y));
    CHECK(mark.max.x - mark.min.x >= 6);
    CHECK(mark.colour == (note.colour.empty() ? picture::note_paper_colour()
                                              : picture::colour_from_hex(note.colour)));
    // Inside the canvas the minimap sits in.
    CHECK(mark.min.x >= demo.app.canvas().screen_min().x);
    CHECK(mark.max.x <= demo.app.canvas().screen_max().x);
    CHECK(mark.min.y >= demo.app.canvas().screen_min().y);
    CHECK(mark.max.y <= demo.app.canvas().screen_max().y);
  }
  REQUIRE(placed >= 2);  // huwelijk has notes above its blocks in the demo

  // Where the notes are: above the first block (the demo puts them at y = -200,
  // the blocks at y = 0) and in the left-to-right order of their positions.
  const Mark* first_block = find_mark(marks, process.blocks.front().id, false);
  REQUIRE(first_block != nullptr);
  std::vector<const Note*> notes;
  for (const Note& note : demo.app.document().workshop().notes) {
    if (note.process == process.id && note.position) notes.push_back(&note);
  }
  std::sort(notes.begin(), notes.end(),
            [](const Note* a, const Note* b) { return a->position->x < b->position->x; });
  for (std::size_t i = 0; i < notes.size(); ++i) {
    const Mark& mark = *find_mark(marks, notes[i]->id, true);
    if (notes[i]->position->y < process.blocks.front().position.y) {
      CHECK(centre(mark).y < first_block->min.y);
    }
    if (i > 0) CHECK(centre(*find_mark(marks, notes[i - 1]->id, true)).x < centre(mark).x);
  }
}

TEST_CASE("Minimap follows a moved note and leaves out another process's notes",
          "[room][minimap]") {
  Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  // One note far to the right of the blocks: the minimap widens to hold it.
  Note far;
  far.id = "ver-weg";
  far.text = "Ver weg";
  far.process = "huwelijk";
  far.position = Position{5000, 0};
  workshop.notes.push_back(far);
  Note elsewhere = far;
  elsewhere.id = "elders";
  elsewhere.process = "klacht";
  workshop.notes.push_back(elsewhere);
  test::DemoApp demo(std::move(workshop), 1920, 1080);
  const auto marks = demo.app.canvas().minimap_marks(demo.process());
  const Mark* note = find_mark(marks, "ver-weg", true);
  REQUIRE(note != nullptr);
  CHECK(find_mark(marks, "elders", true) == nullptr);
  // Right of every block, still inside the canvas.
  for (const auto& mark : marks) {
    if (!mark.note) CHECK(mark.max.x < note->min.x);
  }
  CHECK(note->max.x <= demo.app.canvas().screen_max().x);
}
