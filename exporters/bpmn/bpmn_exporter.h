#pragma once
// `--format bpmn`: the chosen processes as one BPMN 2.0 document
// (bpmn_writer.h), behind the workshop exporters' interface.

#include <memory>

#include "exporters/workshop_exporter.h"

namespace blokjes {

std::unique_ptr<WorkshopExporter> make_bpmn_exporter();

}  // namespace blokjes
