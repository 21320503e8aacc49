#include "validation_cache.h"

namespace blokjes::app {

const Selectielijst* SelectielijstSource::get() {
  if (!tried_) {
    tried_ = true;
    try {
      loaded_ = load_selectielijst(path_.empty() ? default_selectielijst_path() : path_);
    } catch (const std::exception& error) {
      error_ = error.what();
    }
  }
  return loaded_ ? &*loaded_ : nullptr;
}

const PreparedExport* ValidationCache::get(const Document& document, const BlockLibrary& library,
                                           SelectielijstSource& selectielijst,
                                           const ExportRequest& request) {
  const bool current = prepared_ && revision_ == document.revision() &&
                       process_ids_ == request.process_ids && profile_ == request.profile;
  if (current) return &*prepared_;
  const Selectielijst* list = selectielijst.get();
  if (list == nullptr) return nullptr;
  prepared_ = prepare_export(document.workshop(), library, *list, request);
  revision_ = document.revision();
  process_ids_ = request.process_ids;
  profile_ = request.profile;
  return &*prepared_;
}

}  // namespace blokjes::app
