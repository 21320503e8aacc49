#pragma once
// Where the programs find assets/: beside the executable in a build tree
// (the build copies it to <build>/bin/assets), or in the install prefix's
// share/blokjessessie. BLOKJES_ASSETS overrides both.

#include <string>

namespace blokjes {

// The assets directory; throws std::runtime_error listing the places tried.
std::string find_assets_directory();
std::string default_block_library_path();

// The demo workshop, found like the assets: <exe dir>/scenarios (the build
// copies it there), or <assets>/scenarios (where `cmake --install` puts it).
// Throws std::runtime_error listing the places tried; callers add how to
// name a workshop instead (e.g. --workshop).
std::string find_demo_workshop();

}  // namespace blokjes
