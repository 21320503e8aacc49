#pragma once
// The progress of a comparison running off the UI thread, drawn the same way
// by the compare and the matrix view: "Bezig met vergelijken… n/m" and a bar.

#include <cstddef>

#include "translations.h"

namespace blokjes::app {

void draw_job_progress(std::size_t done, std::size_t total, Language language);

}  // namespace blokjes::app
