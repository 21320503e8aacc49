#pragma once
// A synthetic workshop with one process of any size, built from the real
// block library, so the canvas can be timed at sizes no real workshop has yet.

#include "core/block_library.h"
#include "core/workshop.h"

namespace blokjes::bench {

// One process "generated" of `block_count` blocks (ids b1..bN) laid out left
// to right over five lanes: a sequence flow between consecutive blocks, a
// labelled conditional split every 7 blocks and a rework loop every 11.
// Throws std::runtime_error if the result does not validate cleanly.
Workshop make_generated_workshop(const BlockLibrary& library, int block_count);

// Real zaaktypen, many of them (Amsterdam offers about 400 products): the
// demo's processes cycled, each copy its own product with its own
// identificatie, so none are versions of another.
Workshop generated_catalogus(const Workshop& demo, int count);

}  // namespace blokjes::bench
