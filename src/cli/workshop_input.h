#pragma once
// Loading what the subcommands work on, with errors printed the same way by all.

#include <iosfwd>
#include <optional>
#include <string>

#include "core/block_library.h"
#include "catalogi/selectielijst.h"
#include "core/workshop_file.h"

namespace blokjes::cli {

// Prints the LoadError to `err` and returns nothing when the file is unusable.
std::optional<LoadedWorkshop> load_workshop_or_report(const std::string& path, std::ostream& err);
// The block library from the assets; throws LoadError or std::runtime_error.
BlockLibrary load_default_library();
// The Selectielijst from the assets; throws LoadError or std::runtime_error.
Selectielijst load_default_selectielijst();

}  // namespace blokjes::cli
