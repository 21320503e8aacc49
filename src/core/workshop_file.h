#pragma once
// Reading and writing workshop files (format "blokjessessie-workshop").
// Loading never crashes: any problem becomes a LoadError naming the file, the
// line and column and what was expected. Saving is atomic.

#include <memory>
#include <string>

#include "json_text.h"
#include "workshop.h"

namespace blokjes {

inline constexpr int kWorkshopFormatVersion = 3;
inline constexpr const char* kWorkshopFormat = "blokjessessie-workshop";

struct LoadedWorkshop {
  Workshop workshop;
  // Maps JSON pointers in validation findings back to line:col in the file.
  std::shared_ptr<const JsonSourceMap> source;
};

LoadedWorkshop load_workshop(const std::string& path, const JsonLimits& limits = {});
LoadedWorkshop parse_workshop(const std::string& text, const std::string& name,
                              const JsonLimits& limits = {});

// The canonical text of a workshop: the same workshop always gives the same bytes.
std::string serialise_workshop(const Workshop& workshop);

// Writes atomically (temp file, fsync, rename); throws std::runtime_error on failure,
// leaving any existing file untouched.
void save_workshop(const Workshop& workshop, const std::string& path);

// Blocks with the flows among them, as copy and paste carry them. The
// clipboard text uses the workshop file's own block and flow form.
struct ProcessFragment {
  std::vector<Block> blocks;
  std::vector<Flow> flows;
  bool operator==(const ProcessFragment&) const = default;
};
inline constexpr const char* kFragmentFormat = "blokjessessie-fragment";
std::string serialise_fragment(const ProcessFragment& fragment);
// Throws LoadError (named "clipboard") when the text is not a fragment.
ProcessFragment parse_fragment(const std::string& text);

// The JSON pointer of an item, as the canonical file lays it out.
std::string process_pointer(std::size_t process_index);
std::string block_pointer(std::size_t process_index, std::size_t block_index);
std::string flow_pointer(std::size_t process_index, std::size_t flow_index);

}  // namespace blokjes
