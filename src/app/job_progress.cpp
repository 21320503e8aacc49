#include "job_progress.h"

#include <imgui.h>

#include "compare/background_job.h"

namespace blokjes::app {

void draw_job_progress(std::size_t done, std::size_t total, Language language) {
  ImGui::TextUnformatted(compare::progress_text(done, total, language).c_str());
  // A job that has not counted its pairs yet shows an empty bar.
  const float fraction = total == 0 ? 0.0f : static_cast<float>(done) / static_cast<float>(total);
  ImGui::ProgressBar(fraction, {ImGui::GetFontSize() * 24, 0});
}

}  // namespace blokjes::app
