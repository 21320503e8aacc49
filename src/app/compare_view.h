#pragma once
// The compare view, for directors on a big screen: two processes side by side
// (or stacked), laid out on one shared grid of alignment steps so matched
// blocks line up, with lines between matched blocks, clear marks for blocks
// only in A or only in B, and the similarity figure large. Text is at least
// 28 px at 100% UI scale, readable from five metres at 1920x1080.
// A large pair is compared off the UI thread (compare::BackgroundJob) while
// the view shows "Bezig met vergelijken… n/3"; a changed pair or workshop
// cancels and restarts it. A process above compare::kMaxComparedBlocks is
// refused with a message naming it. What the view shows of a comparison is
// one picture (picture/compare_picture.h), which an export draws the same way.

#include <optional>
#include <string>

#include "compare/background_job.h"
#include "compare/comparison.h"
#include "core/block_library.h"
#include "core/document.h"
#include "layout_recorder.h"
#include "picture_renderer.h"
#include "translations.h"
#include "view.h"

namespace blokjes::app {

class CompareView : public View {
 public:
  CompareView(const ViewInfo& info, const Document& document, const BlockLibrary& library,
              const Translations& tr, LayoutRecorder& recorder);

  void set_pair(const std::string& a, const std::string& b);
  const std::string& a() const { return a_; }
  const std::string& b() const { return b_; }
  void set_stacked(bool stacked) { stacked_ = stacked; }
  bool stacked() const { return stacked_; }
  void draw() override;
  // The pair as the slide names it, without the pickers, every text at the
  // slide's size (slide_text.h); records layout_json's "compare_slide":
  // {"text_px": 36, "rect": [x0, y0, x1, y1]}.
  void draw_slide(const Slide& slide) override;

  // For tests: whether the pair is being compared off the UI thread, whether
  // a result is shown, and the message shown instead of one.
  bool computing() const { return job_.running(); }
  bool has_result() const { return result_.has_value(); }
  const std::string& message() const { return message_; }

 private:
  // What the background job hands back: both prepared processes and their comparison.
  struct PairResult {
    compare::PreparedProcess a;
    compare::PreparedProcess b;
    compare::Comparison comparison;
  };
  // Takes a finished background result; draws the progress while one runs.
  bool draw_progress();
  // The headline, the summary and the pair; without the pickers on a slide.
  void draw_comparison(bool presenting);
  // The pair, for the GUI tests: layout_json's "compare".
  void record_pair();
  void refresh();
  void draw_pickers();

  const Document& document_;
  const BlockLibrary& library_;
  const Translations& tr_;
  LayoutRecorder& recorder_;
  std::string a_;
  std::string b_;
  bool stacked_ = false;
  // The height of the view's ordinary text this frame: 28 px per UI scale in
  // the tab, the slide's size presenting.
  float text_px_ = 28;
  // The comparison of the current pair, recomputed when the pair or the model changes.
  std::optional<compare::PreparedProcess> prepared_a_;
  std::optional<compare::PreparedProcess> prepared_b_;
  std::optional<compare::Comparison> result_;
  compare::BackgroundJob<PairResult> job_;
  std::string message_;  // a limit passed or a failure: shown instead of the comparison
  std::uint64_t computed_at_revision_ = ~0ull;
  std::string computed_for_;
  PictureRenderer renderer_;
};

}  // namespace blokjes::app
