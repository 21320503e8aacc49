// [SECTIONS]
//   [TEXT]      escaping
//   [DOCUMENT]  handout_markdown: the same sections as the HTML handout

#include "handout_markdown.h"

#include <cmath>

namespace blokjes {

// [TEXT] ----------------------------------------------------------------------

std::string markdown_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '\r': break;
      case '\n': out += ' '; break;
      case '|': out += "\\|"; break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '<': case '>':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

namespace {

std::string word(std::string_view key, Language language) {
  return handout_word(key, language);
}

std::string row(const std::vector<std::string>& cells) {
  std::string line = "|";
  for (const auto& cell : cells) line += " " + cell + " |";
  return line + "\n";
}

std::string table_head(const std::vector<std::string>& names) {
  std::string separator = "|";
  for (std::size_t i = 0; i < names.size(); ++i) separator += " --- |";
  return row(names) + separator + "\n";
}

std::string e(std::string_view text) {
  return markdown_escaped(text);
}

std::string percent(double value) {
  return std::to_string(static_cast<int>(std::lround(value)));
}

}  // namespace

// [DOCUMENT] ------------------------------------------------------------------

std::string handout_markdown(const HandoutContent& content,
                             const std::function<std::string(const HandoutProcess&)>& picture_file) {
  const auto language = content.language;
  std::string md = "# " + e(content.title) + "\n\n";
  if (!content.date.empty()) md += e(content.date) + "\n\n";
  if (!content.description.empty()) md += e(content.description) + "\n\n";

  md += "## " + word("departments", language) + "\n\n" +
        table_head({word("department", language), word("directorate", language)});
  for (const auto& department : content.departments) {
    md += row({e(department.name), e(department.directorate)});
  }
  md += "\n";
  if (!content.participants.empty()) {
    md += "## " + word("participants", language) + "\n\n" +
          table_head({word("participant", language), word("role", language),
                      word("department", language)});
    for (const auto& participant : content.participants) {
      md += row({e(participant.name), e(participant.role), e(participant.department)});
    }
    md += "\n";
  }

  for (const auto& process : content.processes) {
    md += "## " + e(process.name) + "\n\n" + word("department", language) + ": " +
          e(process.department);
    if (!process.zaaktype.identificatie.empty()) {
      md += " · " + word("zaaktype", language) + " " + e(process.zaaktype.identificatie);
    }
    md += "\n\n";
    if (!process.description.empty()) md += e(process.description) + "\n\n";
    const auto file = picture_file ? picture_file(process) : std::string();
    if (!file.empty()) md += "![" + e(process.name) + "](" + file + ")\n\n";

    md += "### " + word("blocks", language) + "\n\n" +
          table_head({word("step", language), word("kind", language), word("variant", language),
                      word("label", language), word("department", language),
                      word("statustype", language)});
    for (const auto& block : process.blocks) {
      md += row({std::to_string(block.step), e(block.kind), e(block.variant), e(block.label),
                 e(block.department), e(block.statustype)});
    }
    const auto& zaaktype = process.zaaktype;
    md += "\n### " + word("zaaktype", language) + ": " + e(zaaktype.omschrijving) + "\n\n" +
          word("identificatie", language) + ": " + e(zaaktype.identificatie) + " · " +
          word("doorlooptijd", language) + ": " + e(zaaktype.doorlooptijd);
    if (!zaaktype.servicenorm.empty()) {
      md += " · " + word("servicenorm", language) + ": " + e(zaaktype.servicenorm);
    }
    md += "\n\n" + table_head({word("volgnummer", language), word("statustypen", language),
                               word("doorlooptijd", language), word("statustekst", language)});
    for (const auto& statustype : zaaktype.statustypen) {
      md += row({std::to_string(statustype.volgnummer), e(statustype.omschrijving),
                 e(statustype.doorlooptijd), e(statustype.statustekst)});
    }
    md += "\n" + table_head({word("roltypen", language), word("generiek", language)});
    for (const auto& roltype : zaaktype.roltypen) {
      md += row({e(roltype.omschrijving), e(roltype.omschrijving_generiek)});
    }
    md += "\n" + table_head({word("resultaat", language), word("archiefnominatie", language),
                             word("archiefactietermijn", language),
                             word("afleidingswijze", language)});
    for (const auto& resultaat : zaaktype.resultaattypen) {
      md += row({e(resultaat.omschrijving), e(resultaat.archiefnominatie),
                 e(resultaat.archiefactietermijn), e(resultaat.afleidingswijze)});
    }
    md += "\n";
  }

  md += "## " + word("coverage", language) + "\n\n" + word("coverage_intro", language) +
        std::to_string(content.generic_block_share) + word("of_all_blocks", language) + ".\n\n" +
        table_head({word("kind", language), word("processes_count", language),
                    word("share", language), word("departments_count", language)});
  for (const auto& coverage : content.coverage) {
    md += row({e(coverage.kind) + (coverage.generic ? " (" + word("generic_mark", language) + ")" : ""),
               std::to_string(coverage.processes), percent(coverage.process_share) + "%",
               std::to_string(coverage.departments)});
  }
  md += "\n";
  const auto n = content.matrix.names.size();
  if (n >= 2) {
    md += "## " + word("matrix", language) + "\n\n" + word("matrix_intro", language) + "\n\n";
    std::vector<std::string> head = {""};
    for (std::size_t j = 0; j < n; ++j) head.push_back(std::to_string(j + 1));
    md += table_head(head);
    for (std::size_t i = 0; i < n; ++i) {
      std::vector<std::string> cells = {std::to_string(i + 1) + ". " + e(content.matrix.names[i])};
      for (std::size_t j = 0; j < n; ++j) cells.push_back(percent(content.matrix.values[i * n + j]));
      md += row(cells);
    }
    md += "\n";
  }
  if (!content.notes.empty()) {
    md += "## " + word("notes", language) + "\n\n";
    for (const auto& note : content.notes) {
      md += "- " + e(note.text) + " (" + e(note.author.empty() ? std::string("-") : note.author) +
            ", " + e(note.process.empty() ? handout_word("workshop_note", language) : note.process) +
            ")\n";
    }
    md += "\n";
  }
  if (!content.parked_questions.empty()) {
    md += "## " + word("parking_lot", language) + "\n\n";
    for (const auto& question : content.parked_questions) md += "- " + e(question) + "\n";
    md += "\n";
  }
  return md;
}

}  // namespace blokjes
