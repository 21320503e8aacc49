// [SECTIONS]
//   [STYLE]     screen and print CSS
//   [PARTS]     tables and the matrix's heat colours
//   [DOCUMENT]  handout_html

#include "handout_html.h"

#include <cmath>
#include <cstdio>

#include "exporters/print/html_text.h"

namespace blokjes {
namespace {

// [STYLE] ---------------------------------------------------------------------

constexpr const char* kStyle = R"css(
@page { size: A4 portrait; margin: 15mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", sans-serif; color: #212529; font-size: 10pt; line-height: 1.4;
       max-width: 182mm; margin: 0 auto; }
h1 { font-size: 22pt; margin: 0 0 2mm 0; }
h2 { font-size: 16pt; margin: 0 0 2mm 0; border-bottom: 0.6mm solid #343a40; padding-bottom: 1mm; }
h3 { font-size: 12pt; margin: 5mm 0 1.5mm 0; break-after: avoid; page-break-after: avoid; }
p { margin: 1mm 0 2mm 0; }
.meta { color: #495057; }
section { margin-bottom: 8mm; }
section.process, section.overview { break-before: page; page-break-before: always; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm 0; font-size: 9pt;
        table-layout: auto; }
th, td { border: 0.2mm solid #ced4da; padding: 1mm 1.5mm; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; word-break: break-word; }
th { background: #e9ecef; white-space: nowrap; overflow-wrap: normal; word-break: normal; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
td.number, th.number { text-align: right; white-space: nowrap; }
figure { margin: 2mm 0 3mm 0; break-inside: avoid; page-break-inside: avoid; }
figure img { display: block; max-width: 100%; max-height: 150mm; height: auto; margin: 0 auto;
             border: 0.2mm solid #dee2e6; }
table.matrix { table-layout: fixed; font-size: 7.5pt; }
table.matrix td { text-align: center; padding: 0.8mm 0.3mm; }
table.matrix th.name { width: 44mm; white-space: normal; overflow-wrap: normal; }
table.matrix th.column { font-weight: normal; font-size: 7pt; text-align: center; padding: 0.5mm; }
ul.notes li { margin-bottom: 1mm; break-inside: avoid; }
.author { color: #495057; }
)css";

// [PARTS] ---------------------------------------------------------------------

std::string escaped(const std::string& text) {
  return html_escaped(text);
}

std::string word(std::string_view key, Language language) {
  return escaped(handout_word(key, language));
}

std::string cell(const std::string& text, const char* css_class = nullptr) {
  return css_class == nullptr ? "<td>" + escaped(text) + "</td>"
                              : "<td class=\"" + std::string(css_class) + "\">" + escaped(text) +
                                    "</td>";
}

std::string header_cell(std::string_view key, Language language, const char* css_class = nullptr) {
  return css_class == nullptr
             ? "<th>" + word(key, language) + "</th>"
             : "<th class=\"" + std::string(css_class) + "\">" + word(key, language) + "</th>";
}

std::string percent(double value) {
  return std::to_string(static_cast<int>(std::lround(value)));
}

// White to the compare view's blue, by similarity: dark cells stand out.
std::string heat(double value) {
  const double t = std::clamp(value / 100.0, 0.0, 1.0);
  const auto channel = [t](int from, int to) {
    return static_cast<int>(std::lround(from + (to - from) * t));
  };
  char colour[8];
  std::snprintf(colour, sizeof colour, "#%02x%02x%02x", channel(255, 25), channel(255, 90),
                channel(255, 160));
  return colour;
}

void append_process(std::string& html, const HandoutProcess& process, Language language) {
  html += "<section class=\"process\" id=\"process-" + escaped(process.id) + "\">\n";
  html += "<h2>" + escaped(process.name) + "</h2>\n";
  html += "<p class=\"meta\">" + word("department", language) + ": " + escaped(process.department);
  if (!process.zaaktype.identificatie.empty()) {
    html += " &middot; " + word("zaaktype", language) + " " + escaped(process.zaaktype.identificatie);
  }
  html += "</p>\n";
  if (!process.description.empty()) html += "<p>" + escaped(process.description) + "</p>\n";
  if (process.picture_svg.empty()) {
    html += "<p class=\"meta\">" + word("no_picture", language) + "</p>\n";
  } else {
    html += "<figure><img alt=\"" + escaped(process.name) +
            "\" src=\"data:image/svg+xml;base64," + base64(process.picture_svg) + "\"></figure>\n";
  }

  html += "<h3>" + word("blocks", language) + "</h3>\n<table class=\"blocks\"><thead><tr>" +
          header_cell("step", language, "number") + header_cell("kind", language) +
          header_cell("variant", language) + header_cell("label", language) +
          header_cell("department", language) + header_cell("statustype", language) +
          "</tr></thead><tbody>\n";
  for (const auto& row : process.blocks) {
    html += "<tr>" + cell(std::to_string(row.step), "number") + cell(row.kind) + cell(row.variant) +
            cell(row.label) + cell(row.department) + cell(row.statustype) + "</tr>\n";
  }
  html += "</tbody></table>\n";

  const auto& zaaktype = process.zaaktype;
  html += "<h3>" + word("zaaktype", language) + ": " + escaped(zaaktype.omschrijving) + "</h3>\n";
  html += "<p>" + word("identificatie", language) + ": " + escaped(zaaktype.identificatie) +
          " &middot; " + word("doorlooptijd", language) + ": " + escaped(zaaktype.doorlooptijd);
  if (!zaaktype.servicenorm.empty()) {
    html += " &middot; " + word("servicenorm", language) + ": " + escaped(zaaktype.servicenorm);
  }
  html += "</p>\n";
  std::string validation = handout_word("validation", language);
  validation.replace(validation.find("%e"), 2, std::to_string(process.validation_errors));
  validation.replace(validation.find("%w"), 2, std::to_string(process.validation_warnings));
  html += "<p class=\"meta\">" + escaped(validation) + "</p>\n";

  html += "<table class=\"statustypen\"><thead><tr>" + header_cell("volgnummer", language, "number") +
          header_cell("statustypen", language) + header_cell("doorlooptijd", language) +
          header_cell("statustekst", language) + "</tr></thead><tbody>\n";
  for (const auto& statustype : zaaktype.statustypen) {
    html += "<tr>" + cell(std::to_string(statustype.volgnummer), "number") +
            cell(statustype.omschrijving) + cell(statustype.doorlooptijd) +
            cell(statustype.statustekst) + "</tr>\n";
  }
  html += "</tbody></table>\n";

  html += "<table class=\"roltypen\"><thead><tr>" + header_cell("roltypen", language) +
          header_cell("generiek", language) + "</tr></thead><tbody>\n";
  for (const auto& roltype : zaaktype.roltypen) {
    html += "<tr>" + cell(roltype.omschrijving) + cell(roltype.omschrijving_generiek) + "</tr>\n";
  }
  html += "</tbody></table>\n";

  html += "<table class=\"resultaattypen\"><thead><tr>" + header_cell("resultaat", language) +
          header_cell("archiefnominatie", language) + header_cell("archiefactietermijn", language) +
          header_cell("afleidingswijze", language) + "</tr></thead><tbody>\n";
  for (const auto& resultaat : zaaktype.resultaattypen) {
    html += "<tr>" + cell(resultaat.omschrijving) + cell(resultaat.archiefnominatie) +
            cell(resultaat.archiefactietermijn) + cell(resultaat.afleidingswijze) + "</tr>\n";
  }
  html += "</tbody></table>\n</section>\n";
}

void append_overview(std::string& html, const HandoutContent& content) {
  const auto language = content.language;
  html += "<section class=\"overview\" id=\"coverage\">\n<h2>" + word("coverage", language) +
          "</h2>\n<p>" + word("coverage_intro", language) +
          std::to_string(content.generic_block_share) + word("of_all_blocks", language) + ".</p>\n";
  html += "<table class=\"coverage\"><thead><tr>" + header_cell("kind", language) +
          header_cell("processes_count", language, "number") +
          header_cell("share", language, "number") +
          header_cell("departments_count", language, "number") + "</tr></thead><tbody>\n";
  for (const auto& row : content.coverage) {
    html += "<tr><td>" + escaped(row.kind) +
            (row.generic ? " <span class=\"meta\">(" + word("generic_mark", language) + ")</span>"
                         : "") +
            "</td>" + cell(std::to_string(row.processes), "number") +
            cell(percent(row.process_share) + "%", "number") +
            cell(std::to_string(row.departments), "number") + "</tr>\n";
  }
  html += "</tbody></table>\n";

  const auto n = content.matrix.names.size();
  if (n >= 2) {
    html += "<h3 id=\"matrix\">" + word("matrix", language) + "</h3>\n<p>" +
            word("matrix_intro", language) + "</p>\n<table class=\"matrix\"><thead><tr><th class=\"name\"></th>";
    for (std::size_t j = 0; j < n; ++j) {
      html += "<th class=\"column\" title=\"" + escaped(content.matrix.names[j]) + "\">" +
              std::to_string(j + 1) + "</th>";
    }
    html += "</tr></thead><tbody>\n";
    for (std::size_t i = 0; i < n; ++i) {
      html += "<tr><th class=\"name\">" + std::to_string(i + 1) + ". " +
              escaped(content.matrix.names[i]) + "</th>";
      for (std::size_t j = 0; j < n; ++j) {
        const double value = content.matrix.values[i * n + j];
        html += "<td style=\"background:" + heat(value) + ";color:" +
                std::string(value > 55 ? "#ffffff" : "#212529") + "\">" + percent(value) + "</td>";
      }
      html += "</tr>\n";
    }
    html += "</tbody></table>\n";
  }
  html += "</section>\n";

  if (!content.notes.empty() || !content.parked_questions.empty()) {
    html += "<section class=\"notes\" id=\"notes\">\n";
    if (!content.notes.empty()) {
      html += "<h2>" + word("notes", language) + "</h2>\n<ul class=\"notes\">\n";
      for (const auto& note : content.notes) {
        html += "<li>" + escaped(note.text) + " <span class=\"author\">(" +
                escaped(note.author.empty() ? std::string("-") : note.author) + ", " +
                escaped(note.process.empty() ? handout_word("workshop_note", language) : note.process) +
                ")</span></li>\n";
      }
      html += "</ul>\n";
    }
    if (!content.parked_questions.empty()) {
      html += "<h3>" + word("parking_lot", language) + "</h3>\n<ul class=\"notes\">\n";
      for (const auto& question : content.parked_questions) html += "<li>" + escaped(question) + "</li>\n";
      html += "</ul>\n";
    }
    html += "</section>\n";
  }
}

}  // namespace

// [DOCUMENT] ------------------------------------------------------------------

std::string handout_html(const HandoutContent& content) {
  const auto language = content.language;
  std::string html = "<!DOCTYPE html>\n<html lang=\"";
  html += language == Language::english ? "en" : "nl";
  html += "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escaped(content.title) + " - " +
          word("handout", language) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  html += "<section class=\"front\">\n<h1>" + escaped(content.title) + "</h1>\n";
  if (!content.date.empty()) html += "<p class=\"meta\">" + escaped(content.date) + "</p>\n";
  if (!content.description.empty()) html += "<p>" + escaped(content.description) + "</p>\n";

  html += "<h3>" + word("departments", language) + "</h3>\n<table class=\"departments\"><thead><tr>" +
          header_cell("department", language) + header_cell("directorate", language) +
          "</tr></thead><tbody>\n";
  for (const auto& department : content.departments) {
    html += "<tr>" + cell(department.name) + cell(department.directorate) + "</tr>\n";
  }
  html += "</tbody></table>\n";
  if (!content.participants.empty()) {
    html += "<h3>" + word("participants", language) + "</h3>\n<table class=\"participants\"><thead><tr>" +
            header_cell("participant", language) + header_cell("role", language) +
            header_cell("department", language) + "</tr></thead><tbody>\n";
    for (const auto& participant : content.participants) {
      html += "<tr>" + cell(participant.name) + cell(participant.role) + cell(participant.department) +
              "</tr>\n";
    }
    html += "</tbody></table>\n";
  }
  html += "<h3>" + word("processes", language) + "</h3>\n<ol class=\"contents\">\n";
  for (const auto& process : content.processes) {
    html += "<li><a href=\"#process-" + escaped(process.id) + "\">" + escaped(process.name) +
            "</a> <span class=\"meta\">(" + escaped(process.department) + ")</span></li>\n";
  }
  html += "</ol>\n</section>\n";

  for (const auto& process : content.processes) append_process(html, process, language);
  append_overview(html, content);
  html += "</body>\n</html>\n";
  return html;
}

}  // namespace blokjes
