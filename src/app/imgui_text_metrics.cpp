#include "imgui_text_metrics.h"

#include <imgui.h>

#include <cfloat>

namespace blokjes::app {

ImFont* ImGuiTextMetrics::font() const {
  return font_ ? font_ : ImGui::GetFont();
}

double ImGuiTextMetrics::width(std::string_view utf8, double size) const {
  // No wrap width: line breaking is src/picture's, not ImGui's.
  return font()
      ->CalcTextSizeA(static_cast<float>(size), FLT_MAX, 0.0f, utf8.data(),
                      utf8.data() + utf8.size())
      .x;
}

}  // namespace blokjes::app
