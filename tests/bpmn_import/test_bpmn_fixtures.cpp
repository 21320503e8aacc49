// Models written the way people's tools write them (bpmn.io, Camunda Modeler,
// by hand with or without a diagram, in any namespace prefix), and the
// extension elements of our own export read back exactly.

#include <set>

#include "bpmn_test_support.h"
#include "catalogi/block_kind_guess.h"
#include "core/workshop_file.h"
#include "exporters/bpmn/bpmn_vocabulary.h"
#include "exporters/bpmn/bpmn_import_graph.h"

using namespace blokjes;
using namespace blokjes::test;

TEST_CASE("bpmn.io: prefix bpmn:, a diagram with bpmndi/dc/di", "[bpmn]") {
  const auto result = import_fixture("bpmnio-omgevingsvergunning.bpmn");
  check_sound(result);
  const auto& process = only_process(result);
  CHECK(process.id == "omgevingsvergunning");
  CHECK(process.name == "Omgevingsvergunning");
  REQUIRE(process.blocks.size() == 3);
  // A line break in a name (bpmn.io writes &#10;) reads as a space.
  const auto& intake = block_labelled(process, "Aanvraag ontvangen");
  const auto& toets = block_labelled(process, "Aanvraag toetsen");
  const auto& besluit = block_labelled(process, "Besluit nemen");
  CHECK(intake.kind == "intake");
  CHECK(besluit.kind == "besluiten");
  CHECK(toets.kind == "behandelen");
  // The diagram's x, scaled by 220 / 100 (the median task width) from the
  // leftmost task: 270, 430, 590 -> 0, 352, 704 -> snapped to the 20 grid.
  CHECK(intake.position == Position{0, 0});
  CHECK(toets.position == Position{360, 0});
  CHECK(besluit.position == Position{700, 0});
  REQUIRE(process.flows.size() == 2);
  CHECK(flow_between(process, "Aanvraag ontvangen", "Aanvraag toetsen") != nullptr);
  CHECK(flow_between(process, "Aanvraag toetsen", "Besluit nemen") != nullptr);
  CHECK(result.warnings.empty());
}

TEST_CASE("Camunda Modeler: camunda: attributes, a pool with lanes, a default flow and a timer",
          "[bpmn]") {
  const auto result = import_fixture("camunda-melding.bpmn");
  check_sound(result);
  const auto& process = only_process(result);
  // The process has no name: the pool's.
  CHECK(process.name == "Melding openbare ruimte");
  CHECK(process.id == "melding-openbare-ruimte");
  REQUIRE(process.blocks.size() == 4);
  // Lanes are departments, added once, in the diagram's order.
  REQUIRE(result.workshop.departments.size() == 2);
  CHECK(result.workshop.departments[0].id == "klantcontactcentrum");
  CHECK(result.workshop.departments[0].name == "Klantcontactcentrum");
  CHECK(result.workshop.departments[1].id == "buitendienst");
  CHECK(process.department == "klantcontactcentrum");
  const auto& registreren = block_labelled(process, "Melding registreren");
  const auto& herstellen = block_labelled(process, "Direct herstellen");
  const auto& inplannen = block_labelled(process, "Herstel inplannen");
  const auto& informeren = block_labelled(process, "Melder informeren");
  CHECK(registreren.lane == "klantcontactcentrum");
  CHECK(herstellen.lane == "buitendienst");
  CHECK(informeren.lane == "klantcontactcentrum");
  // One row per department, the first lane on top.
  CHECK(registreren.position.y == 0);
  CHECK(herstellen.position.y == 160);
  CHECK(inplannen.position.y == 160);
  // The two tasks stacked in one lane stand side by side on its row.
  CHECK(std::fabs(herstellen.position.x - inplannen.position.x) >= 220);
  // Through the gateway: the named, conditioned way and the default.
  const auto* spoed = flow_between(process, "Melding registreren", "Direct herstellen");
  const auto* normaal = flow_between(process, "Melding registreren", "Herstel inplannen");
  REQUIRE(spoed != nullptr);
  REQUIRE(normaal != nullptr);
  CHECK(spoed->kind == FlowKind::conditional);
  CHECK(spoed->label == "ja");
  CHECK(normaal->kind == FlowKind::conditional);
  CHECK(normaal->label == bpmn::kDefaultFlowLabel);
  // The timer on "Herstel inplannen": a conditional flow under its name, and a warning.
  const auto* timer = flow_between(process, "Herstel inplannen", "Melder informeren");
  REQUIRE(timer != nullptr);
  CHECK(timer->kind == FlowKind::sequence);  // the task's own way comes first
  CHECK(warnings_containing(result, "boundary event \"Na 5 werkdagen\"") == 1);
  CHECK(warnings_containing(result, "\"Melder informeren\"") == 1);
}

TEST_CASE("A boundary event's way is a conditional flow named after the event", "[bpmn]") {
  const std::string xml = R"(<?xml version="1.0"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
  <bpmn:process id="p" name="Bezwaar">
    <bpmn:task id="a" name="Bezwaar behandelen"/>
    <bpmn:task id="b" name="Uitspraak doen"/>
    <bpmn:task id="c" name="Termijn bewaken"/>
    <bpmn:boundaryEvent id="timer" name="Zes weken verstreken" attachedToRef="a"><bpmn:timerEventDefinition/></bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="b"/>
    <bpmn:sequenceFlow id="f2" sourceRef="timer" targetRef="c"/>
  </bpmn:process>
</bpmn:definitions>)";
  const auto result = bpmn::import_bpmn_text(xml, "bezwaar.bpmn", library());
  check_sound(result);
  const auto& process = only_process(result);
  const auto* timer = flow_between(process, "Bezwaar behandelen", "Termijn bewaken");
  REQUIRE(timer != nullptr);
  CHECK(timer->kind == FlowKind::conditional);
  CHECK(timer->label == "Zes weken verstreken");
  CHECK(warnings_containing(result, "boundary event \"Zes weken verstreken\"") == 1);
}

TEST_CASE("Without a diagram: auto-layout gives every block its own place", "[bpmn]") {
  const auto result = import_fixture("no-di-twee-afdelingen.bpmn");
  check_sound(result);
  const auto& process = only_process(result);
  REQUIRE(process.blocks.size() == 4);
  std::set<std::pair<double, double>> places;
  for (const auto& block : process.blocks) places.insert({block.position.x, block.position.y});
  CHECK(places.size() == 4);
  // Auto-layout follows the flows left to right, one row per department.
  const auto& ontvangen = block_labelled(process, "Aanvraag ontvangen");
  const auto& toetsen = block_labelled(process, "Begroting toetsen");
  CHECK(ontvangen.position.x < toetsen.position.x);
  CHECK(ontvangen.lane == "subsidiebureau");
  CHECK(toetsen.lane == "financi-n");
  CHECK(ontvangen.position.y != toetsen.position.y);
  // A parallel split is no choice: both ways are plain flows.
  const auto* betalen = flow_between(process, "Begroting toetsen", "Betaling verwerken");
  const auto* archiveren = flow_between(process, "Begroting toetsen", "Dossier archiveren");
  REQUIRE(betalen != nullptr);
  REQUIRE(archiveren != nullptr);
  CHECK(betalen->kind == FlowKind::sequence);
  CHECK(archiveren->kind == FlowKind::sequence);
  CHECK(block_labelled(process, "Betaling verwerken").kind == "betalen");
}

TEST_CASE("The default namespace, without a prefix", "[bpmn]") {
  const auto result = import_fixture("default-namespace.bpmn");
  check_sound(result);
  const auto& process = only_process(result);
  REQUIRE(process.blocks.size() == 3);
  CHECK(flow_between(process, "Klacht ontvangen", "Hoorzitting houden") != nullptr);
  CHECK(flow_between(process, "Hoorzitting houden", "Besluit op klacht") != nullptr);
  CHECK(block_labelled(process, "Klacht ontvangen").kind == "intake");
  CHECK(block_labelled(process, "Besluit op klacht").kind == "besluiten");
  CHECK(block_labelled(process, "Hoorzitting houden").position.x ==
        block_labelled(process, "Klacht ontvangen").position.x + 340);  // 150 * 2.2, on the grid
}

TEST_CASE("A conditional exclusive gateway: its ways are labelled conditional flows", "[bpmn]") {
  const auto result = import_fixture("gateway-voorwaarden.bpmn");
  check_sound(result);
  const auto& process = only_process(result);
  REQUIRE(process.flows.size() == 3);
  const auto* volledig = flow_between(process, "Aanvraag toetsen", "Besluit nemen");
  const auto* aanvullen = flow_between(process, "Aanvraag toetsen", "Aanvulling vragen");
  const auto* weigeren = flow_between(process, "Aanvraag toetsen", "Buiten behandeling stellen");
  REQUIRE(volledig != nullptr);
  REQUIRE(aanvullen != nullptr);
  REQUIRE(weigeren != nullptr);
  for (const auto* flow : {volledig, aanvullen, weigeren}) CHECK(flow->kind == FlowKind::conditional);
  CHECK(volledig->label == "volledig");           // the name wins over the condition
  CHECK(aanvullen->label == "ontbreekt > 0");     // no name: the condition's text (CDATA)
  CHECK(weigeren->label == bpmn::kDefaultFlowLabel);
}

TEST_CASE("A loop back becomes a rework flow", "[bpmn]") {
  const auto result = import_fixture("rework-lus.bpmn");
  check_sound(result);
  const auto& process = only_process(result);
  const auto* terug = flow_between(process, "Advies vragen", "Aanvraag beoordelen");
  REQUIRE(terug != nullptr);
  CHECK(terug->kind == FlowKind::rework);
  CHECK(terug->label == "nee");
  const auto* heen = flow_between(process, "Aanvraag ontvangen", "Aanvraag beoordelen");
  REQUIRE(heen != nullptr);
  CHECK(heen->kind == FlowKind::sequence);
  const auto* ja = flow_between(process, "Advies vragen", "Besluit nemen");
  REQUIRE(ja != nullptr);
  CHECK(ja->kind == FlowKind::conditional);
  CHECK(ja->label == "ja");
  std::size_t rework = 0;
  for (const auto& flow : process.flows) rework += flow.kind == FlowKind::rework ? 1 : 0;
  CHECK(rework == 1);
}

TEST_CASE("Our extension elements restore ids, kinds, variants, positions and the zaaktype",
          "[bpmn]") {
  const auto result = import_fixture("blokjes-extensies.bpmn");
  check_sound(result);
  CHECK(result.workshop.name == "Blokjessessie Vught");
  const auto& process = only_process(result);
  CHECK(process.id == "omgevingsvergunning");
  CHECK(process.zaaktype.identificatie == "ZT-OMG-01");
  CHECK(process.zaaktype.omschrijving == "Omgevingsvergunning regulier");
  CHECK(process.department == "vth");
  // Lanes: the department's id and directorate from ours, the name from the lane.
  const auto* vth = result.workshop.find_department("vth");
  const auto* juridisch = result.workshop.find_department("juridisch");
  REQUIRE(vth != nullptr);
  REQUIRE(juridisch != nullptr);
  CHECK(vth->name == "Vergunningen, toezicht en handhaving");
  CHECK(vth->directorate == "Ruimte");
  CHECK(juridisch->name == "Juridische zaken");
  CHECK(juridisch->directorate == "Bedrijfsvoering");
  CHECK(result.workshop.departments.size() == 2);

  struct Expected {
    const char* id;
    const char* kind;
    const char* variant;
    const char* label;
    const char* lane;
    Position position;
  };
  const Expected blocks[] = {
      {"intake-1", "intake", "digitaal", "Aanvraag digitaal", "vth", {0, 0}},
      {"onderzoek", "behandelen", "onderzoek", "Onderzoek ter plaatse", "vth", {220, 0}},
      {"advies", "adviseren", "extern", "Extern advies", "juridisch", {440, 160}},
      {"b9", "besluiten", "college", "Besluit college", "vth", {660, 0}},
      {"archief", "archiveren", "standaard", "Archiveren", "vth", {880, 0}},
  };
  REQUIRE(process.blocks.size() == std::size(blocks));
  for (std::size_t i = 0; i < std::size(blocks); ++i) {
    INFO("block " << blocks[i].id);
    const auto& block = process.blocks[i];
    CHECK(block.id == blocks[i].id);
    CHECK(block.kind == blocks[i].kind);
    CHECK(block.variant == blocks[i].variant);
    CHECK(block.label == blocks[i].label);
    CHECK(block.lane == blocks[i].lane);
    CHECK(block.position == blocks[i].position);  // exact, not the diagram's
  }

  struct ExpectedFlow {
    const char* id;
    const char* from;
    const char* to;
    FlowKind kind;
    const char* label;
  };
  const ExpectedFlow flows[] = {
      {"intake-naar-onderzoek", "intake-1", "onderzoek", FlowKind::sequence, ""},
      {"f2", "onderzoek", "advies", FlowKind::conditional, "bij twijfel"},
      {"f3", "onderzoek", "b9", FlowKind::sequence, "rechtstreeks"},  // ours wins over the gateway
      {"f4", "advies", "b9", FlowKind::sequence, ""},
      {"f5", "b9", "archief", FlowKind::sequence, ""},
      {"terug", "b9", "onderzoek", FlowKind::rework, "bezwaar gegrond"},
  };
  REQUIRE(process.flows.size() == std::size(flows));
  for (const auto& expected : flows) {
    INFO("flow " << expected.id);
    const auto* flow = process.find_flow(expected.id);
    REQUIRE(flow != nullptr);
    CHECK(flow->from == expected.from);
    CHECK(flow->to == expected.to);
    CHECK(flow->kind == expected.kind);
    CHECK(flow->label == expected.label);
  }
  // The task's documentation carries our statustype, not a note.
  CHECK(process.blocks.front().note.empty());
  // What was imported saves and loads as it is.
  CHECK(parse_workshop(serialise_workshop(result.workshop), "saved.json").workshop == result.workshop);
}

TEST_CASE("Kinds are inferred from names and Unicode names are kept", "[bpmn]") {
  const auto result = import_fixture("namen-unicode.bpmn");
  check_sound(result);
  const auto& process = only_process(result);
  CHECK(process.name == "Huwelijk & partnerschap — ‘ja’ 💍");
  CHECK(process.id == "huwelijk-partnerschap-ja");
  REQUIRE(result.workshop.departments.size() == 1);
  CHECK(result.workshop.departments[0].name == "Burgerzaken & Économie");
  // The kinds the zaaktype import's word table gives (catalogi/block_kind_guess.h).
  const std::pair<const char*, const char*> expected[] = {
      {"Aanvraag ontvangen", "intake"},   {"Advies vragen", "adviseren"},
      {"Besluit nemen", "besluiten"},     {"Dossier archiveren", "archiveren"},
      {"Überprüfung 検査 ✓", "behandelen"}};
  for (const auto& [label, kind] : expected) {
    INFO(label);
    const auto guessed = guess_block_kind(label, {}, library());
    CHECK(block_labelled(process, label).kind == guessed.kind);
    CHECK(block_labelled(process, label).variant == guessed.variant);
    CHECK(guessed.kind == kind);
  }
  // A task without a name is labelled with its id.
  CHECK(block_labelled(process, "t6").kind == "behandelen");
  CHECK(process.flows.size() == 5);
}

TEST_CASE("Several pools: one process each, ids unique, a pool without a process warned", "[bpmn]") {
  const std::string xml = R"(<?xml version="1.0"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
  <collaboration id="c">
    <participant id="pa" name="Team A" processRef="pa-proc"/>
    <participant id="pb" name="Team A" processRef="pb-proc"/>
    <participant id="burger" name="Burger"/>
    <messageFlow id="m1" sourceRef="burger" targetRef="pa"/>
  </collaboration>
  <process id="pa-proc"><task id="t1" name="Een"/></process>
  <process id="pb-proc"><userTask id="t2" name="Twee"/><task id="t3" name="Drie"/>
    <sequenceFlow id="s" sourceRef="t2" targetRef="t3"/></process>
  <process id="leeg"><startEvent id="e"/></process>
</definitions>)";
  const auto result = bpmn::import_bpmn_text(xml, "pools.bpmn", library());
  check_sound(result);
  REQUIRE(result.workshop.processes.size() == 2);
  CHECK(result.workshop.processes[0].name == "Team A");
  CHECK(result.workshop.processes[0].id == "team-a");
  CHECK(result.workshop.processes[1].id == "team-a-2");
  CHECK(result.workshop.processes[1].blocks.size() == 2);
  CHECK(warnings_containing(result, "1 message flow not shown") == 1);
  CHECK(warnings_containing(result, "\"leeg\" has no tasks") == 1);
  CHECK(warnings_containing(result, "Burger") == 1);
}

TEST_CASE("A subprocess is one block with its inside named in a warning, and links and data too", "[bpmn]") {
  const std::string xml = R"(<?xml version="1.0"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
  <bpmn:process id="p" name="Met deelproces">
    <bpmn:task id="a" name="Melding ontvangen"/>
    <bpmn:subProcess id="sub" name="Onderzoek">
      <bpmn:task id="in1" name="Binnen een"/><bpmn:task id="in2" name="Binnen twee"/>
      <bpmn:sequenceFlow id="in" sourceRef="in1" targetRef="in2"/>
    </bpmn:subProcess>
    <bpmn:intermediateThrowEvent id="goto" name="naar einde"><bpmn:linkEventDefinition name="L"/></bpmn:intermediateThrowEvent>
    <bpmn:intermediateCatchEvent id="land" name="einde"><bpmn:linkEventDefinition name="L"/></bpmn:intermediateCatchEvent>
    <bpmn:task id="z" name="Zaak archiveren"/>
    <bpmn:dataObject id="do1"/><bpmn:dataObjectReference id="dor1" dataObjectRef="do1"/>
    <bpmn:textAnnotation id="ann"><bpmn:text>let op</bpmn:text></bpmn:textAnnotation>
    <bpmn:sequenceFlow id="s1" sourceRef="a" targetRef="sub"/>
    <bpmn:sequenceFlow id="s2" sourceRef="sub" targetRef="goto"/>
    <bpmn:sequenceFlow id="s3" sourceRef="land" targetRef="z"/>
  </bpmn:process>
</bpmn:definitions>)";
  const auto result = bpmn::import_bpmn_text(xml, "sub.bpmn", library());
  check_sound(result);
  const auto& process = only_process(result);
  REQUIRE(process.blocks.size() == 3);
  CHECK(flow_between(process, "Melding ontvangen", "Onderzoek") != nullptr);
  // Through the link event pair to the task after the catch.
  CHECK(flow_between(process, "Onderzoek", "Zaak archiveren") != nullptr);
  CHECK(warnings_containing(result, "\"Onderzoek\" is one block") == 1);
  CHECK(warnings_containing(result, "2 activities") == 1);
  CHECK(warnings_containing(result, "2 data objects and stores not shown") == 1);
  CHECK(warnings_containing(result, "1 text annotation not shown") == 1);
}
