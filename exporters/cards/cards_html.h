#pragma once
// The block library as cut-out cards, for a session played on paper (as
// Velsen ran the first ones): one card per kind and variant in the kind's
// colour, with its name, a one-line description, the statustype it sets and
// the roles involved, plus an empty card per kind for the room's own
// variants. Four A6 cards on each A4 sheet, with dashed lines to cut along.

#include <string>

#include "core/block_library.h"
#include "core/localized_text.h"

namespace blokjes {

struct Card {
  std::string kind;     // kind id
  std::string variant;  // variant id; empty for the empty card of the kind
  std::string colour;   // "#RRGGBB"
  std::string kind_name;
  std::string variant_name;  // empty for the empty card
  std::string description;   // one line
  std::string statustype;    // omschrijving; empty when the variant sets none
  std::vector<std::string> roles;
};

inline constexpr int kCardsPerSheet = 4;

// Library order: each kind's variants, then its empty card.
std::vector<Card> library_cards(const BlockLibrary& library, Language language);

// A whole HTML document of A4 sheets, ready for printing.
std::string cards_html(const std::vector<Card>& cards, Language language);

}  // namespace blokjes
