#pragma once
// The room's toolbar, one row above the canvas view: the current round and its
// countdown (Start/Pauze, "+1 min", a flashing alarm at zero), the current
// participant and dot-voting, what the block colours say (Soort / Deelnemer /
// Ronde, with a legend on the canvas), replay round by round, and the parking
// lot's open questions. It changes SessionState only: the clock, the chosen
// participant and the replay step are never edits of the Document.
//
// Where it drew what is recorded under "session/..." (layout_recorder.h), and
// what it shows under the value "session", for tests and --layout-json.

#include <imgui.h>

#include <functional>
#include <string>
#include <string_view>

#include "core/document.h"
#include "layout_recorder.h"
#include "session_state.h"
#include "translations.h"

namespace blokjes::app {

// The colour a round's blocks get when the canvas colours by round: the k-th
// round of the agenda takes the participants' palette's k-th colour; a round
// the agenda does not have, grey.
std::string round_colour(const Workshop& workshop, std::string_view round_id);

class SessionToolbar {
 public:
  SessionToolbar(const Document& document, SessionState& session, const Translations& tr,
                 LayoutRecorder& recorder, std::function<void()> open_parking_lot)
      : document_(document),
        session_(session),
        tr_(tr),
        recorder_(recorder),
        open_parking_lot_(std::move(open_parking_lot)) {}

  // The larger font the countdown's digits are drawn with (sharp when large).
  void set_display_font(ImFont* font) { display_font_ = font; }

  // The row, across the width available; `process_id` is the shown process
  // (replay steps through it).
  void draw(const std::string& process_id);
  // The colouring's legend in a corner of the canvas rectangle, when the
  // blocks are coloured by participant or by round.
  void draw_legend(ImVec2 canvas_min, ImVec2 canvas_max);

  // What the round combo does: this round is current, its countdown reset to
  // its minutes, stopped. An unknown id means no round (the timer is kept).
  void choose_round(const std::string& round_id);
  // What "Terugkijken" does: replay from the first step, or back to editing.
  void toggle_replay(const std::string& process_id);
  // Whether the countdown's background is red this frame (the alarm flashes).
  bool flashing() const;

 private:
  void draw_round_and_timer();
  void draw_countdown();
  void draw_participant_and_voting();
  void draw_colouring();
  void draw_replay(const std::string& process_id);
  void draw_parking_lot();
  void record_values(const std::string& process_id);
  std::string dots_text() const;
  std::string replay_text(const std::string& process_id) const;
  int open_questions() const;

  const Document& document_;
  SessionState& session_;
  const Translations& tr_;
  LayoutRecorder& recorder_;
  std::function<void()> open_parking_lot_;
  ImFont* display_font_ = nullptr;
};

}  // namespace blokjes::app
