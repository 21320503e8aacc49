#pragma once
// Text in the UI's two languages. Dutch is the source; English may be empty
// and then falls back to Dutch.

#include <string>

namespace blokjes {

enum class Language { dutch, english };

struct LocalizedText {
  std::string nl;
  std::string en;

  const std::string& in(Language language) const {
    return (language == Language::english && !en.empty()) ? en : nl;
  }
  bool operator==(const LocalizedText&) const = default;
};

}  // namespace blokjes
