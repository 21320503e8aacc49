#include "picture_renderer.h"

#include <type_traits>

namespace blokjes::app {

void PictureRenderer::render(const picture::Picture& picture, const CanvasView& view,
                             ImDrawList& draw_list, ImFont* font) {
  draw(picture, view, draw_list, font);
}

void PictureRenderer::render(const picture::Picture& picture, const PicturePlacement& placement,
                             ImDrawList& draw_list, ImFont* font) {
  draw(picture, placement, draw_list, font);
}

// One body for both: a Placement has to_screen(CanvasPoint) and to_screen_length(double).
template <typename Placement>
void PictureRenderer::draw(const picture::Picture& picture, const Placement& placement,
                           ImDrawList& draw_list, ImFont* font) {
  if (!font) font = ImGui::GetFont();
  const auto screen = [&placement](picture::CanvasPoint point) {
    return to_imvec(placement.to_screen(point));
  };
  const auto length = [&placement](double canvas_length) {
    return static_cast<float>(placement.to_screen_length(canvas_length));
  };
  for (const auto& primitive : picture.primitives) {
    std::visit(
        [&](const auto& item) {
          using Item = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<Item, picture::FilledRect>) {
            draw_list.AddRectFilled(screen(item.rect.min), screen(item.rect.max),
                                    to_imgui(item.colour), length(item.rounding));
          } else if constexpr (std::is_same_v<Item, picture::StrokedRect>) {
            draw_list.AddRect(screen(item.rect.min), screen(item.rect.max), to_imgui(item.colour),
                              length(item.rounding), 0, length(item.thickness));
          } else if constexpr (std::is_same_v<Item, picture::TextRun>) {
            draw_list.AddText(font, length(item.size), screen(item.top_left), to_imgui(item.colour),
                              item.text.data(), item.text.data() + item.text.size());
          } else if constexpr (std::is_same_v<Item, picture::Polyline>) {
            points_.clear();
            for (const auto& point : item.points) points_.push_back(screen(point));
            draw_list.AddPolyline(points_.data(), static_cast<int>(points_.size()),
                                  to_imgui(item.colour), 0, length(item.thickness));
          } else if constexpr (std::is_same_v<Item, picture::Triangle>) {
            draw_list.AddTriangleFilled(screen(item.tip), screen(item.left), screen(item.right),
                                        to_imgui(item.colour));
          } else if constexpr (std::is_same_v<Item, picture::Circle>) {
            draw_list.AddCircleFilled(screen(item.centre), length(item.radius),
                                      to_imgui(item.colour));
          }
        },
        primitive);
  }
}

}  // namespace blokjes::app
