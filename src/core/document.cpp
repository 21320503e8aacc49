#include "document.h"

#include <stdexcept>

#include "workshop_file.h"

namespace blokjes {

void Document::save() {
  if (path_.empty()) throw std::runtime_error("the workshop has no file name yet; use Save as");
  save_workshop(workshop_, path_);
  history_.mark_clean();
}

void Document::save_as(const std::string& path) {
  save_workshop(workshop_, path);
  path_ = path;
  history_.mark_clean();
}

}  // namespace blokjes
