#pragma once
// Where the imported blocks go on the canvas. In order of trust: the position
// our own export wrote (<blokjes:block x y>, exact); the diagram's (DI) shape,
// scaled; else, for a process with neither, auto-layout (make_auto_layout).
//
// The canvas keeps a department's blocks on one row (core/lanes.h: a lane is
// a row kLaneHeight high), so a DI position gives the block's x only:
//   x = (DI x - leftmost DI x) * kLayoutStepX / median DI task width,
//       snapped to the grid (kGridStep);
// a BPMN task is about 100 wide and a block 200 (picture/geometry.h), so two
// tasks side by side stay apart at the canvas's block size. Blocks of one
// row that would still be closer than kLayoutStepX (tasks stacked in one BPMN
// lane) move right until they are not. y is the department's row; rows are
// in the diagram's top-to-bottom lane order, below any rows restored blocks
// hold. A pool drawn vertically (isHorizontal="false") reads its y as the
// flow's direction and its x as the lane order.

#include <optional>
#include <string>
#include <vector>

#include "core/process.h"

namespace blokjes::bpmn {

struct DiBounds {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
};

struct BlockPlacement {
  std::optional<Position> restored;  // from <blokjes:block>
  std::optional<DiBounds> shape;     // from the diagram
};

// `placements` has one entry per block of `process`, in block order;
// `lane_order` lists departments in the diagram's lane order (departments of
// blocks not in it follow in order of first use).
void place_blocks(Process& process, const std::vector<BlockPlacement>& placements,
                  const std::vector<std::string>& lane_order, bool vertical);

}  // namespace blokjes::bpmn
