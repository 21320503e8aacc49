#include "translations.h"

#include "core/json_reader.h"
#include "core/json_text.h"

namespace blokjes::app {
namespace {

std::unordered_map<std::string, std::string> load_table(const std::string& path) {
  const std::string text = read_text_file(path, JsonLimits{}.max_bytes);
  const auto document = parse_json_text(text, path);
  std::unordered_map<std::string, std::string> table;
  try {
    const JsonReader root(document, "");
    for (const auto& item : root.as_object().items()) {
      table[item.key()] = root.field(item.key()).as_string();
    }
  } catch (const DecodeError& error) {
    throw LoadError(path, JsonSourceMap(text).locate(error.pointer()), error.pointer(),
                    error.what());
  }
  return table;
}

}  // namespace

Translations Translations::load(const std::string& assets_directory) {
  Translations translations;
  translations.dutch_ = load_table(assets_directory + "/translations/nl.json");
  translations.english_ = load_table(assets_directory + "/translations/en.json");
  return translations;
}

const char* Translations::operator()(const std::string& key) const {
  const auto& table = language_ == Language::english ? english_ : dutch_;
  if (const auto found = table.find(key); found != table.end()) return found->second.c_str();
  if (const auto found = dutch_.find(key); found != dutch_.end()) return found->second.c_str();
  return key.c_str();
}

}  // namespace blokjes::app
