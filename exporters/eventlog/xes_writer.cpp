// The XES writer. IEEE 1849-2016 fixes the element order inside <log>:
// extensions, globals, classifiers, the log's own attributes, then traces.
//
// [SECTION] Extensions   the four standard ones, with their IEEE URIs
// [SECTION] Attributes   typed XES attributes
// [SECTION] Document     log, globals, classifiers, traces, events

#include "xes_writer.h"

#include <pugixml.hpp>
#include <sstream>

#include "core/atomic_file.h"
#include "event_order.h"

namespace blokjes::eventlog {
namespace {

// [SECTION] Extensions
struct XesExtension {
  const char* name;
  const char* prefix;
  const char* uri;
};

// The standard extensions the log uses, as the XES standard declares them.
constexpr XesExtension kExtensions[] = {
    {"Concept", "concept", "http://www.xes-standard.org/concept.xesext"},
    {"Time", "time", "http://www.xes-standard.org/time.xesext"},
    {"Lifecycle", "lifecycle", "http://www.xes-standard.org/lifecycle.xesext"},
    {"Organizational", "org", "http://www.xes-standard.org/org.xesext"},
};

// [SECTION] Attributes
void add_attribute(pugi::xml_node parent, const char* type, const char* key,
                   const std::string& value) {
  auto node = parent.append_child(type);
  node.append_attribute("key") = key;
  node.append_attribute("value") = value.c_str();
}

void add_string(pugi::xml_node parent, const char* key, const std::string& value) {
  add_attribute(parent, "string", key, value);
}

void add_boolean(pugi::xml_node parent, const char* key, bool value) {
  add_attribute(parent, "boolean", key, value ? "true" : "false");
}

// [SECTION] Document
pugi::xml_document xes_document(const std::vector<engine::EventLogEvent>& events) {
  pugi::xml_document document;
  auto declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";

  auto log = document.append_child("log");
  log.append_attribute("xes.version") = "1849-2016";
  log.append_attribute("xes.features") = "";
  log.append_attribute("xmlns") = "http://www.xes-standard.org/";
  for (const auto& extension : kExtensions) {
    auto node = log.append_child("extension");
    node.append_attribute("name") = extension.name;
    node.append_attribute("prefix") = extension.prefix;
    node.append_attribute("uri") = extension.uri;
  }

  // Globals: every trace and every event carries these keys; the values are
  // the defaults the standard asks for, never read for a real event.
  auto trace_globals = log.append_child("global");
  trace_globals.append_attribute("scope") = "trace";
  add_string(trace_globals, "concept:name", "__INVALID__");
  add_string(trace_globals, "zaaktype", "__INVALID__");
  auto event_globals = log.append_child("global");
  event_globals.append_attribute("scope") = "event";
  add_string(event_globals, "concept:name", "__INVALID__");
  add_attribute(event_globals, "date", "time:timestamp", "1970-01-01T00:00:00.000Z");
  add_string(event_globals, "lifecycle:transition", "complete");
  add_string(event_globals, "org:resource", "__INVALID__");
  add_string(event_globals, "zaaktype", "__INVALID__");
  add_boolean(event_globals, "deviation", false);

  auto activity = log.append_child("classifier");
  activity.append_attribute("name") = "Activity";
  activity.append_attribute("keys") = "concept:name";
  auto activity_transition = log.append_child("classifier");
  activity_transition.append_attribute("name") = "Activity and transition";
  activity_transition.append_attribute("keys") = "concept:name lifecycle:transition";

  add_string(log, "concept:name", "Blokjessessie zaken");
  add_string(log, "lifecycle:model", "standard");

  for (const auto& trace : traces_of(events)) {
    auto trace_node = log.append_child("trace");
    add_string(trace_node, "concept:name", trace.zaak);
    add_string(trace_node, "zaaktype", trace.zaaktype);
    for (const auto& event : trace.events) {
      auto event_node = trace_node.append_child("event");
      add_string(event_node, "concept:name", event.statustype);
      add_attribute(event_node, "date", "time:timestamp", event_timestamp(event.timestamp));
      add_string(event_node, "lifecycle:transition", "complete");
      add_string(event_node, "org:resource", event.resource);
      add_string(event_node, "zaaktype", event.zaaktype);
      add_boolean(event_node, "deviation", event.deviation);
    }
  }
  return document;
}

}  // namespace

std::string xes_text(const std::vector<engine::EventLogEvent>& events) {
  const auto document = xes_document(events);
  std::ostringstream text;
  // format_no_declaration is not set: the declaration node above is written.
  document.save(text, "  ", pugi::format_indent, pugi::encoding_utf8);
  return text.str();
}

void write_xes(const std::vector<engine::EventLogEvent>& events, const std::string& path) {
  write_file_atomically(path, xes_text(events));
}

}  // namespace blokjes::eventlog
