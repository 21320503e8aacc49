#pragma once
// The XML side of the BPMN import: parsing with errors at line:col, elements
// recognised by namespace URI (files say `bpmn:`, `bpmn2:`, `semantic:` or
// nothing), and text from names made fit for a label.

#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "core/load_error.h"

namespace blokjes::bpmn {

// How deep below <definitions> the import looks. BPMN models nest a few
// subprocesses; a document nested deeper is read down to here, so no walk
// costs more than this per element (the 10 MB nested-element case).
inline constexpr int kMaxReadDepth = 64;

// A parsed document and the text its offsets refer to.
struct XmlSource {
  pugi::xml_document document;
  std::string file_name;
  std::string text;     // UTF-8: the input, or its conversion from ISO-8859-1
  bool latin1 = false;  // columns then count characters, as the original's bytes
  bool utf16 = false;   // offsets count in pugixml's own conversion: no place known

  // Where the element starts, when pugixml kept its offset.
  SourcePosition position_of(pugi::xml_node node) const;
};

// Parses `text` (UTF-8, UTF-16 with a BOM, or ISO-8859-1 when the declaration
// says so) into `source`. Throws LoadError at the line and column of the
// first problem, saying what was expected there.
void parse_xml(const std::string& text, const std::string& file_name, XmlSource& source);

// The element's name without its prefix.
std::string_view local_name(pugi::xml_node node);
// The namespace URI of the element's prefix (or of the default namespace),
// looked up on the element and its ancestors; empty when undeclared.
std::string_view namespace_of(pugi::xml_node node);
// An element of the BPMN 2.0 model namespace, with this local name when given.
bool is_bpmn(pugi::xml_node node, std::string_view local = {});
bool is_in(pugi::xml_node node, std::string_view namespace_uri, std::string_view local);
// The first child element in `namespace_uri` named `local`.
pugi::xml_node child_in(pugi::xml_node node, std::string_view namespace_uri, std::string_view local);

// A name made fit for a label: valid UTF-8 (a bad byte becomes U+FFFD),
// control characters and runs of white space one space, trimmed.
std::string clean_text(std::string_view text);

}  // namespace blokjes::bpmn
