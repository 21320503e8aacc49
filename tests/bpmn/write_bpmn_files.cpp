// write_bpmn_files SOURCE_DIR OUT_DIR
//
// Writes the BPMN files the outside tools check (check-bpmn-tools.sh): one
// file per process of scenarios/demo-workshop.json, one with all of them in
// one collaboration, and one per edge case (bpmn_edge_cases.h). Prints the
// files written, one a line, and each export warning on stderr.

#include <filesystem>
#include <fstream>
#include <iostream>

#include "bpmn_edge_cases.h"
#include "exporters/bpmn/bpmn_writer.h"
#include "core/block_library.h"
#include "core/load_error.h"
#include "core/workshop_file.h"

namespace {

void write_file(const std::filesystem::path& path, const blokjes::bpmn::BpmnDocument& document) {
  std::ofstream out(path, std::ios::binary);
  out << document.xml;
  out.close();
  if (!out) throw std::runtime_error(path.string() + ": cannot write");
  for (const auto& warning : document.warnings) std::cerr << path.filename().string() << ": " << warning << "\n";
  std::cout << path.string() << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: write_bpmn_files SOURCE_DIR OUT_DIR\n";
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
                 blokjes::bpmn::write_bpmn_document(demo, {process.id}, library));
    }
    write_file(out / "demo-all.bpmn", blokjes::bpmn::write_bpmn_document(demo, {}, library));
    const blokjes::Workshop edges = blokjes::test::bpmn_edge_case_workshop();
    for (std::size_t i = 0; i < edges.processes.size(); ++i) {
      write_file(out / ("edge-" + std::to_string(i + 1) + ".bpmn"),
                 blokjes::bpmn::write_bpmn_document(edges, {edges.processes[i].id}, library));
    }
    write_file(out / "edge-all.bpmn", blokjes::bpmn::write_bpmn_document(edges, {}, library));
  } catch (const std::exception& error) {
    std::cerr << "write_bpmn_files: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
