#pragma once
// One process as a picture: lanes, flows and blocks as drawing primitives in
// canvas coordinates, from the model, a view state, the style table and font
// metrics. The canvas draws exactly this; SVG and PDF renderers will draw it
// too. In the manner of Tracy's precomputed draw items: compute what to
// draw, then draw it.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/block_index.h"
#include "core/block_library.h"
#include "core/lanes.h"
#include "core/process.h"
#include "core/workshop.h"
#include "primitives.h"
#include "style.h"
#include "text_metrics.h"

namespace blokjes::picture {

enum class Highlight { none, only_in_a, only_in_b };

struct PictureView {
  double zoom = 1;  // keeps strokes a few pixels wide when zoomed out
  const std::set<std::string>* selected_blocks = nullptr;
  const std::set<std::string>* selected_flows = nullptr;
  CanvasPoint drag_offset;  // added to the selected blocks' positions while dragging
  const std::map<std::string, Highlight, std::less<>>* highlights = nullptr;  // by block id
  Language language = Language::dutch;
  std::optional<CanvasRect> visible;  // only what overlaps it; nothing: everything
  const std::vector<Department>* departments = nullptr;  // lane names (ids when missing)
  // By block id: this fill replaces the kind's colour (colouring by
  // participant or round); blocks not in it keep their kind's colour.
  const std::map<std::string, Colour, std::less<>>* block_fills = nullptr;
};

// What a block's text looks like: the variant's name on one line, or wrapped
// on two when it does not fit on one ("Aanvullende / informatie"), then the
// label on up to three lines, the third with an ellipsis when it is cut (the
// block is tall enough for two title and three label lines). Nothing is cut
// inside a word unless one word is wider than the block.
inline constexpr std::size_t kMaxTitleLines = 2;
inline constexpr std::size_t kMaxLabelLines = 3;
struct BlockText {
  std::vector<std::string> title;
  std::vector<std::string> label;
  // The label's text size: the style's, or smaller (down to four fifths) when
  // one of its words is wider than the block, so no word is cut in two.
  double label_size = 0;
};
BlockText layout_block_text(const Block& block, const BlockLibrary& library, Language language,
                            const Style& style, const TextMetrics& metrics);
// The canvas position of each text line of a block at `position`: title line
// `line`, and label line `line` under `title_lines` lines of title.
CanvasPoint block_title_origin(CanvasPoint position, const Style& style, std::size_t line);
CanvasPoint block_label_origin(CanvasPoint position, const Style& style, std::size_t title_lines,
                               std::size_t line, const TextMetrics& metrics);
// How many label lines fit under `title_lines` lines of title, at most kMaxLabelLines.
std::size_t label_lines_that_fit(const Style& style, const TextMetrics& metrics,
                                 std::size_t title_lines);

// What build_picture may keep between frames: the block index and lanes of
// one model revision, and block texts by their words. A canvas keeps one;
// a one-off picture needs none.
class PictureCache {
 public:
  // Drops what belongs to an older revision or another process. Revisions
  // count one document's edits: call forget_model when the document is replaced.
  void use(const Process& process, std::uint64_t revision);
  void forget_model();
  // Drops the texts too: another font or language measures differently.
  void clear();

  const BlockIndex& blocks(const Process& process);
  const std::vector<Lane>& lanes(const Process& process);
  const BlockText& block_text(const Block& block, const BlockLibrary& library, Language language,
                              const Style& style, const TextMetrics& metrics);

 private:
  // What the index and lanes were built from; the block storage and counts
  // guard against a replaced document whose revision happens to match.
  const Process* process_ = nullptr;
  std::string process_id_;
  std::uint64_t revision_ = 0;
  const Block* block_storage_ = nullptr;
  std::size_t block_count_ = 0;
  std::size_t flow_count_ = 0;
  std::optional<BlockIndex> blocks_;
  std::optional<std::vector<Lane>> lanes_;
  Language language_ = Language::dutch;
  // Keyed by kind, variant and label: the words decide the lines, not the block.
  std::map<std::string, BlockText, std::less<>> texts_;
};

Picture build_picture(const Process& process, const BlockLibrary& library, const Style& style,
                      const PictureView& view, const TextMetrics& metrics,
                      PictureCache* cache = nullptr);

}  // namespace blokjes::picture
