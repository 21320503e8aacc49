#pragma once
// Speel (play) mode: a workshop walks a zaak through the process it just laid
// out. The panel deploys the shown process to the engine (a concept when it
// does not validate yet, so a workshop can still play), starts a zaak, and
// hands the canvas the blocks to mark: the current status's block and the
// blocks the process allows next. A click on a block sets its status; the
// engine decides whether that is a deviation (shown as a banner) or, for a
// strict zaaktype, refused. Rollen, resultaat, besluit, opschorten,
// hervatten and verlengen are buttons; every rule is the engine's, the panel
// only calls it and shows its answer in plain words. Play mode never edits
// the model.

#include <optional>
#include <string>
#include <vector>

#include "canvas_panel.h"
#include "core/block_library.h"
#include "core/document.h"
#include "engine/engine.h"
#include "engine_session.h"
#include "layout_recorder.h"
#include "translations.h"
#include "validation_cache.h"

namespace blokjes::app {

// The deadlines as the zaak was created, to show beside the moved ones.
struct OriginalDates {
  std::optional<engine::CalendarDate> einddatum_gepland;
  std::optional<engine::CalendarDate> uiterlijke_einddatum_afdoening;
};

class PlayPanel {
 public:
  PlayPanel(const Document& document, const BlockLibrary& library, const Translations& tr,
            SelectielijstSource& selectielijst, EngineSession& session, LayoutRecorder& recorder);

  bool active() const { return active_; }
  // Enters play mode on the shown process: deploys it and starts a zaak.
  void enter(const std::string& process_id);
  // Back to editing; the zaak stays in the database.
  void leave();
  void toggle(const std::string& process_id) {
    if (active_) {
      leave();
    } else {
      enter(process_id);
    }
  }

  // Once per frame before the canvas draws: another shown process starts over.
  void follow(const std::string& process_id);
  // The side panel, in the current ImGui window.
  void draw();

  // What the buttons and the canvas do; public for the tests.
  void start_zaak();
  void set_strict(bool strict);
  void block_clicked(const std::string& block_id);
  void add_rol(const std::string& roltype, const std::string& betrokkene);
  void set_resultaat(const std::string& resultaattype);
  void add_besluit(const std::string& besluittype, const std::string& ingangsdatum,
                   const std::string& vervaldatum);
  void opschorten(const std::string& reden);
  void hervatten();
  void verlengen(const std::string& duur, const std::string& reden);

  const PlayMarks& marks() const { return marks_; }
  const std::optional<engine::ZaakView>& zaak() const { return zaak_; }
  const std::optional<engine::ZaaktypeDefinition>& definition() const { return definition_; }
  const OriginalDates& original_dates() const { return original_; }
  bool strict() const { return strict_; }
  bool played_as_concept() const { return concept_; }
  // "Afwijking: van X naar Y" after the last status, when it was one.
  const std::string& deviation_banner() const { return banner_; }
  // Why the last action was refused or failed, in the UI's language; empty after a success.
  const std::string& refusal() const { return refusal_; }

 private:
  // Runs one engine call: the zaak it returns is shown, a refusal is kept.
  template <typename Call>
  bool run(Call&& call);
  bool deploy();
  void refresh_marks();
  void record();
  void draw_header();
  void draw_timeline();
  void draw_actions();
  void draw_history();
  std::string language() const;

  const Document& document_;
  const BlockLibrary& library_;
  const Translations& tr_;
  SelectielijstSource& selectielijst_;
  EngineSession& session_;
  LayoutRecorder& recorder_;

  bool active_ = false;
  bool strict_ = false;
  bool concept_ = false;
  std::string process_id_;
  std::string zaaktype_;  // identificatie of the deployed zaaktype
  std::optional<engine::ZaaktypeDefinition> definition_;
  std::optional<engine::ZaakView> zaak_;
  OriginalDates original_;
  PlayMarks marks_;
  std::string banner_;
  std::string refusal_;

  // The fields the buttons read.
  int roltype_index_ = 0;
  std::string betrokkene_;
  int resultaattype_index_ = 0;
  int besluittype_index_ = 0;
  std::string ingangsdatum_;
  std::string vervaldatum_;
  std::string opschorting_reden_;
  std::string verlenging_duur_;
  std::string verlenging_reden_;
};

}  // namespace blokjes::app
