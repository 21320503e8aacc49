// [SECTIONS]
//   [WORDS]  the few fixed words on a card, in Dutch and English
//   [CARDS]  library_cards: what each card says
//   [HTML]   cards_html: sheets of four, and the print CSS

#include "cards_html.h"

#include "exporters/print/html_text.h"

namespace blokjes {
namespace {

// [WORDS] ---------------------------------------------------------------------

const LocalizedText kStatustypeWord{"Statustype", "Status type"};
const LocalizedText kRolesWord{"Rollen", "Roles"};
const LocalizedText kOwnVariantWord{"Eigen variant", "Own variant"};
const LocalizedText kTitleWord{"Blokjes om uit te knippen", "Blocks to cut out"};
const LocalizedText kNoStatustypeWord{"geen", "none"};

// The first sentence or line of a description: a card has room for one.
std::string first_line(const std::string& text) {
  auto end = text.find('\n');
  if (end == std::string::npos) end = text.size();
  const auto sentence = text.find(". ");
  if (sentence != std::string::npos && sentence < end) end = sentence + 1;
  return text.substr(0, end);
}

}  // namespace

// [CARDS] ---------------------------------------------------------------------

std::vector<Card> library_cards(const BlockLibrary& library, Language language) {
  std::vector<Card> cards;
  for (const auto& kind : library.kinds()) {
    for (const auto& variant : kind.variants) {
      Card card;
      card.kind = kind.id;
      card.variant = variant.id;
      card.colour = kind.colour;
      card.kind_name = kind.name.in(language);
      card.variant_name = variant.name.in(language);
      const auto& description = variant.description.in(language);
      card.description = first_line(description.empty() ? kind.description.in(language) : description);
      if (variant.mapping.statustype) card.statustype = variant.mapping.statustype->omschrijving;
      for (const auto& roltype : variant.mapping.roltypen) card.roles.push_back(roltype.omschrijving);
      cards.push_back(std::move(card));
    }
    Card empty;
    empty.kind = kind.id;
    empty.colour = kind.colour;
    empty.kind_name = kind.name.in(language);
    cards.push_back(std::move(empty));
  }
  return cards;
}

// [HTML] ----------------------------------------------------------------------

namespace {

// A6 is 105 x 148 mm; four fill an A4 sheet (210 x 297 mm) edge to edge, so
// the cuts are the sheet's middle lines. Printers keep a margin, which the
// card's own padding leaves free of text.
constexpr const char* kStyle = R"css(
@page { size: A4 portrait; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: "DejaVu Sans", sans-serif; color: #212529; }
.sheet { width: 210mm; height: 297mm; display: grid;
         grid-template-columns: 105mm 105mm; grid-template-rows: 148.5mm 148.5mm;
         page-break-after: always; break-after: page; overflow: hidden; }
.sheet:last-child { page-break-after: auto; break-after: auto; }
.card { border: 0.3mm dashed #868e96; padding: 9mm; display: flex; flex-direction: column;
        overflow: hidden; }
.band { border-radius: 4mm; padding: 6mm 6mm 5mm 6mm; margin-bottom: 6mm; }
.kind { font-size: 11pt; text-transform: uppercase; letter-spacing: 0.08em; }
.variant { font-size: 22pt; font-weight: bold; line-height: 1.15; margin-top: 2mm;
           overflow-wrap: anywhere; }
.description { font-size: 13pt; line-height: 1.35; margin-bottom: 6mm; overflow-wrap: anywhere; }
.field { font-size: 11pt; line-height: 1.4; margin-top: 2mm; overflow-wrap: anywhere; }
.field b { display: block; font-size: 9pt; text-transform: uppercase; letter-spacing: 0.06em;
           color: #495057; }
.blank { border-bottom: 0.3mm solid #adb5bd; height: 9mm; }
.id { margin-top: auto; font-size: 8pt; color: #868e96; }
)css";

void append_field(std::string& html, const LocalizedText& name, const std::string& value,
                  Language language) {
  html += "<div class=\"field\"><b>" + html_escaped(name.in(language)) + "</b>" +
          html_escaped(value) + "</div>";
}

void append_card(std::string& html, const Card& card, Language language) {
  const bool empty = card.variant.empty();
  html += "<div class=\"card\" data-kind=\"" + html_escaped(card.kind) + "\" data-variant=\"" +
          html_escaped(card.variant) + "\">";
  html += "<div class=\"band\" style=\"background:" + html_escaped(card.colour) +
          ";color:" + std::string(text_colour_on(card.colour)) + "\">";
  html += "<div class=\"kind\">" + html_escaped(card.kind_name) + "</div>";
  html += "<div class=\"variant\">" +
          (empty ? html_escaped(kOwnVariantWord.in(language)) + ":" : html_escaped(card.variant_name)) +
          "</div></div>";
  if (empty) {
    html += "<div class=\"blank\"></div><div class=\"blank\"></div>";
    html += "<div class=\"field\"><b>" + html_escaped(kStatustypeWord.in(language)) +
            "</b></div><div class=\"blank\"></div>";
    html += "<div class=\"field\"><b>" + html_escaped(kRolesWord.in(language)) +
            "</b></div><div class=\"blank\"></div>";
  } else {
    html += "<div class=\"description\">" + html_escaped(card.description) + "</div>";
    append_field(html, kStatustypeWord,
                 card.statustype.empty() ? kNoStatustypeWord.in(language) : card.statustype,
                 language);
    std::string roles;
    for (const auto& role : card.roles) roles += (roles.empty() ? "" : ", ") + role;
    append_field(html, kRolesWord, roles.empty() ? "-" : roles, language);
  }
  html += "<div class=\"id\">" + html_escaped(card.kind) +
          (empty ? "" : " / " + html_escaped(card.variant)) + "</div></div>";
}

}  // namespace

std::string cards_html(const std::vector<Card>& cards, Language language) {
  std::string html = "<!DOCTYPE html>\n<html lang=\"";
  html += language == Language::english ? "en" : "nl";
  html += "\"><head><meta charset=\"utf-8\"><title>" + html_escaped(kTitleWord.in(language)) +
          "</title><style>" + kStyle + "</style></head><body>\n";
  for (std::size_t i = 0; i < cards.size(); i += kCardsPerSheet) {
    html += "<section class=\"sheet\">";
    for (std::size_t j = i; j < cards.size() && j < i + kCardsPerSheet; ++j) {
      append_card(html, cards[j], language);
    }
    html += "</section>\n";
  }
  html += "</body></html>\n";
  return html;
}

}  // namespace blokjes
