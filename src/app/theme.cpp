#include "theme.h"

#include <cfloat>

namespace blokjes::app {

ImGuiStyle presentation_style(float scale) {
  ImGuiStyle style;
  ImGui::StyleColorsLight(&style);
  style.ScaleAllSizes(scale);
  // Borders a projector does not wash out.
  style.WindowBorderSize = 2 * scale;
  style.FrameBorderSize = 2 * scale;
  style.PopupBorderSize = 2 * scale;
  style.ChildBorderSize = 2 * scale;
  style.TabBorderSize = 2 * scale;
  ImVec4* colours = style.Colors;
  const ImVec4 black(0, 0, 0, 1);
  const ImVec4 white(1, 1, 1, 1);
  colours[ImGuiCol_Text] = black;
  colours[ImGuiCol_TextDisabled] = ImVec4(0.24f, 0.24f, 0.24f, 1);
  colours[ImGuiCol_WindowBg] = white;
  colours[ImGuiCol_ChildBg] = white;
  colours[ImGuiCol_PopupBg] = white;
  colours[ImGuiCol_Border] = black;
  colours[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  colours[ImGuiCol_FrameBg] = white;
  colours[ImGuiCol_FrameBgHovered] = ImVec4(1, 0.92f, 0.6f, 1);
  colours[ImGuiCol_FrameBgActive] = ImVec4(1, 0.85f, 0.4f, 1);
  colours[ImGuiCol_Button] = white;
  colours[ImGuiCol_ButtonHovered] = ImVec4(1, 0.92f, 0.6f, 1);
  colours[ImGuiCol_ButtonActive] = ImVec4(1, 0.85f, 0.4f, 1);
  colours[ImGuiCol_Header] = ImVec4(1, 0.92f, 0.6f, 1);
  colours[ImGuiCol_HeaderHovered] = ImVec4(1, 0.85f, 0.4f, 1);
  colours[ImGuiCol_HeaderActive] = ImVec4(1, 0.78f, 0.2f, 1);
  colours[ImGuiCol_Separator] = black;
  colours[ImGuiCol_ScrollbarBg] = white;
  colours[ImGuiCol_ScrollbarGrab] = ImVec4(0.3f, 0.3f, 0.3f, 1);
  colours[ImGuiCol_MenuBarBg] = white;
  return style;
}

std::string fit_with_ellipsis(ImFont* font, float px, std::string text, float width) {
  if (font->CalcTextSizeA(px, FLT_MAX, 0, text.c_str()).x <= width) return text;
  while (!text.empty()) {
    // One code point off the end: its continuation bytes, then its lead byte.
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) {
      text.pop_back();
    }
    if (!text.empty()) text.pop_back();
    if (font->CalcTextSizeA(px, FLT_MAX, 0, (text + "\u2026").c_str()).x <= width) break;
  }
  return text + "\u2026";
}

PresentationTheme::PresentationTheme(float scale) : saved_(ImGui::GetStyle()) {
  ImGui::GetStyle() = presentation_style(scale);
}

PresentationTheme::~PresentationTheme() {
  ImGui::GetStyle() = saved_;
}

}  // namespace blokjes::app
