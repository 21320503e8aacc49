#include "view_texts.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "exporters/export_error.h"

namespace blokjes {

ViewTexts::ViewTexts(const std::string& assets_directory, Language language) {
  const auto file = assets_directory + "/translations/" +
                    (language == Language::english ? "en" : "nl") + ".json";
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ExportError(file + ": cannot read the UI's words");
  std::ostringstream text;
  text << in.rdbuf();
  const auto words = nlohmann::json::parse(text.str(), nullptr, false);
  if (!words.is_object()) throw ExportError(file + ": expected a JSON object of words");
  for (const auto& [key, value] : words.items()) {
    if (value.is_string()) words_[key] = value.get<std::string>();
  }
}

std::string ViewTexts::operator()(std::string_view key) const {
  const auto found = words_.find(key);
  return found != words_.end() ? found->second : std::string(key);
}

}  // namespace blokjes
