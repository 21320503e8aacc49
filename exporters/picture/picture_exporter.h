#pragma once
// `--format svg|png` (and `pdf --view ...`): pictures as files. The canvas
// view draws each chosen process (one file, or a directory of one file per
// process); compare draws two processes as the compare view does; matrix
// the similarity matrix of the chosen processes.

#include <memory>
#include <string>

#include "exporters/workshop_exporter.h"
#include "picture/primitives.h"
#include "picture/stb_metrics.h"
#include "picture_font.h"
#include "picture_frame.h"

namespace blokjes {

enum class PictureFileType { svg, png, pdf };
std::string_view extension_of(PictureFileType type);  // ".svg", ...

std::unique_ptr<WorkshopExporter> make_picture_exporter(PictureFileType type);
std::unique_ptr<WorkshopExporter> make_svg_exporter();
std::unique_ptr<WorkshopExporter> make_png_exporter();

// The canvas font and its metrics, loaded once, and the pictures of a
// request's processes: what the handout embeds and the files hold.
class ProcessPictures {
 public:
  // Throws PictureError (exporters/picture/picture_error.h) when the canvas
  // font is missing.
  explicit ProcessPictures(const WorkshopExportRequest& request);

  picture::Picture picture(const Process& process) const;
  PictureFrame frame(const picture::Picture& picture) const;
  std::string svg(const Process& process) const;
  std::string bytes(const picture::Picture& picture, PictureFileType type) const;
  const picture::TextMetrics& metrics() const { return metrics_; }
  const PictureFont& font() const { return font_; }

 private:
  const WorkshopExportRequest& request_;
  std::string assets_;
  picture::StbTextMetrics metrics_;
  PictureFont font_;
};

}  // namespace blokjes
