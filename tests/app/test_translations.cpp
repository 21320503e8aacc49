// Every user-visible string comes from the translation tables: both
// languages have the same keys, and every key the app asks for exists.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "../test_support.h"
#include "app/translations.h"

using namespace blokjes;

namespace {

std::set<std::string> keys_of(const std::string& file) {
  std::ifstream in(test::source_path("assets/translations/" + file));
  const auto table = nlohmann::json::parse(in);
  std::set<std::string> keys;
  for (const auto& item : table.items()) keys.insert(item.key());
  return keys;
}

std::set<std::string> keys_used_by_the_app() {
  const std::regex use(
      R"#((?:tr_|text_field|duration_field|optional_duration_field)\("([a-zA-Z_.]+)")#");
  std::set<std::string> used;
  for (const auto& entry : std::filesystem::directory_iterator(test::source_path("src/app"))) {
    // Line by line: std::regex recurses per character and overflows on whole files.
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) {
      for (std::sregex_iterator it(line.begin(), line.end(), use), end; it != end; ++it) {
        used.insert((*it)[1]);
      }
    }
  }
  return used;
}

}  // namespace

TEST_CASE("Dutch and English have the same keys", "[translations]") {
  CHECK(keys_of("nl.json") == keys_of("en.json"));
}

TEST_CASE("every key the app uses is translated", "[translations]") {
  const auto dutch = keys_of("nl.json");
  const auto used = keys_used_by_the_app();
  CHECK(used.size() > 50);
  for (const auto& key : used) {
    INFO(key);
    CHECK(dutch.contains(key));
  }
}

TEST_CASE("the table switches language and shows missing keys as themselves", "[translations]") {
  app::Translations tr = app::Translations::load(test::source_path("assets"));
  CHECK(std::string(tr("menu.save")) == "Opslaan");
  tr.set_language(Language::english);
  CHECK(std::string(tr("menu.save")) == "Save");
  const std::string missing = "no.such.key";
  CHECK(std::string(tr(missing)) == missing);
}
