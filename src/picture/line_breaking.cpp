#include "line_breaking.h"

#include <algorithm>

// [SECTION] Breaking at spaces
// [SECTION] Shrinking to fit

namespace blokjes::picture {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

// [SECTION] Breaking at spaces

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

// The next word of `text` from `i` (spaces skipped), moving `i` past it;
// empty at the end.
std::string_view next_word(std::string_view text, std::size_t& i) {
  while (i < text.size() && is_space(text[i])) ++i;
  std::size_t end = i;
  while (end < text.size() && !is_space(text[end])) ++end;
  const std::string_view word = text.substr(i, end - i);
  i = end;
  return word;
}

// The longest prefix of `word` (whole characters, at least one) within `width`.
std::size_t fitting_prefix(std::string_view word, double size, double width,
                           const TextMetrics& metrics) {
  std::size_t end = utf8_sequence_length(static_cast<unsigned char>(word[0]));
  while (end < word.size()) {
    const std::size_t next = end + utf8_sequence_length(static_cast<unsigned char>(word[end]));
    if (metrics.width(word.substr(0, next), size) > width) break;
    end = next;
  }
  return std::min(end, word.size());
}

void break_paragraph(std::string_view text, double size, double width, const TextMetrics& metrics,
                     std::vector<std::string>& lines) {
  std::string line;
  std::size_t i = 0;
  while (i < text.size()) {
    std::string_view word = next_word(text, i);
    if (word.empty()) break;
    if (!line.empty()) {
      std::string candidate = line + ' ';
      candidate += word;
      if (metrics.width(candidate, size) <= width) {
        line = std::move(candidate);
        continue;
      }
      lines.push_back(std::move(line));
      line.clear();
    }
    // A word wider than a whole line is the only one cut, between characters.
    while (metrics.width(word, size) > width) {
      const std::size_t cut = fitting_prefix(word, size, width, metrics);
      if (cut >= word.size()) break;
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
    }
    line = word;
  }
  if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
}

// [SECTION] Shrinking to fit

// The pieces a line may break between: words, and with `at_hyphens` the
// parts of a word after each hyphen. `space_before` says how a piece joins
// the one before it on a line.
struct Piece {
  std::string_view text;
  bool space_before = false;
};

std::vector<Piece> pieces_of(std::string_view text, bool at_hyphens) {
  std::vector<Piece> pieces;
  std::size_t i = 0;
  while (i < text.size()) {
    std::string_view word = next_word(text, i);
    if (word.empty()) break;
    bool first = true;
    while (!word.empty()) {
      // A hyphen at the word's end or start stays with it: "Bouw-" breaks after, "-" alone is no break.
      std::size_t cut = word.size();
      if (at_hyphens) {
        const std::size_t hyphen = word.find('-', 1);
        if (hyphen != std::string_view::npos && hyphen + 1 < word.size()) cut = hyphen + 1;
      }
      pieces.push_back({word.substr(0, cut), first && !pieces.empty()});
      word.remove_prefix(cut);
      first = false;
    }
  }
  return pieces;
}

// Greedy lines of whole pieces; `fits` is false when a piece alone is wider
// than the line (it then stands on a line of its own, too wide).
std::vector<std::string> lines_of_pieces(const std::vector<Piece>& pieces, double size,
                                         double width, const TextMetrics& metrics, bool& fits) {
  fits = true;
  std::vector<std::string> lines;
  std::string line;
  for (const auto& piece : pieces) {
    if (!line.empty()) {
      std::string candidate = line;
      if (piece.space_before) candidate += ' ';
      candidate += piece.text;
      if (metrics.width(candidate, size) <= width) {
        line = std::move(candidate);
        continue;
      }
      lines.push_back(std::move(line));
    }
    line = piece.text;
    if (metrics.width(line, size) > width) fits = false;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

// Drops whole characters from the end of `line` until it and an ellipsis fit.
void end_with_ellipsis(std::string& line, double size, double width, const TextMetrics& metrics) {
  while (!line.empty() && metrics.width(line + std::string(kEllipsis), size) > width) {
    std::size_t start = line.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(line[start]) & 0xC0) == 0x80) --start;
    line.erase(start);
  }
  while (!line.empty() && (is_space(line.back()) || line.back() == '-')) line.pop_back();
  line += kEllipsis;
}

}  // namespace

std::size_t utf8_sequence_length(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
  if (lead >= 0xC0) return 2;
  return 1;
}

std::vector<std::string> break_lines(std::string_view text, double size, double width,
                                     const TextMetrics& metrics) {
  std::vector<std::string> lines;
  while (true) {
    const std::size_t newline = text.find('\n');
    break_paragraph(text.substr(0, newline), size, width, metrics, lines);
    if (newline == std::string_view::npos) break;
    text.remove_prefix(newline + 1);
  }
  // An empty paragraph between others stays as an empty line; a text with
  // no words at all has no lines.
  if (lines.size() == 1 && lines.front().empty()) lines.clear();
  return lines;
}

std::vector<std::string> fit_lines(std::string_view text, double size, double width,
                                   std::size_t max_lines, const TextMetrics& metrics) {
  std::vector<std::string> lines = break_lines(text, size, width, metrics);
  if (lines.size() <= max_lines) return lines;
  lines.resize(max_lines);
  if (max_lines == 0) return lines;
  // Drop whole characters from the end until the line and the ellipsis fit.
  std::string& last = lines.back();
  while (!last.empty() && metrics.width(last + std::string(kEllipsis), size) > width) {
    std::size_t start = last.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(last[start]) & 0xC0) == 0x80) --start;
    last.erase(start);
  }
  while (!last.empty() && is_space(last.back())) last.pop_back();
  last += kEllipsis;
  return lines;
}

ShrunkLines shrink_to_fit(std::string_view text, double size, double min_size, double width,
                          std::size_t max_lines, const TextMetrics& metrics) {
  min_size = std::min(min_size, size);
  max_lines = std::max<std::size_t>(max_lines, 1);
  // Half a unit at a time: finer steps change nothing a reader can see.
  constexpr double kStep = 0.5;
  for (const bool at_hyphens : {false, true}) {
    const auto pieces = pieces_of(text, at_hyphens);
    for (double at = size; at >= min_size - 1e-9; at -= kStep) {
      bool fits = true;
      auto lines = lines_of_pieces(pieces, at, width, metrics, fits);
      if (fits && lines.size() <= max_lines) return {at, std::move(lines)};
    }
  }
  bool fits = true;
  auto lines = lines_of_pieces(pieces_of(text, true), min_size, width, metrics, fits);
  const bool cut = lines.size() > max_lines;
  if (cut) lines.resize(max_lines);
  for (auto& line : lines) {
    if (metrics.width(line, min_size) > width) end_with_ellipsis(line, min_size, width, metrics);
  }
  if (cut && !lines.back().ends_with(kEllipsis)) {
    end_with_ellipsis(lines.back(), min_size, width, metrics);
  }
  return {min_size, std::move(lines)};
}

double widest_word(std::string_view text, double size, const TextMetrics& metrics) {
  double widest = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::string_view word = next_word(text, i);
    if (!word.empty()) widest = std::max(widest, metrics.width(word, size));
  }
  return widest;
}

}  // namespace blokjes::picture
