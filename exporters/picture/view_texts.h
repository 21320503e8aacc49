#pragma once
// The UI's words for pictures of views (the compare view's headline and
// legend, the matrix's title), read from assets/translations/<nl|en>.json as
// the app shows them, so an exported picture says what the screen says.

#include <map>
#include <string>
#include <string_view>

#include "core/localized_text.h"

namespace blokjes {

class ViewTexts {
 public:
  // Throws ExportError naming the file when it cannot be read.
  ViewTexts(const std::string& assets_directory, Language language);
  // The text for `key`; the key itself when the file lacks it.
  std::string operator()(std::string_view key) const;

 private:
  std::map<std::string, std::string, std::less<>> words_;
};

}  // namespace blokjes
