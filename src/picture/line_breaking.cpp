#include "line_breaking.h"

#include <algorithm>

namespace blokjes::picture {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

bool is_space(char c) {
  return c == ' ' || c == '\t';
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
    while (i < text.size() && is_space(text[i])) ++i;
    std::size_t end = i;
    while (end < text.size() && !is_space(text[end])) ++end;
    if (end == i) break;
    std::string_view word = text.substr(i, end - i);
    i = end;
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

}  // namespace blokjes::picture
