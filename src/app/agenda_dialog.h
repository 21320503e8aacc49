#pragma once
// Workshop > Agenda...: the rounds of the session (name, minutes, dots per
// participant), edited on a copy in a modal dialog and committed as one
// undoable edit (make_set_rounds), so Cancel leaves the workshop untouched.

#include <string>
#include <vector>

#include "core/document.h"
#include "layout_recorder.h"
#include "translations.h"

namespace blokjes::app {

class AgendaDialog {
 public:
  AgendaDialog(Document& document, const Translations& tr, LayoutRecorder& recorder)
      : document_(document), tr_(tr), recorder_(recorder) {}

  // Copies the workshop's agenda and shows the dialog on the next frame.
  void open();
  bool is_open() const { return open_; }
  // Draws the dialog while it is open (from inside the main window).
  void draw();

  // The copy being edited; the dialog's fields change it too.
  std::vector<Round>& draft() { return draft_; }
  // A new round at the end: "Ronde N", 15 minutes, no dots, a fresh id.
  void add_round();
  // Why the draft cannot be committed (in the UI's language), or empty.
  std::string problem() const;
  // Executes make_set_rounds when the draft differs and is valid; closes.
  // False (and still open) when it is not valid.
  bool commit();
  void cancel() { open_ = false; }

 private:
  void draw_rows();

  Document& document_;
  const Translations& tr_;
  LayoutRecorder& recorder_;
  std::vector<Round> draft_;
  bool open_ = false;
  bool open_requested_ = false;
};

}  // namespace blokjes::app
