// The table of export formats. Everything that lists, names or chooses a
// format reads it: `blokjes export --format`, `blokjes import`'s help, the
// export dialog's combo, suggested path and hint, and the UI labels.

#include "exporter.h"

#include "bpmn/bpmn_exporter.h"
#include "cards/cards_exporter.h"
#include "handout/handout_exporter.h"
#include "zac/zac_exporter.h"
#include "picture/picture_exporter.h"
#include "zgw/zgw_documents.h"

namespace blokjes {
namespace {

const ExportFormat kExportFormats[] = {
    {"zgw-json", "export.format_zgw_json",
     "one document per zaaktype (a directory for more than one)", ".json",
     ExportOutput::directory_for_several, true, ExportSource::zaaktypen, make_zgw_json_exporter,
     nullptr},
    {"openzaak-zip", "export.format_openzaak_zip",
     "the ZIP that Open Zaak's catalogus import reads", ".zip", ExportOutput::file, true,
     ExportSource::zaaktypen, make_openzaak_zip_exporter, nullptr},
    {"bpmn", "export.format_bpmn",
     "BPMN 2.0 XML for bpmn.io, Camunda Modeler and Flowable: a pool per process, lanes per "
     "department, a user task per block, with diagram",
     ".bpmn", ExportOutput::file, true, ExportSource::workshop, nullptr, make_bpmn_exporter},
    {"svg", "export.format_svg",
     "pictures as the canvas draws them (--view canvas, one file per process, a directory for "
     "more), or of the compare view (--view compare, two processes) or the matrix "
     "(--view matrix)",
     ".svg", ExportOutput::directory_for_several, false, ExportSource::workshop, nullptr,
     make_svg_exporter},
    {"png", "export.format_png", "the same pictures as PNG", ".png",
     ExportOutput::directory_for_several, false, ExportSource::workshop, nullptr,
     make_png_exporter},
    {"html", "export.format_html",
     "the workshop handout: one HTML file with its pictures embedded, laid out for A4", ".html",
     ExportOutput::file, false, ExportSource::workshop, nullptr, make_html_handout_exporter},
    {"pdf", "export.format_pdf",
     "the workshop handout printed to PDF by headless chromium; with --view, that picture as "
     "PDF",
     ".pdf", ExportOutput::file, false, ExportSource::workshop, nullptr,
     make_pdf_handout_exporter},
    {"md", "export.format_md",
     "the workshop handout for wikis: a directory with handout.md and one SVG per process", "",
     ExportOutput::directory, false, ExportSource::workshop, nullptr,
     make_markdown_handout_exporter},
    {"cards", "export.format_cards",
     "a PDF of cut-out cards of the block library (four A6 cards per A4 sheet), for a session "
     "on paper",
     ".pdf", ExportOutput::file, false, ExportSource::workshop, nullptr, make_cards_exporter},
    {"zac", "export.format_zac",
     "a directory ready for Dimpact's zaakafhandelcomponent: for each process that runs on its "
     "generic model an Open Zaak catalogus ZIP in ZAC's shape and <id>-zaakafhandelparameters.json"
     "; with --bpmn the others as a ZIP and a BPMN process for ZAC",
     "", ExportOutput::directory, false, ExportSource::workshop, nullptr, make_zac_exporter},
};

}  // namespace

std::span<const ExportFormat> export_formats() {
  return kExportFormats;
}

const ExportFormat* find_export_format(std::string_view id) {
  for (const auto& format : kExportFormats) {
    if (format.id == id) return &format;
  }
  return nullptr;
}

std::unique_ptr<Exporter> make_exporter(std::string_view format) {
  const auto* found = find_export_format(format);
  return found == nullptr || found->make == nullptr ? nullptr : found->make();
}

std::unique_ptr<WorkshopExporter> make_workshop_exporter(std::string_view format) {
  const auto* found = find_export_format(format);
  return found == nullptr || found->make_workshop == nullptr ? nullptr : found->make_workshop();
}

}  // namespace blokjes
