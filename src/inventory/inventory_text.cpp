#include "inventory_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <utility>

#include "core/iso8601.h"

namespace blokjes::inventory {
namespace {

// Two-byte UTF-8 sequences of the Latin-1 letters Dutch and its loan words use.
struct Fold {
  unsigned char second;
  char plain;
};
constexpr std::array<Fold, 46> kFolds = {{
    {0x80, 'a'}, {0x81, 'a'}, {0x82, 'a'}, {0x83, 'a'}, {0x84, 'a'}, {0x85, 'a'},
    {0x87, 'c'}, {0x88, 'e'}, {0x89, 'e'}, {0x8a, 'e'}, {0x8b, 'e'}, {0x8c, 'i'},
    {0x8d, 'i'}, {0x8e, 'i'}, {0x8f, 'i'}, {0x91, 'n'}, {0x92, 'o'}, {0x93, 'o'},
    {0x94, 'o'}, {0x95, 'o'}, {0x96, 'o'}, {0x99, 'u'}, {0x9a, 'u'}, {0x9b, 'u'},
    {0x9c, 'u'}, {0x9d, 'y'}, {0xa0, 'a'}, {0xa1, 'a'}, {0xa2, 'a'}, {0xa3, 'a'},
    {0xa4, 'a'}, {0xa5, 'a'}, {0xa7, 'c'}, {0xa8, 'e'}, {0xa9, 'e'}, {0xaa, 'e'},
    {0xab, 'e'}, {0xac, 'i'}, {0xad, 'i'}, {0xae, 'i'}, {0xaf, 'i'}, {0xb1, 'n'},
    {0xb2, 'o'}, {0xb3, 'o'}, {0xb6, 'o'}, {0xbc, 'u'},
}};

char fold(unsigned char second) {
  for (const auto& entry : kFolds) {
    if (entry.second == second) return entry.plain;
  }
  return 0;
}

// Words that name no process: articles, prepositions, and the verbs and
// nouns every process shares ("aanvraag", "behandelen"), which would
// otherwise pull every product towards every process.
constexpr std::array<std::string_view, 44> kStopWords = {
    "de",        "het",        "een",       "en",        "of",         "van",
    "voor",      "in",         "op",        "met",       "aan",        "bij",
    "door",      "naar",       "over",      "om",        "te",         "tot",
    "uit",       "als",        "per",       "the",       "a",          "an",
    "and",       "for",        "to",        "aanvraag",  "aanvragen",  "verzoek",
    "behandelen", "verstrekken", "verlenen", "afhandelen", "gemeente",  "gemeentelijk",
    "inwoner",   "inwoners",   "algemeen",  "overig",    "overige",    "diverse",
    "team",      "afdeling"};

bool is_stop_word(std::string_view word) {
  return std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end();
}

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

// A light stem: the Dutch plural and diminutive endings, so "meldingen",
// "vergunningen", "bomen" and "boompje" meet their singular. Short words keep
// their ending ("ogen" is not "og").
std::string stem(std::string word) {
  if (word.size() > 6 && ends_with(word, "tjes")) return word.substr(0, word.size() - 4);
  if (word.size() > 6 && ends_with(word, "pjes")) return word.substr(0, word.size() - 3);
  if (word.size() > 5 && ends_with(word, "ingen")) return word.substr(0, word.size() - 2);
  if (word.size() > 5 && ends_with(word, "heden")) return word.substr(0, word.size() - 5) + "heid";
  if (word.size() > 5 && ends_with(word, "en")) return word.substr(0, word.size() - 2);
  if (word.size() > 4 && ends_with(word, "s") && !ends_with(word, "ss")) {
    return word.substr(0, word.size() - 1);
  }
  return word;
}


}  // namespace

std::string trimmed(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return std::string(text.substr(begin, end - begin));
}

// [WORDS] -------------------------------------------------------------------

std::string normalise(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xc3 && i + 1 < text.size()) {
      const char plain = fold(static_cast<unsigned char>(text[i + 1]));
      if (plain != 0) {
        out += plain;
        ++i;
        continue;
      }
    }
    out += (c < 0x80) ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
  }
  return out;
}

std::vector<std::string> words_of(std::string_view text) {
  const std::string plain = normalise(text);
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (word.size() >= 2 && !is_stop_word(word)) {
      std::string stemmed = stem(word);
      if (std::find(words.begin(), words.end(), stemmed) == words.end()) {
        words.push_back(std::move(stemmed));
      }
    }
    word.clear();
  };
  for (const char c : plain) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

// [TERMS] -------------------------------------------------------------------

std::optional<std::string> parse_legal_term(std::string_view text) {
  std::string term = trimmed(text);
  if (term.empty()) return std::string();
  const std::string lower = normalise(term);
  if (lower == "geen" || lower == "-" || lower == "none" || lower == "n.v.t." ||
      lower == "nvt") {
    return std::string();
  }
  if (lower[0] == 'p') {
    std::string upper = lower;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (parse_iso_duration(upper)) return upper;
    return std::nullopt;
  }
  std::size_t digits = 0;
  while (digits < lower.size() && std::isdigit(static_cast<unsigned char>(lower[digits]))) {
    ++digits;
  }
  if (digits == 0 || digits > 4) return std::nullopt;
  const std::string number = lower.substr(0, digits);
  const std::string unit = trimmed(std::string_view(lower).substr(digits));
  static const std::array<std::pair<std::string_view, char>, 16> kUnits = {{
      {"dag", 'D'},     {"dagen", 'D'},   {"werkdag", 'D'}, {"werkdagen", 'D'},
      {"day", 'D'},     {"days", 'D'},    {"week", 'W'},    {"weken", 'W'},
      {"weeks", 'W'},   {"maand", 'M'},   {"maanden", 'M'}, {"month", 'M'},
      {"months", 'M'},  {"jaar", 'Y'},    {"jaren", 'Y'},   {"year", 'Y'},
  }};
  for (const auto& [name, letter] : kUnits) {
    if (unit == name) return "P" + std::to_string(std::stoi(number)) + letter;
  }
  if (unit == "years") return "P" + std::to_string(std::stoi(number)) + "Y";
  return std::nullopt;
}

}  // namespace blokjes::inventory
