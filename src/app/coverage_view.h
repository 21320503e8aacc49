#pragma once
// The coverage view: for each block kind and variant, the share of processes
// and of departments that use it; the generic core for a chosen share of the
// processes; and how generic each process is. It puts the "80 to 90% of
// departments use the same blocks" claim to the test on the workshop's data.
//
// Its slide (presentation mode) is condensed for the room: the headline, the
// generic core, the kinds without their variants and, where there is room,
// the generic share per process, all at the slide's text size
// (slide_text.h); rows that do not fit are left off with a line saying how
// many. The figures come from compare::coverage, as the tab's do.
//
// Beside the generic core it measures the claim against the real system:
// which processes run on the zaakafhandelcomponent's generic model
// (zac::fit_workshop), on the tab and on its own slide (SlideKind::
// generic_model), each misfit with its reason in one sentence
// (coverage_generic_model.cpp).

#include <imgui.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "compare/coverage.h"
#include "core/block_library.h"
#include "core/document.h"
#include "layout_recorder.h"
#include "translations.h"
#include "view.h"
#include "zac/fit.h"

namespace blokjes::app {

class CoverageView : public View {
 public:
  CoverageView(const ViewInfo& info, const Document& document, const BlockLibrary& library,
               const Translations& tr, LayoutRecorder& recorder)
      : View(info), document_(document), library_(library), tr_(tr), recorder_(recorder) {}

  void draw() override;
  // Records layout_json's "coverage": {"text_px": 36, "rows": [{"part":
  // "headline" | "core" | "header" | "kind" | "process" | "more", "name",
  // "rect": [x0, y0, x1, y1]}, ...]}. A generic_model slide records
  // "generic_model" the same way, with parts "headline", "share",
  // "header", "misfit", "reason", "fit" and "more".
  void draw_slide(const Slide& slide) override;

  // The fit of the workshop's processes on the generic model; null when the
  // model could not be read (generic_model_error() says why).
  const zac::WorkshopFit* generic_model_fit();
  const std::string& generic_model_error() const { return model_error_; }

 private:
  // Where a slide draws: the font, the window's draw list, its origin and
  // room, and the slide's text size.
  struct SlideArea {
    ImFont* font;
    ImDrawList* draw_list;
    ImVec2 origin;
    ImVec2 available;
    float px;
    float bottom;  // origin.y + available.y
  };
  SlideArea slide_area() const;
  void refresh();
  // "Generieke kern (80%): Intake, Behandelen, ... -> 11/13", tab and slide alike.
  std::string core_line() const;
  float draw_kind_rows(float x, float y, float width);
  // Both return the y below what they drew.
  float draw_processes(float x, float y, float width);
  // The slide's two columns; each adds the rows it drew to `rows`.
  static bool no_room_left(std::size_t i, std::size_t count, float y, float row, float bottom);
  // "3 meer, niet getoond" in place of the rows that do not fit.
  void draw_more(std::size_t left_off, float x, float y, float width, float px,
                 nlohmann::json& rows) const;
  void draw_slide_kinds(float x, float y, float width, float bottom, float px,
                        nlohmann::json& rows);
  void draw_slide_processes(float x, float y, float width, float bottom, float px,
                            nlohmann::json& rows);
  // coverage_generic_model.cpp
  // "Draait op het generieke model ...: 9 van 13 processen (69%)".
  std::string generic_model_headline() const;
  std::string generic_model_share_line() const;
  std::string misfit_reason(const zac::ProcessFit& fit) const;
  float draw_generic_model_section(float x, float y, float width);
  void draw_generic_model_slide();

  const Document& document_;
  const BlockLibrary& library_;
  const Translations& tr_;
  LayoutRecorder& recorder_;
  // The share the generic core must build starts at the analysis's own default.
  float core_share_ = static_cast<float>(compare::GenericCore{}.target_share);
  std::optional<compare::CoverageReport> report_;
  // The generic model, read once; its fit, with the report.
  std::optional<zac::GenericModel> model_;
  std::string model_error_;
  bool model_tried_ = false;
  std::optional<zac::WorkshopFit> fit_;
  std::uint64_t computed_at_revision_ = ~0ull;
  float computed_for_share_ = -1;
};

}  // namespace blokjes::app
