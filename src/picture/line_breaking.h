#pragma once
// Line breaking, once for every renderer: at spaces, on UTF-8 character
// boundaries, and inside a word only when that word alone is wider than the line.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text_metrics.h"

namespace blokjes::picture {

// The lines `text` takes at `size` within `width`. Runs of spaces between
// words are where lines break; a line keeps single spaces between its words.
// A newline always breaks.
std::vector<std::string> break_lines(std::string_view text, double size, double width,
                                     const TextMetrics& metrics);

// At most `max_lines` of them; when the text needs more, the last line shown
// ends in an ellipsis ("…") and still fits `width`.
std::vector<std::string> fit_lines(std::string_view text, double size, double width,
                                   std::size_t max_lines, const TextMetrics& metrics);

// A name in a narrow column (a lane header): its size and lines.
struct ShrunkLines {
  double size = 0;
  std::vector<std::string> lines;
};
// Words are never split when a smaller size or an ellipsis would do. Tries
// sizes from `size` down to `min_size` (the legibility floor) and takes the
// largest at which every word fits on a line and the lines fit `max_lines`;
// then the same allowing a break after a hyphen ("Bouw-/en woningtoezicht").
// When even that fails, at `min_size`: a word wider than the line ends in
// an ellipsis, and so does the last line when more are needed.
ShrunkLines shrink_to_fit(std::string_view text, double size, double min_size, double width,
                          std::size_t max_lines, const TextMetrics& metrics);

// The width of the widest word of `text` (words are separated by spaces).
double widest_word(std::string_view text, double size, const TextMetrics& metrics);

// The length in bytes of the UTF-8 sequence starting with `lead` (1 for a
// stray continuation byte, so a broken string still advances).
std::size_t utf8_sequence_length(unsigned char lead);

}  // namespace blokjes::picture
