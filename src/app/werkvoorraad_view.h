#pragma once
// The werkvoorraad dashboard: the open zaken of the engine database the app
// opened (the demo by default), counted per status, per department and per
// zaaktype, with what is overdue (red), past its streefdatum (orange), near
// either (amber, "binnenkort") and suspended, and the deviations from the
// process per zaaktype and per step. Made to be read on a big screen: 28 px
// text at 1920x1080, the headline numbers larger. The counts are the
// engine's (Engine::werkvoorraad); the view only lays them out, and reads
// them again when play mode changed something or on "Vernieuwen".

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "core/document.h"
#include "engine/engine.h"
#include "engine_session.h"
#include "layout_recorder.h"
#include "translations.h"
#include "view.h"

namespace blokjes::app {

class WerkvoorraadView : public View {
 public:
  // `document` gives the departments' names; the engine knows only their ids.
  WerkvoorraadView(const ViewInfo& info, EngineSession& session, const Document& document,
                   const Translations& tr, LayoutRecorder& recorder);

  void draw() override;

  // Reads the database again on the next frame.
  void refresh() { stale_ = true; }
  // What the view shows; empty before the first frame or when the database could not be read.
  const std::optional<engine::Werkvoorraad>& shown() const { return werkvoorraad_; }
  const std::string& error() const { return error_; }

 private:
  void load();
  void draw_headline();
  // `names` turns a count's key (a zaaktype identificatie, a department id)
  // into what the room reads; a key it does not know is shown as it is.
  void draw_counts(const char* title_key, const char* id,
                   const std::vector<engine::WerkvoorraadCount>& counts,
                   const std::map<std::string, std::string>& names);
  void draw_deviations();
  void record();

  EngineSession& session_;
  const Document& document_;
  const Translations& tr_;
  LayoutRecorder& recorder_;
  bool stale_ = true;
  std::uint64_t loaded_changes_ = 0;
  std::optional<engine::Werkvoorraad> werkvoorraad_;
  std::map<std::string, std::string> zaaktype_names_;  // identificatie -> "HUW-001 Huwelijk ..."
  std::string error_;
};

}  // namespace blokjes::app
