// The clipboard: the selection as a process fragment (the same serialised
// form as the workshop file), pasted at the mouse or beside the blocks.

#include <imgui.h>

#include "canvas_geometry.h"
#include "canvas_panel.h"
#include "core/load_error.h"
#include "core/process_editing.h"

// [SECTION] Copy and cut
// [SECTION] Paste

namespace blokjes::app {

// -----------------------------------------------------------------------------
// [SECTION] Copy and cut
// -----------------------------------------------------------------------------

void CanvasPanel::copy_selection(const std::string& process_id) const {
  const Process* process = document_.workshop().find_process(process_id);
  if (!process || selection_.blocks.empty()) return;
  const ProcessFragment fragment = copy_fragment(
      *process, std::vector<std::string>(selection_.blocks.begin(), selection_.blocks.end()));
  ImGui::SetClipboardText(serialise_fragment(fragment).c_str());
}

void CanvasPanel::cut_selection(const std::string& process_id) {
  if (selection_.blocks.empty()) return;
  copy_selection(process_id);
  delete_selection(process_id);
}

// -----------------------------------------------------------------------------
// [SECTION] Paste
// -----------------------------------------------------------------------------

void CanvasPanel::paste(const std::string& process_id) {
  const Process* process = document_.workshop().find_process(process_id);
  const char* text = ImGui::GetClipboardText();
  if (!process || !text) return;
  ProcessFragment fragment;
  try {
    fragment = parse_fragment(text);
  } catch (const LoadError& error) {
    message_ = error.message();
    return;
  }
  CanvasPoint target{40, 40};
  if (mouse_over_canvas_) {
    target = snap_to_grid(view_.to_canvas(from_imvec(ImGui::GetIO().MousePos)));
  } else if (const auto bounds = bounds_of(*process)) {
    target = snap_to_grid({bounds->min.x, bounds->max.y + kLaneHeight - kBlockHeight});
  }
  add_and_select(*process, place_fragment(fragment, *process, target), "Paste");
}

}  // namespace blokjes::app
