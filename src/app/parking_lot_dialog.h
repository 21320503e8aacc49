#pragma once
// Workshop > Parkeerplaats... (and the toolbar's "Parkeerplaats (3)"): the
// questions parked until later, with who asked, whether they were answered
// and the answer, edited on a copy in a modal dialog and committed as one
// undoable edit (make_set_parking_lot).

#include <string>
#include <vector>

#include "core/document.h"
#include "layout_recorder.h"
#include "session_state.h"
#include "translations.h"

namespace blokjes::app {

class ParkingLotDialog {
 public:
  ParkingLotDialog(Document& document, const SessionState& session, const Translations& tr,
                   LayoutRecorder& recorder)
      : document_(document), session_(session), tr_(tr), recorder_(recorder) {}

  void open();
  bool is_open() const { return open_; }
  void draw();

  std::vector<ParkedQuestion>& draft() { return draft_; }
  // A new, empty question asked by the current participant in the current round.
  void add_question();
  std::string problem() const;
  bool commit();
  void cancel() { open_ = false; }

 private:
  void draw_rows();
  void draw_author(ParkedQuestion& question);

  Document& document_;
  const SessionState& session_;
  const Translations& tr_;
  LayoutRecorder& recorder_;
  std::vector<ParkedQuestion> draft_;
  bool open_ = false;
  bool open_requested_ = false;
};

}  // namespace blokjes::app
