#pragma once
// Presentation mode (F5): the running order (core/running_order.h) shown one
// slide at a time over the whole window, large, in the high-contrast theme
// (theme.h), with a slim footer (title, "3 / 7", the round's countdown) and a
// ring around the pointer. Arrow keys, Page Up/Page Down (what presenter
// clickers send), Space, Backspace, Home and End step; Esc leaves and puts
// the view and process back as they were, as a slide show does.
//
// It is not a tab: the app draws it instead of the menu, tabs and panels
// while session().presenting is set. Each slide is drawn by the view of its
// kind (View::draw_slide), the canvas by the canvas panel alone.

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/workshop.h"

struct ImFont;

namespace blokjes::app {

class App;

class PresentView {
 public:
  explicit PresentView(App& app) : app_(app) {}

  // Starts presenting on this slide (0-based, clamped to the order).
  void enter(std::size_t slide = 0);
  void leave();
  bool presenting() const;

  // The slides shown: the workshop's running order, or the default one.
  std::vector<Slide> slides() const;
  // The slide shown (0-based), within the order as it is now.
  std::size_t slide() const;
  void go_to(std::size_t slide);
  // Next and previous step through a wide process's parts on a canvas slide
  // (CanvasPanel::part) before they change slide.
  void next();
  void previous();

  // Draws the slide and the footer in the current window and takes the keys.
  void draw();
  void set_display_font(ImFont* font, float scale) {
    font_ = font;
    scale_ = scale;
  }
  // The height of the presentation's own text (footer), in pixels: the
  // slides' size, slide_text_px (36 at scale 1, twice that at scale 2).
  float text_px() const;
  // The footer's texts as last drawn, for layout_json's "present":
  // {"title": {"rect": [x0, y0, x1, y1], "text_px": 36}, "number": ..., "clock": ...,
  //  "part": [2, 3]} (the part of a wide process shown, of how many).
  const nlohmann::json& layout_json() const { return texts_; }

 private:
  bool on_canvas_slide() const;
  void handle_keys();
  void show(const Slide& slide);
  void draw_slide(const Slide& slide, float height);
  void draw_footer(const Slide& slide, float top, float height);
  void draw_pointer_ring() const;
  void record_text(const std::string& key, float x0, float y0, float x1, float y1, float px);

  App& app_;
  ImFont* font_ = nullptr;
  float scale_ = 1;
  std::size_t slide_ = 0;
  // The slide whose view was last prepared (a compare pair set, the canvas fitted).
  std::optional<Slide> prepared_;
  // Where the user was before F5, restored by Esc.
  std::string view_before_;
  std::string process_before_;
  nlohmann::json texts_ = nlohmann::json::object();
};

}  // namespace blokjes::app
