#pragma once
// BPMN 2.0 XML export of a workshop's processes: one collaboration with a
// pool (participant) per process, a lane per department, a user task per
// block, exclusive gateways where flows split or join, named start and end
// events, and a diagram (BPMN DI) laid out from the canvas. Our own facts
// (zaaktype identificatie, each block's kind and variant, canvas positions)
// travel in extension elements (bpmn_vocabulary.h), so an import can
// restore the workshop. Written with pugixml.

#include <string>
#include <string_view>
#include <vector>

#include "core/block_library.h"
#include "core/localized_text.h"
#include "core/workshop.h"

namespace blokjes::bpmn {

struct BpmnOptions {
  // For the names the writer falls back on: a block without a label is named
  // after its variant, a lane without a known department says so.
  Language language = Language::dutch;
};

struct BpmnDocument {
  std::string xml;
  // What the model has that BPMN cannot carry and was left out (a flow to a
  // missing block, a duplicate flow, ...), one sentence each, naming the
  // process.
  std::vector<std::string> warnings;
};

// One BPMN document (collaboration + one process per id) for the given
// processes of `workshop` (all when `process_ids` is empty), in the order
// given. Throws ExportError (exporters/export_error.h) naming an unknown id.
BpmnDocument write_bpmn_document(const Workshop& workshop, const std::vector<std::string>& process_ids,
                                 const BlockLibrary& library, const BpmnOptions& options = {});

// `text` as XML 1.0 can carry it (invalid UTF-8 as U+FFFD, control
// characters dropped); pugixml escapes the rest. The ZAC BPMN writer shares it.
std::string xml_text(std::string_view text);

// write_bpmn_document's XML alone.
std::string write_bpmn(const Workshop& workshop, const std::vector<std::string>& process_ids,
                       const BlockLibrary& library, const BpmnOptions& options = {});

}  // namespace blokjes::bpmn
