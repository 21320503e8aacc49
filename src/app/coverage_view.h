#pragma once
// The coverage view: for each block kind and variant, the share of processes
// and of departments that use it; the generic core for a chosen share of the
// processes; and how generic each process is. It puts the "80 to 90% of
// departments use the same blocks" claim to the test on the workshop's data.

#include <optional>

#include "compare/coverage.h"
#include "core/block_library.h"
#include "core/document.h"
#include "translations.h"
#include "view.h"

struct ImFont;

namespace blokjes::app {

class CoverageView : public View {
 public:
  CoverageView(const ViewInfo& info, const Document& document, const BlockLibrary& library,
               const Translations& tr)
      : View(info), document_(document), library_(library), tr_(tr) {}

  void set_font(ImFont* font) { font_ = font; }
  void set_scale(float scale) { scale_ = scale; }
  void set_display_font(ImFont* font, float scale) override {
    set_font(font);
    set_scale(scale);
  }
  void draw() override;

 private:
  void refresh();
  float draw_kind_rows(float x, float y, float width);
  void draw_processes(float x, float y, float width);

  const Document& document_;
  const BlockLibrary& library_;
  const Translations& tr_;
  ImFont* font_ = nullptr;
  float scale_ = 1;
  // The share the generic core must build starts at the analysis's own default.
  float core_share_ = static_cast<float>(compare::GenericCore{}.target_share);
  std::optional<compare::CoverageReport> report_;
  std::uint64_t computed_at_revision_ = ~0ull;
  float computed_for_share_ = -1;
};

}  // namespace blokjes::app
