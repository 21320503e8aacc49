#pragma once
// `--format html`, `md` and `pdf`: the workshop handout. html is one
// self-contained file; md a directory with handout.md and one SVG per
// process; pdf the HTML printed by headless chromium (with --view, pdf is a
// picture instead: exporters/picture).

#include <memory>

#include "exporters/workshop_exporter.h"
#include "handout_content.h"

namespace blokjes {

std::unique_ptr<WorkshopExporter> make_html_handout_exporter();
std::unique_ptr<WorkshopExporter> make_markdown_handout_exporter();
std::unique_ptr<WorkshopExporter> make_pdf_handout_exporter();

// What the handout of a request says, pictures drawn.
HandoutContent handout_content_for(const WorkshopExportRequest& request);

}  // namespace blokjes
