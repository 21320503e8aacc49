// [SECTIONS]
//   [PICTURES]  ProcessPictures: font, metrics, frame, bytes
//   [EXPORTER]  one file, a directory of files, or a refusal that says why
//   [VIEWS]     the compare view and the matrix, as their views draw them

#include "picture_exporter.h"

#include <filesystem>
#include <set>

#include "compare/comparison.h"
#include "core/asset_paths.h"
#include "core/atomic_directory.h"
#include "core/atomic_file.h"
#include "picture/compare_picture.h"
#include "picture/fonts.h"
#include "picture/matrix_picture.h"
#include "picture/process_picture.h"
#include "picture/style.h"
#include "picture_files.h"
#include "view_texts.h"

namespace blokjes {
namespace {

std::string assets_of(const WorkshopExportRequest& request) {
  return request.assets_directory.empty() ? find_assets_directory() : request.assets_directory;
}

std::string canvas_font_file(const std::string& assets) {
  auto file = picture::font_file(assets, "canvas");
  if (file.empty()) {
    throw ExportError(assets + "/fonts.json: no canvas font file found (Debian package "
                      "fonts-dejavu-core)");
  }
  return file;
}

// Around the drawing, the canvas's own margin of paper.
constexpr double kMargin = 40;

}  // namespace

std::string_view extension_of(PictureFileType type) {
  switch (type) {
    case PictureFileType::svg: return ".svg";
    case PictureFileType::png: return ".png";
    case PictureFileType::pdf: return ".pdf";
  }
  return ".svg";
}

// [PICTURES] ------------------------------------------------------------------

ProcessPictures::ProcessPictures(const WorkshopExportRequest& request)
    : request_(request),
      assets_(assets_of(request)),
      metrics_(canvas_font_file(assets_)),
      font_(PictureFont::canvas(assets_)) {
  if (request.workshop == nullptr || request.library == nullptr) {
    throw ExportError("pictures: the workshop and the block library are needed");
  }
}

picture::Picture ProcessPictures::picture(const Process& process) const {
  return picture::process_picture(*request_.workshop, process, *request_.library,
                                  request_.language, metrics_);
}

PictureFrame ProcessPictures::frame(const picture::Picture& picture) const {
  auto frame = frame_around(picture, metrics_, kMargin, 1);
  // The canvas's background, so a picture looks as the canvas does.
  frame.background = picture::Style().colour(picture::StyleColour::canvas_background);
  return frame;
}

std::string ProcessPictures::svg(const Process& process) const {
  const auto drawn = picture(process);
  return svg_of(drawn, frame(drawn), font_);
}

std::string ProcessPictures::bytes(const picture::Picture& picture, PictureFileType type) const {
  const auto framed = frame(picture);
  switch (type) {
    case PictureFileType::svg: return svg_of(picture, framed, font_);
    case PictureFileType::png: return png_of(picture, framed, font_);
    case PictureFileType::pdf: return pdf_of(picture, framed, font_);
  }
  return {};
}

// [EXPORTER] ------------------------------------------------------------------

namespace {

class PictureExporter : public WorkshopExporter {
 public:
  explicit PictureExporter(PictureFileType type) : type_(type) {}
  std::string_view name() const override {
    switch (type_) {
      case PictureFileType::svg: return "svg";
      case PictureFileType::png: return "png";
      case PictureFileType::pdf: return "pdf";
    }
    return "svg";
  }

  WorkshopExportResult write(const WorkshopExportRequest& request, const std::string& path,
                             bool overwrite) const override {
    const auto processes = requested_processes(request);
    if (processes.empty()) throw ExportError("the workshop has no processes to draw");
    std::error_code ignored;
    if (!overwrite && std::filesystem::exists(std::filesystem::symlink_status(path, ignored))) {
      throw OutputExistsError(path);
    }
    const ProcessPictures pictures(request);
    const auto subject = request.subject.value_or(PictureSubject::canvas);
    if (subject != PictureSubject::canvas) return write_view(request, subject, pictures, path);
    if (processes.size() == 1) {
      write_file_atomically(path, pictures.bytes(pictures.picture(*processes.front()), type_));
      return {{path}, {}};
    }
    // One file per process, in a directory that appears whole or not at all.
    std::vector<DirectoryFile> files;
    std::set<std::string> names;
    for (const Process* process : processes) {
      auto name = file_name_that_fits(process->id, extension_of(type_));
      for (int n = 2; !names.insert(name).second; ++n) {
        name = file_name_that_fits(process->id + "-" + std::to_string(n), extension_of(type_));
      }
      files.push_back({name, pictures.bytes(pictures.picture(*process), type_)});
    }
    DirectoryWriteOptions options;
    options.replace_existing = overwrite;
    options.replaceable_suffixes = {std::string(extension_of(type_))};
    write_directory_atomically(path, files, options);
    std::vector<std::string> written;
    for (const auto& file : files) written.push_back((std::filesystem::path(path) / file.name).string());
    return {written, {}};
  }

 private:
  WorkshopExportResult write_view(const WorkshopExportRequest& request, PictureSubject subject,
                                  const ProcessPictures& pictures, const std::string& path) const;

  PictureFileType type_;
};

}  // namespace

std::unique_ptr<WorkshopExporter> make_picture_exporter(PictureFileType type) {
  return std::make_unique<PictureExporter>(type);
}
std::unique_ptr<WorkshopExporter> make_svg_exporter() {
  return make_picture_exporter(PictureFileType::svg);
}
std::unique_ptr<WorkshopExporter> make_png_exporter() {
  return make_picture_exporter(PictureFileType::png);
}

}  // namespace blokjes


// [VIEWS] ---------------------------------------------------------------------

namespace blokjes {
namespace {

picture::Picture compare_view_picture(const WorkshopExportRequest& request,
                                      const std::vector<const Process*>& processes,
                                      const picture::TextMetrics& metrics) {
  if (const auto problem =
          picture_subject_problem(PictureSubject::compare, processes.size(), request.language)) {
    throw ExportError(*problem);
  }
  if (const auto problem = compare::compare_limit_problem(processes)) {
    throw ExportError(compare::describe(*problem, request.language));
  }
  const auto a = compare::prepare(*processes[0], *request.library);
  const auto b = compare::prepare(*processes[1], *request.library);
  const auto comparison = compare::compare_processes(a, b);
  const ViewTexts words(assets_of(request), request.language);
  picture::ComparePictureOptions options;
  options.language = request.language;
  for (const auto& [key, field] : picture::kCompareTextKeys) options.texts.*field = words(key);
  return picture::compare_picture(comparison, a, b, *request.library, options, metrics).picture;
}

picture::Picture matrix_view_picture(const WorkshopExportRequest& request,
                                     const std::vector<const Process*>& processes,
                                     const picture::TextMetrics& metrics) {
  if (const auto problem =
          picture_subject_problem(PictureSubject::matrix, processes.size(), request.language)) {
    throw ExportError(*problem);
  }
  Workshop chosen;
  for (const Process* process : processes) chosen.processes.push_back(*process);
  if (const auto problem = compare::matrix_limit_problem(chosen)) {
    throw ExportError(compare::describe(*problem, request.language));
  }
  const auto matrix = compare::similarity_matrix(compare::prepare_all(chosen, *request.library));
  const ViewTexts words(assets_of(request), request.language);
  picture::MatrixPictureOptions options;
  for (const auto& [key, field] : picture::kMatrixTextKeys) options.texts.*field = words(key);
  return picture::matrix_picture(matrix, options, metrics).picture;
}

WorkshopExportResult PictureExporter::write_view(const WorkshopExportRequest& request,
                                                 PictureSubject subject,
                                                 const ProcessPictures& pictures,
                                                 const std::string& path) const {
  const auto processes = requested_processes(request);
  const auto drawn = subject == PictureSubject::compare
                         ? compare_view_picture(request, processes, pictures.metrics())
                         : matrix_view_picture(request, processes, pictures.metrics());
  write_file_atomically(path, pictures.bytes(drawn, type_));
  return {{path}, {}};
}

}  // namespace
}  // namespace blokjes
