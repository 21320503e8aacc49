#pragma once
// `blokjes export --format zac` (issue 14): what an analyst needs to put a
// process live in Dimpact's zaakafhandelcomponent. For each process that
// runs on ZAC's generic model (src/zac/fit.h) an Open Zaak catalogus ZIP of
// its zaaktype in ZAC's shape (src/catalogi/zac_shape.h) and beside it
// <id>-zaakafhandelparameters.json, the body ZAC's beheer API takes
// (src/catalogi/zaakafhandelparameters.h). A process that does not fit is
// refused with its reason, unless the request asks for BPMN: then its ZIP
// goes with <id>.bpmn, a process in the shape ZAC's BPMN guide asks for
// (zac_bpmn.h). One directory, written whole or not at all.

#include <memory>

#include "exporters/workshop_exporter.h"

namespace blokjes {

std::unique_ptr<WorkshopExporter> make_zac_exporter();

}  // namespace blokjes
