#pragma once
// The shape each Catalogi object must have before anything reads it: which
// fields the Catalogi API 1.3.1 `<Name>Request` schemas require, and the JSON
// type of every field the importer or the case engine reads. One table
// (kFieldShapes in catalogi_object_shape.cpp), checked once right after
// parsing, so the mapping and the engine only ever see well-typed objects.

#include <cstddef>
#include <span>
#include <string_view>

#include "catalogi_objects.h"
#include "core/json_reader.h"

namespace blokjes {

enum class FieldType {
  string,
  integer,  // a whole JSON number that fits an int; 1.5 and true are refused
  boolean,
  string_list,  // an array of strings
  url_list,     // an array of strings where an item may be null (the schema allows it)
  object,
  object_list,  // an array of objects
};

struct FieldShape {
  Resource resource;
  // The field, or "parent/member" for a member of a nested object (checked
  // only when the parent is present).
  std::string_view path;
  FieldType type;
  bool required;
  bool nullable;
  // For a string: the most characters the schema allows (its maxLength), 0
  // for no limit. Only where a longer value would travel on into ids and
  // file names: the zaaktype identificatie becomes the process id.
  std::size_t max_length = 0;
};

std::span<const FieldShape> field_shapes();
// "a string", "an integer", ... for messages.
std::string_view describe_field_type(FieldType type);

// Checks `object` (a JSON object of `resource`) against the table. `label`
// names it in a message ("statustype 3"). Throws DecodeError at the field's
// pointer: `statustype 3: field "volgnummer": expected an integer, found true`.
void check_object_shape(Resource resource, const JsonReader& object, std::string_view label);

}  // namespace blokjes
