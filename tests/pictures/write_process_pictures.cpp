// write_process_pictures: every process of a workshop (the demo by default)
// as SVG, PNG and PDF in a directory, to look at by eye. Not installed.
//
//   write_process_pictures OUT_DIR [WORKSHOP.json] [SCALE]

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "core/asset_paths.h"
#include "core/block_library.h"
#include "core/workshop_file.h"
#include "exporters/picture/picture_files.h"
#include "picture/fonts.h"
#include "picture/process_picture.h"
#include "picture/stb_metrics.h"

int main(int argc, char** argv) {
  using namespace blokjes;
  if (argc < 2 || argc > 4) {
    std::cerr << "usage: write_process_pictures OUT_DIR [WORKSHOP.json] [SCALE]\n";
    return 2;
  }
  try {
    const std::string out = argv[1];
    const std::string workshop_path = argc > 2 ? argv[2] : find_demo_workshop();
    const double scale = argc > 3 ? std::atof(argv[3]) : 1.0;
    const std::string assets = find_assets_directory();
    const BlockLibrary library = load_block_library(default_block_library_path());
    const Workshop workshop = load_workshop(workshop_path).workshop;
    const picture::StbTextMetrics metrics(picture::font_file(assets, "canvas"));
    const PictureFont font = PictureFont::canvas(assets);
    std::filesystem::create_directories(out);
    for (const Process& process : workshop.processes) {
      const picture::Picture picture =
          picture::process_picture(workshop, process, library, Language::dutch, metrics);
      const PictureFrame frame = frame_around(picture, metrics, 40, scale);
      const std::string base = out + "/" + process.id;
      write_svg(base + ".svg", picture, frame, font);
      write_png(base + ".png", picture, frame, font);
      write_pdf(base + ".pdf", picture, frame, font);
      std::cout << base << ".{svg,png,pdf}  " << frame.pixel_width() << " x "
                << frame.pixel_height() << "\n";
    }
  } catch (const std::exception& error) {
    std::cerr << "write_process_pictures: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
