#pragma once
// The zaaktype fields of a process, once: each field's Catalogi name (also
// its key in the workshop file and the suffix of its translation key), what
// kind of value it holds, where it lives in ZaaktypeFields, and how the
// workshop file writes it. The workshop loader and saver, the Catalogi
// builder and the import read this table (in the manner of Dear ImGui's
// GStyleVarInfo[]); the inspector can draw its fields from it.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "process.h"
#include "zaaktype_mapping.h"  // the enum lists, kIndicatieInternOfExtern among them

namespace blokjes {

enum class ZaaktypeFieldKind {
  text,               // std::string
  long_text,          // std::string that runs to several lines (doel, toelichting)
  duration,           // std::string: an ISO-8601 duration, always set
  optional_duration,  // std::optional<std::string>: an ISO-8601 duration or none
  boolean,            // bool
  enumeration,        // std::string: one of ZaaktypeField::values
  date,               // std::string: YYYY-MM-DD, empty falls back at export
  optional_date,      // std::optional<std::string>: YYYY-MM-DD or none
  text_list,          // std::vector<std::string>
  procestype,         // std::optional<SelectielijstProcestype>: a URL in the Catalogi API
  eigenschappen,      // std::vector<EigenschapMapping>: a Catalogi resource of its own
};

// When the workshop file writes a field. Fields added in version 2 are left
// out while unset, so that version 1 workshops keep their shape.
enum class FileWrite {
  always,    // null when an optional is unset
  when_set,  // left out when empty, unset or false
};

struct ZaaktypeField {
  std::string_view name;  // Catalogi name = workshop file key, e.g. "handelingInitiator"
  ZaaktypeFieldKind kind;
  // The inspector's label: "zaaktype.<name>", except where an older, shorter
  // key is kept ("zaaktype.opschorting").
  std::string_view label_key;
  FileWrite file_write = FileWrite::always;
  // The Catalogi API holds the text inside an object under this member
  // (referentieproces: {"naam": ...}); empty when the value is the field.
  std::string_view catalogi_member = {};
  std::span<const std::string_view> values = {};  // the enumeration's values

  // The member, by kind (exactly one is set, except for procestype and eigenschappen).
  std::string ZaaktypeFields::*text = nullptr;  // text, long_text, duration, enumeration, date
  std::optional<std::string> ZaaktypeFields::*optional_text = nullptr;  // optional_*
  bool ZaaktypeFields::*flag = nullptr;                                 // boolean
  std::vector<std::string> ZaaktypeFields::*list = nullptr;             // text_list
};

// Every field, in the order the workshop file writes them.
std::span<const ZaaktypeField> zaaktype_fields();
const ZaaktypeField* find_zaaktype_field(std::string_view name);  // null when unknown

}  // namespace blokjes
