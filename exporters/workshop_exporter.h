#pragma once
// The second kind of export: formats made from the workshop itself rather
// than from validated zaaktypen (BPMN, pictures, the handout, printable
// cards). They need the model, the block library and the chosen processes;
// the handout also shows the zaaktypen as the export would write them.
// Listed in the same table as the zaaktype formats (exporter.h).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogi/selectielijst.h"
#include "core/block_library.h"
#include "core/localized_text.h"
#include "core/workshop.h"
#include "export_error.h"

namespace blokjes {

// What a picture shows: one process as the canvas draws it, a pair of
// processes as the compare view shows them, or the similarity matrix.
enum class PictureSubject { canvas, compare, matrix };
std::string_view to_string(PictureSubject subject);
std::optional<PictureSubject> picture_subject_from_string(std::string_view text);
// Why `subject` cannot be drawn from `process_count` chosen processes (the
// compare view needs exactly two, the matrix two or more), in `language`;
// nothing when it can. Exporters refuse with it; the app says it beforehand.
std::optional<std::string> picture_subject_problem(PictureSubject subject,
                                                   std::size_t process_count, Language language);

struct WorkshopExportRequest {
  const Workshop* workshop = nullptr;
  const BlockLibrary* library = nullptr;
  const Selectielijst* selectielijst = nullptr;  // the handout's zaaktype summary
  std::vector<std::string> process_ids;          // in the order chosen; empty: every process
  // Pictures: which view; unset means the format's default (canvas for
  // svg/png; for pdf, the handout rather than a picture).
  std::optional<PictureSubject> subject;
  Language language = Language::dutch;
  std::string assets_directory;  // fonts.json and the fonts it names
  // zac: a process that does not run on the generic model goes as BPMN for
  // ZAC instead of being refused (--bpmn).
  bool with_bpmn = false;
};

struct WorkshopExportResult {
  std::vector<std::string> files;     // written
  std::vector<std::string> warnings;  // what the format could not carry, and was left out
};

class WorkshopExporter {
 public:
  virtual ~WorkshopExporter() = default;
  virtual std::string_view name() const = 0;
  // Writes to `path` (a file, or a directory when the format writes one
  // file per process and there are several). Refuses (OutputExistsError) to
  // replace what is there unless `overwrite`; throws ExportError with a
  // message naming what is wrong.
  virtual WorkshopExportResult write(const WorkshopExportRequest& request, const std::string& path,
                                     bool overwrite) const = 0;
};

// The processes a request names, in its order (every process when it names
// none); ExportError naming the first id the workshop lacks.
std::vector<const Process*> requested_processes(const WorkshopExportRequest& request);

}  // namespace blokjes
