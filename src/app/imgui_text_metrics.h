#pragma once
// Text metrics from an ImGui font (the canvas font), so the picture breaks
// lines where the canvas then draws them. src/picture's stb_truetype metrics
// read the same TTF and give the same widths.

#include "picture/text_metrics.h"

struct ImFont;

namespace blokjes::app {

class ImGuiTextMetrics : public picture::TextMetrics {
 public:
  // `font` null: the current ImGui font at the time of each call.
  explicit ImGuiTextMetrics(ImFont* font = nullptr) : font_(font) {}
  void set_font(ImFont* font) { font_ = font; }
  ImFont* font() const;

  double width(std::string_view utf8, double size) const override;

 private:
  ImFont* font_;
};

}  // namespace blokjes::app
