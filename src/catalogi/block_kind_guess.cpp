#include "block_kind_guess.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace blokjes {
namespace {

// The words municipalities use in statustype names, and the kind each
// suggests; the first match wins, so longer, more specific words come first
// where two could match.
constexpr std::pair<std::string_view, std::string_view> kKindWords[] = {
    {"intake", "intake"},        {"ontvang", "intake"},
    {"geregistreerd", "intake"}, {"aanvull", "aanvullende-informatie"},
    {"advies", "adviseren"},     {"besluit", "besluiten"},
    {"beslis", "besluiten"},     {"heropen", "heropenen"},
    {"bezwaar", "heroverwegen"}, {"publica", "publiceren"},
    {"betaal", "betalen"},       {"betaling", "betalen"},
    {"inspectie", "uitvoeren"},  {"uitgevoerd", "uitvoeren"},
    {"uitvoering", "uitvoeren"}, {"voltrokken", "uitvoeren"},
    {"hersteld", "uitvoeren"},   {"ingepland", "uitvoeren"},
    {"archiv", "archiveren"},    {"afgerond", "archiveren"},
    {"informeer", "informeren"}, {"beantwoord", "informeren"},
    {"onderzoek", "behandelen"}, {"behandeling", "behandelen"}};

std::string_view kind_of_words(const std::string& name) {
  for (const auto& [word, kind] : kKindWords) {
    if (name.find(word) != std::string::npos) return kind;
  }
  return "";
}

}  // namespace

std::string lower_ascii(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

KindChoice guess_block_kind(const std::string& omschrijving,
                            const std::vector<std::string>& documents,
                            const BlockLibrary& library) {
  const auto name = lower_ascii(omschrijving);
  const auto suggested = kind_of_words(name);
  KindChoice best{"behandelen", "standaard"};
  int best_score = 0;
  for (const auto& kind : library.kinds()) {
    for (const auto& variant : kind.variants) {
      const auto& mapping = variant.mapping;
      int score = 0;
      if (mapping.statustype && lower_ascii(mapping.statustype->omschrijving) == name) score += 100;
      if (kind.id == suggested) score += 10;
      for (const auto& document : mapping.informatieobjecttypen) {
        score += 2 * static_cast<int>(std::count(documents.begin(), documents.end(),
                                                 lower_ascii(document.omschrijving)));
      }
      // Documents alone do not make a kind: a name must point that way too.
      if (score > best_score && (score >= 10)) {
        best = {kind.id, variant.id};
        best_score = score;
      }
    }
  }
  return best;
}

}  // namespace blokjes
