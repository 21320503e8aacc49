#pragma once
// The words our BPMN files use beyond the standard: one table shared by the
// writer (bpmn_writer.h) and the reader (bpmn_reader.h), so what one writes
// the other restores. BPMN 2.0 allows any element of another namespace inside
// <extensionElements>; tools that do not know ours keep or ignore it.
//
// What goes where (prefix "blokjes"):
//   <bpmn:process>      <blokjes:zaaktype identificatie="..." omschrijving="..."
//                                         processId="..." department="..."/>
//   <bpmn:lane>         <blokjes:department id="..." directorate="..."/>
//   <bpmn:userTask>     <blokjes:block blockId="..." kind="..." variant="..."
//                                      label="..." department="..." x="..." y="..."/>
//                       (the task's <documentation> carries the statustype it sets)
//   <bpmn:sequenceFlow> <blokjes:flow flowId="..." kind="sequence|conditional|rework"
//                                     label="..."/>
//                       on the sequence flow that ends at the flow's target
//                       task (after a gateway, on the gateway's outgoing one).
// Positions are the canvas's own (x, y of the block's top-left corner), so an
// import restores the canvas exactly even where the DI is scaled or moved.

#include <string_view>

namespace blokjes::bpmn {

inline constexpr std::string_view kBpmnNamespace = "http://www.omg.org/spec/BPMN/20100524/MODEL";
inline constexpr std::string_view kBpmnDiNamespace = "http://www.omg.org/spec/BPMN/20100524/DI";
inline constexpr std::string_view kDcNamespace = "http://www.omg.org/spec/DD/20100524/DC";
inline constexpr std::string_view kDiNamespace = "http://www.omg.org/spec/DD/20100524/DI";
inline constexpr std::string_view kXsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

// Ours. The version in the URI changes only when a reader could misread an
// older file.
inline constexpr std::string_view kBlokjesNamespace = "https://blokjessessie.nl/bpmn/1";
inline constexpr std::string_view kBlokjesPrefix = "blokjes";

// Element names (local, without prefix) and their attributes.
inline constexpr std::string_view kZaaktypeElement = "zaaktype";
inline constexpr std::string_view kDepartmentElement = "department";
inline constexpr std::string_view kBlockElement = "block";
inline constexpr std::string_view kFlowElement = "flow";

inline constexpr std::string_view kAttrIdentificatie = "identificatie";
inline constexpr std::string_view kAttrOmschrijving = "omschrijving";
inline constexpr std::string_view kAttrProcessId = "processId";
inline constexpr std::string_view kAttrDepartment = "department";
inline constexpr std::string_view kAttrId = "id";
inline constexpr std::string_view kAttrDirectorate = "directorate";
inline constexpr std::string_view kAttrBlockId = "blockId";
inline constexpr std::string_view kAttrKind = "kind";
inline constexpr std::string_view kAttrVariant = "variant";
inline constexpr std::string_view kAttrLabel = "label";
inline constexpr std::string_view kAttrX = "x";
inline constexpr std::string_view kAttrY = "y";
inline constexpr std::string_view kAttrFlowId = "flowId";

// The names the writer gives the events it adds (Dutch, as the UI).
inline constexpr std::string_view kStartEventName = "Zaak gestart";
inline constexpr std::string_view kEndEventName = "Zaak afgehandeld";

}  // namespace blokjes::bpmn
