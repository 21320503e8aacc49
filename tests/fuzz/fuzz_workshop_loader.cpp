// libFuzzer target for the workshop loader. Beyond "never crash", it checks
// a property: whatever loads must save and load back to the same model.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/block_library.h"
#include "core/workshop_file.h"
#include "core/workshop_validation.h"

namespace {

const blokjes::BlockLibrary& library() {
  static const blokjes::BlockLibrary loaded =
      blokjes::load_block_library(std::string(BLOKJES_SOURCE_DIR) + "/assets/blocks.json");
  return loaded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  blokjes::LoadedWorkshop loaded;
  try {
    loaded = blokjes::parse_workshop(text, "fuzz.json");
  } catch (const blokjes::LoadError&) {
    return 0;
  }
  for (const auto& finding : blokjes::validate_workshop(loaded.workshop, library())) {
    loaded.source->locate(finding.pointer);
  }
  const std::string saved = blokjes::serialise_workshop(loaded.workshop);
  if (!(blokjes::parse_workshop(saved, "saved.json").workshop == loaded.workshop)) std::abort();
  return 0;
}
