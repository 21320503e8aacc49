#pragma once
// Workshop > Deelnemers...: the people at the table (name, role, department,
// colour), edited on a copy in a modal dialog and committed as one undoable
// edit (make_set_participants). Removing someone keeps the blocks they placed
// but takes back their dots (workshop_flow_commands.h).

#include <string>
#include <vector>

#include "core/document.h"
#include "layout_recorder.h"
#include "translations.h"

namespace blokjes::app {

class ParticipantsDialog {
 public:
  ParticipantsDialog(Document& document, const Translations& tr, LayoutRecorder& recorder)
      : document_(document), tr_(tr), recorder_(recorder) {}

  void open();
  bool is_open() const { return open_; }
  void draw();

  std::vector<Participant>& draft() { return draft_; }
  // A new participant at the end, with a fresh id and the palette's next colour.
  void add_participant();
  std::string problem() const;
  bool commit();
  void cancel() { open_ = false; }

 private:
  void draw_rows();
  void draw_department(Participant& participant);
  void draw_colour(Participant& participant, std::size_t index);

  Document& document_;
  const Translations& tr_;
  LayoutRecorder& recorder_;
  std::vector<Participant> draft_;
  bool open_ = false;
  bool open_requested_ = false;
};

}  // namespace blokjes::app
