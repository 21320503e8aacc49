#pragma once
// One entry for every import: a BPMN model, an Open Zaak catalogus ZIP or a
// zgw-json document becomes a workshop, told apart by name and content, so
// `blokjes import` and the app's File > Importeren agree.

#include <string>

#include "catalogi/process_from_catalogus.h"
#include "catalogi/selectielijst.h"
#include "core/block_library.h"

namespace blokjes {

enum class ImportKind { bpmn, catalogi };

// BPMN for a .bpmn name (any case) or a regular file that starts like a BPMN
// document; the Catalogi reader (ZIP or JSON) otherwise. A FIFO or device is
// not peeked at: the Catalogi reader refuses it with its own message.
ImportKind import_kind_of(const std::string& path);

// Throws LoadError naming the file and the place of any problem. A Catalogi
// file needs the Selectielijst; without one (null) its import is refused
// with `selectielijst_problem` as the reason.
ImportResult import_file(const std::string& path, const BlockLibrary& library,
                         const Selectielijst* selectielijst,
                         const std::string& selectielijst_problem = {});

}  // namespace blokjes
