#pragma once
// The inventory view (Raalte's "grote inventarisatie"): the teams' products
// and services, each mapped onto one of the workshop's processes (a generic
// shape) or left to maatwerk, and the olievlek board showing how far each
// shape spreads, large enough for the room. The reading, the suggestion and
// the board are src/inventory's; every change is one undoable edit
// (make_set_inventory).

#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
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

  void set_display_font(ImFont* font, float scale) override {
    font_ = font;
    scale_ = scale;
  }
  void draw() override;

  // Reads a products CSV, keeps the workshop's earlier mapping for products it
  // already had, suggests a process for the rest and stores the result; the
  // bad rows are listed in the view. False (with the message shown) when the
  // file cannot be read at all.
  bool import_csv(const std::string& path);
  // The mapping as CSV; false with the message shown when it cannot be written.
  bool export_csv(const std::string& path);
  void suggest_unconfirmed();
  void confirm_all();
  const std::vector<inventory::RowProblem>& problems() const { return problems_; }
  const std::string& message() const { return message_; }

 private:
  void draw_toolbar();
  void draw_products(float width, float height);
  void draw_board(float width, float height);
  void commit(std::vector<InventoryProduct> products);

  Document& document_;
  const Translations& tr_;
  LayoutRecorder& recorder_;
  ImFont* font_ = nullptr;
  float scale_ = 1;
  std::string path_;         // the CSV to import, the example by default
  std::string export_path_;  // where the mapping goes
  std::string imported_from_;
  std::vector<inventory::RowProblem> problems_;
  std::string message_;
};

}  // namespace blokjes::app
