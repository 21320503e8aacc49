#pragma once
// View > "Presentatievolgorde...": the facilitator's running order for
// presentation mode. Lists the slides with their titles; adds one (kind and
// processes from combos), removes one, moves one up or down. Every change is
// one undoable edit of the workshop (make_set_running_order), so nothing is
// lost when the dialog closes and Ctrl+Z takes a change back.

#include <string>
#include <vector>

#include "core/document.h"
#include "layout_recorder.h"
#include "translations.h"

namespace blokjes::app {

class RunningOrderDialog {
 public:
  RunningOrderDialog(Document& document, const Translations& tr, LayoutRecorder& recorder)
      : document_(document), tr_(tr), recorder_(recorder) {}

  void open() { open_ = true; }
  bool is_open() const { return open_; }
  // Its own window above the main one.
  void draw();

  // The edits the buttons make, each committed as one undoable edit of the
  // shown order (the workshop's own, or the default it starts from).
  void add(Slide slide);
  void remove(std::size_t index);
  void move(std::size_t index, int by);  // -1 up, +1 down; nothing past the ends

 private:
  void commit(std::vector<Slide> slides);
  void draw_new_slide_row();

  Document& document_;
  const Translations& tr_;
  LayoutRecorder& recorder_;
  bool open_ = false;
  // The slide being made in the "add" row.
  SlideKind new_kind_ = SlideKind::canvas;
  std::string new_process_;
  std::string new_other_process_;
};

}  // namespace blokjes::app
