#pragma once
// The Catalogi objects an imported process came from (Process::zgw_origin).
// Export starts each object from its original, so fields the model has no
// place for survive, and the object keeps its UUID.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "catalogi_objects.h"

namespace blokjes {

class ZgwOrigin {
 public:
  ZgwOrigin() = default;
  explicit ZgwOrigin(const std::string& compact_json);  // empty or malformed: no origin

  // The original of an object, matched by resource and key (omschrijving,
  // naam; a ZIOT by its informatieobjecttype's omschrijving).
  const CatalogiJson* find(Resource resource, std::string_view key) const;

 private:
  CatalogiJson document_;
};

// The member of an origin / zgw-json document that holds `resource`.
std::string_view origin_member(Resource resource);
// What identifies an object within its zaaktype (see ZgwOrigin::find).
std::string object_key(Resource resource, const CatalogiJson& data,
                       const CatalogiJson* informatieobjecttypen = nullptr);

// Copies the original's writable fields that `object` does not set, and its
// UUID. `original_wins` lists fields the model only guesses (a ZIOT's
// statustype, say): there the original's value is kept.
void merge_origin(CatalogiObject& object, const CatalogiJson& original, const std::string& base_url,
                  std::initializer_list<std::string_view> original_wins = {});

}  // namespace blokjes
