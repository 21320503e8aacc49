#include "workshop_input.h"

#include <ostream>

#include "core/asset_paths.h"
#include "core/terminal_text.h"

namespace blokjes::cli {

std::optional<LoadedWorkshop> load_workshop_or_report(const std::string& path, std::ostream& err) {
  try {
    return load_workshop(path);
  } catch (const LoadError& error) {
    // The message may quote the file's content; one line, escaped.
    err << terminal_safe(error.what()) << '\n';
    return std::nullopt;
  }
}

BlockLibrary load_default_library() {
  return load_block_library(default_block_library_path());
}

Selectielijst load_default_selectielijst() {
  return load_selectielijst(default_selectielijst_path());
}

}  // namespace blokjes::cli
