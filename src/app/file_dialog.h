#pragma once
// Our own open and save-as dialog: a path field plus the recent files. A
// native dialog would need a toolkit we do not otherwise use. Opened with
// Options (the inventory's CSV files) it shows its own title and, instead of
// the recent workshops, the path's folder: subfolders and the files whose
// names end in the extension.

#include <optional>
#include <string>
#include <vector>

#include "recent_files.h"
#include "translations.h"

namespace blokjes::app {

class FileDialog {
 public:
  enum class Mode { open, save_as };

  explicit FileDialog(const Translations& tr) : tr_(tr) {}

  void open(Mode mode, const std::string& initial_path);
  struct Options {
    std::string title;      // empty: the workshop title of the mode
    std::string extension;  // ".csv": list the folder, these files only
  };
  void open(Mode mode, const std::string& initial_path, Options options);
  const std::string& path() const { return path_; }
  const Options& options() const { return options_; }
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
  Options options_;
  // The listed folder, read again only when the path moves to another one.
  struct Entry {
    std::string name;
    bool folder = false;
  };
  std::optional<std::string> draw_folder();  // a file double-clicked
  std::string listed_folder_;
  std::vector<Entry> entries_;
};

}  // namespace blokjes::app
