#include "platform_window.h"

// glad before GLFW, so GLFW does not pull in the system GL header; the blank
// line keeps clang-format from sorting them.
#include <glad/gl.h>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cfloat>
#include <stdexcept>
#include <vector>

// [SECTION] Opening and closing
// [SECTION] Monitors and full screen
// [SECTION] Frames and screenshots

namespace blokjes::app {
namespace {

struct MonitorArea {
  GLFWmonitor* monitor;
  int x, y, width, height;
};

std::vector<MonitorArea> monitor_areas() {
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  std::vector<MonitorArea> areas;
  for (int i = 0; i < count; ++i) {
    const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
    if (mode == nullptr) continue;
    int x = 0;
    int y = 0;
    glfwGetMonitorPos(monitors[i], &x, &y);
    areas.push_back({monitors[i], x, y, mode->width, mode->height});
  }
  return areas;
}

// The monitor holding most of the rectangle, or null when none holds any.
const MonitorArea* monitor_under(const std::vector<MonitorArea>& areas, int x, int y, int width,
                                 int height) {
  const MonitorArea* best = nullptr;
  long long best_overlap = 0;
  for (const auto& area : areas) {
    const long long w = std::min(x + width, area.x + area.width) - std::max(x, area.x);
    const long long h = std::min(y + height, area.y + area.height) - std::max(y, area.y);
    if (w > 0 && h > 0 && w * h > best_overlap) {
      best_overlap = w * h;
      best = &area;
    }
  }
  return best;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Opening and closing
// -----------------------------------------------------------------------------

PlatformWindow::PlatformWindow(const WindowOptions& options) {
  if (!glfwInit()) throw std::runtime_error("cannot initialise GLFW (is there a display?)");
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_VISIBLE, options.visible ? GLFW_TRUE : GLFW_FALSE);
  const WindowGeometry* last = options.geometry ? &*options.geometry : nullptr;
  glfwWindowHint(GLFW_MAXIMIZED,
                 (last ? last->maximised : options.maximise) ? GLFW_TRUE : GLFW_FALSE);
  window_ = glfwCreateWindow(last ? last->width : options.width,
                             last ? last->height : options.height, options.title.c_str(), nullptr,
                             nullptr);
  if (!window_) {
    glfwTerminate();
    throw std::runtime_error("cannot open an OpenGL 3.3 window");
  }
  // The place of last time, unless that monitor is gone (a beamer unplugged):
  // then the window manager places it.
  if (last && monitor_under(monitor_areas(), last->x, last->y, last->width, last->height)) {
    glfwSetWindowPos(window_, last->x, last->y);
  }
  glfwMakeContextCurrent(window_);
  glfwSwapInterval(1);
  if (gladLoadGL(glfwGetProcAddress) == 0) {
    glfwDestroyWindow(window_);
    glfwTerminate();
    throw std::runtime_error("cannot load OpenGL functions");
  }
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui_ImplGlfw_InitForOpenGL(window_, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
}

PlatformWindow::~PlatformWindow() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window_);
  glfwTerminate();
}

bool PlatformWindow::should_close() const {
  return glfwWindowShouldClose(window_) != 0;
}
void PlatformWindow::cancel_close() {
  glfwSetWindowShouldClose(window_, GLFW_FALSE);
}
void PlatformWindow::set_title(const std::string& title) {
  glfwSetWindowTitle(window_, title.c_str());
}

float PlatformWindow::content_scale() const {
  float x = 1;
  float y = 1;
  glfwGetWindowContentScale(window_, &x, &y);
  return x > 0 ? x : 1;
}

// -----------------------------------------------------------------------------
// [SECTION] Monitors and full screen
// -----------------------------------------------------------------------------

WindowGeometry PlatformWindow::geometry() const {
  if (windowed_) return *windowed_;
  WindowGeometry geometry;
  glfwGetWindowPos(window_, &geometry.x, &geometry.y);
  glfwGetWindowSize(window_, &geometry.width, &geometry.height);
  geometry.maximised = glfwGetWindowAttrib(window_, GLFW_MAXIMIZED) == GLFW_TRUE;
  return geometry;
}

void PlatformWindow::set_fullscreen(bool on) {
  if (on == fullscreen()) return;
  if (!on) {
    const WindowGeometry back = *windowed_;
    windowed_.reset();
    glfwSetWindowMonitor(window_, nullptr, back.x, back.y, back.width, back.height, GLFW_DONT_CARE);
    if (back.maximised) glfwMaximizeWindow(window_);
    return;
  }
  const WindowGeometry now = geometry();
  const auto areas = monitor_areas();
  const MonitorArea* area = monitor_under(areas, now.x, now.y, now.width, now.height);
  GLFWmonitor* monitor = area ? area->monitor : glfwGetPrimaryMonitor();
  const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
  if (mode == nullptr) return;  // no monitor to fill: stay windowed
  windowed_ = now;
  glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
}

// -----------------------------------------------------------------------------
// [SECTION] Frames and screenshots
// -----------------------------------------------------------------------------

void PlatformWindow::reload_font_texture() {
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void PlatformWindow::begin_frame(bool wait_for_events, bool ignore_mouse) {
  if (wait_for_events) {
    glfwWaitEventsTimeout(0.05);
  } else {
    glfwPollEvents();
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  if (ignore_mouse) ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  ImGui::NewFrame();
}

void PlatformWindow::end_frame(float r, float g, float b, const std::string& screenshot_path) {
  ImGui::Render();
  int width = 0;
  int height = 0;
  glfwGetFramebufferSize(window_, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(r, g, b, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (!screenshot_path.empty()) write_screenshot(screenshot_path);
  glfwSwapBuffers(window_);
}

void PlatformWindow::write_screenshot(const std::string& path) const {
  int width = 0;
  int height = 0;
  glfwGetFramebufferSize(window_, &width, &height);
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 4);
  glReadBuffer(GL_BACK);  // before the swap, the back buffer holds this frame
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  stbi_flip_vertically_on_write(1);
  if (stbi_write_png(path.c_str(), width, height, 4, pixels.data(), width * 4) == 0) {
    throw std::runtime_error(path + ": cannot write the screenshot");
  }
}

}  // namespace blokjes::app
