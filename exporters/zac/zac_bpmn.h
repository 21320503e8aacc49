#pragma once
// A process that does not run on ZAC's generic CMMN model, as the BPMN
// process ZAC's BPMN guide (docs/manuals/bpmn-guide in Dimpact's
// zaakafhandelcomponent) asks for, so `blokjes export --format zac --bpmn`
// can put it beside the catalogus ZIP (issue 14). ZAC runs it on its
// embedded Flowable engine:
//
//   start -> per block, in process order:
//              service task  "Status: <omschrijving>"  (UpdateZaakJavaDelegate,
//                                                      field statustypeOmschrijving)
//              user task     "<block label>"           (candidateGroups ${zaakGroep},
//                                                      formKey per block kind)
//            exclusive gateways where the process splits or joins
//            (conditional flows, rework loops)
//         -> service task "Resultaat: <omschrijving>"  (sets process variable ZK_Result)
//         -> service task "Status: Afgerond"           (UpdateZaakJavaDelegate with
//                                                      resultaattypeOmschrijving ${ZK_Result})
//         -> end event
//
// The flow structure (gateways, defaults, start and end) is the BPMN
// writer's (exporters/bpmn/bpmn_flow_graph.h), so both exports of a process
// agree on its routes. Which ZAC status each block sets comes in through the
// options: the fit of a process onto the generic model (src/zac/fit.h)
// decides that, not this writer.
//
// Sections: ZAC's words - the form keys - options - the writer.

#include <map>
#include <string>
#include <string_view>

#include "core/block_library.h"
#include "core/localized_text.h"
#include "catalogi/zac_shape.h"
#include "core/process.h"

namespace blokjes::zac {

// ZAC's words -----------------------------------------------------------------

// The namespace of Flowable's BPMN extensions (attributes flowable:class,
// flowable:candidateGroups, flowable:formKey; elements flowable:field).
inline constexpr std::string_view kFlowableNamespace = "http://flowable.org/bpmn";
// The delegate that sets a zaak's status (and, with the eindstatus, its
// resultaat), named by flowable:class as the BPMN guide shows.
inline constexpr std::string_view kUpdateZaakDelegate = "net.atos.zac.flowable.delegate.UpdateZaakJavaDelegate";
inline constexpr std::string_view kStatustypeField = "statustypeOmschrijving";
inline constexpr std::string_view kResultaattypeField = "resultaattypeOmschrijving";
// The process variable that holds the resultaattype omschrijving: the key
// ZAC's guide gives the Form.io select of resultaattypen (ZAC_resultaat).
inline constexpr std::string_view kResultVariable = "ZK_Result";
// The candidate group of every user task: ZAC sets zaakGroep on each zaak.
inline constexpr std::string_view kCandidateGroups = "${zaakGroep}";
// ZAC's five statustypen are catalogi's kZacStatustypen (zac_shape.h); the
// eindstatus is the last of them.
inline constexpr std::string_view kZacEindstatus = "Afgerond";
// The process variable an exclusive split reads: "keuze_" + the id of the
// block before it (as an NCName part); its value is the id of the flow to
// take. Unset or anything else: the split's default flow. A process with
// several start blocks starts at the first (in block order) unless
// "keuze_start" holds the id of another start block.
inline constexpr std::string_view kDecisionVariablePrefix = "keuze_";

bool is_zac_statustype(std::string_view omschrijving);

// The form keys ------------------------------------------------------------------

// One Form.io form per block kind: ZAC opens the form named by the user
// task's formKey (uploaded under Beheer > Form.io formulieren). What each
// form should ask is a suggestion for the administrator who builds it.
struct FormKeyRow {
  std::string_view kind;      // block kind in assets/blocks.json
  std::string_view form_key;  // flowable:formKey
  std::string_view asks;      // what the form is for (Dutch, for the administrator)
};

inline constexpr FormKeyRow kFormKeys[] = {
    {"intake", "blokjes-intake", "ontvankelijkheid en gegevens van de aanvraag"},
    {"aanvullende-informatie", "blokjes-aanvullende-informatie",
     "welke informatie ontbreekt, en of die binnen is"},
    {"behandelen", "blokjes-behandelen", "de inhoudelijke beoordeling"},
    {"adviseren", "blokjes-adviseren", "de adviesvraag en het advies"},
    {"besluiten", "blokjes-besluiten", "het besluit; het resultaat in ZK_Result (ZAC_resultaat)"},
    {"informeren", "blokjes-informeren", "wie wordt geïnformeerd en met welk document"},
    {"publiceren", "blokjes-publiceren", "wat waar gepubliceerd wordt"},
    {"betalen", "blokjes-betalen", "de leges en of die betaald zijn"},
    {"uitvoeren", "blokjes-uitvoeren", "de uitvoering of inspectie en haar uitkomst"},
    {"heroverwegen", "blokjes-heroverwegen", "de heroverweging van het besluit"},
    {"heropenen", "blokjes-heropenen", "waarom de zaak heropend wordt"},
    {"archiveren", "blokjes-archiveren", "de controle van het dossier voor archivering"},
};
// A kind the table does not know (a library of one's own).
inline constexpr std::string_view kDefaultFormKey = "blokjes-taak";

std::string_view form_key_for(std::string_view kind);

// Options ------------------------------------------------------------------------

struct ZacBpmnOptions {
  // Block id -> the ZAC statustype omschrijving its stage sets (one of
  // kZacStatustypen). A block not in the map sets no status: the zaak keeps
  // the one it has. A block mapped to the eindstatus sets none of its own
  // either: ZAC refuses the eindstatus without a resultaat, and the end of
  // the process sets it with ZK_Result.
  std::map<std::string, std::string> status_by_block;
  // The resultaattype omschrijving the process ends with, put in ZK_Result
  // unless a form (ZAC_resultaat) has set ZK_Result already.
  std::string resultaat_omschrijving;
  // The names the writer falls back on (a block without a label).
  Language language = Language::dutch;
};

// The writer ------------------------------------------------------------------------

// One executable BPMN process (with its diagram) for `process`, in ZAC's
// shape. The process id (Flowable's process key) is the zaaktype
// identificatie, else the process id, made an NCName. Ids are stable: the
// same process and options give the same document.
// Throws ExportError (exporters/export_error.h) naming the process when the
// resultaat is empty, a status is not one of ZAC's five, or the map names a
// block the process does not have.
std::string zac_bpmn_xml(const Process& process, const BlockLibrary& library, const ZacBpmnOptions& options);

}  // namespace blokjes::zac
