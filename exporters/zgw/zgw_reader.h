#pragma once
// The zgw formats read back: `blokjes import` reads an Open Zaak catalogus
// ZIP or zgw-json documents into Catalogi objects, and src/catalogi lays them
// out as one process per zaaktype (process_from_catalogus.h), so a
// municipality can start from another one's catalogus (docs/export.md, "Import").

#include <string>
#include <vector>

#include "catalogi/process_from_catalogus.h"
#include "catalogi/selectielijst.h"
#include "core/block_library.h"

namespace blokjes {

// Reads a ZIP (recognised by its signature) or a zgw-json document. Throws
// LoadError naming the file, the ZIP entry and the place of any problem.
ImportResult import_catalogi_file(const std::string& path, const BlockLibrary& library,
                                  const Selectielijst& selectielijst);
// Only reads: the Catalogi objects of a ZIP or zgw-json document, as they
// are, for the case engine's deploy. Throws LoadError like the import.
CatalogiObjectSet read_catalogi_objects_file(const std::string& path,
                                             std::vector<std::string>& warnings);

ImportResult import_catalogi_bytes(const std::string& bytes, const std::string& name,
                                   const BlockLibrary& library, const Selectielijst& selectielijst);

}  // namespace blokjes
