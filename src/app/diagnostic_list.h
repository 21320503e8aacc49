#pragma once
// Validation findings as the export dialog and the validation panel show
// them: a count line, then one row per finding (severity, where, message),
// errors red and warnings amber. A row about a process is clickable; the
// caller decides what clicking does (select the block on the canvas).

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "canvas_view.h"
#include "core/block_index.h"
#include "core/diagnostic.h"
#include "core/workshop.h"
#include "translations.h"

namespace blokjes::app {

struct DiagnosticCounts {
  int errors = 0;
  int warnings = 0;
};

DiagnosticCounts count_diagnostics(const std::vector<Diagnostic>& diagnostics);
// "2 fouten, 1 waarschuwing".
std::string diagnostic_summary(const DiagnosticCounts& counts, const Translations& tr);
// The summary in colour: red when there are errors, amber for warnings only.
void draw_diagnostic_summary(const DiagnosticCounts& counts, const Translations& tr);

class DiagnosticList {
 public:
  explicit DiagnosticList(const Translations& tr) : tr_(tr) {}

  // Draws the rows, scrolling within `height` pixels; returns the finding
  // clicked this frame. `with_process` adds the process's name to each row.
  std::optional<Diagnostic> draw(const char* id, const std::vector<Diagnostic>& diagnostics,
                                 const Workshop& workshop, bool with_process, float height);
  // Where each row was drawn last frame, by index, for tests.
  const std::vector<ScreenRect>& row_rects() const { return rows_; }

 private:
  std::string where(const Diagnostic& diagnostic, const Workshop& workshop, bool with_process);

  // A row's text and wrapped height, kept while its words and column widths
  // stay: a list of thousands of findings then lays out only the rows in view.
  struct RowLayout {
    std::string place;
    std::string message;
    float place_width = -1;
    float message_width = -1;
    float height = 0;
  };

  const Translations& tr_;
  std::vector<ScreenRect> rows_;
  std::vector<RowLayout> layouts_;
  // Blocks by id per process, for this frame's rows (find_block is linear).
  std::unordered_map<std::string_view, BlockIndex> block_indexes_;
};

}  // namespace blokjes::app
