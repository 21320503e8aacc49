#pragma once
// The inventory view (Raalte's "grote inventarisatie"): the teams' products
// and services, each mapped onto one of the workshop's processes (a generic
// shape) or left to maatwerk, and the olievlek board showing how far each
// shape spreads, large enough for the room. The reading, the suggestion and
// the board are src/inventory's; every change is one undoable edit
// (make_set_inventory). CSV files are opened and the mapping saved through
// the app's file dialog (file_dialog.h), starting in the workshop's folder;
// an existing file is only overwritten after the facilitator confirms.

#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "file_dialog.h"
#include "inventory/inventory_csv.h"
#include "layout_recorder.h"
#include "translations.h"
#include "view.h"

struct ImFont;

namespace blokjes::app {

class InventoryView : public View {
 public:
  InventoryView(const ViewInfo& info, Document& document, const Translations& tr,
                LayoutRecorder& recorder);

  void draw() override;

  // Reads a products CSV, keeps the workshop's earlier mapping for products it
  // already had, suggests a process for the rest and stores the result; the
  // bad rows are listed in the view. False (with the message shown) when the
  // file cannot be read at all.
  bool import_csv(const std::string& path);
  // The mapping as CSV; false with the message shown when it cannot be
  // written. An existing file is left alone unless `overwrite` is confirmed:
  // the view then asks (overwrite_pending) and confirm_overwrite writes it.
  enum class Overwrite { ask, confirmed };
  bool export_csv(const std::string& path, Overwrite overwrite = Overwrite::ask);
  const std::string& overwrite_pending() const { return overwrite_pending_; }
  bool confirm_overwrite();
  void cancel_overwrite();
  // "CSV openen…" and "Koppeling exporteren…": the file dialog, filtered to
  // .csv, in the workshop's folder; what it returns goes to import_csv or
  // export_csv.
  void begin_import();
  void begin_export();
  const FileDialog& file_dialog() const { return dialog_; }
  void suggest_unconfirmed();
  void confirm_all();
  const std::vector<inventory::RowProblem>& problems() const { return problems_; }
  const std::string& message() const { return message_; }

 private:
  void draw_toolbar();
  void draw_products(float width, float height);
  void draw_board(float width, float height);
  void draw_dialogs();
  void draw_file_dialog();
  void draw_overwrite_question();
  void commit(std::vector<InventoryProduct> products);
  std::string start_folder() const;

  Document& document_;
  const Translations& tr_;
  LayoutRecorder& recorder_;
  FileDialog dialog_;
  RecentFiles no_recent_{""};  // the dialog lists the folder, not recent workshops
  enum class Choosing { nothing, import, export_mapping } choosing_ = Choosing::nothing;
  std::string imported_from_;
  std::string overwrite_pending_;  // an existing file the export waits to replace
  bool ask_overwrite_ = false;
  std::vector<inventory::RowProblem> problems_;
  bool show_problems_ = false;  // open the list of bad rows on the next frame
  std::string message_;
};

}  // namespace blokjes::app
