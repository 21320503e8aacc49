#include "bpmn_exporter.h"

#include <filesystem>

#include "bpmn_writer.h"
#include "core/atomic_file.h"

namespace blokjes {
namespace {

class BpmnExporter : public WorkshopExporter {
 public:
  std::string_view name() const override { return "bpmn"; }
  WorkshopExportResult write(const WorkshopExportRequest& request, const std::string& path,
                             bool overwrite) const override {
    if (request.workshop == nullptr || request.library == nullptr) {
      throw ExportError("bpmn: the workshop and the block library are needed");
    }
    std::error_code ignored;
    if (!overwrite && std::filesystem::exists(std::filesystem::symlink_status(path, ignored))) {
      throw OutputExistsError(path);
    }
    // The writer draws every process for an empty list, as the request means.
    auto document = bpmn::write_bpmn_document(*request.workshop, request.process_ids,
                                              *request.library, {request.language});
    write_file_atomically(path, document.xml);
    return {{path}, std::move(document.warnings)};
  }
};

}  // namespace

std::unique_ptr<WorkshopExporter> make_bpmn_exporter() {
  return std::make_unique<BpmnExporter>();
}

}  // namespace blokjes
