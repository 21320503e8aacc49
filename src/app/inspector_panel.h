#pragma once
// The inspector: edits the selected block (label, variant, lane, note and its
// zaaktype mapping overrides) or, with nothing selected, the process, its
// zaaktype fields and the workshop's catalogus; a selected sticky note (its
// text, colour and author). Edits are made on a copy and
// committed as one command when a field is left, so undo steps match what the
// user did. The fields only the Catalogi export needs are drawn by
// inspector_catalogi.cpp.

#include <optional>
#include <set>
#include <string>

#include "canvas_view.h"
#include "core/block_library.h"
#include "core/document.h"
#include "core/zaaktype_fields.h"
#include "layout_recorder.h"
#include "translations.h"
#include "validation_cache.h"

namespace blokjes::app {

class InspectorPanel {
 public:
  // Each field is recorded in `recorder` as "inspector/<translation key>" where
  // it was drawn, for GUI tests; a field in a list row has its row index
  // appended: "inspector/eigenschap.naam[0]".
  InspectorPanel(Document& document, const BlockLibrary& library, const Translations& tr,
                 SelectielijstSource& selectielijst, LayoutRecorder& recorder)
      : document_(document),
        library_(library),
        tr_(tr),
        selectielijst_(selectielijst),
        recorder_(recorder) {}

  // Shows the block, else the flow, else the process (ids may be empty).
  void draw(const std::string& process_id, const std::string& block_id,
            const std::string& flow_id = "");
  // The canvas's selected sticky notes: with one of the shown process
  // selected (and no block or flow), the inspector edits that note.
  void set_note_selection(const std::set<std::string>* notes) { note_selection_ = notes; }

 private:
  void draw_block(const std::string& process_id, const Block& block);
  void draw_block_mapping(const BlockVariant& variant);
  void draw_roltypen(const ZaaktypeMapping& effective);
  void draw_documents(const ZaaktypeMapping& effective);
  void draw_flow(const std::string& process_id, const Flow& flow);
  void draw_note(const Note& note);
  void commit_note();
  void draw_process(const Process& process);
  void draw_zaaktype(ZaaktypeFields& fields);
  bool draw_zaaktype_field(const ZaaktypeField& field, ZaaktypeFields& fields);
  bool draw_procestype(ZaaktypeFields& fields);

  // inspector_catalogi.cpp: what the Catalogi export needs besides the above.
  void draw_resultaattypen(const BlockVariant& variant, const ZaaktypeMapping& effective);
  bool draw_resultaattype(ResultaattypeMapping& resultaattype);
  bool draw_brondatum_parameters(ResultaattypeMapping& resultaattype);
  bool draw_eigenschappen(std::vector<EigenschapMapping>& eigenschappen);
  void draw_catalogus();

  // `hint` (translated) shows in an empty single-line field.
  bool text_field(const char* key, std::string& value, bool multiline = false,
                  const char* hint = nullptr);
  // An ISO-8601 duration; `allow_empty` for an optional one.
  bool duration_field(const char* key, std::string& value, bool allow_empty = false,
                      const char* hint = nullptr);
  bool optional_duration_field(const char* key, std::optional<std::string>& value);
  // A date YYYY-MM-DD, or empty; `hint` replaces the "YYYY-MM-DD" placeholder.
  bool date_text_field(const char* key, std::string& value, const char* hint = nullptr);
  bool optional_date_text_field(const char* key, std::optional<std::string>& value);
  // Remembers where the last item was drawn, under `key` and the row suffix.
  void record_rect(const char* key);
  void commit_block(const std::string& process_id);
  double lane_top(const std::string& process_id, const std::string& block_id,
                  const std::string& department_id) const;
  void commit_process();
  void commit_catalogus();

  // For its lifetime: the ImGui id and the field-rect suffix of row `index` of a list.
  class Row {
   public:
    Row(InspectorPanel& panel, std::size_t index);
    ~Row();
    Row(const Row&) = delete;
    Row& operator=(const Row&) = delete;

   private:
    InspectorPanel& panel_;
  };

  Document& document_;
  const BlockLibrary& library_;
  const Translations& tr_;
  SelectielijstSource& selectielijst_;
  LayoutRecorder& recorder_;
  // The copy being edited, and the revision it was taken at: a change from
  // elsewhere (undo, a drag) refreshes it.
  std::optional<Block> block_;
  std::optional<Process> process_;
  std::optional<CatalogusFields> catalogus_;
  std::uint64_t taken_at_revision_ = ~0ull;
  bool changed_ = false;
  std::string row_suffix_;  // "[i]" while a list row is drawn
  std::string flow_label_;
  std::string flow_label_of_;  // "process/flow" the label copy belongs to
  const std::set<std::string>* note_selection_ = nullptr;
  std::optional<Note> note_;  // the sticky note being edited
};

}  // namespace blokjes::app
