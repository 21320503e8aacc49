// write_zac_bpmn_files SOURCE_DIR OUT_DIR
//
// Writes the ZAC BPMN files the outside tools check (check-zac-bpmn-tools.sh):
// one per process of scenarios/demo-workshop.json and one per BPMN edge case
// (tests/bpmn/bpmn_edge_cases.h), with the options of zac_bpmn_cases.h.
// Prints the files written, one a line.

#include <filesystem>
#include <fstream>
#include <iostream>

#include "bpmn/bpmn_edge_cases.h"
#include "core/block_library.h"
#include "core/workshop_file.h"
#include "exporters/zac/zac_bpmn.h"
#include "zac_bpmn_cases.h"

namespace {

void write_file(const std::filesystem::path& path, const std::string& xml) {
  std::ofstream out(path, std::ios::binary);
  out << xml;
  out.close();
  if (!out) throw std::runtime_error(path.string() + ": cannot write");
  std::cout << path.string() << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: write_zac_bpmn_files SOURCE_DIR OUT_DIR\n";
    return 2;
  }
  try {
    const std::filesystem::path source = argv[1];
    const std::filesystem::path out = argv[2];
    std::filesystem::create_directories(out);
    const blokjes::BlockLibrary library = blokjes::load_block_library((source / "assets/blocks.json").string());
    const blokjes::Workshop demo = blokjes::load_workshop((source / "scenarios/demo-workshop.json").string()).workshop;
    for (const auto& process : demo.processes) {
      write_file(out / ("demo-" + process.id + ".bpmn"),
                 blokjes::zac::zac_bpmn_xml(process, library, blokjes::test::zac_options_for(process)));
    }
    const blokjes::Workshop edges = blokjes::test::bpmn_edge_case_workshop();
    for (std::size_t i = 0; i < edges.processes.size(); ++i) {
      const auto& process = edges.processes[i];
      write_file(out / ("edge-" + std::to_string(i + 1) + ".bpmn"),
                 blokjes::zac::zac_bpmn_xml(process, library, blokjes::test::zac_options_for(process)));
    }
  } catch (const std::exception& error) {
    std::cerr << "write_zac_bpmn_files: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
