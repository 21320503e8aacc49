// The canvas measures text with ImGui's font, a headless renderer with the
// same TTF through stb_truetype: both must break every demo label on the
// same lines, or an exported picture would not match the canvas.

#include <catch2/catch.hpp>

#include <imgui.h>

#include "../test_support.h"
#include "app/fonts.h"
#include "app/headless_imgui.h"
#include "app/imgui_text_metrics.h"
#include "core/workshop_file.h"
#include "picture/build_picture.h"
#include "picture/fonts.h"
#include "picture/geometry.h"
#include "picture/line_breaking.h"
#include "picture/stb_metrics.h"
#include "picture/style.h"

using namespace blokjes;
using namespace blokjes::app;

TEST_CASE("ImGui's font and stb_truetype break every demo label on the same lines",
          "[text-metrics]") {
  HeadlessImGui imgui;
  // The app's fonts at scale 1 and at 2 (a 4K screen), as the app loads them.
  const std::string assets = test::source_path("assets");
  const std::string ttf = picture::font_file(assets, "canvas");
  REQUIRE_FALSE(ttf.empty());
  const picture::StbTextMetrics stb(ttf);
  const picture::Style style(test::library());
  const Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  for (const float scale : {1.0f, 2.0f}) {
    const AppFonts fonts = load_fonts(assets, scale);
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    REQUIRE(fonts.canvas != nullptr);
    const ImGuiTextMetrics imgui_metrics(fonts.canvas);

    const double size = style.size(picture::StyleSize::block_label_text);
    const double text_width =
        picture::kBlockWidth - 2 * style.size(picture::StyleSize::block_padding);
    std::size_t labels = 0;
    std::size_t several_lines = 0;
    for (const auto& process : workshop.processes) {
      for (const auto& block : process.blocks) {
        INFO(block.label);
        // The widths agree to a hair (float against double), not only the breaks.
        CHECK(imgui_metrics.width(block.label, size) ==
              Approx(stb.width(block.label, size)).epsilon(1e-4));
        const auto with_imgui = picture::break_lines(block.label, size, text_width, imgui_metrics);
        const auto with_stb = picture::break_lines(block.label, size, text_width, stb);
        CHECK(with_imgui == with_stb);
        const auto shown_imgui = picture::layout_block_text(block, test::library(), Language::dutch,
                                                            style, imgui_metrics);
        const auto shown_stb =
            picture::layout_block_text(block, test::library(), Language::dutch, style, stb);
        CHECK(shown_imgui.title == shown_stb.title);
        CHECK(shown_imgui.label == shown_stb.label);
        ++labels;
        if (with_stb.size() > 1) ++several_lines;
      }
    }
    CHECK(labels > 100);
    CHECK(several_lines > 0);
  }
}
