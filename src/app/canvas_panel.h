#pragma once
// The workshop canvas: draws one process (lanes, flows, blocks) as
// src/picture pictures it, through ImDrawList, and turns mouse and keys into
// model commands. Exactly one interaction owns the input at a time
// (imgui-node-editor's actions): idle, dragging blocks, connecting,
// box-selecting, panning or the minimap.
//
// One class, one file per job (Tracy's way):
//   canvas_panel.cpp     the frame, focus and centring
//   canvas_input.cpp     the input state machine and shortcuts
//   canvas_editing.cpp   palette drop, delete, duplicate, select all, layout
//   canvas_clipboard.cpp copy, cut, paste
//   canvas_minimap.cpp   the minimap
//   canvas_drawing.cpp   rendering the picture's primitives, and the overlay

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "canvas_view.h"
#include "core/block_library.h"
#include "core/document.h"
#include "core/workshop_file.h"
#include "imgui_text_metrics.h"
#include "picture/build_picture.h"
#include "picture/style.h"
#include "picture_renderer.h"
#include "session_state.h"  // Issue 12, canvasroom

struct ImDrawList;
struct ImFont;

namespace blokjes::app {

struct Selection {
  std::set<std::string> blocks;
  std::set<std::string> flows;
  bool empty() const { return blocks.empty() && flows.empty(); }
  void clear() {
    blocks.clear();
    flows.clear();
  }
};

enum class Interaction { idle, dragging_blocks, connecting, box_selecting, panning, minimap };

// Speel mode's marks (play_panel.h): the block of the zaak's current status
// and the blocks the process allows next. View state, like the selection.
struct PlayMarks {
  std::string current_block;
  std::set<std::string> next_blocks;
  bool operator==(const PlayMarks&) const = default;
};

// What the palette drags onto the canvas.
struct PalettePayload {
  char kind[64];
  char variant[64];
};
inline constexpr const char* kPalettePayloadType = "BLOKJES_BLOCK";

class CanvasPanel {
 public:
  CanvasPanel(Document& document, const BlockLibrary& library, Language language)
      : document_(document), library_(library), language_(language), style_(library) {}

  // Draws and handles input in the current ImGui window's remaining space.
  void draw(const std::string& process_id);
  // Also called when the app shows another document: the revision numbers
  // start again there, so what the canvas cached by revision is dropped.
  void fit_on_next_frame() {
    fit_pending_ = true;
    picture_cache_.forget_model();
  }
  void set_language(Language language) { language_ = language; }

  const Selection& selection() const { return selection_; }
  Interaction interaction() const { return interaction_; }
  CanvasView& view() { return view_; }
  const CanvasView& view() const { return view_; }
  // The screen rectangle the canvas took in the last frame.
  ScreenPoint screen_min() const { return canvas_min_; }
  ScreenPoint screen_max() const { return canvas_max_; }
  void delete_selection(const std::string& process_id);
  void copy_selection(const std::string& process_id) const;
  void cut_selection(const std::string& process_id);
  // Pastes the clipboard at the mouse when it is over the canvas, else beside the blocks.
  void paste(const std::string& process_id);
  void duplicate_selection(const std::string& process_id);
  void select_all(const std::string& process_id);
  // Esc: drops the active interaction (a drag goes back) and the selection.
  void clear_selection() {
    interaction_ = Interaction::idle;
    selection_.clear();
  }
  void auto_layout(const std::string& process_id);
  // Shows `process_id` with only this block (or flow) selected, nothing when
  // both are empty, and centres the block on the next frame: how a
  // validation finding points at what it is about.
  void focus(const std::string& process_id, const std::string& block_id,
             const std::string& flow_id = "");
  // A larger font for text on the canvas, so it stays sharp when zoomed in.
  void set_canvas_font(ImFont* font);
  // The UI scale multiplies the legibility floor (fit never makes kind names
  // smaller than the style's min_title_pixels times it); a change refits.
  void set_ui_scale(float scale);
  // Presenting (SessionState::presenting): the floor is min_title_pixels_presenting;
  // a change refits. The presentation hides the minimap with set_show_minimap.
  void set_presenting(bool presenting);
  void set_show_minimap(bool show) { show_minimap_ = show; }
  bool presenting() const { return presenting_; }
  // The pixel height a block's kind name is drawn at now (its font size after zoom).
  double title_text_px() const {
    return style_.size(picture::StyleSize::block_title_text) * view_.zoom();
  }
  // The zoom below which a fit does not go: kind names at the floor's pixel height.
  double legible_zoom() const;
  // What the canvas draws of `process` this frame, in canvas coordinates.
  picture::Picture picture_of(const Process& process);
  // Speel mode: a left click on a block is taken by the play panel
  // (take_play_click) instead of selecting, nothing edits the model (no drag,
  // connect, drop or canvas keys), and the play marks are drawn. Panning and
  // zooming stay.
  void set_play_mode(bool on);
  bool play_mode() const { return play_mode_; }
  void set_play_marks(PlayMarks marks) { play_marks_ = std::move(marks); }
  const PlayMarks& play_marks() const { return play_marks_; }
  // The block clicked in play mode since the last call, once.
  std::optional<std::string> take_play_click();
  // The last message for the status bar (e.g. why a paste failed); empty when none.
  const std::string& message() const { return message_; }

  // Issue 12, canvasroom: the room on the canvas (sticky notes, dots,
  // colouring, replay). New blocks and notes are placed by the session's
  // participant in its round; with voting on, clicks cast (left) and take
  // back (right) dots; with a replay step the canvas is read-only.
  void set_session(SessionState* session) { session_ = session; }
  const std::set<std::string>& selected_notes() const { return selected_notes_; }
  // A sticky note by the current participant at `at` (canvas), or at the
  // centre of the canvas; it is selected.
  void add_note(const std::string& process_id, std::optional<CanvasPoint> at);
  // The sticky notes the canvas shows of this process (the replay step's when replaying).
  std::vector<Note> shown_notes(const std::string& process_id) const;
  // Why the last dot was refused, in the UI language, while it is shown.
  const std::string& vote_message() const { return vote_message_; }
  bool replaying() const { return session_ && session_->replay_step.has_value(); }
  // Issue 12, minimap: what the minimap shows of `process`, in screen pixels
  // of the last frame's canvas: each block, then each shown sticky note as a
  // small square in its colour. draw_minimap draws exactly these.
  struct MinimapMark {
    std::string id;
    bool note = false;
    ScreenPoint min;
    ScreenPoint max;
    picture::Colour colour;
  };
  std::vector<MinimapMark> minimap_marks(const Process& process) const;

  // Presentation: a process too wide for the window at the presenting floor
  // is shown in parts (picture/paging.h) that Page Down steps through. A
  // refit starts at part 0; panning by hand keeps working in between.
  std::size_t part_count() const { return part_starts_.size(); }
  std::size_t part() const { return part_; }
  void show_part(std::size_t part);
  // Where the shown part ends on screen: the next part's first block is not
  // drawn cut at the window's edge but left out up to here. The canvas's
  // right edge when there is no next part.
  float part_end_x() const { return part_end_x_; }
  // Where it begins: what lies left of the part's first block (the end of the
  // previous part, within the fit's margin) is not drawn either.
  float part_begin_x() const { return part_begin_x_; }

 private:
  void handle_input(const Process& process, ScreenPoint canvas_min, ScreenPoint canvas_max);
  void begin_interaction(const Process& process, CanvasPoint mouse);
  void update_interaction(const Process& process, CanvasPoint mouse);
  void finish_interaction(const Process& process, CanvasPoint mouse);
  void accept_palette_drop(const Process& process);
  void draw_picture(ImDrawList& draw_list, const Process& process);
  void draw_overlay(ImDrawList& draw_list, const Process& process) const;
  void draw_minimap(ImDrawList& draw_list, const Process& process) const;
  void draw_play_marks(ImDrawList& draw_list, const Process& process) const;
  bool minimap_contains(ScreenPoint point) const;
  void centre_on_minimap_point(const Process& process, ScreenPoint point);
  void centre_on(CanvasPoint target);
  void centre_on_focus(const Process& process);
  void add_and_select(const Process& process, ProcessFragment fragment, const char* description);
  // What a fit frames: the blocks, the lane names and the sticky notes.
  CanvasRect fit_area(const Process& process, ScreenPoint canvas_min, ScreenPoint canvas_max) const;
  // Recomputes the parts for the zoom and window of this frame and, after
  // show_part, moves the view to the part's start.
  void update_parts(const Process& process, ScreenPoint canvas_min, ScreenPoint canvas_max);

  Document& document_;
  const BlockLibrary& library_;
  Language language_;
  CanvasView view_;
  Selection selection_;
  Interaction interaction_ = Interaction::idle;
  CanvasPoint press_point_;   // where the active interaction started
  CanvasPoint drag_offset_;   // dragging: how far the blocks moved so far
  std::string connect_from_;  // connecting: source block id
  bool fit_pending_ = true;
  bool mouse_over_canvas_ = false;
  ScreenPoint canvas_min_;
  ScreenPoint canvas_max_;
  ImFont* canvas_font_ = nullptr;
  std::string message_;
  picture::Style style_;
  ImGuiTextMetrics metrics_;
  picture::PictureCache picture_cache_;
  PictureRenderer renderer_;
  std::string shown_process_;
  std::string focus_block_;  // to centre on the next frame
  bool play_mode_ = false;
  float ui_scale_ = 1;
  bool presenting_ = false;
  bool show_minimap_ = true;
  std::vector<double> part_starts_{0.0};  // canvas x of each part's left edge
  std::size_t part_ = 0;
  bool part_pending_ = false;  // show_part was called: move the view next frame
  float part_end_x_ = 0;
  float part_begin_x_ = 0;
  PlayMarks play_marks_;
  std::optional<std::string> play_click_;
  // Issue 12, canvasroom
  void handle_room_keys(const Process& process);
  bool handle_vote_click(const Process& process, CanvasPoint mouse);
  void refuse_vote(std::string message);
  void draw_vote_message(ImDrawList& draw_list) const;
  void delete_selected_notes(const std::string& process_id);
  Block placed(Block block) const;
  SessionState* session_ = nullptr;
  std::set<std::string> selected_notes_;
  std::string vote_message_;
  double vote_message_until_ = 0;  // ImGui time
  ScreenPoint vote_message_at_;
};

}  // namespace blokjes::app
