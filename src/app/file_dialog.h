#pragma once
// Our own open and save-as dialog: a path field plus the recent files. A
// native dialog would need a toolkit we do not otherwise use.

#include <optional>
#include <string>

#include "recent_files.h"
#include "translations.h"

namespace blokjes::app {

class FileDialog {
 public:
  enum class Mode { open, save_as };

  explicit FileDialog(const Translations& tr) : tr_(tr) {}

  void open(Mode mode, const std::string& initial_path);
  // Draws the dialog when open; returns the chosen path once, when confirmed.
  std::optional<std::string> draw(const RecentFiles& recent);
  // Shows an error inside the dialog and keeps it open (e.g. the file did not load).
  void show_error(const std::string& message);
  Mode mode() const { return mode_; }

 private:
  const Translations& tr_;
  Mode mode_ = Mode::open;
  bool open_requested_ = false;
  bool reopen_ = false;
  std::string path_;
  std::string error_;
};

}  // namespace blokjes::app
