#pragma once
// Every user-visible string of the app comes from assets/translations/<lang>.json.
// A missing key shows the key itself, so gaps are visible instead of blank.

#include <string>
#include <unordered_map>

#include "core/localized_text.h"

namespace blokjes::app {

class Translations {
 public:
  // Throws LoadError when a file is missing or malformed.
  static Translations load(const std::string& assets_directory);

  void set_language(Language language) { language_ = language; }
  Language language() const { return language_; }
  const char* operator()(const std::string& key) const;

 private:
  Language language_ = Language::dutch;
  std::unordered_map<std::string, std::string> dutch_;
  std::unordered_map<std::string, std::string> english_;
};

}  // namespace blokjes::app
