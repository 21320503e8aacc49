// The ZAC BPMN export (exporters/zac/zac_bpmn.h), its XML read back with
// pugixml: ZAC's shape (status service tasks through UpdateZaakJavaDelegate,
// user tasks for the zaak's group with a form key, ZK_Result before the
// end), the routes, the diagram, stable ids and the errors, for every demo
// process and the BPMN edge cases (tests/bpmn/bpmn_edge_cases.h). The
// outside tools run in check-zac-bpmn-tools.sh.
//
// Sections: reading the XML back - the ZAC shape (shared) - demo and edge
// cases - options - the form key table - errors.

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "bpmn/bpmn_edge_cases.h"
#include "exporters/export_error.h"
#include "exporters/zac/zac_bpmn.h"
#include "test_support.h"
#include "zac_bpmn_cases.h"

namespace blokjes::zac {
namespace {

// Reading the XML back ---------------------------------------------------------------

struct Parsed {
  pugi::xml_document document;
  pugi::xml_node process;
  std::map<std::string, pugi::xml_node> by_id;  // flow elements and diagram elements
  std::vector<std::string> duplicate_ids;
};

std::unique_ptr<Parsed> parse(const std::string& xml) {
  auto parsed = std::make_unique<Parsed>();
  const pugi::xml_parse_result result = parsed->document.load_string(xml.c_str());
  INFO(result.description() << " at byte " << result.offset);
  REQUIRE(result);
  for (pugi::xpath_node found : parsed->document.select_nodes("//*[@id]")) {
    const pugi::xml_node node = found.node();
    if (!parsed->by_id.emplace(node.attribute("id").value(), node).second) {
      parsed->duplicate_ids.push_back(node.attribute("id").value());
    }
  }
  parsed->process = parsed->document.child("bpmn:definitions").child("bpmn:process");
  return parsed;
}

std::vector<pugi::xml_node> children(pugi::xml_node parent, const char* name) {
  std::vector<pugi::xml_node> found;
  for (pugi::xml_node node : parent.children(name)) found.push_back(node);
  return found;
}

// The text of <flowable:field name="NAME"><flowable:KIND>...</...> of a
// service task, and the KIND ("string" or "expression"); empty when absent.
std::pair<std::string, std::string> field_of(pugi::xml_node task, const std::string& name) {
  for (pugi::xml_node field : task.child("bpmn:extensionElements").children("flowable:field")) {
    if (name != field.attribute("name").value()) continue;
    pugi::xml_node value = field.first_child();
    std::string kind = value.name();
    if (kind.rfind("flowable:", 0) == 0) kind = kind.substr(9);
    return {kind, value.text().get()};
  }
  return {};
}

std::vector<pugi::xml_node> flows_into(const Parsed& parsed, const std::string& id) {
  std::vector<pugi::xml_node> flows;
  for (pugi::xml_node flow : parsed.process.children("bpmn:sequenceFlow")) {
    if (id == flow.attribute("targetRef").value()) flows.push_back(flow);
  }
  return flows;
}

std::vector<pugi::xml_node> flows_out_of(const Parsed& parsed, const std::string& id) {
  std::vector<pugi::xml_node> flows;
  for (pugi::xml_node flow : parsed.process.children("bpmn:sequenceFlow")) {
    if (id == flow.attribute("sourceRef").value()) flows.push_back(flow);
  }
  return flows;
}

bool is_delegate_task(pugi::xml_node task) {
  return std::string(kUpdateZaakDelegate) == task.attribute("flowable:class").value();
}

// The ZAC shape (shared) ---------------------------------------------------------------

// Every check of one export; `process` and `options` are what it was made of.
void check_zac_shape(const Process& process, const ZacBpmnOptions& options, const std::string& xml) {
  INFO("process " << process.id);
  const auto parsed = parse(xml);
  CHECK(parsed->duplicate_ids.empty());
  pugi::xml_node definitions = parsed->document.child("bpmn:definitions");
  CHECK(std::string(definitions.attribute("xmlns:flowable").value()) == std::string(kFlowableNamespace));
  REQUIRE(children(definitions, "bpmn:process").size() == 1);
  CHECK(std::string(parsed->process.attribute("isExecutable").value()) == "true");
  CHECK(children(definitions, "bpmn:collaboration").empty());

  // One user task per block (the writer leaves out a second block with the
  // same id), each for the zaak's group, with its kind's form key.
  std::set<std::string> block_ids;
  std::map<std::string, const Block*> blocks;
  for (const Block& block : process.blocks) blocks.emplace(block.id, &block);
  const auto user_tasks = children(parsed->process, "bpmn:userTask");
  CHECK(user_tasks.size() == blocks.size());
  for (pugi::xml_node task : user_tasks) {
    const std::string block_id = task.child("bpmn:extensionElements").child("blokjes:block").attribute("blockId").value();
    INFO("user task " << task.attribute("id").value() << " of block " << block_id);
    REQUIRE(blocks.count(block_id) == 1);
    block_ids.insert(block_id);
    CHECK(std::string(task.attribute("flowable:candidateGroups").value()) == "${zaakGroep}");
    const std::string form_key = task.attribute("flowable:formKey").value();
    CHECK_FALSE(form_key.empty());
    CHECK(form_key == std::string(form_key_for(blocks.at(block_id)->kind)));
    CHECK_FALSE(std::string(task.attribute("name").value()).empty());
  }
  CHECK(block_ids.size() == blocks.size());

  // Service tasks: status tasks before their block's user task, then the
  // resultaat and the eindstatus.
  std::size_t status_tasks = 0;
  std::vector<pugi::xml_node> result_tasks;
  std::vector<pugi::xml_node> close_tasks;
  for (pugi::xml_node task : parsed->process.children("bpmn:serviceTask")) {
    INFO("service task " << task.attribute("id").value());
    if (std::string(task.attribute("flowable:resultVariable").value()) == std::string(kResultVariable)) {
      result_tasks.push_back(task);
      continue;
    }
    REQUIRE(is_delegate_task(task));
    const auto [kind, status] = field_of(task, std::string(kStatustypeField));
    CHECK(kind == "string");
    CHECK(is_zac_statustype(status));
    if (status == kZacEindstatus) {
      close_tasks.push_back(task);
      continue;
    }
    ++status_tasks;
    const auto out = flows_out_of(*parsed, task.attribute("id").value());
    REQUIRE(out.size() == 1);
    pugi::xml_node next = parsed->by_id.at(out.front().attribute("targetRef").value());
    REQUIRE(std::string(next.name()) == "bpmn:userTask");
    const std::string block_id = next.child("bpmn:extensionElements").child("blokjes:block").attribute("blockId").value();
    CHECK(options.status_by_block.at(block_id) == status);
  }
  std::size_t expected_status_tasks = 0;
  for (const auto& [id, block] : blocks) {
    const auto found = options.status_by_block.find(id);
    if (found != options.status_by_block.end() && found->second != kZacEindstatus) ++expected_status_tasks;
  }
  CHECK(status_tasks == expected_status_tasks);

  // The end: one end event, reached only from the eindstatus task, which
  // takes its resultaat from ZK_Result, which the task before it sets.
  const auto end_events = children(parsed->process, "bpmn:endEvent");
  REQUIRE(end_events.size() == 1);
  REQUIRE(close_tasks.size() == 1);
  REQUIRE(result_tasks.size() == 1);
  const auto into_end = flows_into(*parsed, end_events.front().attribute("id").value());
  REQUIRE(into_end.size() == 1);
  CHECK(std::string(into_end.front().attribute("sourceRef").value()) == close_tasks.front().attribute("id").value());
  CHECK(field_of(close_tasks.front(), std::string(kResultaattypeField)) ==
        std::pair<std::string, std::string>("expression", "${ZK_Result}"));
  const auto into_close = flows_into(*parsed, close_tasks.front().attribute("id").value());
  REQUIRE(into_close.size() == 1);
  CHECK(std::string(into_close.front().attribute("sourceRef").value()) == result_tasks.front().attribute("id").value());
  const std::string expression = result_tasks.front().attribute("flowable:expression").value();
  CHECK(expression.rfind("${var:getOrDefault(ZK_Result, '", 0) == 0);
  CHECK(children(parsed->process, "bpmn:startEvent").size() == 1);

  // Splits: a default, and a condition on one process variable per split
  // on every other flow.
  for (pugi::xml_node gateway : parsed->process.children("bpmn:exclusiveGateway")) {
    const auto out = flows_out_of(*parsed, gateway.attribute("id").value());
    if (out.size() < 2) continue;
    INFO("split " << gateway.attribute("id").value());
    const std::string default_flow = gateway.attribute("default").value();
    REQUIRE_FALSE(default_flow.empty());
    std::set<std::string> variables;
    for (pugi::xml_node flow : out) {
      const std::string condition = flow.child("bpmn:conditionExpression").text().get();
      if (default_flow == flow.attribute("id").value()) {
        CHECK(condition.empty());
        continue;
      }
      CHECK(condition.rfind("${var:equals(keuze_", 0) == 0);
      pugi::xml_node model_flow = flow.child("bpmn:extensionElements").child("blokjes:flow");
      if (model_flow) {
        CHECK(condition.find(", '" + std::string(model_flow.attribute("flowId").value()) + "')}") != std::string::npos);
      } else {
        // Several start blocks: which one, by keuze_start.
        CHECK(condition.rfind("${var:equals(keuze_start, '", 0) == 0);
      }
      variables.insert(condition.substr(0, condition.find(',')));
      CHECK_FALSE(std::string(flow.attribute("name").value()).empty());
    }
    CHECK(variables.size() == 1);
  }

  // The diagram: a shape for every flow node, an edge for every flow.
  pugi::xml_node plane = definitions.child("bpmndi:BPMNDiagram").child("bpmndi:BPMNPlane");
  CHECK(std::string(plane.attribute("bpmnElement").value()) == parsed->process.attribute("id").value());
  std::map<std::string, int> shapes;
  struct Box {
    std::string id;
    double x, y, width, height;
  };
  std::vector<Box> boxes;
  for (pugi::xml_node shape : plane.children("bpmndi:BPMNShape")) {
    ++shapes[shape.attribute("bpmnElement").value()];
    pugi::xml_node bounds = shape.child("dc:Bounds");
    boxes.push_back({shape.attribute("bpmnElement").value(), bounds.attribute("x").as_double(),
                     bounds.attribute("y").as_double(), bounds.attribute("width").as_double(),
                     bounds.attribute("height").as_double()});
    CHECK(boxes.back().width > 0);
    CHECK(boxes.back().height > 0);
  }
  // No shape on top of another: the file opens in a modeller legibly.
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    for (std::size_t k = i + 1; k < boxes.size(); ++k) {
      const Box& a = boxes[i];
      const Box& b = boxes[k];
      const bool overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      INFO(a.id << " and " << b.id);
      CHECK_FALSE(overlap);
    }
  }
  std::map<std::string, int> edges;
  for (pugi::xml_node edge : plane.children("bpmndi:BPMNEdge")) {
    ++edges[edge.attribute("bpmnElement").value()];
    CHECK(children(edge, "di:waypoint").size() >= 2);
  }
  std::size_t flow_nodes = 0;
  for (pugi::xml_node node : parsed->process.children()) {
    const std::string name = node.name();
    if (name == "bpmn:documentation" || name == "bpmn:extensionElements") continue;
    const std::string id = node.attribute("id").value();
    INFO(name << " " << id);
    if (name == "bpmn:sequenceFlow") {
      CHECK(edges[id] == 1);
    } else {
      ++flow_nodes;
      CHECK(shapes[id] == 1);
    }
  }
  CHECK(shapes.size() == flow_nodes);
}

// Demo and edge cases ----------------------------------------------------------------------

TEST_CASE("every demo process exports in ZAC's shape", "[zac_bpmn]") {
  const Workshop demo = load_workshop(test::demo_workshop_path()).workshop;
  REQUIRE(demo.processes.size() >= 10);
  for (const Process& process : demo.processes) {
    const ZacBpmnOptions options = test::zac_options_for(process);
    check_zac_shape(process, options, zac_bpmn_xml(process, test::library(), options));
  }
}

TEST_CASE("the BPMN edge cases export in ZAC's shape", "[zac_bpmn]") {
  const Workshop edges = test::bpmn_edge_case_workshop();
  for (const Process& process : edges.processes) {
    const ZacBpmnOptions options = test::zac_options_for(process);
    check_zac_shape(process, options, zac_bpmn_xml(process, test::library(), options));
  }
}

TEST_CASE("the process key is the zaaktype identificatie as an NCName", "[zac_bpmn]") {
  const Workshop edges = test::bpmn_edge_case_workshop();
  const Process& unicode = edges.processes.front();
  REQUIRE(unicode.zaaktype.identificatie == "UNI-é-001");
  auto parsed = parse(zac_bpmn_xml(unicode, test::library(), test::zac_options_for(unicode)));
  CHECK(std::string(parsed->process.attribute("id").value()) == "UNI-__-001");

  Process numbered = unicode;
  numbered.zaaktype.identificatie = "2024-17";
  parsed = parse(zac_bpmn_xml(numbered, test::library(), test::zac_options_for(numbered)));
  CHECK(std::string(parsed->process.attribute("id").value()) == "Process_2024-17");

  Process without = unicode;
  without.zaaktype.identificatie.clear();
  parsed = parse(zac_bpmn_xml(without, test::library(), test::zac_options_for(without)));
  CHECK(std::string(parsed->process.attribute("id").value()) == "unicode");
}

TEST_CASE("Unicode labels and the resultaat come through, quotes escaped in the expression", "[zac_bpmn]") {
  const Workshop edges = test::bpmn_edge_case_workshop();
  const Process& unicode = edges.processes.front();
  const ZacBpmnOptions options = test::zac_options_for(unicode);
  const auto parsed = parse(zac_bpmn_xml(unicode, test::library(), options));
  std::set<std::string> names;
  for (pugi::xml_node task : parsed->process.children("bpmn:userTask")) names.insert(task.attribute("name").value());
  CHECK(names.count("Aanvraag ontvangen via café 🎉 <b>&amp;</b>") == 1);
  CHECK(names.count("Beoordeling \"naïef\" & 'ĳverig' > 3 × ≤ 🚀") == 1);
  pugi::xml_node result = parsed->process.find_child_by_attribute("bpmn:serviceTask", "flowable:resultVariable", "ZK_Result");
  REQUIRE(result);
  CHECK(std::string(result.attribute("flowable:expression").value()) ==
        "${var:getOrDefault(ZK_Result, 'Toegekend — \\'ja\\' \\\\ ëindelijk ✅')}");
  CHECK(std::string(result.attribute("name").value()) == "Resultaat: " + options.resultaat_omschrijving);
}

TEST_CASE("the export is stable: the same process gives the same document", "[zac_bpmn]") {
  const Workshop demo = load_workshop(test::demo_workshop_path()).workshop;
  const Process& process = demo.processes.front();
  const ZacBpmnOptions options = test::zac_options_for(process);
  const std::string first = zac_bpmn_xml(process, test::library(), options);
  CHECK(zac_bpmn_xml(process, test::library(), options) == first);
  // A block id that a status task's id could collide with still gets ids of its own.
  auto parsed = parse(first);
  CHECK(parsed->duplicate_ids.empty());
  CHECK(parsed->by_id.count("Status_" + process.id + "_" + process.blocks.front().id) == 1);
}

// Options -----------------------------------------------------------------------------------

TEST_CASE("a block without a status, or with the eindstatus, gets no status task", "[zac_bpmn]") {
  const Workshop edges = test::bpmn_edge_case_workshop();
  const Process& cycle = edges.processes.at(4);
  REQUIRE(cycle.id == "kringloop");
  ZacBpmnOptions options;
  options.resultaat_omschrijving = "Afgehandeld";
  options.status_by_block = {{"b1", "Intake"}, {"b3", "Afgerond"}};  // b2: none
  const std::string xml = zac_bpmn_xml(cycle, test::library(), options);
  check_zac_shape(cycle, options, xml);
  const auto parsed = parse(xml);
  std::vector<std::string> statuses;
  for (pugi::xml_node task : parsed->process.children("bpmn:serviceTask")) {
    if (is_delegate_task(task)) statuses.push_back(field_of(task, "statustypeOmschrijving").second);
  }
  std::sort(statuses.begin(), statuses.end());
  CHECK(statuses == std::vector<std::string>{"Afgerond", "Intake"});
}

TEST_CASE("a process without blocks still sets its resultaat and closes", "[zac_bpmn]") {
  const Workshop edges = test::bpmn_edge_case_workshop();
  const Process& empty = edges.processes.at(3);
  REQUIRE(empty.blocks.empty());
  const ZacBpmnOptions options = test::zac_options_for(empty);
  const auto parsed = parse(zac_bpmn_xml(empty, test::library(), options));
  check_zac_shape(empty, options, zac_bpmn_xml(empty, test::library(), options));
  CHECK(children(parsed->process, "bpmn:serviceTask").size() == 2);
  CHECK(children(parsed->process, "bpmn:sequenceFlow").size() == 3);
}

TEST_CASE("several ends meet in one join before the resultaat", "[zac_bpmn]") {
  Process process;
  process.id = "twee-einden";
  process.blocks = {test::edge_block("b1", "intake", "digitaal", "Intake", "a", 0, 0),
                    test::edge_block("b2", "behandelen", "standaard", "Behandelen", "a", 220, 0),
                    test::edge_block("b3", "informeren", "standaard", "Niet ontvankelijk", "a", 220, 160)};
  process.flows = {test::edge_flow("f1", "b1", "b2"), test::edge_flow("f2", "b1", "b3", FlowKind::conditional, "nee")};
  const ZacBpmnOptions options = test::zac_options_for(process);
  const std::string xml = zac_bpmn_xml(process, test::library(), options);
  check_zac_shape(process, options, xml);
  const auto parsed = parse(xml);
  pugi::xml_node result = parsed->process.find_child_by_attribute("bpmn:serviceTask", "flowable:resultVariable", "ZK_Result");
  const auto into_result = flows_into(*parsed, result.attribute("id").value());
  REQUIRE(into_result.size() == 1);
  pugi::xml_node join = parsed->by_id.at(into_result.front().attribute("sourceRef").value());
  CHECK(std::string(join.name()) == "bpmn:exclusiveGateway");
  CHECK(flows_into(*parsed, join.attribute("id").value()).size() == 2);
}

// The form key table -------------------------------------------------------------------------

TEST_CASE("every block kind of the library has its own form key", "[zac_bpmn]") {
  std::set<std::string> keys;
  for (const FormKeyRow& row : kFormKeys) {
    CHECK(keys.insert(std::string(row.form_key)).second);
    CHECK_FALSE(row.asks.empty());
  }
  CHECK(keys.count(std::string(kDefaultFormKey)) == 0);
  for (const BlockKind& kind : test::library().kinds()) {
    INFO("kind " << kind.id);
    CHECK(form_key_for(kind.id) != kDefaultFormKey);
  }
  CHECK(form_key_for("eigen-blok") == kDefaultFormKey);
}

// Errors ----------------------------------------------------------------------------------------

TEST_CASE("bad options are refused with the process, the block and what was expected", "[zac_bpmn]") {
  const Workshop demo = load_workshop(test::demo_workshop_path()).workshop;
  const Process& process = demo.processes.front();

  ZacBpmnOptions no_resultaat = test::zac_options_for(process);
  no_resultaat.resultaat_omschrijving = "  ";
  CHECK_THROWS_MATCHES(zac_bpmn_xml(process, test::library(), no_resultaat), ExportError,
                       Catch::Matchers::Message(
                           "ZAC BPMN export of process \"" + process.id +
                           "\": no resultaat omschrijving for ZK_Result; expected the resultaattype the "
                           "process ends with"));

  ZacBpmnOptions old_name = test::zac_options_for(process);
  old_name.status_by_block[process.blocks.front().id] = "Aanvullende informatie";
  try {
    zac_bpmn_xml(process, test::library(), old_name);
    FAIL("no error for a status ZAC does not have");
  } catch (const ExportError& error) {
    const std::string message = error.what();
    CHECK(message.find("process \"" + process.id + "\"") != std::string::npos);
    CHECK(message.find("block \"" + process.blocks.front().id + "\" sets status \"Aanvullende informatie\"") !=
          std::string::npos);
    CHECK(message.find("\"Wacht op aanvullende informatie\"") != std::string::npos);
  }

  ZacBpmnOptions unknown_block = test::zac_options_for(process);
  unknown_block.status_by_block["nergens"] = "Intake";
  CHECK_THROWS_WITH(zac_bpmn_xml(process, test::library(), unknown_block),
                    Catch::Matchers::Contains("block \"nergens\", which the process does not have"));
}

}  // namespace
}  // namespace blokjes::zac
