// [SECTIONS]
//   [WORDS]     the handout's fixed words, Dutch and English
//   [PEOPLE]    departments and participants
//   [PROCESS]   blocks and the zaaktype summary, from the prepared export
//   [WORKSHOP]  coverage, matrix, notes; handout_content

#include "handout_content.h"

#include <cmath>
#include <map>

#include "catalogi/export_pipeline.h"
#include "compare/comparison.h"
#include "compare/coverage.h"

namespace blokjes {
namespace {

// [WORDS] ---------------------------------------------------------------------

const HandoutWord kWords[] = {
    {"handout", {"Hand-out", "Handout"}},
    {"departments", {"Afdelingen", "Departments"}},
    {"department", {"Afdeling", "Department"}},
    {"directorate", {"Directie", "Directorate"}},
    {"participants", {"Deelnemers", "Participants"}},
    {"participant", {"Deelnemer", "Participant"}},
    {"role", {"Rol", "Role"}},
    {"processes", {"Processen", "Processes"}},
    {"blocks", {"Blokjes", "Blocks"}},
    {"step", {"Stap", "Step"}},
    {"kind", {"Blokje", "Block"}},
    {"variant", {"Variant", "Variant"}},
    {"label", {"Omschrijving", "Label"}},
    {"statustype", {"Statustype", "Status type"}},
    {"zaaktype", {"Zaaktype", "Case type"}},
    {"identificatie", {"Identificatie", "Identification"}},
    {"doorlooptijd", {"Doorlooptijd", "Lead time"}},
    {"servicenorm", {"Servicenorm", "Service norm"}},
    {"statustypen", {"Statustypen", "Status types"}},
    {"volgnummer", {"Nr.", "No."}},
    {"statustekst", {"Wat de inwoner leest", "What the citizen reads"}},
    {"roltypen", {"Rollen", "Roles"}},
    {"generiek", {"Generiek", "Generic"}},
    {"resultaattypen", {"Resultaten en archivering", "Results and archiving"}},
    {"resultaat", {"Resultaat", "Result"}},
    {"archiefnominatie", {"Archiefnominatie", "Archive nomination"}},
    {"archiefactietermijn", {"Bewaartermijn", "Retention period"}},
    {"afleidingswijze", {"Brondatum", "Source date"}},
    {"coverage", {"Dekking", "Coverage"}},
    {"coverage_intro",
     {"Hoeveel processen en afdelingen elk blokje gebruiken. Generieke blokjes samen: ",
      "How many processes and departments use each block. Generic blocks together: "}},
    {"of_all_blocks", {"% van alle blokjes", "% of all blocks"}},
    {"processes_count", {"Processen", "Processes"}},
    {"share", {"Aandeel", "Share"}},
    {"departments_count", {"Afdelingen", "Departments"}},
    {"generic_mark", {"generiek", "generic"}},
    {"matrix", {"Gelijkenis tussen processen", "Similarity between processes"}},
    {"matrix_intro",
     {"Hoeveel procent twee processen op elkaar lijken (100 = dezelfde vorm).",
      "How similar two processes are, in percent (100 = the same shape)."}},
    {"notes", {"Notities", "Notes"}},
    {"parking_lot", {"Parkeerplaats", "Parking lot"}},
    {"no_picture", {"(geen afbeelding)", "(no picture)"}},
    {"none", {"geen", "none"}},
    {"validation",
     {"Controle voor Open Zaak: %e fouten, %w waarschuwingen",
      "Check for Open Zaak: %e errors, %w warnings"}},
    {"workshop_note", {"hele sessie", "whole session"}},
    {"contents", {"Inhoud", "Contents"}},
};

std::string department_name(const Workshop& workshop, const std::string& id) {
  const auto* department = workshop.find_department(id);
  return department != nullptr && !department->name.empty() ? department->name : id;
}

std::string participant_name(const Workshop& workshop, const std::string& id) {
  const auto* participant = workshop.find_participant(id);
  return participant != nullptr ? participant->name : id;
}

std::string text_of(const CatalogiJson& data, const char* key) {
  const auto found = data.find(key);
  return found != data.end() && found->is_string() ? found->get<std::string>() : std::string();
}

// [PROCESS] -------------------------------------------------------------------

std::vector<HandoutBlockRow> block_rows(const Workshop& workshop, const Process& process,
                                        const BlockLibrary& library, Language language) {
  std::vector<HandoutBlockRow> rows;
  int step = 0;
  for (const Block* block : process.ordered_blocks()) {
    HandoutBlockRow row;
    row.step = ++step;
    row.label = block->label;
    row.department = department_name(workshop, block->lane);
    const auto* kind = library.find_kind(block->kind);
    row.kind = kind != nullptr ? kind->name.in(language) : block->kind;
    const auto* variant = library.find_variant(block->kind, block->variant);
    row.variant = variant != nullptr ? variant->name.in(language) : block->variant;
    if (variant != nullptr) {
      const auto mapping = apply_overrides(variant->mapping, block->overrides);
      if (mapping.statustype) row.statustype = mapping.statustype->omschrijving;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

HandoutZaaktype zaaktype_summary(const ZaaktypeObjects& objects) {
  HandoutZaaktype summary;
  const auto& zaaktype = objects.zaaktype.data;
  summary.identificatie = text_of(zaaktype, "identificatie");
  summary.omschrijving = text_of(zaaktype, "omschrijving");
  summary.doorlooptijd = text_of(zaaktype, "doorlooptijd");
  summary.servicenorm = text_of(zaaktype, "servicenorm");
  for (const auto& object : objects.statustypen) {
    HandoutStatustype statustype;
    const auto volgnummer = object.data.find("volgnummer");
    if (volgnummer != object.data.end() && volgnummer->is_number_integer()) {
      statustype.volgnummer = volgnummer->get<int>();
    }
    statustype.omschrijving = text_of(object.data, "omschrijving");
    statustype.doorlooptijd = text_of(object.data, "doorlooptijd");
    statustype.statustekst = text_of(object.data, "statustekst");
    summary.statustypen.push_back(std::move(statustype));
  }
  for (const auto& object : objects.roltypen) {
    summary.roltypen.push_back(
        {text_of(object.data, "omschrijving"), text_of(object.data, "omschrijvingGeneriek")});
  }
  for (const auto& object : objects.resultaattypen) {
    HandoutResultaattype resultaat;
    resultaat.omschrijving = text_of(object.data, "omschrijving");
    resultaat.archiefnominatie = text_of(object.data, "archiefnominatie");
    resultaat.archiefactietermijn = text_of(object.data, "archiefactietermijn");
    const auto brondatum = object.data.find("brondatumArchiefprocedure");
    if (brondatum != object.data.end() && brondatum->is_object()) {
      resultaat.afleidingswijze = text_of(*brondatum, "afleidingswijze");
    }
    summary.resultaattypen.push_back(std::move(resultaat));
  }
  return summary;
}

}  // namespace

const std::string& handout_word(std::string_view key, Language language) {
  for (const auto& word : kWords) {
    if (word.key == key) return word.text.in(language);
  }
  static const std::string missing;
  return missing;
}

// [WORKSHOP] ------------------------------------------------------------------

HandoutContent handout_content(const Workshop& workshop, const std::vector<const Process*>& processes,
                               const BlockLibrary& library, const Selectielijst& selectielijst,
                               Language language, const ProcessSvg& picture) {
  HandoutContent content;
  content.language = language;
  content.title = workshop.name;
  content.date = workshop.date;
  content.description = workshop.description;
  for (const auto& department : workshop.departments) {
    content.departments.push_back(
        {department.name.empty() ? department.id : department.name, department.directorate});
  }
  for (const auto& participant : workshop.participants) {
    content.participants.push_back({participant.name, participant.role,
                                    participant.department.empty()
                                        ? std::string()
                                        : department_name(workshop, participant.department)});
  }

  // The zaaktypen as the Open Zaak export would write them.
  ExportRequest request;
  for (const Process* process : processes) request.process_ids.push_back(process->id);
  const auto prepared = prepare_export(workshop, library, selectielijst, request);
  std::map<std::string, const ZaaktypeObjects*, std::less<>> zaaktypen;
  for (const auto& objects : prepared.objects.zaaktypen) zaaktypen[objects.process_id] = &objects;

  for (const Process* process : processes) {
    HandoutProcess entry;
    entry.id = process->id;
    entry.name = process->name.empty() ? process->id : process->name;
    entry.department = department_name(workshop, process->department);
    entry.description = process->description;
    if (picture) entry.picture_svg = picture(*process);
    entry.blocks = block_rows(workshop, *process, library, language);
    if (const auto found = zaaktypen.find(process->id); found != zaaktypen.end()) {
      entry.zaaktype = zaaktype_summary(*found->second);
    }
    for (const auto& diagnostic : prepared.diagnostics) {
      if (diagnostic.process_id != process->id) continue;
      (diagnostic.severity == Severity::error ? entry.validation_errors : entry.validation_warnings)++;
    }
    content.processes.push_back(std::move(entry));
  }

  // Coverage and the matrix over the chosen processes: a handout for two
  // departments speaks of those two.
  Workshop chosen = workshop;
  chosen.processes.clear();
  for (const Process* process : processes) chosen.processes.push_back(*process);
  const auto report = compare::coverage(chosen, library);
  content.generic_block_share = static_cast<int>(std::lround(report.generic_block_share));
  for (const auto& row : report.kinds) {
    const auto* kind = library.find_kind(row.kind);
    content.coverage.push_back({kind != nullptr ? kind->name.in(language) : row.kind,
                                kind != nullptr && kind->generic, row.processes,
                                row.process_share, row.departments});
  }
  if (chosen.processes.size() >= 2 && !compare::matrix_limit_problem(chosen)) {
    const auto matrix = compare::similarity_matrix(compare::prepare_all(chosen, library));
    for (const int i : matrix.order) {
      content.matrix.names.push_back(matrix.names[static_cast<std::size_t>(i)]);
    }
    for (const int i : matrix.order) {
      for (const int j : matrix.order) {
        content.matrix.values.push_back(
            matrix.at(static_cast<std::size_t>(i), static_cast<std::size_t>(j)));
      }
    }
  }

  for (const auto& note : workshop.notes) {
    if (!note.process.empty() && chosen.find_process(note.process) == nullptr) continue;
    const auto* process = workshop.find_process(note.process);
    content.notes.push_back({note.text, participant_name(workshop, note.author),
                             process != nullptr ? process->name : std::string()});
  }
  for (const auto& question : workshop.parking_lot) content.parked_questions.push_back(question.text);
  return content;
}

}  // namespace blokjes
