#pragma once
// The citizen's view ("Dirk", docs/citizen.md): a process as the citizen
// experiences it, drawn large enough for the back of the room. The timeline
// and its gaps come from src/catalogi/citizen_timeline.h; this file only draws
// them and records where (layout_json's "citizen", with each text's height).

#include <optional>
#include <string>

#include "catalogi/citizen_timeline.h"
#include "core/block_library.h"
#include "core/document.h"
#include "layout_recorder.h"
#include "session_state.h"
#include "translations.h"
#include "view.h"

struct ImFont;

namespace blokjes::app {

class CitizenView : public View {
 public:
  struct Parts {
    const Document& document;
    const BlockLibrary& library;
    const Translations& tr;
    LayoutRecorder& layout;
    const std::string& process_id;  // the app's shown process (`--process`)
    const SessionState& session;    // presenting: larger type
  };
  CitizenView(const ViewInfo& info, Parts parts) : View(info), parts_(parts) {}

  void draw() override { draw_process(parts_.process_id); }
  void draw_slide(const Slide& slide) override { draw_process(slide.process); }

  // Pixel heights of the status texts, before the UI scale. A long timeline
  // shrinks them to fit its space (a slide must fit its screen), never below
  // the floors: 20 px in the tab, 32 px while presenting (issue 12).
  static constexpr float kTextPx = 26;
  static constexpr float kPresentingTextPx = 36;
  static constexpr float kFloorPx = 20;
  static constexpr float kPresentingFloorPx = 32;

 private:
  void draw_process(const std::string& process_id);
  const CitizenTimeline& timeline_for(const Process& process);

  Parts parts_;
  std::optional<CitizenTimeline> timeline_;
  std::string computed_for_;
  Language computed_in_ = Language::dutch;
  std::uint64_t computed_at_revision_ = ~0ull;
};

}  // namespace blokjes::app
