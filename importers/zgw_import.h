#pragma once
// Catalogi objects -> workshop: `blokjes import` reads an Open Zaak catalogus
// ZIP or zgw-json documents and lays out one process per zaaktype, so a
// municipality can start from another one's catalogus (docs/export.md, "Import").

#include <string>
#include <vector>

#include "catalogi/selectielijst.h"
#include "core/block_library.h"
#include "core/workshop.h"

namespace blokjes {

struct ImportResult {
  Workshop workshop;
  std::vector<std::string> warnings;  // what could not be placed, and why
};

// Reads a ZIP (recognised by its signature) or a zgw-json document. Throws
// LoadError naming the file, the ZIP entry and the place of any problem.
ImportResult import_catalogi_file(const std::string& path, const BlockLibrary& library,
                                  const Selectielijst& selectielijst);
ImportResult import_catalogi_bytes(const std::string& bytes, const std::string& name,
                                   const BlockLibrary& library, const Selectielijst& selectielijst);

}  // namespace blokjes
