#pragma once
// The canvas geometry lives in src/picture (geometry.h), where every
// renderer reads it, and the lane rule in src/core (lanes.h). The app's
// views and tests use the names unqualified, as they did when the geometry
// lived here.

#include "canvas_view.h"
#include "core/lanes.h"
#include "picture/geometry.h"

namespace blokjes::app {

using picture::block_at;
using picture::block_rect;
using picture::blocks_in;
using picture::bounds_of;
using picture::flow_at;
using picture::flow_curve;
using picture::free_x_in_row;
using picture::input_port;
using picture::kBlockHeight;
using picture::kBlockWidth;
using picture::kGridStep;
using picture::kLaneHeaderWidth;
using picture::kPortRadius;
using picture::lane_at;
using picture::output_port;
using picture::output_port_at;
using picture::snap_to_grid;

}  // namespace blokjes::app
