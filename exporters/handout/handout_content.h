#pragma once
// What the workshop handout says, gathered once from the model so the HTML
// and the Markdown renderers show the same facts: the departments and
// participants; per process its picture, its blocks and a zaaktype summary
// (statustypen with doorlooptijd and citizen texts, roles, resultaten and
// archiving, as the export would write them); the coverage table; the
// similarity matrix; the notes taken and the questions parked.

#include <functional>
#include <string>
#include <vector>

#include "catalogi/selectielijst.h"
#include "core/block_library.h"
#include "core/localized_text.h"
#include "core/workshop.h"

namespace blokjes {

struct HandoutBlockRow {
  int step = 0;  // 1-based, in process order
  std::string kind;      // the kind's name
  std::string variant;   // the variant's name
  std::string label;
  std::string department;  // name
  std::string statustype;  // omschrijving it sets; empty when none
};

struct HandoutStatustype {
  int volgnummer = 0;
  std::string omschrijving;
  std::string doorlooptijd;  // ISO-8601, may be empty
  std::string statustekst;   // what the citizen reads
};

struct HandoutRoltype {
  std::string omschrijving;
  std::string omschrijving_generiek;
};

struct HandoutResultaattype {
  std::string omschrijving;
  std::string archiefnominatie;
  std::string archiefactietermijn;  // ISO-8601, may be empty
  std::string afleidingswijze;
};

struct HandoutZaaktype {
  std::string identificatie;
  std::string omschrijving;
  std::string doorlooptijd;
  std::string servicenorm;
  std::vector<HandoutStatustype> statustypen;
  std::vector<HandoutRoltype> roltypen;
  std::vector<HandoutResultaattype> resultaattypen;
};

struct HandoutNote {
  std::string text;
  std::string author;   // the participant's name, else empty
  std::string process;  // the process's name, empty for a workshop-wide note
};

struct HandoutProcess {
  std::string id;
  std::string name;
  std::string department;
  std::string description;
  std::string picture_svg;  // the canvas picture; empty when none could be drawn
  std::vector<HandoutBlockRow> blocks;
  HandoutZaaktype zaaktype;
  int validation_errors = 0;
  int validation_warnings = 0;
};

struct HandoutCoverageRow {
  std::string kind;  // name
  bool generic = false;
  int processes = 0;
  double process_share = 0;  // 0-100
  int departments = 0;
};

struct HandoutMatrix {
  std::vector<std::string> names;  // in clustering order
  std::vector<double> values;      // row-major over names, 0-100
};

struct HandoutDepartment {
  std::string name;
  std::string directorate;
};

struct HandoutParticipant {
  std::string name;
  std::string role;
  std::string department;  // name
};

struct HandoutContent {
  Language language = Language::dutch;
  std::string title;  // the workshop's name
  std::string date;
  std::string description;
  std::vector<HandoutDepartment> departments;
  std::vector<HandoutParticipant> participants;
  std::vector<HandoutProcess> processes;
  std::vector<HandoutCoverageRow> coverage;
  int generic_block_share = 0;  // percent of all blocks of the generic kinds
  HandoutMatrix matrix;         // empty with fewer than two processes
  std::vector<HandoutNote> notes;
  std::vector<std::string> parked_questions;
};

// The SVG of one process's canvas picture (the pictures' exporter supplies it).
using ProcessSvg = std::function<std::string(const Process&)>;

HandoutContent handout_content(const Workshop& workshop, const std::vector<const Process*>& processes,
                               const BlockLibrary& library, const Selectielijst& selectielijst,
                               Language language, const ProcessSvg& picture);

// The fixed words of the handout (headings, column names) in the language.
struct HandoutWord {
  std::string_view key;
  LocalizedText text;
};
const std::string& handout_word(std::string_view key, Language language);

}  // namespace blokjes
