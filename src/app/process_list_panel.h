#pragma once
// The workshop's processes: choose one, and create (from the five generic
// blocks), rename, duplicate or delete them. Every change is a command.

#include <string>

#include "core/block_library.h"
#include "core/document.h"
#include "translations.h"

namespace blokjes::app {

class ProcessListPanel {
 public:
  ProcessListPanel(Document& document, const BlockLibrary& library, const Translations& tr)
      : document_(document), library_(library), tr_(tr) {}

  // Draws the list; `shown` is the process on the canvas and may be changed.
  void draw(std::string& shown);

 private:
  void draw_item_menu(const std::string& process_id, std::string& shown);
  void draw_new_process_popup(std::string& shown);
  void draw_rename_popup();

  Document& document_;
  const BlockLibrary& library_;
  const Translations& tr_;
  std::string new_name_;
  std::string new_department_;
  std::string renaming_;  // process id
  std::string rename_text_;
};

}  // namespace blokjes::app
