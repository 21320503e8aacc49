#pragma once
// BPMN 2.0 XML read into a workshop: `blokjes import MODEL.bpmn`. Each
// process (pool) with activities becomes a workshop process, each activity a
// block, each lane a department; sequence flows are folded through gateways
// and events into flows between blocks (bpmn_import_graph.h); positions come
// from our own extension elements, else the diagram (DI), else auto-layout
// (bpmn_import_layout.h). Our own export (bpmn_vocabulary.h) reads back to
// the same process. What a workshop cannot hold (message flows, data objects,
// the inside of a subprocess, annotations) is named in a warning.

#include <string>
#include <string_view>

#include "catalogi/process_from_catalogus.h"
#include "core/block_library.h"

namespace blokjes::bpmn {

// The largest BPMN file read, in bytes: the limit of every other reader of
// ours (JsonLimits::max_bytes, 32 MiB).
std::size_t max_bpmn_bytes();

// Throws LoadError "file:line:col: error: ..." for malformed XML (with the
// line and column of the problem and what was expected there), for a document
// that is not BPMN (no <definitions> in the BPMN 2.0 model namespace), for an
// empty text and for a text over max_bpmn_bytes(). Elements are recognised by
// namespace URI, never by prefix.
ImportResult import_bpmn_text(const std::string& xml, const std::string& file_name,
                              const BlockLibrary& library);
// Reads a regular file through the project's bounded reader (read_text_file).
ImportResult import_bpmn_file(const std::string& path, const BlockLibrary& library);

// For the CLI's dispatch: XML whose root element is <definitions> in the BPMN
// 2.0 model namespace. Reads only up to the root's start tag.
bool looks_like_bpmn(std::string_view bytes);

}  // namespace blokjes::bpmn
