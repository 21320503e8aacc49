// libFuzzer target for `blokjes import`: ZIPs and zgw-json documents from
// anywhere. Beyond "never crash", whatever imports must validate without
// throwing and save as a workshop that loads back to the same model.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "catalogi/export_pipeline.h"
#include "core/workshop_file.h"
#include "exporters/zgw/zgw_reader.h"

namespace {

const blokjes::BlockLibrary& library() {
  static const blokjes::BlockLibrary loaded =
      blokjes::load_block_library(std::string(BLOKJES_SOURCE_DIR) + "/assets/blocks.json");
  return loaded;
}

const blokjes::Selectielijst& selectielijst() {
  static const blokjes::Selectielijst loaded = blokjes::load_selectielijst(
      std::string(BLOKJES_SOURCE_DIR) + "/assets/selectielijst-2020.json");
  return loaded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  blokjes::ImportResult result;
  try {
    result = blokjes::import_catalogi_bytes(bytes, "fuzz.zip", library(), selectielijst());
  } catch (const blokjes::LoadError&) {
    return 0;
  }
  blokjes::prepare_export(result.workshop, library(), selectielijst(), {});
  const auto saved = blokjes::serialise_workshop(result.workshop);
  const auto reloaded = blokjes::parse_workshop(saved, "saved.json").workshop;
  if (!(reloaded == result.workshop)) std::abort();
  return 0;
}
