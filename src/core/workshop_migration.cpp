#include "workshop_migration.h"

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "workshop_file.h"

namespace blokjes {
namespace {

// Version 2 added optional fields only (catalogus, the zaaktype's export
// fields, resultaattype archiving parameters, informatieobjectcategorie,
// zgwOrigin), so a version 1 document is already a valid version 2 one.
void migrate_1_to_2(nlohmann::json& /*document*/) {}

// Version 3 added the workshop's flow (rounds, votes, parking lot, running
// order, inventory, sticky-note and block provenance), all optional, and one
// required field: a participant's id, which blocks and votes refer to. Older
// participants get "p1", "p2", ... by their place in the list; an id a file
// already holds is kept, and a generated one never repeats it.
void migrate_2_to_3(nlohmann::json& document) {
  const auto participants = document.find("participants");
  if (participants == document.end() || !participants->is_array()) return;  // decoding reports it
  std::set<std::string> taken;
  for (const auto& participant : *participants) {
    const auto id = participant.is_object() ? participant.find("id") : participant.end();
    if (participant.is_object() && id != participant.end() && id->is_string()) {
      taken.insert(id->get<std::string>());
    }
  }
  int next = 1;
  for (auto& participant : *participants) {
    if (!participant.is_object() || participant.contains("id")) continue;
    std::string id;
    do {
      id = "p" + std::to_string(next++);
    } while (taken.contains(id));
    taken.insert(id);
    participant["id"] = id;
  }
}

// migrations[n] turns a version n+1 document into version n+2.
const std::vector<std::function<void(nlohmann::json&)>>& migrations() {
  static const std::vector<std::function<void(nlohmann::json&)>> steps = {migrate_1_to_2,
                                                                            migrate_2_to_3};
  return steps;
}

}  // namespace

void migrate_workshop_document(nlohmann::json& document) {
  const JsonReader root(document, "");
  const auto format = root.field("format");
  if (format.as_string() != kWorkshopFormat) {
    format.fail(std::string("expected \"") + kWorkshopFormat + "\"; this is not a workshop file");
  }
  const auto version_field = root.field("version");
  const int version = version_field.as_int();
  if (version > kWorkshopFormatVersion) {
    version_field.fail("version " + std::to_string(version) +
                       " was written by a newer Blokjessessie; this one reads up to version " +
                       std::to_string(kWorkshopFormatVersion));
  }
  if (version < 1) version_field.fail("expected a version of at least 1");
  static_assert(kWorkshopFormatVersion >= 1);
  for (int from = version; from < kWorkshopFormatVersion; ++from) {
    migrations().at(static_cast<std::size_t>(from - 1))(document);
    document["version"] = from + 1;
  }
}

}  // namespace blokjes
