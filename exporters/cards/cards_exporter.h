#pragma once
// `--format cards`: the printable cards of the block library as a PDF.

#include <memory>

#include "exporters/workshop_exporter.h"

namespace blokjes {

std::unique_ptr<WorkshopExporter> make_cards_exporter();

}  // namespace blokjes
