#pragma once
// The processes beside the demo workshop's that every BPMN check runs on:
// Unicode and XML's special characters, a 2,000-character label, a single
// block, an empty process, a cycle with no start or end block, two start
// blocks, and a process with flows BPMN cannot carry. One copy for the
// Catch2 tests and for write_bpmn_files (the outside tools' input).

#include <string>

#include "core/workshop.h"

namespace blokjes::test {

inline Block edge_block(std::string id, std::string kind, std::string variant, std::string label,
                        std::string lane, double x, double y) {
  Block block;
  block.id = std::move(id);
  block.kind = std::move(kind);
  block.variant = std::move(variant);
  block.label = std::move(label);
  block.lane = std::move(lane);
  block.position = {x, y};
  return block;
}

inline Flow edge_flow(std::string id, std::string from, std::string to,
                      FlowKind kind = FlowKind::sequence, std::string label = {}) {
  return {std::move(id), std::move(from), std::move(to), kind, std::move(label)};
}

// 2,000 characters (not bytes): words of a real label, repeated.
inline std::string long_label() {
  const std::string words = "Beoordelen aanvraag omgevingsvergunning met advies welstand ";
  std::string label;
  while (label.size() < 2000) label += words;
  return label.substr(0, 2000);
}

inline Workshop bpmn_edge_case_workshop() {
  Workshop workshop;
  workshop.name = "Randgevallen";
  workshop.departments = {{"burgerzaken", "Burgerzaken", "Publiekszaken"},
                          {"cafe-ĳsselmonde", "Café <ĳs> & \"zo\" 'n", "Dienst én ëxtra"}};

  Process unicode;
  unicode.id = "unicode";
  unicode.name = "Één café, ĳsje & <tags> \"quotes\" 'apostrof' 🎉";
  unicode.department = "burgerzaken";
  unicode.zaaktype.identificatie = "UNI-é-001";
  unicode.zaaktype.omschrijving = "Zaak met ë, ï, ĳ en 😀";
  unicode.blocks = {
      edge_block("b1", "intake", "digitaal", "Aanvraag ontvangen via café 🎉 <b>&amp;</b>", "burgerzaken", 0, 0),
      edge_block("b2", "behandelen", "onderzoek", "Beoordeling \"naïef\" & 'ĳverig' > 3 × ≤ 🚀",
                 "cafe-ĳsselmonde", 220, 160),
      edge_block("b3", "besluiten", "mandaat", "Besluit — ëindelijk ✅", "cafe-ĳsselmonde", 440, 160)};
  unicode.flows = {edge_flow("f1", "b1", "b2", FlowKind::conditional, "volledig & <juist> 👍"),
                   edge_flow("f2", "b1", "b3", FlowKind::conditional, "onvolledig \"zo\" 'n"),
                   edge_flow("f3", "b2", "b3")};

  Process long_one;
  long_one.id = "lang-label";
  long_one.name = "Lang label";
  long_one.department = "burgerzaken";
  long_one.blocks = {edge_block("b1", "intake", "digitaal", long_label(), "burgerzaken", 0, 0),
                     edge_block("b2", "behandelen", "onderzoek", long_label(), "burgerzaken", 220, 0)};
  long_one.flows = {edge_flow("f1", "b1", "b2", FlowKind::sequence, long_label())};

  Process single;
  single.id = "een-blok";
  single.name = "Eén blok";
  single.department = "burgerzaken";
  single.blocks = {edge_block("b1", "intake", "digitaal", "Alleen intake", "burgerzaken", 0, 0)};

  Process empty;
  empty.id = "leeg";
  empty.name = "Leeg proces";
  empty.department = "burgerzaken";

  // Every block has an incoming and an outgoing flow: no start or end block.
  Process cycle;
  cycle.id = "kringloop";
  cycle.name = "Kringloop";
  cycle.department = "burgerzaken";
  cycle.blocks = {edge_block("b1", "intake", "digitaal", "Intake", "burgerzaken", 0, 0),
                  edge_block("b2", "behandelen", "onderzoek", "Behandelen", "burgerzaken", 220, 0),
                  edge_block("b3", "besluiten", "mandaat", "Besluiten", "burgerzaken", 440, 0)};
  cycle.flows = {edge_flow("f1", "b1", "b2"), edge_flow("f2", "b2", "b3"),
                 edge_flow("f3", "b3", "b1", FlowKind::rework, "opnieuw")};

  // Two blocks without an incoming flow, and a block without a label.
  Process two_starts;
  two_starts.id = "twee-starts";
  two_starts.name = "Twee starts";
  two_starts.department = "burgerzaken";
  two_starts.blocks = {edge_block("b1", "intake", "digitaal", "Intake balie", "burgerzaken", 0, 0),
                       edge_block("b2", "intake", "digitaal", "", "burgerzaken", 0, 160),
                       edge_block("b3", "behandelen", "onderzoek", "Behandelen", "burgerzaken", 220, 0)};
  two_starts.flows = {edge_flow("f1", "b1", "b3"), edge_flow("f2", "b2", "b3")};

  // A flow to a missing block, a flow id twice, two flows between the same
  // blocks, a block id twice, a slug that is no NCName.
  Process broken;
  broken.id = "kapot proces/ü";
  broken.name = "Kapot";
  broken.department = "burgerzaken";
  broken.blocks = {edge_block("b 1", "intake", "digitaal", "Intake", "burgerzaken", 0, 0),
                   edge_block("b2", "behandelen", "onderzoek", "Behandelen", "burgerzaken", 220, 0),
                   edge_block("b2", "besluiten", "mandaat", "Dubbel", "burgerzaken", 440, 0)};
  broken.flows = {edge_flow("f1", "b 1", "b2"), edge_flow("f2", "b2", "nergens"),
                  edge_flow("f1", "b2", "b 1", FlowKind::rework),
                  edge_flow("f3", "b 1", "b2", FlowKind::conditional, "nog eens")};

  workshop.processes = {unicode, long_one, single, empty, cycle, two_starts, broken};
  return workshop;
}

}  // namespace blokjes::test
