#pragma once
// The compare view as a picture, without a window: the headline figure, the
// summary sentence, two processes' blocks on one shared grid of alignment
// steps (side by side: rows; stacked: columns), lines between matched blocks,
// only-in-A/B marks and the legend. The app draws it with ImDrawList
// (app::PictureRenderer), cairo writes it to SVG, PNG or PDF (exporters/picture).
//
// Units: one pixel at UI scale 1, (0, 0) the top left of the room given in
// the options; the app scales by its UI scale when it draws. Texts come in
// from the caller (CompareTexts) so src/picture needs no translations.

#include <optional>
#include <string>
#include <vector>

#include "compare/comparison.h"
#include "coordinates.h"
#include "core/block_library.h"
#include "core/localized_text.h"
#include "primitives.h"
#include "text_metrics.h"

namespace blokjes::picture {

// The words the picture shows, in the reader's language.
struct CompareTexts {
  std::string similarity;   // the headline: "<similarity> 72%"
  std::string alignment;    // the three figures beside it
  std::string structural;
  std::string behavioural;
  std::string only_a;       // the mark between the columns, and in the legend
  std::string only_b;
  std::string legend_same;  // the legend's line colours
  std::string legend_variant;
  std::string legend_kind;
};

// Which translation key fills which text (assets/translations/*.json), so a
// caller fills CompareTexts by one loop over this table.
struct CompareTextKey {
  const char* key;
  std::string CompareTexts::*field;
};
inline constexpr CompareTextKey kCompareTextKeys[] = {
    {"compare.similarity", &CompareTexts::similarity},
    {"compare.alignment", &CompareTexts::alignment},
    {"compare.structural", &CompareTexts::structural},
    {"compare.behavioural", &CompareTexts::behavioural},
    {"compare.only_a", &CompareTexts::only_a},
    {"compare.only_b", &CompareTexts::only_b},
    {"compare.legend_same", &CompareTexts::legend_same},
    {"compare.legend_variant", &CompareTexts::legend_variant},
    {"compare.legend_kind", &CompareTexts::legend_kind},
};

struct ComparePictureOptions {
  bool stacked = false;        // A's blocks above B's, instead of side by side
  double text_size = 28;       // every text but the headline: 28 in the tab, 36 on a slide
  double headline_size = 64;   // the similarity figure
  double width = 1920;         // the room to lay out in, from (0, 0)
  double height = 1080;
  double spacing = 4;          // between the headline and the pair (the app: its item spacing)
  Language language = Language::dutch;  // block names and the summary sentence
  CompareTexts texts;
};

// The colours of the line between two matched blocks. Only in A / only in B
// are the style table's (StyleColour::only_in_a / only_in_b), so a process
// drawn with highlights on the canvas marks them the same way.
inline constexpr Colour kCompareSameColour{47, 158, 68, 255};
inline constexpr Colour kCompareOtherVariantColour{240, 140, 0, 255};
inline constexpr Colour kCompareOtherKindColour{134, 142, 150, 255};
inline constexpr Colour kCompareTextColour{33, 37, 41, 255};
inline constexpr Colour kCompareFiguresColour{73, 80, 87, 255};
// A block whose kind the library lacks.
inline constexpr Colour kCompareUnknownKindColour{150, 150, 150, 255};
// same, other_variant, other_kind: their line colour; only_in_a/b: their mark's.
Colour compare_relation_colour(compare::StepRelation relation);

// Where one alignment step was drawn: A's and B's block (absent when the
// step has none on that side). Side by side a step is a row, stacked a column.
struct ComparedStep {
  std::optional<CanvasRect> a;
  std::optional<CanvasRect> b;
};

struct ComparePicture {
  Picture picture;
  std::vector<ComparedStep> steps;  // one per alignment step, in the alignment's order
  double width = 0;                 // the options' width
  double height = 0;                // down to the legend's bottom (stacked: B's name)
};

// `a` and `b` are the processes `comparison` compared, prepared as it was.
ComparePicture compare_picture(const compare::Comparison& comparison,
                               const compare::PreparedProcess& a,
                               const compare::PreparedProcess& b, const BlockLibrary& library,
                               const ComparePictureOptions& options, const TextMetrics& metrics);

}  // namespace blokjes::picture
