#pragma once
// The Blokjessessie window's contents: menu, process list, palette, canvas
// and inspector over one Document. Views only; rules live in src/core.

#include <map>
#include <optional>
#include <string>

#include "canvas_panel.h"
#include "core/block_library.h"
#include "core/document.h"
#include "translations.h"

namespace blokjes::app {

class App {
 public:
  App(Document document, BlockLibrary library, Translations translations);

  // One frame of UI; returns false once the user has chosen to quit.
  bool draw_frame();
  void request_quit();
  void show_process(const std::string& process_id);
  const Document& document() const { return document_; }
  Document& document() { return document_; }
  CanvasPanel& canvas() { return canvas_; }
  std::string window_title() const;
  const std::string& shown_process() const { return process_id_; }
  // Where the palette drew a block's button last frame (for tests and tours).
  struct ItemRect {
    ScreenPoint min;
    ScreenPoint max;
  };
  std::optional<ItemRect> palette_item(const std::string& kind, const std::string& variant) const;

 private:
  void handle_shortcuts();
  void draw_menu_bar();
  void draw_process_list();
  void draw_palette();
  void draw_inspector();
  void draw_quit_confirmation();
  void save();

  Document document_;
  BlockLibrary library_;
  Translations tr_;
  CanvasPanel canvas_;
  std::string process_id_;
  std::string status_;
  bool quit_requested_ = false;
  bool quitting_ = false;
  std::map<std::string, ItemRect> palette_items_;
};

}  // namespace blokjes::app
