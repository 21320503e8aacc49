// [SECTIONS]
//   [CONTENT]  the request's handout, with the canvas pictures as SVG
//   [FORMATS]  html, md (a directory), pdf (chromium; a picture with --view)

#include "handout_exporter.h"

#include <filesystem>
#include <set>

#include "core/atomic_directory.h"
#include "core/atomic_file.h"
#include "exporters/picture/picture_exporter.h"
#include "exporters/print/chromium_print.h"
#include "handout_html.h"
#include "handout_markdown.h"

namespace blokjes {
namespace {

void refuse_existing(const std::string& path, bool overwrite) {
  std::error_code ignored;
  if (!overwrite && std::filesystem::exists(std::filesystem::symlink_status(path, ignored))) {
    throw OutputExistsError(path);
  }
}

void require_inputs(const WorkshopExportRequest& request) {
  if (request.workshop == nullptr || request.library == nullptr || request.selectielijst == nullptr) {
    throw ExportError("handout: the workshop, block library and Selectielijst are needed");
  }
}

}  // namespace

// [CONTENT] -------------------------------------------------------------------

HandoutContent handout_content_for(const WorkshopExportRequest& request) {
  require_inputs(request);
  const auto processes = requested_processes(request);
  const auto pictures = ProcessPictures(request);
  return handout_content(*request.workshop, processes, *request.library, *request.selectielijst,
                         request.language,
                         [&pictures](const Process& process) { return pictures.svg(process); });
}

// [FORMATS] -------------------------------------------------------------------

namespace {

class HtmlHandoutExporter : public WorkshopExporter {
 public:
  std::string_view name() const override { return "html"; }
  WorkshopExportResult write(const WorkshopExportRequest& request, const std::string& path,
                             bool overwrite) const override {
    refuse_existing(path, overwrite);
    write_file_atomically(path, handout_html(handout_content_for(request)));
    return {{path}, {}};
  }
};

class MarkdownHandoutExporter : public WorkshopExporter {
 public:
  std::string_view name() const override { return "md"; }
  WorkshopExportResult write(const WorkshopExportRequest& request, const std::string& path,
                             bool overwrite) const override {
    refuse_existing(path, overwrite);
    const auto content = handout_content_for(request);
    std::vector<DirectoryFile> files;
    std::set<std::string> names = {"handout.md"};
    std::map<std::string, std::string> picture_names;  // by process id
    for (const auto& process : content.processes) {
      if (process.picture_svg.empty()) continue;
      auto name = file_name_that_fits(process.id, ".svg");
      for (int n = 2; !names.insert(name).second; ++n) {
        name = file_name_that_fits(process.id + "-" + std::to_string(n), ".svg");
      }
      picture_names[process.id] = name;
      files.push_back({name, process.picture_svg});
    }
    files.push_back({"handout.md", handout_markdown(content, [&picture_names](const HandoutProcess& process) {
                       const auto found = picture_names.find(process.id);
                       return found == picture_names.end() ? std::string() : found->second;
                     })});
    DirectoryWriteOptions options;
    options.replace_existing = overwrite;
    options.replaceable_suffixes = {".md", ".svg"};
    write_directory_atomically(path, files, options);
    std::vector<std::string> written;
    for (const auto& file : files) written.push_back((std::filesystem::path(path) / file.name).string());
    return {written, {}};
  }
};

class PdfExporter : public WorkshopExporter {
 public:
  std::string_view name() const override { return "pdf"; }
  WorkshopExportResult write(const WorkshopExportRequest& request, const std::string& path,
                             bool overwrite) const override {
    // With a view the PDF is that picture, drawn by cairo like svg and png.
    if (request.subject) return make_picture_exporter(PictureFileType::pdf)->write(request, path, overwrite);
    refuse_existing(path, overwrite);
    write_file_atomically(path, pdf_from_html(handout_html(handout_content_for(request))));
    return {{path}, {}};
  }
};

}  // namespace

std::unique_ptr<WorkshopExporter> make_html_handout_exporter() {
  return std::make_unique<HtmlHandoutExporter>();
}
std::unique_ptr<WorkshopExporter> make_markdown_handout_exporter() {
  return std::make_unique<MarkdownHandoutExporter>();
}
std::unique_ptr<WorkshopExporter> make_pdf_handout_exporter() {
  return std::make_unique<PdfExporter>();
}

}  // namespace blokjes
