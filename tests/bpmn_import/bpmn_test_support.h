#pragma once
// Shared by the BPMN import tests: fixture paths, the checks every imported
// workshop must pass, and an independent count of a model's elements (by
// namespace URI, with pugixml) to compare the import with.

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "catalogi/process_from_catalogus.h"
#include "core/workshop_validation.h"
#include "exporters/bpmn/bpmn_reader.h"
#include "test_support.h"

namespace blokjes::test {

inline std::string bpmn_fixture(const std::string& name) {
  return std::string(BLOKJES_BPMN_FIXTURES) + "/" + name;
}

inline ImportResult import_fixture(const std::string& name) {
  return bpmn::import_bpmn_file(bpmn_fixture(name), library());
}

// --- An independent reading of the model ------------------------------------

inline constexpr std::string_view kModel = "http://www.omg.org/spec/BPMN/20100524/MODEL";

inline std::string_view uri_of(pugi::xml_node node) {
  const std::string_view name = node.name();
  const auto colon = name.find(':');
  const std::string declaration =
      colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(name.substr(0, colon));
  for (auto n = node; n && n.type() == pugi::node_element; n = n.parent()) {
    if (auto a = n.attribute(declaration.c_str())) return a.value();
  }
  return {};
}

inline std::string_view local_of(pugi::xml_node node) {
  const std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

inline bool model_element(pugi::xml_node node, std::string_view local) {
  return node.type() == pugi::node_element && local_of(node) == local && uri_of(node) == kModel;
}

inline bool model_element_in(pugi::xml_node node, std::initializer_list<std::string_view> locals) {
  return std::any_of(locals.begin(), locals.end(),
                     [&](std::string_view local) { return model_element(node, local); });
}

// White space as one space, trimmed: how a name reads as a label.
inline std::string squeezed(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

inline const std::initializer_list<std::string_view> kActivityKinds = {
    "task",     "userTask",   "serviceTask", "manualTask",      "sendTask",       "receiveTask",
    "scriptTask", "businessRuleTask", "callActivity", "subProcess", "adHocSubProcess", "transaction"};

struct CountedProcess {
  std::vector<std::string> activity_labels;  // name, else id
  std::vector<std::string> boundary_events;  // name, else id
  std::size_t subprocesses = 0;
  bool has_condition = false;  // a conditionExpression on one of its own sequence flows
};

struct CountedModel {
  std::vector<CountedProcess> processes;  // those with at least one activity child
  std::size_t message_flows = 0;
  std::size_t data_objects = 0;  // data objects, stores and their references, anywhere
};

inline CountedModel count_model(const std::string& path) {
  pugi::xml_document document;
  REQUIRE(document.load_file(path.c_str()));
  CountedModel counted;
  // Every element, without recursion.
  std::vector<pugi::xml_node> stack{document.document_element()};
  while (!stack.empty()) {
    const auto node = stack.back();
    stack.pop_back();
    if (model_element(node, "messageFlow")) ++counted.message_flows;
    if (model_element_in(node, {"dataObject", "dataObjectReference", "dataStore", "dataStoreReference"})) {
      ++counted.data_objects;
    }
    for (auto child : node.children()) {
      if (child.type() == pugi::node_element) stack.push_back(child);
    }
  }
  for (auto process : document.document_element().children()) {
    if (!model_element(process, "process")) continue;
    CountedProcess p;
    for (auto child : process.children()) {
      const auto label = [&] {
        const std::string name = squeezed(child.attribute("name").value());
        return name.empty() ? std::string(child.attribute("id").value()) : name;
      };
      if (model_element_in(child, kActivityKinds)) p.activity_labels.push_back(label());
      if (model_element_in(child, {"subProcess", "adHocSubProcess", "transaction"})) ++p.subprocesses;
      if (model_element(child, "boundaryEvent")) p.boundary_events.push_back(label());
      if (model_element(child, "sequenceFlow")) {
        for (auto condition : child.children()) {
          if (model_element(condition, "conditionExpression")) p.has_condition = true;
        }
      }
    }
    if (!p.activity_labels.empty()) counted.processes.push_back(std::move(p));
  }
  return counted;
}

// --- What every imported workshop must be -----------------------------------

inline std::size_t warnings_containing(const ImportResult& result, const std::string& text) {
  return static_cast<std::size_t>(std::count_if(
      result.warnings.begin(), result.warnings.end(),
      [&](const std::string& warning) { return warning.find(text) != std::string::npos; }));
}

inline void check_sound(const ImportResult& result) {
  for (const auto& process : result.workshop.processes) {
    INFO("process " << process.id);
    std::set<std::string> blocks;
    for (const auto& block : process.blocks) {
      CHECK(blocks.insert(block.id).second);
      CHECK(result.workshop.find_department(block.lane) != nullptr);
    }
    std::set<std::string> flows;
    std::set<std::pair<std::string, std::string>> ends;
    for (const auto& flow : process.flows) {
      CHECK(flows.insert(flow.id).second);
      CHECK(blocks.contains(flow.from));
      CHECK(blocks.contains(flow.to));
      CHECK(flow.from != flow.to);
      CHECK(ends.insert({flow.from, flow.to}).second);  // one flow per pair of blocks
    }
    // Blocks 200 x 124 (picture/geometry.h) never overlap.
    for (std::size_t i = 0; i < process.blocks.size(); ++i) {
      for (std::size_t j = i + 1; j < process.blocks.size(); ++j) {
        const auto& a = process.blocks[i].position;
        const auto& b = process.blocks[j].position;
        INFO(process.blocks[i].id << " at " << a.x << "," << a.y << " and " << process.blocks[j].id
                                  << " at " << b.x << "," << b.y);
        CHECK((std::fabs(a.x - b.x) >= 200 || std::fabs(a.y - b.y) >= 124));
      }
    }
  }
  for (const auto& diagnostic : validate_workshop(result.workshop, library())) {
    INFO(diagnostic.pointer << ": " << diagnostic.message);
    CHECK(diagnostic.severity != Severity::error);
  }
}

inline const Process& only_process(const ImportResult& result) {
  REQUIRE(result.workshop.processes.size() == 1);
  return result.workshop.processes.front();
}

inline const Block& block_labelled(const Process& process, const std::string& label) {
  const auto found = std::find_if(process.blocks.begin(), process.blocks.end(),
                                  [&](const Block& block) { return block.label == label; });
  REQUIRE(found != process.blocks.end());
  return *found;
}

inline const Flow* flow_between(const Process& process, const std::string& from_label,
                                const std::string& to_label) {
  const auto& from = block_labelled(process, from_label);
  const auto& to = block_labelled(process, to_label);
  for (const auto& flow : process.flows) {
    if (flow.from == from.id && flow.to == to.id) return &flow;
  }
  return nullptr;
}

}  // namespace blokjes::test
