#pragma once
// Words and terms as the inventory compares them: Dutch-aware normalisation
// (lower case, accents dropped, simple stems) and legal terms written the way
// a team writes them in a spreadsheet ("8 weken", "1 jaar", "P8W", "geen").
//
// [SECTIONS]
//   [WORDS]  normalise, words_of
//   [TERMS]  parse_legal_term

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace blokjes::inventory {

// [WORDS] -------------------------------------------------------------------

// Lower case, the accented Latin letters of Dutch (é, ë, ï, ö, ü, ...) as
// their plain letter, so "Cliënt" and "client" are one word.
std::string normalise(std::string_view text);
// The text without spaces, tabs and line ends at either end.
std::string trimmed(std::string_view text);

// The words of `text` that carry meaning: normalised, split on everything
// that is not a letter or digit, stop words ("de", "van", "aanvraag") left out
// and a simple stem taken ("vergunningen" -> "vergunning").
std::vector<std::string> words_of(std::string_view text);

// [TERMS] -------------------------------------------------------------------

// The legal term as an ISO-8601 duration: "P8W" as is, "8 weken" -> "P8W",
// "26 weken", "1 jaar" -> "P1Y", "3 maanden" -> "P3M", "5 dagen" or
// "5 werkdagen" -> "P5D", English "8 weeks" too; "", "geen", "-", "none" ->
// "" (no term). Nothing when the text is none of these.
std::optional<std::string> parse_legal_term(std::string_view text);

}  // namespace blokjes::inventory
