#pragma once
// The generic blocks a department builds its process from, with their variants
// and each variant's default zaaktype mapping. Loaded from assets/blocks.json.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "localized_text.h"
#include "zaaktype_mapping.h"

namespace blokjes {

// What the citizen has to do while a block runs, for the citizen's view
// (docs/citizen.md). Data in the asset ("citizenAction"), not a rule in code,
// so a municipality's library can say that its intake happens at the desk.
enum class CitizenAction { none, supply_information, pay, attend, collect };

// The asset's spelling: "none", "supplyInformation", "pay", "attend", "collect".
std::string_view to_string(CitizenAction action);
std::optional<CitizenAction> citizen_action_from_string(std::string_view text);

struct BlockVariant {
  std::string id;
  LocalizedText name;
  LocalizedText description;
  ZaaktypeMapping mapping;
  std::optional<CitizenAction> citizen_action;  // unset: the kind's
};

struct BlockKind {
  std::string id;
  bool generic = false;  // one of the five blocks every process is made of
  std::string colour;    // "#RRGGBB"
  LocalizedText name;
  LocalizedText description;
  std::vector<BlockVariant> variants;
  CitizenAction citizen_action = CitizenAction::none;  // for variants that do not say

  const BlockVariant* find_variant(std::string_view variant_id) const;
};

class BlockLibrary {
 public:
  BlockLibrary() = default;
  explicit BlockLibrary(std::vector<BlockKind> kinds) : kinds_(std::move(kinds)) {}

  const std::vector<BlockKind>& kinds() const { return kinds_; }
  const BlockKind* find_kind(std::string_view kind_id) const;
  const BlockVariant* find_variant(std::string_view kind_id, std::string_view variant_id) const;
  // The generic kinds in library order: the template every process is compared with.
  std::vector<const BlockKind*> generic_kinds() const;
  // The variant's citizen action, else its kind's; none for unknown blocks.
  CitizenAction citizen_action(std::string_view kind_id, std::string_view variant_id) const;

 private:
  std::vector<BlockKind> kinds_;
};

// Throws LoadError naming the file, line and column of any problem.
BlockLibrary load_block_library(const std::string& path);
BlockLibrary parse_block_library(const std::string& text, const std::string& name);

}  // namespace blokjes
