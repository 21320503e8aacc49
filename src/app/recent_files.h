#pragma once
// The list of recently opened workshops, newest first, kept in
// $XDG_CONFIG_HOME/blokjessessie/recent.json (or ~/.config/...).

#include <string>
#include <vector>

namespace blokjes::app {

class RecentFiles {
 public:
  explicit RecentFiles(std::string file) : file_(std::move(file)) { load(); }

  const std::vector<std::string>& paths() const { return paths_; }
  // Moves `path` to the front and saves; failures to save are ignored (a
  // missing recent list must never stop the user's work).
  void add(const std::string& path);

 private:
  void load();

  std::string file_;
  std::vector<std::string> paths_;
};

std::string default_recent_files_path();

}  // namespace blokjes::app
