#include "bpmn_import_xml.h"

#include <cstring>
#include <optional>
#include <vector>

#include "bpmn_vocabulary.h"
#include "core/json_text.h"
#include "core/utf8_text.h"

// [SECTION] Encodings
// [SECTION] Parse errors with line, column and what was expected
// [SECTION] Names and namespaces
// [SECTION] Text

namespace blokjes::bpmn {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Encodings
// -----------------------------------------------------------------------------

bool starts_with_utf16_bom(std::string_view text) {
  return text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') ||
                              (text[0] == '\xFE' && text[1] == '\xFF'));
}

// Whether the XML declaration names ISO-8859-1 (several MIWG reference files
// do). pugixml would convert it too, but then its error offsets count in the
// converted text; converting here keeps one text that offsets refer to.
bool declares_latin1(std::string_view text) {
  if (text.substr(0, 5) != "<?xml") return false;
  const auto end = text.find("?>");
  if (end == std::string_view::npos) return false;
  std::string declaration(text.substr(0, end));
  for (auto& c : declaration) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto at = declaration.find("encoding");
  if (at == std::string::npos) return false;
  const auto value = declaration.substr(at);
  return value.find("iso-8859-1") != std::string::npos || value.find("latin1") != std::string::npos ||
         value.find("latin-1") != std::string::npos;
}

std::string latin1_to_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out += c;
    } else {
      out += static_cast<char>(0xC0 | (byte >> 6));
      out += static_cast<char>(0x80 | (byte & 0x3F));
    }
  }
  return out;
}

// -----------------------------------------------------------------------------
// [SECTION] Parse errors with line, column and what was expected
// -----------------------------------------------------------------------------

const char* expectation(pugi::xml_parse_status status) {
  switch (status) {
    case pugi::status_no_document_element:
      return "expected a root element such as <bpmn:definitions>";
    case pugi::status_unrecognized_tag:
      return "expected an element name, <!-- or <![CDATA[ after '<'";
    case pugi::status_bad_pi:
      return "expected a processing instruction ending with ?>";
    case pugi::status_bad_comment:
      return "expected a comment ending with -->";
    case pugi::status_bad_cdata:
      return "expected a CDATA section ending with ]]>";
    case pugi::status_bad_doctype:
      return "expected a document type declaration ending with >";
    case pugi::status_bad_pcdata:
      return "expected text";
    case pugi::status_bad_start_element:
      return "expected a start tag such as <name attribute=\"value\">";
    case pugi::status_bad_attribute:
      return "expected attributes written name=\"value\"";
    case pugi::status_bad_end_element:
      return "expected an end tag such as </name>";
    case pugi::status_end_element_mismatch:
      return "expected the end tag of the innermost open element";
    default:
      return "expected well-formed XML";
  }
}

struct OpenElement {
  std::string_view name;
  std::size_t offset = 0;
};

// The innermost element still open at `offset`: a small scan of the tags
// before it (comments, CDATA, processing instructions and declarations
// skipped, quotes respected), so a mismatch error can name what should have
// been closed. A flat stack, so any depth costs memory, never call stack.
std::optional<OpenElement> open_element_at(std::string_view text, std::size_t offset) {
  std::vector<OpenElement> open;
  std::size_t at = 0;
  const auto skip_past = [&](std::string_view end) {
    const auto found = text.find(end, at);
    at = found == std::string_view::npos ? offset : found + end.size();
  };
  while (at < offset) {
    at = text.find('<', at);
    if (at == std::string_view::npos || at >= offset) break;
    const auto rest = text.substr(at);
    if (rest.starts_with("<!--")) {
      skip_past("-->");
    } else if (rest.starts_with("<![CDATA[")) {
      skip_past("]]>");
    } else if (rest.starts_with("<?")) {
      skip_past("?>");
    } else if (rest.starts_with("<!")) {
      skip_past(">");
    } else if (rest.starts_with("</")) {
      if (!open.empty()) open.pop_back();
      skip_past(">");
    } else {
      const std::size_t start = at + 1;
      std::size_t end = start;
      while (end < text.size() && std::strchr(" \t\r\n/>", text[end]) == nullptr) ++end;
      char quote = 0;
      std::size_t close = end;
      for (; close < text.size(); ++close) {
        const char c = text[close];
        if (quote != 0) {
          if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>') {
          break;
        }
      }
      const bool self_closing = close < text.size() && close > start && text[close - 1] == '/';
      if (!self_closing) open.push_back({text.substr(start, end - start), at});
      at = close + 1;
    }
  }
  if (open.empty()) return std::nullopt;
  return open.back();
}

SourcePosition position_in(const std::string& text, std::size_t offset, bool columns_in_characters) {
  SourcePosition position = position_of_offset(text, std::min(offset, text.size()));
  if (columns_in_characters && position.column > 1) {
    // The column as the original ISO-8859-1 file counts it: one byte per character.
    const std::size_t line_start = offset - static_cast<std::size_t>(position.column - 1);
    position.column =
        static_cast<int>(utf8_length(std::string_view(text).substr(line_start, offset - line_start))) + 1;
  }
  return position;
}

// The text near an error, for the message: up to the end of the line, short.
std::string shown_near(const std::string& text, std::size_t offset) {
  if (offset >= text.size()) return "the end of the file";
  std::string_view near = std::string_view(text).substr(offset, 40);
  near = near.substr(0, near.find_first_of("\r\n"));
  if (near.empty()) return "the end of a line";
  return "\"" + clean_text(near) + "\"";
}

}  // namespace

void parse_xml(const std::string& raw, const std::string& file_name, XmlSource& source) {
  const bool utf16 = starts_with_utf16_bom(raw);
  const bool latin1 = !utf16 && declares_latin1(raw);
  source.file_name = file_name;
  source.text = latin1 ? latin1_to_utf8(raw) : raw;
  source.latin1 = latin1;
  source.utf16 = utf16;
  const std::string& parsed_text = source.text;
  auto& document = source.document;
  // parse_default keeps entities, attribute normalisation and end-of-line
  // handling; no DOCTYPE entities are ever expanded (pugixml has none).
  const auto result = document.load_buffer(parsed_text.data(), parsed_text.size(),
                                           pugi::parse_default,
                                           utf16 ? pugi::encoding_auto : pugi::encoding_utf8);
  if (result) return;
  auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(result.offset, 0));
  if (result.status == pugi::status_end_element_mismatch) {
    // pugixml stops inside the end tag's name, where it differs; the tag's
    // start is the place a reader looks for.
    if (const auto tag = parsed_text.rfind("</", offset); tag != std::string::npos) offset = tag;
  }
  // Offsets into a UTF-16 text count in pugixml's converted copy: no place given.
  const SourcePosition position = utf16 ? SourcePosition{} : position_in(parsed_text, offset, latin1);
  std::string message = std::string("malformed XML (") + result.description() + ")" +
                        (utf16 ? "" : " at " + shown_near(parsed_text, offset)) + "; " +
                        expectation(result.status);
  if (result.status == pugi::status_end_element_mismatch && !utf16) {
    if (const auto open = open_element_at(parsed_text, offset)) {
      const auto opened = position_in(parsed_text, open->offset, latin1);
      message += ": </" + clean_text(open->name) + "> for the <" + clean_text(open->name) +
                 "> opened at line " + std::to_string(opened.line) + ":" +
                 std::to_string(opened.column);
    }
  }
  throw LoadError(file_name, position, "", message);
}

// -----------------------------------------------------------------------------
// [SECTION] Names and namespaces
// -----------------------------------------------------------------------------

std::string_view local_name(pugi::xml_node node) {
  const std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view namespace_of(pugi::xml_node node) {
  const std::string_view name = node.name();
  const auto colon = name.find(':');
  const std::string attribute =
      colon == std::string_view::npos ? std::string("xmlns") : "xmlns:" + std::string(name.substr(0, colon));
  // Only elements read by the import are asked, and those sit at most
  // kMaxReadDepth below the root, so this walk is short.
  for (auto scope = node; scope && scope.type() == pugi::node_element; scope = scope.parent()) {
    if (const auto declared = scope.attribute(attribute.c_str())) return declared.value();
  }
  return {};
}

bool is_in(pugi::xml_node node, std::string_view namespace_uri, std::string_view local) {
  return node.type() == pugi::node_element && local_name(node) == local &&
         namespace_of(node) == namespace_uri;
}

bool is_bpmn(pugi::xml_node node, std::string_view local) {
  if (node.type() != pugi::node_element) return false;
  if (!local.empty() && local_name(node) != local) return false;
  return namespace_of(node) == kBpmnNamespace;
}

pugi::xml_node child_in(pugi::xml_node node, std::string_view namespace_uri, std::string_view local) {
  for (auto child : node.children()) {
    if (is_in(child, namespace_uri, local)) return child;
  }
  return {};
}

SourcePosition XmlSource::position_of(pugi::xml_node node) const {
  const auto name = node.offset_debug();  // where the element's name starts
  if (name <= 0 || utf16) return {};
  auto offset = static_cast<std::size_t>(name);
  if (offset <= text.size() && text[offset - 1] == '<') --offset;  // the tag's '<'
  return position_in(text, offset, latin1);
}

// -----------------------------------------------------------------------------
// [SECTION] Text
// -----------------------------------------------------------------------------

std::string clean_text(std::string_view text) {
  std::string valid;
  valid.reserve(text.size());
  while (!text.empty()) {
    const auto bad = first_invalid_utf8(text);
    if (!bad) {
      valid.append(text);
      break;
    }
    valid.append(text.substr(0, *bad));
    valid.append("\xEF\xBF\xBD");  // U+FFFD
    text.remove_prefix(*bad + 1);
  }
  std::string out;
  out.reserve(valid.size());
  bool space = false;
  for (const char c : valid) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace blokjes::bpmn
