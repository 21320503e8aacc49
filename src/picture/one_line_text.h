#pragma once
// A text on one line of a given width, cut between characters with an
// ellipsis when it is wider: the compare and matrix pictures' labels, which
// the views used to clip. The same rule as the app's fit_with_ellipsis
// (theme.h), measured through TextMetrics so every renderer cuts alike.

#include <string>
#include <string_view>

#include "text_metrics.h"

namespace blokjes::picture {

// `text` itself when it fits `width` at `size`; else its longest prefix of
// whole characters followed by "…" that fits (just "…" when none does).
std::string fit_one_line(std::string_view text, double size, double width,
                         const TextMetrics& metrics);

}  // namespace blokjes::picture
