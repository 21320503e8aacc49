#pragma once
// A Dear ImGui context without a window or GPU (a "null backend"): tests and
// the canvas benchmark set the display size and time step, feed mouse and
// keys frame by frame, and assert on the model. Keys are indexed by GLFW key
// codes, as in the app.

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <functional>
#include <string>

namespace blokjes::app {

class HeadlessImGui {
 public:
  explicit HeadlessImGui(float width = 1600, float height = 900) {
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = {width, height};
    io.DeltaTime = 1.0f / 60.0f;
    io.IniFilename = nullptr;
    // Without a renderer nothing splits the draw lists; large canvases need this.
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    io.KeyMap[ImGuiKey_Escape] = GLFW_KEY_ESCAPE;
    io.KeyMap[ImGuiKey_Enter] = GLFW_KEY_ENTER;
    io.KeyMap[ImGuiKey_Delete] = GLFW_KEY_DELETE;
    io.KeyMap[ImGuiKey_Backspace] = GLFW_KEY_BACKSPACE;
    io.KeyMap[ImGuiKey_Tab] = GLFW_KEY_TAB;
    io.KeyMap[ImGuiKey_A] = GLFW_KEY_A;
    io.KeyMap[ImGuiKey_C] = GLFW_KEY_C;
    io.KeyMap[ImGuiKey_V] = GLFW_KEY_V;
    io.KeyMap[ImGuiKey_X] = GLFW_KEY_X;
    io.KeyMap[ImGuiKey_Y] = GLFW_KEY_Y;
    io.KeyMap[ImGuiKey_Z] = GLFW_KEY_Z;
    io.SetClipboardTextFn = [](void* user, const char* text) {
      static_cast<HeadlessImGui*>(user)->clipboard_ = text;
    };
    io.GetClipboardTextFn = [](void* user) {
      return static_cast<HeadlessImGui*>(user)->clipboard_.c_str();
    };
    io.ClipboardUserData = this;
    unsigned char* pixels = nullptr;
    int atlas_width = 0;
    int atlas_height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &atlas_width, &atlas_height);
  }
  HeadlessImGui(const HeadlessImGui&) = delete;
  HeadlessImGui& operator=(const HeadlessImGui&) = delete;
  ~HeadlessImGui() { ImGui::DestroyContext(context_); }

  void frame(const std::function<void()>& ui) {
    ImGui::NewFrame();
    ui();
    ImGui::Render();
  }
  void frames(int count, const std::function<void()>& ui) {
    for (int i = 0; i < count; ++i) frame(ui);
  }

  void mouse_to(float x, float y) { ImGui::GetIO().MousePos = {x, y}; }
  void mouse_button(int button, bool down) { ImGui::GetIO().MouseDown[button] = down; }
  void wheel(float steps) { ImGui::GetIO().MouseWheel = steps; }
  void key(int glfw_key, bool down) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[glfw_key] = down;
    if (glfw_key == GLFW_KEY_LEFT_CONTROL) io.KeyCtrl = down;
    if (glfw_key == GLFW_KEY_LEFT_SHIFT) io.KeyShift = down;
  }

  // A left-button drag from one point to another over several frames.
  void drag(float from_x, float from_y, float to_x, float to_y, const std::function<void()>& ui,
            int button = 0) {
    mouse_to(from_x, from_y);
    frame(ui);
    mouse_button(button, true);
    frame(ui);
    constexpr int kSteps = 8;
    for (int i = 1; i <= kSteps; ++i) {
      mouse_to(from_x + (to_x - from_x) * i / kSteps, from_y + (to_y - from_y) * i / kSteps);
      frame(ui);
    }
    mouse_button(button, false);
    frame(ui);
    frame(ui);
  }
  void click(float x, float y, const std::function<void()>& ui) { drag(x, y, x, y, ui); }
  // Presses a key, optionally with Ctrl (and Shift), for one frame.
  void press(int glfw_key, const std::function<void()>& ui, bool ctrl = false, bool shift = false) {
    if (ctrl) key(GLFW_KEY_LEFT_CONTROL, true);
    if (shift) key(GLFW_KEY_LEFT_SHIFT, true);
    key(glfw_key, true);
    frame(ui);
    key(glfw_key, false);
    if (ctrl) key(GLFW_KEY_LEFT_CONTROL, false);
    if (shift) key(GLFW_KEY_LEFT_SHIFT, false);
    frame(ui);
  }
  const std::string& clipboard() const { return clipboard_; }

 private:
  ImGuiContext* context_ = nullptr;
  std::string clipboard_;
};

}  // namespace blokjes::app
