#pragma once
// The votes ("Stemmen"): the dot-voting ranking (core/dot_voting.h) shown
// large, most dots first, each target named with its process, its dots drawn
// as big dots in the participants' colours and counted. A tab with a round
// selector (all rounds or one), and the votes slide of presentation mode.

#include <string>

#include "core/block_library.h"
#include "core/document.h"
#include "layout_recorder.h"
#include "translations.h"
#include "view.h"

namespace blokjes::app {

class VotesView : public View {
 public:
  VotesView(const ViewInfo& info, const Document& document, const BlockLibrary& library,
            const Translations& tr, LayoutRecorder& recorder)
      : View(info), document_(document), library_(library), tr_(tr), recorder_(recorder) {}

  void draw() override;
  void draw_slide(const Slide& slide) override;
  // Empty: all rounds together.
  void set_round(std::string round_id) { round_ = std::move(round_id); }
  const std::string& round() const { return round_; }

  // The names' height: 24 px at scale 1 in the tab, slide_text_px (36)
  // presenting, twice that at scale 2.
  float name_px(bool presenting) const;

 private:
  void draw_round_selector();
  // The ranking in the remaining space; records layout_json's "votes".
  void draw_ranking(bool presenting);

  const Document& document_;
  const BlockLibrary& library_;
  const Translations& tr_;
  LayoutRecorder& recorder_;
  std::string round_;
};

}  // namespace blokjes::app
