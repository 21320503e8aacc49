#pragma once
// What the export dialog and the validation panel show: prepare_export's
// findings for a choice of processes and a profile. Validating all of a
// workshop takes milliseconds, too much for every frame, so the result is
// kept until the model, the processes or the profile change.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalogi/export_pipeline.h"
#include "catalogi/selectielijst.h"
#include "core/block_library.h"
#include "core/document.h"

namespace blokjes::app {

// The Selectielijst, loaded the first time a view needs it, so an app that
// never validates does not pay for it and a missing file is shown, not fatal.
class SelectielijstSource {
 public:
  explicit SelectielijstSource(std::string path = "") : path_(std::move(path)) {}
  // Null when it could not be loaded; error() says why.
  const Selectielijst* get();
  const std::string& error() const { return error_; }

 private:
  std::string path_;  // empty: default_selectielijst_path()
  std::optional<Selectielijst> loaded_;
  std::string error_;
  bool tried_ = false;
};

class ValidationCache {
 public:
  // The prepared export for `request`, run again only when something it
  // depends on changed; null when the Selectielijst is unavailable.
  const PreparedExport* get(const Document& document, const BlockLibrary& library,
                            SelectielijstSource& selectielijst, const ExportRequest& request);
  // Forget the result: another document was opened (its revisions start again).
  void invalidate() { prepared_.reset(); }

 private:
  std::optional<PreparedExport> prepared_;
  std::uint64_t revision_ = 0;
  std::vector<std::string> process_ids_;
  ValidationProfile profile_ = ValidationProfile::openzaak;
};

}  // namespace blokjes::app
