// The room on the canvas, through the whole app on the null ImGui backend:
// who placed a new block, sticky notes (N, drag, Delete, undo), voting
// clicks with their refusal, colouring and replay. Every test asserts on
// the model or on the picture the canvas draws.

// [SECTION] A workshop with a room
// [SECTION] Placed by whom, in which round
// [SECTION] Sticky notes
// [SECTION] Voting clicks
// [SECTION] Colouring and replay

#include <catch2/catch.hpp>

#include <variant>

#include "app/session_state.h"
#include "core/dot_voting.h"
#include "core/workshop_replay.h"
#include "demo_app.h"
#include "picture/room_picture.h"

using namespace blokjes;
using namespace blokjes::app;

namespace {

// -----------------------------------------------------------------------------
// [SECTION] A workshop with a room
// -----------------------------------------------------------------------------

// The demo with two participants, a round without dots and one with 3, and
// huwelijk's blocks laid over the rounds: b1-b3 before the agenda, b4-b6 in
// r1, the rest in r2.
Workshop room_workshop() {
  Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  workshop.participants = {{"anna", "Anna", "", "", "#D62728"},
                           {"bert", "Bert", "", "", "#1F77B4"}};
  workshop.rounds = {{"r1", "Blokjes leggen", 20, 0}, {"r2", "Stemmen", 10, 3}};
  workshop.notes.clear();
  workshop.votes.clear();
  Process& process = *workshop.find_process("huwelijk");
  for (std::size_t i = 0; i < process.blocks.size(); ++i) {
    process.blocks[i].placed_by = i % 2 == 0 ? "anna" : "bert";
    process.blocks[i].placed_in_round = i < 3 ? "" : (i < 6 ? "r1" : "r2");
  }
  return workshop;
}

struct Room : test::DemoApp {
  // Wide enough that huwelijk fits whole at the legibility floor, so every
  // block can be clicked and is drawn.
  Room() : DemoApp(room_workshop(), 3200, 1200) {
    session().current_participant = "anna";
    session().current_round = "r2";
  }
  SessionState& session() { return app.session(); }
  const Workshop& workshop() const { return app.document().workshop(); }
  const Block& block(std::size_t index) const { return process().blocks[index]; }
  ScreenPoint empty_spot() {
    // Below the lanes, left of the minimap.
    const ScreenPoint max = app.canvas().screen_max();
    const ScreenPoint min = app.canvas().screen_min();
    return {min.x + 60, max.y - 60};
  }
  ScreenPoint centre_of_note(const Note& note) {
    return app.canvas().view().to_screen({note.position->x + picture::kNoteSize / 2,
                                          note.position->y + picture::kNoteSize / 2});
  }
  // Hovers the spot, gives the canvas the keyboard and presses N.
  const Note& note_at(ScreenPoint spot) {
    imgui.click(spot.x, spot.y, ui);
    imgui.press(GLFW_KEY_N, ui);
    REQUIRE_FALSE(workshop().notes.empty());
    return workshop().notes.back();
  }
  void right_click(ScreenPoint at) { imgui.drag(at.x, at.y, at.x, at.y, ui, 1); }
};

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Placed by whom, in which round
// -----------------------------------------------------------------------------

TEST_CASE("A palette block is placed by the current participant in the current round",
          "[room][canvasroom]") {
  Room f;
  f.session().current_participant = "bert";
  f.session().current_round = "r1";
  const auto item = f.app.palette_item("adviseren", "extern");
  REQUIRE(item.has_value());
  const std::size_t blocks = f.process().blocks.size();
  const ScreenPoint drop = f.empty_spot();
  f.imgui.drag((item->min.x + item->max.x) / 2, (item->min.y + item->max.y) / 2, drop.x, drop.y,
               f.ui);
  REQUIRE(f.process().blocks.size() == blocks + 1);
  CHECK(f.process().blocks.back().placed_by == "bert");
  CHECK(f.process().blocks.back().placed_in_round == "r1");
}

TEST_CASE("Duplicated and pasted blocks are placed by the current participant",
          "[room][canvasroom]") {
  Room f;
  f.select(f.block(0));
  f.imgui.press(GLFW_KEY_D, f.ui, true);
  const Block& copy = f.process().blocks.back();
  CHECK(copy.kind == f.block(0).kind);
  CHECK(copy.placed_by == "anna");
  CHECK(copy.placed_in_round == "r2");
  f.session().current_participant = "bert";
  f.imgui.press(GLFW_KEY_C, f.ui, true);
  f.imgui.press(GLFW_KEY_V, f.ui, true);
  CHECK(f.process().blocks.back().placed_by == "bert");
}

// -----------------------------------------------------------------------------
// [SECTION] Sticky notes
// -----------------------------------------------------------------------------

TEST_CASE("N makes a sticky note by the current participant at the mouse",
          "[room][canvasroom][notes]") {
  Room f;
  const ScreenPoint spot = f.empty_spot();
  const Note note = f.note_at(spot);
  CHECK(note.process == "huwelijk");
  CHECK(note.author == "anna");
  CHECK(note.placed_in_round == "r2");
  REQUIRE(note.position.has_value());
  const CanvasPoint at = f.app.canvas().view().to_canvas(spot);
  CHECK(note.position->x + picture::kNoteSize / 2 == Approx(at.x).margin(kGridStep));
  CHECK(f.app.canvas().selected_notes() == std::set<std::string>{note.id});
  // Drawn above every block: its paper comes after the last block's fill.
  const auto picture = f.app.canvas().picture_of(f.process());
  std::size_t last_block = 0;
  std::size_t paper = 0;
  for (std::size_t i = 0; i < picture.primitives.size(); ++i) {
    if (const auto* rect = std::get_if<picture::FilledRect>(&picture.primitives[i])) {
      if (rect->rect.min.x == f.block(0).position.x && rect->rect.min.y == f.block(0).position.y) {
        last_block = i;
      }
      if (rect->colour == picture::note_paper_colour()) paper = i;
    }
  }
  CHECK(paper > last_block);
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(f.workshop().notes.empty());
}

TEST_CASE("Dragging a sticky note moves it in one undo step", "[room][canvasroom][notes]") {
  Room f;
  const Note note = f.note_at(f.empty_spot());
  const ScreenPoint from = f.centre_of_note(note);
  const double zoom = f.app.canvas().view().zoom();
  f.imgui.drag(from.x, from.y, from.x + static_cast<float>(200 * zoom), from.y, f.ui);
  const Note& moved = *f.workshop().find_note(note.id);
  CHECK(moved.position->x == Approx(note.position->x + 200).margin(kGridStep));
  CHECK(moved.position->y == Approx(note.position->y).margin(kGridStep));
  // One undo puts it back where it was made; the next takes the note away.
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  REQUIRE(f.workshop().find_note(note.id) != nullptr);
  CHECK(f.workshop().find_note(note.id)->position == note.position);
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(f.workshop().find_note(note.id) == nullptr);
}

TEST_CASE("Delete removes a selected note with its dots and undo restores both",
          "[room][canvasroom][notes]") {
  Room f;
  const Note note = f.note_at(f.empty_spot());
  f.session().voting = true;
  const ScreenPoint centre = f.centre_of_note(note);
  f.imgui.click(centre.x, centre.y, f.ui);
  f.imgui.click(centre.x, centre.y, f.ui);
  CHECK(dots_on(f.workshop(), "huwelijk", VoteTarget::note, note.id) == 2);
  f.session().voting = false;
  f.imgui.click(centre.x, centre.y, f.ui);
  REQUIRE(f.app.canvas().selected_notes() == std::set<std::string>{note.id});
  f.imgui.press(GLFW_KEY_DELETE, f.ui);
  CHECK(f.workshop().find_note(note.id) == nullptr);
  CHECK(f.workshop().votes.empty());
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(f.workshop().find_note(note.id) != nullptr);
  CHECK(dots_on(f.workshop(), "huwelijk", VoteTarget::note, note.id) == 2);
}

// -----------------------------------------------------------------------------
// [SECTION] Voting clicks
// -----------------------------------------------------------------------------

TEST_CASE("Voting clicks cast dots up to the round's number and then show the refusal",
          "[room][canvasroom][voting]") {
  Room f;
  f.session().voting = true;
  const ScreenPoint target = f.centre_of(f.block(1));
  for (int i = 0; i < 3; ++i) f.imgui.click(target.x, target.y, f.ui);
  CHECK(dots_on(f.workshop(), "huwelijk", VoteTarget::block, f.block(1).id) == 3);
  CHECK(f.app.canvas().vote_message().empty());
  // Voting clicks neither select nor drag.
  CHECK(f.app.canvas().selection().empty());
  f.imgui.click(target.x, target.y, f.ui);
  CHECK(f.workshop().votes.size() == 3);
  CHECK(f.app.canvas().vote_message() == "Anna heeft al alle 3 stippen gezet.");

  // Right click takes one back; Bert still has all of his.
  f.right_click(target);
  CHECK(dots_on(f.workshop(), "huwelijk", VoteTarget::block, f.block(1).id) == 2);
  f.session().current_participant = "bert";
  f.imgui.click(target.x, target.y, f.ui);
  CHECK(dots_left(f.workshop(), "r2", "bert") == 2);
}

TEST_CASE("Undo moves a participant's dots back", "[room][canvasroom][voting]") {
  Room f;
  f.session().voting = true;
  const ScreenPoint target = f.centre_of(f.block(2));
  f.imgui.click(target.x, target.y, f.ui);
  f.imgui.click(target.x, target.y, f.ui);
  CHECK(dots_left(f.workshop(), "r2", "anna") == 1);
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(dots_left(f.workshop(), "r2", "anna") == 2);
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(dots_left(f.workshop(), "r2", "anna") == 3);
  f.imgui.press(GLFW_KEY_Y, f.ui, true);
  CHECK(dots_left(f.workshop(), "r2", "anna") == 2);
}

TEST_CASE("A dot over the round's number is refused in English too",
          "[room][canvasroom][voting]") {
  // (A round without dots cannot be voted in from the app at all: the
  // toolbar switches voting off there; core/dot_voting refuses it too.)
  Room f;
  f.app.canvas().set_language(Language::english);
  f.session().voting = true;
  const ScreenPoint target = f.centre_of(f.block(0));
  for (int i = 0; i < 4; ++i) f.imgui.click(target.x, target.y, f.ui);
  CHECK(f.workshop().votes.size() == 3);
  CHECK(f.app.canvas().vote_message() == "Anna has already placed all 3 dots.");
}

TEST_CASE("Dots are drawn on their block in the participant's colour",
          "[room][canvasroom][voting]") {
  Room f;
  f.session().voting = true;
  const ScreenPoint target = f.centre_of(f.block(0));
  f.imgui.click(target.x, target.y, f.ui);
  f.imgui.click(target.x, target.y, f.ui);
  const auto picture = f.app.canvas().picture_of(f.process());
  bool anna_dot = false;
  bool number = false;
  for (const auto& primitive : picture.primitives) {
    if (const auto* circle = std::get_if<picture::Circle>(&primitive)) {
      if (circle->colour == picture::colour_from_hex("#D62728")) {
        anna_dot = true;
        // At least 11 pixels on screen, however far the canvas is zoomed out.
        CHECK(circle->radius >= picture::kDotRadius);
        CHECK(circle->radius * f.app.canvas().view().zoom() >= picture::kMinDotPixels - 1e-9);
        CHECK(circle->centre.y == Approx(f.block(0).position.y + kBlockHeight));
      }
    }
    if (const auto* text = std::get_if<picture::TextRun>(&primitive)) {
      if (text->text == "2" && text->size >= picture::kDotCountSize) number = true;
    }
  }
  CHECK(anna_dot);
  CHECK(number);
}

// -----------------------------------------------------------------------------
// [SECTION] Colouring and replay
// -----------------------------------------------------------------------------

TEST_CASE("Colouring by participant fills blocks with the placer's colour",
          "[room][canvasroom][colouring]") {
  Room f;
  f.session().colouring = BlockColouring::participant;
  const auto fills = picture::fills_by_participant(f.workshop(), f.process());
  CHECK(fills.at(f.block(0).id) == picture::colour_from_hex("#D62728"));
  CHECK(fills.at(f.block(1).id) == picture::colour_from_hex("#1F77B4"));
  const auto picture = f.app.canvas().picture_of(f.process());
  bool filled = false;
  for (const auto& primitive : picture.primitives) {
    if (const auto* rect = std::get_if<picture::FilledRect>(&primitive)) {
      if (rect->rect.min.x == f.block(1).position.x && rect->rect.min.y == f.block(1).position.y) {
        filled = rect->colour == picture::colour_from_hex("#1F77B4");
        break;
      }
    }
  }
  CHECK(filled);
  // By round: rounds get the fixed palette, unplaced blocks grey.
  const auto by_round = picture::fills_by_round(f.workshop(), f.process());
  CHECK(by_round.at(f.block(0).id) == picture::unplaced_block_colour());
  CHECK(by_round.at(f.block(3).id) == picture::round_colour(0));
  CHECK(by_round.at(f.block(7).id) == picture::round_colour(1));
  CHECK_FALSE(picture::round_colour(0) == picture::round_colour(1));
}

TEST_CASE("Replay shows fewer blocks at step 0 and the final process at the last step",
          "[room][canvasroom][replay]") {
  Room f;
  const auto count_blocks = [&] {
    // One port circle per block drawn.
    std::size_t ports = 0;
    for (const auto& primitive : f.app.canvas().picture_of(f.process()).primitives) {
      if (const auto* circle = std::get_if<picture::Circle>(&primitive)) {
        if (circle->radius == picture::kPortRadius) ++ports;
      }
    }
    return ports;
  };
  const std::size_t all = count_blocks();
  REQUIRE(all == f.process().blocks.size());
  f.session().replay_step = 0;
  f.imgui.frames(2, f.ui);
  CHECK(count_blocks() == 3);
  f.session().replay_step = 1;
  CHECK(count_blocks() == 6);
  f.session().replay_step = final_replay_step(f.workshop());
  CHECK(count_blocks() == all);
  CHECK(process_at_step(f.workshop(), f.process(), *f.session().replay_step) == f.process());

  // Read-only: no note, no drag, no vote.
  f.session().replay_step = 0;
  f.session().voting = true;
  const Block before = f.block(0);
  const ScreenPoint start = f.centre_of(before);
  f.imgui.drag(start.x, start.y, start.x + 150, start.y, f.ui);
  f.imgui.press(GLFW_KEY_N, f.ui);
  f.imgui.press(GLFW_KEY_DELETE, f.ui);
  CHECK(f.block(0) == before);
  CHECK(f.workshop().notes.empty());
  CHECK(f.workshop().votes.empty());
  CHECK(f.process().blocks.size() == all);
}

TEST_CASE("The inspector edits a selected sticky note's text in one undo step",
          "[room][canvasroom][notes]") {
  Room f;
  const Note note = f.note_at(f.empty_spot());
  f.imgui.frame(f.ui);
  const auto layout = f.app.layout_json();
  REQUIRE(layout["inspector"].contains("inspector.note_text"));
  CHECK(layout["inspector"].contains("inspector.note_author"));
  const auto& r = layout["inspector"]["inspector.note_text"];
  const float x = (r[0].get<float>() + r[2].get<float>()) / 2;
  const float y = (r[1].get<float>() + r[3].get<float>()) / 2;
  f.imgui.click(x, y, f.ui);
  ImGui::GetIO().AddInputCharactersUTF8("Te veel stappen");
  f.imgui.frame(f.ui);
  f.imgui.press(GLFW_KEY_ENTER, f.ui);
  CHECK(f.workshop().find_note(note.id)->text == "Te veel stappen");
  CHECK(f.workshop().find_note(note.id)->author == "anna");
  f.imgui.press(GLFW_KEY_Z, f.ui, true);
  CHECK(f.workshop().find_note(note.id)->text.empty());
}
