// The BPMN writer (exporters/bpmn/bpmn_writer.h), checked on its XML read
// back with pugixml: for every process of the demo workshop and for the edge
// cases of bpmn_edge_cases.h. The outside tools (XSD, bpmn-moddle,
// bpmn-engine, bpmnlint) run in check-bpmn-tools.sh.
//
// Sections: reading the XML back - structure checks (shared) - demo
// workshop - edge cases - errors and warnings.

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "bpmn_edge_cases.h"
#include "core/utf8_text.h"
#include "exporters/bpmn/bpmn_ids.h"
#include "exporters/bpmn/bpmn_vocabulary.h"
#include "exporters/bpmn/bpmn_writer.h"
#include "exporters/exporter.h"
#include "test_support.h"

namespace blokjes::bpmn {
namespace {

// Reading the XML back ------------------------------------------------------------

struct Parsed {
  pugi::xml_document document;
  std::map<std::string, pugi::xml_node> by_id;
  std::vector<std::string> duplicate_ids;
};

std::unique_ptr<Parsed> parse(const std::string& xml) {
  auto parsed = std::make_unique<Parsed>();
  const pugi::xml_parse_result result = parsed->document.load_string(xml.c_str());
  INFO(result.description() << " at byte " << result.offset);
  REQUIRE(result);
  for (pugi::xpath_node found : parsed->document.select_nodes("//*[@id]")) {
    const pugi::xml_node node = found.node();
    // blokjes:department carries the department's id, not an XML id.
    if (std::string(node.name()) == std::string("blokjes:") + std::string(kDepartmentElement)) continue;
    if (!parsed->by_id.emplace(node.attribute("id").value(), node).second) {
      parsed->duplicate_ids.push_back(node.attribute("id").value());
    }
  }
  return parsed;
}

std::vector<pugi::xml_node> all(const pugi::xml_node& root, const std::string& xpath) {
  std::vector<pugi::xml_node> nodes;
  for (pugi::xpath_node found : root.select_nodes(xpath.c_str())) nodes.push_back(found.node());
  return nodes;
}

std::vector<std::string> texts_of(const pugi::xml_node& node, const char* child_name) {
  std::vector<std::string> texts;
  for (pugi::xml_node child : node.children(child_name)) texts.emplace_back(child.text().get());
  return texts;
}

bool is_ncname(const std::string& id) {
  if (id.empty()) return false;
  const char first = id[0];
  if (!((first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z') || first == '_')) return false;
  for (char c : id) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '-' || c == '.';
    if (!ok) return false;
  }
  return true;
}

const char* const kFlowNodeXPath =
    "//bpmn:process/*[self::bpmn:userTask or self::bpmn:startEvent or self::bpmn:endEvent or "
    "self::bpmn:exclusiveGateway or self::bpmn:parallelGateway]";

// Structure checks (shared) --------------------------------------------------------

// What must hold for any document: unique NCName ids, every reference
// resolves, incoming/outgoing agree with the sequence flows, the diagram has
// a shape per node, pool and lane and an edge per flow.
void check_structure(const Parsed& parsed) {
  CHECK(parsed.duplicate_ids.empty());
  for (const auto& [id, node] : parsed.by_id) {
    INFO("id " << id);
    CHECK(is_ncname(id));
  }
  const pugi::xml_node root = parsed.document.document_element();
  CHECK(std::string(root.name()) == "bpmn:definitions");
  CHECK(std::string(root.attribute("xmlns:bpmn").value()) == kBpmnNamespace);
  CHECK(std::string(root.attribute("xmlns:blokjes").value()) == kBlokjesNamespace);

  // Every reference resolves.
  for (const char* attribute : {"sourceRef", "targetRef", "processRef", "bpmnElement", "default"}) {
    for (pugi::xpath_node found : root.select_nodes((std::string("//*[@") + attribute + "]").c_str())) {
      const std::string target = found.node().attribute(attribute).value();
      INFO(attribute << "=\"" << target << "\"");
      CHECK(parsed.by_id.count(target) == 1);
    }
  }
  for (const char* element : {"bpmn:incoming", "bpmn:outgoing", "bpmn:flowNodeRef"}) {
    for (pugi::xpath_node found : root.select_nodes((std::string("//") + element).c_str())) {
      INFO(element << " " << found.node().text().get());
      CHECK(parsed.by_id.count(found.node().text().get()) == 1);
    }
  }

  // incoming/outgoing agree with the sequence flows, both ways.
  const auto flows = all(root, "//bpmn:sequenceFlow");
  std::map<std::string, std::multiset<std::string>> expected_in, expected_out;
  for (const auto& flow : flows) {
    expected_out[flow.attribute("sourceRef").value()].insert(flow.attribute("id").value());
    expected_in[flow.attribute("targetRef").value()].insert(flow.attribute("id").value());
  }
  const auto nodes = all(root, kFlowNodeXPath);
  for (const auto& node : nodes) {
    const std::string id = node.attribute("id").value();
    INFO("flow node " << id);
    const auto in = texts_of(node, "bpmn:incoming");
    const auto out = texts_of(node, "bpmn:outgoing");
    CHECK(std::multiset<std::string>(in.begin(), in.end()) == expected_in[id]);
    CHECK(std::multiset<std::string>(out.begin(), out.end()) == expected_out[id]);
    // Every node is connected: starts have no incoming, ends no outgoing, all else both.
    const std::string kind = node.name();
    if (kind != "bpmn:startEvent") CHECK_FALSE(in.empty());
    if (kind != "bpmn:endEvent") CHECK_FALSE(out.empty());
    // An exclusive split names its default flow, and each other outgoing flow has a condition.
    if (kind == "bpmn:exclusiveGateway" && out.size() > 1) {
      const std::string default_flow = node.attribute("default").value();
      CHECK(std::find(out.begin(), out.end(), default_flow) != out.end());
      for (const auto& flow_id : out) {
        const bool has_condition = parsed.by_id.at(flow_id).child("bpmn:conditionExpression");
        CHECK(has_condition == (flow_id != default_flow));
      }
    }
    if (kind == "bpmn:exclusiveGateway") CHECK((in.size() == 1) != (out.size() == 1));
    if (kind == "bpmn:userTask") {
      CHECK(in.size() == 1);
      CHECK(out.size() == 1);
    }
  }

  // The diagram: a shape for every node, pool and lane; an edge for every flow.
  std::map<std::string, pugi::xml_node> shapes, edges;
  for (const auto& shape : all(root, "//bpmndi:BPMNShape")) {
    shapes[shape.attribute("bpmnElement").value()] = shape;
    CHECK(shape.child("dc:Bounds"));
    CHECK(shape.child("dc:Bounds").attribute("width").as_double() > 0);
  }
  for (const auto& edge : all(root, "//bpmndi:BPMNEdge")) edges[edge.attribute("bpmnElement").value()] = edge;
  for (const auto& node : nodes) CHECK(shapes.count(node.attribute("id").value()) == 1);
  for (const auto& lane : all(root, "//bpmn:lane")) CHECK(shapes.count(lane.attribute("id").value()) == 1);
  for (const auto& pool : all(root, "//bpmn:participant")) CHECK(shapes.count(pool.attribute("id").value()) == 1);
  for (const auto& flow : flows) {
    const std::string id = flow.attribute("id").value();
    INFO("edge of " << id);
    REQUIRE(edges.count(id) == 1);
    CHECK(std::distance(edges[id].children("di:waypoint").begin(), edges[id].children("di:waypoint").end()) >= 2);
  }
  CHECK(shapes.size() + edges.size() == all(root, "//bpmndi:BPMNPlane/*").size());
}

// The checks that tie a process to its document: one userTask per block with
// its label, lanes per department with the right tasks, the extensions.
void check_process(const Parsed& parsed, const Process& process) {
  INFO("process " << process.id);
  const pugi::xml_node root = parsed.document.document_element();
  pugi::xml_node process_xml;
  for (const auto& candidate : all(root, "//bpmn:process")) {
    const auto zaaktype = candidate.child("bpmn:extensionElements").child("blokjes:zaaktype");
    if (process.id == zaaktype.attribute(std::string(kAttrProcessId).c_str()).value()) process_xml = candidate;
  }
  REQUIRE(process_xml);
  const auto zaaktype = process_xml.child("bpmn:extensionElements").child("blokjes:zaaktype");
  CHECK(process.zaaktype.identificatie == zaaktype.attribute("identificatie").value());
  CHECK(process.zaaktype.omschrijving == zaaktype.attribute("omschrijving").value());
  CHECK(process.department == zaaktype.attribute("department").value());

  // One userTask per block, named after its label, carrying kind and variant.
  const auto tasks = all(process_xml, "bpmn:userTask");
  CHECK(tasks.size() == process.blocks.size());
  std::map<std::string, pugi::xml_node> task_by_block;
  for (const auto& task : tasks) {
    const auto block_xml = task.child("bpmn:extensionElements").child("blokjes:block");
    REQUIRE(block_xml);
    task_by_block[block_xml.attribute("blockId").value()] = task;
  }
  for (const Block& block : process.blocks) {
    INFO("block " << block.id);
    REQUIRE(task_by_block.count(block.id) == 1);
    const auto task = task_by_block[block.id];
    if (!block.label.empty()) CHECK(block.label == task.attribute("name").value());
    const auto block_xml = task.child("bpmn:extensionElements").child("blokjes:block");
    CHECK(block.kind == block_xml.attribute("kind").value());
    CHECK(block.variant == block_xml.attribute("variant").value());
    CHECK(block.label == block_xml.attribute("label").value());
    CHECK(block.lane == block_xml.attribute("department").value());
    CHECK(block.position.x == block_xml.attribute("x").as_double());
    CHECK(block.position.y == block_xml.attribute("y").as_double());
  }

  // Lanes: one per department the blocks use, each holding exactly its tasks.
  std::set<std::string> departments;
  for (const Block& block : process.blocks) departments.insert(block.lane);
  std::set<std::string> lane_departments;
  for (const auto& lane : all(process_xml, "bpmn:laneSet/bpmn:lane")) {
    const std::string department = lane.child("bpmn:extensionElements").child("blokjes:department").attribute("id").value();
    INFO("lane " << department);
    lane_departments.insert(department);
    CHECK_FALSE(std::string(lane.attribute("name").value()).empty());
    std::set<std::string> refs;
    for (const auto& ref : texts_of(lane, "bpmn:flowNodeRef")) refs.insert(ref);
    for (const Block& block : process.blocks) {
      const std::string task_id = task_by_block[block.id].attribute("id").value();
      CHECK(refs.count(task_id) == (block.lane == department ? 1u : 0u));
    }
  }
  CHECK(lane_departments == departments);

  // Each model flow is one sequence flow, marked with its id and kind.
  std::map<std::string, pugi::xml_node> flow_by_id;
  for (const auto& flow : all(process_xml, "bpmn:sequenceFlow")) {
    const auto ext = flow.child("bpmn:extensionElements").child("blokjes:flow");
    if (ext) {
      CHECK(flow_by_id.count(ext.attribute("flowId").value()) == 0);
      flow_by_id[ext.attribute("flowId").value()] = flow;
    }
  }
  CHECK(flow_by_id.size() == process.flows.size());
  for (const Flow& flow : process.flows) {
    INFO("flow " << flow.id);
    REQUIRE(flow_by_id.count(flow.id) == 1);
    const auto ext = flow_by_id[flow.id].child("bpmn:extensionElements").child("blokjes:flow");
    CHECK(to_string(flow.kind) == ext.attribute("kind").value());
    CHECK(flow.label == ext.attribute("label").value());
    if (!flow.label.empty()) CHECK(flow.label == flow_by_id[flow.id].attribute("name").value());
  }
}

// Demo workshop ----------------------------------------------------------------------

const Workshop& demo() {
  static const Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  return workshop;
}

TEST_CASE("every demo process exports with each block a task and consistent references") {
  REQUIRE(demo().processes.size() == 13);
  for (const Process& process : demo().processes) {
    const BpmnDocument document = write_bpmn_document(demo(), {process.id}, test::library());
    INFO("process " << process.id);
    CHECK(document.warnings.empty());
    const auto parsed = parse(document.xml);
    check_structure(*parsed);
    check_process(*parsed, process);
    // Exactly one start event, at least one end event, named.
    const auto starts = all(parsed->document, "//bpmn:startEvent");
    REQUIRE(starts.size() == 1);
    CHECK(std::string(starts[0].attribute("name").value()) == kStartEventName);
    for (const auto& end : all(parsed->document, "//bpmn:endEvent")) {
      CHECK(std::string(end.attribute("name").value()) == kEndEventName);
    }
    CHECK_FALSE(all(parsed->document, "//bpmn:endEvent").empty());
  }
}

TEST_CASE("all demo processes in one document: one pool each and no id twice") {
  const std::string xml = write_bpmn(demo(), {}, test::library());
  const auto parsed = parse(xml);
  check_structure(*parsed);
  CHECK(all(parsed->document, "//bpmn:participant").size() == demo().processes.size());
  CHECK(all(parsed->document, "//bpmn:process").size() == demo().processes.size());
  for (const Process& process : demo().processes) check_process(*parsed, process);
  // Pools stand one below the other, without overlapping.
  std::vector<std::pair<double, double>> pools;
  for (const auto& pool : all(parsed->document, "//bpmn:participant")) {
    const auto bounds = parsed->by_id.at(std::string(pool.attribute("id").value()) + "_di").child("dc:Bounds");
    pools.emplace_back(bounds.attribute("y").as_double(), bounds.attribute("y").as_double() + bounds.attribute("height").as_double());
  }
  for (std::size_t i = 1; i < pools.size(); ++i) CHECK(pools[i].first >= pools[i - 1].second);
}

TEST_CASE("a second export gives the same document with the same ids") {
  const std::string first = write_bpmn(demo(), {}, test::library());
  const std::string second = write_bpmn(demo(), {}, test::library());
  CHECK(first == second);
  // A process's ids do not depend on which other processes are exported with it.
  const std::string alone = write_bpmn(demo(), {"huwelijk"}, test::library());
  const auto all_parsed = parse(first);
  const auto alone_parsed = parse(alone);
  for (const auto& [id, node] : alone_parsed->by_id) {
    if (id.find("huwelijk") != std::string::npos) CHECK(all_parsed->by_id.count(id) == 1);
  }
}

TEST_CASE("task documentation carries the statustype the block sets, with its doorlooptijd") {
  const auto parsed = parse(write_bpmn(demo(), {"huwelijk"}, test::library()));
  const Process& process = *demo().find_process("huwelijk");
  for (const Block& block : process.blocks) {
    INFO("block " << block.id);
    ZaaktypeMapping defaults;
    if (const auto* variant = test::library().find_variant(block.kind, block.variant)) defaults = variant->mapping;
    const auto mapping = apply_overrides(defaults, block.overrides);
    const auto task = parsed->by_id.at(task_id(process.id, block.id));
    const std::string documentation = task.child("bpmn:documentation").text().get();
    if (mapping.statustype && !mapping.statustype->omschrijving.empty()) {
      CHECK(documentation.rfind("Statustype: " + mapping.statustype->omschrijving, 0) == 0);
      if (!mapping.statustype->doorlooptijd.empty()) {
        CHECK(documentation.find("(doorlooptijd " + mapping.statustype->doorlooptijd + ")") != std::string::npos);
      }
    } else {
      CHECK_FALSE(task.child("bpmn:documentation"));
    }
  }
  // The override of the demo's first block ("Melding ontvangen") wins over the variant's default.
  CHECK(std::string(parsed->by_id.at(task_id("huwelijk", "b1")).child("bpmn:documentation").text().get())
            .rfind("Statustype: Melding ontvangen", 0) == 0);
}

TEST_CASE("conditional flows leave an exclusive gateway, and a rework flow is never its default") {
  const Process& process = *demo().find_process("melding-achterstallig-woningonderhoud");
  const auto parsed = parse(write_bpmn(demo(), {process.id}, test::library()));
  // b7 has a rework flow back to b5 and a conditional one on: the default is the forward one.
  const auto split = parsed->by_id.at(split_gateway_id(process.id, "b7"));
  CHECK(std::string(split.attribute("default").value()) == flow_id(process.id, "f11"));
  CHECK(parsed->by_id.at(flow_id(process.id, "f10")).child("bpmn:conditionExpression"));
  CHECK(std::string(parsed->by_id.at(flow_id(process.id, "f10")).attribute("name").value()) ==
        "niet hersteld: dwangsom invorderen");
  // b5 is entered twice (from b4 and by the rework flow): a join before it.
  const auto join = parsed->by_id.at(join_gateway_id(process.id, "b5"));
  CHECK(texts_of(join, "bpmn:incoming").size() == 2);
  CHECK(std::string(join.attribute("gatewayDirection").value()) == "Converging");
}

TEST_CASE("a split's default never leads into a block whose only way on is a rework flow") {
  // parkeervergunning: b2 splits to b3 (conditional, then only rework back to
  // b2), b4 and b5. Taking b3 by default would loop; the default is b4 ("voldoet").
  const Process& process = *demo().find_process("parkeervergunning");
  const auto parsed = parse(write_bpmn(demo(), {process.id}, test::library()));
  const auto split = parsed->by_id.at(split_gateway_id(process.id, "b2"));
  CHECK(std::string(split.attribute("default").value()) == flow_id(process.id, "f4"));
  CHECK(parsed->by_id.at(flow_id(process.id, "f2")).child("bpmn:conditionExpression"));
  CHECK(parsed->by_id.at(flow_id(process.id, "f5")).child("bpmn:conditionExpression"));
  CHECK_FALSE(parsed->by_id.at(flow_id(process.id, "f4")).child("bpmn:conditionExpression"));
}

TEST_CASE("the diagram places tasks at the canvas positions, inside their lanes") {
  const Process& process = *demo().find_process("melding-achterstallig-woningonderhoud");
  const auto parsed = parse(write_bpmn(demo(), {process.id}, test::library()));
  std::map<std::string, pugi::xml_node> lane_bounds;
  for (const auto& lane : all(parsed->document, "//bpmn:lane")) {
    lane_bounds[lane.child("bpmn:extensionElements").child("blokjes:department").attribute("id").value()] =
        parsed->by_id.at(std::string(lane.attribute("id").value()) + "_di").child("dc:Bounds");
  }
  const auto pool = parsed->by_id.at(participant_id(process.id) + "_di").child("dc:Bounds");
  double previous_x = -1e9;
  for (const Block& block : process.blocks) {
    INFO("block " << block.id);
    const auto bounds = parsed->by_id.at(task_id(process.id, block.id) + "_di").child("dc:Bounds");
    const double x = bounds.attribute("x").as_double(), y = bounds.attribute("y").as_double();
    // Same order left to right as on the canvas (blocks are listed left to right here).
    CHECK(x > previous_x);
    previous_x = x;
    const auto lane = lane_bounds.at(block.lane);
    CHECK(y >= lane.attribute("y").as_double());
    CHECK(y + bounds.attribute("height").as_double() <=
          lane.attribute("y").as_double() + lane.attribute("height").as_double());
    CHECK(x >= pool.attribute("x").as_double());
    CHECK(x + bounds.attribute("width").as_double() <=
          pool.attribute("x").as_double() + pool.attribute("width").as_double());
  }
}

// Edge cases ---------------------------------------------------------------------------

const Workshop& edges() {
  static const Workshop workshop = test::bpmn_edge_case_workshop();
  return workshop;
}

TEST_CASE("edge-case processes pass the same structure checks") {
  for (const Process& process : edges().processes) {
    INFO("process " << process.id);
    const BpmnDocument document = write_bpmn_document(edges(), {process.id}, test::library());
    const auto parsed = parse(document.xml);
    check_structure(*parsed);
    if (process.id != "kapot proces/ü") check_process(*parsed, process);
  }
}

TEST_CASE("Unicode and XML's special characters survive in names and extensions") {
  const Process& process = *edges().find_process("unicode");
  const auto parsed = parse(write_bpmn(edges(), {process.id}, test::library()));
  for (const Block& block : process.blocks) {
    CHECK(block.label == parsed->by_id.at(task_id(process.id, block.id)).attribute("name").value());
  }
  CHECK(process.name == parsed->by_id.at(participant_id(process.id)).attribute("name").value());
  CHECK(std::string(parsed->by_id.at(flow_id(process.id, "f1")).attribute("name").value()) ==
        "volledig & <juist> 👍");
  const auto lane = parsed->by_id.at(lane_id(process.id, "cafe-ĳsselmonde"));
  CHECK(std::string(lane.attribute("name").value()) == "Café <ĳs> & \"zo\" 'n");
  CHECK(std::string(lane.child("bpmn:extensionElements").child("blokjes:department").attribute("directorate").value()) ==
        "Dienst én ëxtra");
  CHECK(std::string(parsed->by_id.at(process_id(process.id)).child("bpmn:extensionElements")
                        .child("blokjes:zaaktype").attribute("omschrijving").value()) == "Zaak met ë, ï, ĳ en 😀");
}

TEST_CASE("control characters and broken UTF-8 in a label still give well-formed XML") {
  Workshop workshop = edges();
  Process& process = *workshop.find_process("een-blok");
  process.blocks[0].label = std::string("bel\x01len \xff\xfe einde");
  const std::string xml = write_bpmn(workshop, {process.id}, test::library());
  CHECK(is_valid_utf8(xml));
  const auto parsed = parse(xml);
  CHECK(std::string(parsed->by_id.at(task_id(process.id, "b1")).attribute("name").value()) ==
        "bellen \xEF\xBF\xBD\xEF\xBF\xBD einde");
}

TEST_CASE("a 2000-character label is kept whole") {
  const Process& process = *edges().find_process("lang-label");
  const auto parsed = parse(write_bpmn(edges(), {process.id}, test::library()));
  const std::string name = parsed->by_id.at(task_id(process.id, "b1")).attribute("name").value();
  CHECK(utf8_length(name) == 2000);
  CHECK(name == process.blocks[0].label);
  CHECK(std::string(parsed->by_id.at(flow_id(process.id, "f1")).attribute("name").value()).size() == 2000);
}

TEST_CASE("a single block runs from the start event through its task to the end event") {
  const Process& process = *edges().find_process("een-blok");
  const auto parsed = parse(write_bpmn(edges(), {process.id}, test::library()));
  const auto task = parsed->by_id.at(task_id(process.id, "b1"));
  const auto in = parsed->by_id.at(texts_of(task, "bpmn:incoming").at(0));
  const auto out = parsed->by_id.at(texts_of(task, "bpmn:outgoing").at(0));
  CHECK(std::string(parsed->by_id.at(in.attribute("sourceRef").value()).name()) == "bpmn:startEvent");
  CHECK(std::string(parsed->by_id.at(out.attribute("targetRef").value()).name()) == "bpmn:endEvent");
  CHECK(all(parsed->document, "//bpmn:sequenceFlow").size() == 2);
  CHECK(all(parsed->document, "//bpmn:exclusiveGateway").empty());
}

TEST_CASE("an empty process is a start event straight to an end event, in a pool") {
  const Process& process = *edges().find_process("leeg");
  const auto parsed = parse(write_bpmn(edges(), {process.id}, test::library()));
  CHECK(all(parsed->document, "//bpmn:userTask").empty());
  const auto flows = all(parsed->document, "//bpmn:sequenceFlow");
  REQUIRE(flows.size() == 1);
  CHECK(std::string(parsed->by_id.at(flows[0].attribute("sourceRef").value()).name()) == "bpmn:startEvent");
  CHECK(std::string(parsed->by_id.at(flows[0].attribute("targetRef").value()).name()) == "bpmn:endEvent");
  CHECK(parsed->by_id.count(participant_id(process.id) + "_di") == 1);
}

TEST_CASE("a cycle without start or end block starts at the first block and ends after the last") {
  const Process& process = *edges().find_process("kringloop");
  const auto parsed = parse(write_bpmn(edges(), {process.id}, test::library()));
  const auto start_flow = parsed->by_id.at(texts_of(parsed->by_id.at(start_event_id(process.id)), "bpmn:outgoing").at(0));
  CHECK(std::string(start_flow.attribute("targetRef").value()) == join_gateway_id(process.id, "b1"));
  // b3 goes back to b1 (rework) or to the end: the end is the default.
  const auto split = parsed->by_id.at(split_gateway_id(process.id, "b3"));
  const auto default_flow = parsed->by_id.at(split.attribute("default").value());
  CHECK(std::string(default_flow.attribute("targetRef").value()) == end_event_id(process.id, "b3"));
}

TEST_CASE("two start blocks are forked in parallel after one start event") {
  const Process& process = *edges().find_process("twee-starts");
  const auto parsed = parse(write_bpmn(edges(), {process.id}, test::library()));
  CHECK(all(parsed->document, "//bpmn:startEvent").size() == 1);
  const auto fork = parsed->by_id.at(fork_gateway_id(process.id));
  CHECK(std::string(fork.name()) == "bpmn:parallelGateway");
  CHECK(texts_of(fork, "bpmn:outgoing").size() == 2);
  // The block without a label is named after its variant.
  CHECK_FALSE(std::string(parsed->by_id.at(task_id(process.id, "b2")).attribute("name").value()).empty());
}

TEST_CASE("names the writer falls back on follow the language option") {
  Workshop workshop = edges();
  Process& process = *workshop.find_process("een-blok");
  process.blocks[0].lane = "";
  process.blocks[0].label = "";
  const BlockVariant* variant = test::library().find_variant("intake", "digitaal");
  REQUIRE(variant != nullptr);
  for (Language language : {Language::dutch, Language::english}) {
    const auto parsed = parse(write_bpmn(workshop, {process.id}, test::library(), {language}));
    const std::string lane = all(parsed->document, "//bpmn:lane").at(0).attribute("name").value();
    CHECK(lane == (language == Language::english ? "(no department)" : "(geen afdeling)"));
    const std::string task = parsed->by_id.at(task_id(process.id, "b1")).attribute("name").value();
    CHECK(task.find(variant->name.in(language)) != std::string::npos);
  }
}

// Errors and warnings -----------------------------------------------------------------

TEST_CASE("flows BPMN cannot carry are left out with a warning each, and ids stay valid") {
  const Process& process = edges().processes.back();
  const BpmnDocument document = write_bpmn_document(edges(), {process.id}, test::library());
  const auto parsed = parse(document.xml);
  check_structure(*parsed);
  REQUIRE(document.warnings.size() == 4);
  CHECK(document.warnings[0].find("block \"b2\" appears twice") != std::string::npos);
  CHECK(document.warnings[1].find("\"nergens\"") != std::string::npos);
  CHECK(document.warnings[2].find("flow \"f1\" appears twice") != std::string::npos);
  CHECK(document.warnings[3].find("flow \"f3\" runs from \"b 1\" to \"b2\"") != std::string::npos);
  for (const auto& warning : document.warnings) CHECK(warning.rfind("process \"kapot proces/ü\": ", 0) == 0);
  CHECK(all(parsed->document, "//bpmn:userTask").size() == 2);
  CHECK(parsed->by_id.count("Task_kapot_proces____b_1") == 1);
}

TEST_CASE("an unknown process id is an ExportError naming it") {
  try {
    write_bpmn(demo(), {"huwelijk", "bestaat-niet"}, test::library());
    FAIL("expected an ExportError");
  } catch (const ExportError& error) {
    CHECK(std::string(error.what()).find("\"bestaat-niet\"") != std::string::npos);
  }
}

TEST_CASE("ids from slugs that are not NCNames are made valid and kept apart") {
  IdRegistry ids;
  CHECK(ids.claim(task_id("a b", "c")) == "Task_a_b_c");
  CHECK(ids.claim(task_id("a_b", "c")) == "Task_a_b_c_2");
  CHECK(ids.claim(task_id("a", "b_c")) == "Task_a_b_c_3");
  CHECK(ncname_part("ĳ-1.x") == "__-1.x");
}

}  // namespace
}  // namespace blokjes::bpmn
