#include "cards_exporter.h"

#include <filesystem>

#include "cards_html.h"
#include "core/atomic_file.h"
#include "exporters/print/chromium_print.h"

namespace blokjes {
namespace {

class CardsExporter : public WorkshopExporter {
 public:
  std::string_view name() const override { return "cards"; }
  WorkshopExportResult write(const WorkshopExportRequest& request, const std::string& path,
                             bool overwrite) const override {
    if (request.library == nullptr) throw ExportError("cards: no block library");
    std::error_code ignored;
    if (!overwrite && std::filesystem::exists(std::filesystem::symlink_status(path, ignored))) {
      throw OutputExistsError(path);
    }
    const auto pdf = pdf_from_html(cards_html(library_cards(*request.library, request.language),
                                              request.language));
    write_file_atomically(path, pdf);
    return {{path}, {}};
  }
};

}  // namespace

std::unique_ptr<WorkshopExporter> make_cards_exporter() {
  return std::make_unique<CardsExporter>();
}

}  // namespace blokjes
