#pragma once
// Which library block a statustype most likely is, for the import: a
// statustype names a step ("In behandeling", "Besluit genomen"), and the
// block library's kinds are generic. Kept apart from the mapping so the word
// table can grow without touching how objects are placed.

#include <string>
#include <vector>

#include "core/block_library.h"

namespace blokjes {

struct KindChoice {
  std::string kind;
  std::string variant;
};

// Scores each library variant for a statustype: its own default name is
// decisive, a suggestive Dutch word weighs next, and each document the step
// needs (lower-case omschrijvingen) that the variant also brings tips the
// balance between variants. Without a name pointing anywhere: behandelen.
KindChoice guess_block_kind(const std::string& omschrijving,
                            const std::vector<std::string>& documents, const BlockLibrary& library);

// Lower-case ASCII, as the word table and document names are compared.
std::string lower_ascii(std::string text);

}  // namespace blokjes
