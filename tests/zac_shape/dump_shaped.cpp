// blokjes-zac-shape-dump OUT_DIR: writes, for each demo process, its export
// in ZAC's shape as the Open Zaak import files (OUT_DIR/<process>/<Resource>.json)
// and its zaakafhandelparameters.json, for check-shaped.sh to validate
// against the Open Zaak request schemas with Ajv.

#include <filesystem>
#include <fstream>
#include <iostream>

#include "exporters/zgw/zgw_documents.h"
#include "zac_shape_support.h"

using namespace blokjes;
using namespace blokjes::test;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: " << argv[0] << " OUT_DIR\n";
    return 2;
  }
  const std::filesystem::path out = argv[1];
  for (const auto& process : demo_workshop().processes) {
    const auto demo = shaped_demo(process.id);
    const auto directory = out / process.id;
    std::filesystem::create_directories(directory);
    for (const auto& [name, text] : openzaak_entries(demo.shaped)) {
      std::ofstream(directory / name, std::ios::binary) << text;
    }
    std::ofstream(directory / "zaakafhandelparameters.json", std::ios::binary)
        << zaakafhandelparameters(demo.shaped, zaakafhandel_input_for(process)).dump(2) << "\n";
    std::cout << directory.string() << "\n";
  }
  return 0;
}
