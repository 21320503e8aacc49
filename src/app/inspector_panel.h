#pragma once
// The inspector: edits the selected block (label, variant, lane, note and its
// zaaktype mapping overrides) or, with nothing selected, the process and its
// zaaktype fields. Edits are made on a copy and committed as one command when
// a field is left, so undo steps match what the user did.

#include <map>
#include <optional>
#include <string>

#include "canvas_view.h"
#include "core/block_library.h"
#include "core/document.h"
#include "translations.h"

namespace blokjes::app {

class InspectorPanel {
 public:
  InspectorPanel(Document& document, const BlockLibrary& library, const Translations& tr)
      : document_(document), library_(library), tr_(tr) {}

  // Where each text field (by translation key) was drawn last frame, for GUI tests.
  struct FieldRect {
    ScreenPoint min;
    ScreenPoint max;
    bool visible = true;
  };
  const std::map<std::string, FieldRect>& field_rects() const { return field_rects_; }

  // Shows the block, else the flow, else the process (ids may be empty).
  void draw(const std::string& process_id, const std::string& block_id,
            const std::string& flow_id = "");

 private:
  void draw_block(const std::string& process_id, const Block& block);
  void draw_block_mapping(const BlockVariant& variant);
  void draw_roltypen(const ZaaktypeMapping& effective);
  void draw_documents(const ZaaktypeMapping& effective);
  void draw_flow(const std::string& process_id, const Flow& flow);
  void draw_process(const Process& process);
  void draw_zaaktype(ZaaktypeFields& fields);
  bool text_field(const char* key, std::string& value, bool multiline = false);
  bool duration_field(const char* key, std::string& value);
  bool optional_duration_field(const char* key, std::optional<std::string>& value);
  void commit_block(const std::string& process_id);
  double lane_top(const std::string& process_id, const std::string& block_id,
                  const std::string& department_id) const;
  void commit_process();

  Document& document_;
  const BlockLibrary& library_;
  const Translations& tr_;
  // The copy being edited, and the revision it was taken at: a change from
  // elsewhere (undo, a drag) refreshes it.
  std::optional<Block> block_;
  std::optional<Process> process_;
  std::uint64_t taken_at_revision_ = ~0ull;
  bool changed_ = false;
  std::map<std::string, FieldRect> field_rects_;
  std::string flow_label_;
  std::string flow_label_of_;  // "process/flow" the label copy belongs to
};

}  // namespace blokjes::app
