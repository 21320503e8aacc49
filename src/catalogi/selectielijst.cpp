#include "selectielijst.h"

#include <algorithm>
#include <array>

#include "core/asset_paths.h"
#include "core/json_reader.h"
#include "core/json_text.h"
#include "core/load_error.h"

namespace blokjes {
namespace {

constexpr std::string_view kFormat = "blokjessessie-selectielijst";

SelectielijstProcestypeEntry decode_procestype(const JsonReader& reader) {
  return {reader.field("uuid").as_string(), reader.string_or("openzaakUuid", ""),
          reader.field("nummer").as_int(), reader.field("naam").as_string(),
          reader.string_or("procesobject", "")};
}

SelectielijstResultaat decode_resultaat(const JsonReader& reader) {
  SelectielijstResultaat resultaat;
  resultaat.uuid = reader.field("uuid").as_string();
  resultaat.procestype = reader.field("procestype").as_int();
  resultaat.volledig_nummer = reader.field("volledigNummer").as_string();
  resultaat.generiek = reader.bool_or("generiek", false);
  resultaat.naam = reader.field("naam").as_string();
  resultaat.omschrijving = reader.string_or("omschrijving", "");
  resultaat.waardering = reader.string_or("waardering", "");
  resultaat.procestermijn = reader.string_or("procestermijn", "");
  resultaat.bewaartermijn = reader.optional_string("bewaartermijn");
  return resultaat;
}

Selectielijst decode(const JsonReader& root) {
  if (root.field("format").as_string() != kFormat) {
    root.field("format").fail("expected \"" + std::string(kFormat) + "\"");
  }
  Selectielijst list;
  list.jaar = root.field("jaar").as_int();
  for (const auto& item : root.field("procestypen").as_array()) {
    list.procestypen.push_back(decode_procestype(item));
  }
  for (const auto& item : root.field("resultaten").as_array()) {
    list.resultaten.push_back(decode_resultaat(item));
  }
  for (const auto& item : root.field("resultaattypeomschrijvingen").as_array()) {
    list.resultaattypeomschrijvingen.push_back(
        {item.field("uuid").as_string(), item.field("omschrijving").as_string()});
  }
  return list;
}

// Generiek resultaat names per outcome. A procestype names its positive
// outcome first (x.1), so "Toegekend" falls back to that; a negative outcome
// is the one refusing or "Niet ..." anything; a withdrawn application is
// "Afgebroken" in every procestype.
bool is_negative_outcome(std::string_view naam) {
  constexpr std::array<std::string_view, 2> kNames = {"Afgewezen", "Geweigerd"};
  return naam.starts_with("Niet ") || std::find(kNames.begin(), kNames.end(), naam) != kNames.end();
}

}  // namespace

const SelectielijstProcestypeEntry* Selectielijst::find_procestype(int nummer) const {
  const auto found = std::find_if(procestypen.begin(), procestypen.end(),
                                  [nummer](const auto& entry) { return entry.nummer == nummer; });
  return found == procestypen.end() ? nullptr : &*found;
}

const SelectielijstProcestypeEntry* Selectielijst::find_procestype_by_uuid(
    std::string_view uuid) const {
  const auto found =
      std::find_if(procestypen.begin(), procestypen.end(), [uuid](const auto& entry) {
        return !uuid.empty() && (entry.uuid == uuid || entry.openzaak_uuid == uuid);
      });
  return found == procestypen.end() ? nullptr : &*found;
}

const SelectielijstResultaat* Selectielijst::find_resultaat_by_uuid(std::string_view uuid) const {
  const auto found = std::find_if(resultaten.begin(), resultaten.end(),
                                  [uuid](const auto& entry) { return entry.uuid == uuid; });
  return found == resultaten.end() ? nullptr : &*found;
}

const ResultaattypeOmschrijvingGeneriek* Selectielijst::find_omschrijving_by_uuid(
    std::string_view uuid) const {
  const auto found =
      std::find_if(resultaattypeomschrijvingen.begin(), resultaattypeomschrijvingen.end(),
                   [uuid](const auto& entry) { return entry.uuid == uuid; });
  return found == resultaattypeomschrijvingen.end() ? nullptr : &*found;
}

const SelectielijstResultaat* Selectielijst::find_resultaat(
    std::string_view volledig_nummer) const {
  const auto found = std::find_if(resultaten.begin(), resultaten.end(), [&](const auto& entry) {
    return entry.volledig_nummer == volledig_nummer;
  });
  return found == resultaten.end() ? nullptr : &*found;
}

const ResultaattypeOmschrijvingGeneriek* Selectielijst::find_omschrijving(
    std::string_view omschrijving) const {
  const auto found =
      std::find_if(resultaattypeomschrijvingen.begin(), resultaattypeomschrijvingen.end(),
                   [&](const auto& entry) { return entry.omschrijving == omschrijving; });
  return found == resultaattypeomschrijvingen.end() ? nullptr : &*found;
}

const SelectielijstResultaat* Selectielijst::generic_resultaat_for(
    int procestype, std::string_view omschrijving) const {
  std::vector<const SelectielijstResultaat*> generic;
  for (const auto& resultaat : resultaten) {
    if (resultaat.procestype == procestype && resultaat.generiek && !resultaat.waardering.empty())
      generic.push_back(&resultaat);
  }
  if (generic.empty()) return nullptr;
  const auto named = [&](auto predicate) -> const SelectielijstResultaat* {
    const auto found = std::find_if(generic.begin(), generic.end(),
                                    [&](const auto* entry) { return predicate(entry->naam); });
    return found == generic.end() ? nullptr : *found;
  };
  if (omschrijving == "Ingetrokken") {
    return named([](std::string_view naam) { return naam == "Afgebroken"; });
  }
  if (omschrijving == "Afgewezen") {
    if (const auto* negative = named(is_negative_outcome)) return negative;
  }
  return generic.front();
}

Selectielijst parse_selectielijst(const std::string& text, const std::string& name) {
  const auto document = parse_json_text(text, name);
  try {
    return decode(JsonReader(document, ""));
  } catch (const DecodeError& error) {
    throw LoadError(name, JsonSourceMap(text).locate(error.pointer()), error.pointer(),
                    error.message());
  }
}

Selectielijst load_selectielijst(const std::string& path) {
  return parse_selectielijst(read_text_file(path, JsonLimits{}.max_bytes), path);
}

std::string default_selectielijst_path() {
  return find_assets_directory() + "/selectielijst-2020.json";
}

}  // namespace blokjes
